// Types of scripts/docs-lib.mjs, for the docs' tests.
export interface WorkspacePackage {
  readonly name: string
  /** The folder, relative to the repository root (e.g. `packages/storage/sqlite`). */
  readonly folder: string
  /** The workspace packages it depends on at run time. */
  readonly dependsOn: ReadonlyArray<string>
}
export interface GlossaryRow {
  readonly cs: string
  readonly en: string
  readonly code: string
}
export declare const replaceSection: (text: string, name: string, body: string) => string
export declare const workspaceFolders: (root: string) => Array<string>
export declare const packageGraph: (root: string) => Array<WorkspacePackage>
export declare const renderPackageGraph: (packages: ReadonlyArray<WorkspacePackage>) => string
export declare const renderPackageSvg: (packages: ReadonlyArray<WorkspacePackage>) => string
export declare const diagramEdges: (markdown: string, packages: ReadonlyArray<WorkspacePackage>) => Array<string>
export declare const withPackageGraph: (architecture: string, root: string) => string
export declare const glossaryRows: (markdown: string, heading?: string) => Array<GlossaryRow>
export declare const glossaryIdentifiers: (code: string) => Array<string>
export declare const renderGlossary: (markdown: string) => string
