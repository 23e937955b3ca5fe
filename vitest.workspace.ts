/**
 * The list of test projects. Vitest 5 ignores a lone workspace file, so
 * `vitest.config.ts` imports this list; add a package's folder here once.
 */
export const projects = [
  "packages/core",
  "packages/testing",
  "packages/storage/sqlite",
  "packages/storage/postgres",
  "packages/export/charts",
  "packages/export/document",
  "packages/export/docx",
  "packages/export/pdf",
  "packages/export/html",
  "packages/export/xlsx",
  "packages/export/ics",
  "packages/import/rpss",
  "packages/cli",
  "examples/main",
  "examples/node-service",
  "docs",
  "examples/browser",
  "examples/property-tests"
]
