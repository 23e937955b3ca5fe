/**
 * The docs cannot drift from the code:
 * - every identifier the glossary names is compiled against `@kpss/core`'s published types, and every
 *   value that has a label in `Labels.ts` is in the glossary with the label's words;
 * - the package diagram in docs/architecture.md is the one the package.json files give;
 * - every ```ts block of docs/guides/*.md and of README.md compiles against the built packages (as a consumer's code
 *   would, through this package's dependencies), every `kpss` command line of them uses only
 *   flags its `--help` names, every profile shown in JSON decodes, and every block marked
 *   `from=<file>` is an excerpt of that file, word for word.
 *
 * Run `pnpm build` first (the packages' `dist`); regenerate with `node scripts/generate-docs.mjs`.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import * as core from "@kpss/core"
import { run } from "@kpss/cli"
import { samplePlan } from "@kpss/testing"
import { Result } from "effect"
import ts from "typescript"
import { beforeAll, describe, expect, it } from "vitest"
import {
  diagramEdges,
  glossaryIdentifiers,
  glossaryRows,
  packageGraph,
  renderGlossary,
  renderPackageSvg,
  withPackageGraph
} from "../../scripts/docs-lib.mjs"

const docs = dirname(dirname(fileURLToPath(import.meta.url)))
const root = dirname(docs)
const read = (path: string) => readFileSync(join(root, path), "utf8")
const regenerate = "run `pnpm build && node scripts/generate-docs.mjs` and commit the result"

// ---------------------------------------------------------------------------------------------------
// Fenced blocks of the guides

interface Block {
  readonly file: string
  /** The line of the opening fence, 1-based. */
  readonly line: number
  readonly lang: string
  readonly info: string
  readonly text: string
}

const guidesDir = join(docs, "guides")
const guideFiles = readdirSync(guidesDir).filter((f) => f.endsWith(".md")).sort()

const blocksOf = (file: string): Array<Block> => {
  const lines = readFileSync(file, "utf8").split("\n")
  const out: Array<Block> = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w+)(.*)$/.exec(lines[i]!)
    if (open === null) continue
    const start = i
    const body: Array<string> = []
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!)
    out.push({ file: relative(root, file), line: start + 1, lang: open[1]!, info: open[2]!.trim(), text: body.join("\n") })
  }
  return out
}

const guideBlocks = guideFiles.flatMap((f) => blocksOf(join(guidesDir, f)))
// The README's blocks (the library in 20 lines, the `kpss` command lines) are checked like a guide's.
const checkedBlocks = [...guideBlocks, ...blocksOf(join(root, "README.md"))]
const tsBlocks = checkedBlocks.filter((b) => (b.lang === "ts" || b.lang === "typescript") && !b.info.split(/\s+/).includes("nocheck"))

// ---------------------------------------------------------------------------------------------------
// One TypeScript program for the glossary's identifiers and the guides' blocks

const glossary = read("docs/glossary.md")
const rows = glossaryRows(glossary)
const identifiers = [...new Set(rows.flatMap((r) => glossaryIdentifiers(r.code)))]

/** A module with one line per identifier that compiles only if `@kpss/core` has it. */
const glossaryModule = (): string => {
  const lines = [
    `import type * as K from "@kpss/core"`,
    `type U<T> = NonNullable<NonNullable<T> extends ReadonlyArray<infer E> ? E : NonNullable<T>>`,
    `type At<T, F extends string> = F extends keyof U<T> ? U<T>[F] : never`,
    `type Has<T, F extends string> = [U<T>] extends [string] ? ([F] extends [U<T>] ? true : false) : F extends keyof U<T> ? true : false`
  ]
  identifiers.forEach((id, n) => {
    const [head, ...path] = id.split(".")
    if (path.length === 0) {
      lines.push(`export type { ${head} as g${n} } from "@kpss/core"`)
      return
    }
    // A schema's type is its `Type` (not every schema exports a type of the same name); others are types.
    const value = (core as Record<string, unknown>)[head!]
    const isSchema = (typeof value === "object" || typeof value === "function") && value !== null && "ast" in value
    let type = isSchema ? `(typeof K.${head})["Type"]` : `K.${head}`
    for (const segment of path.slice(0, -1)) type = `At<${type}, "${segment}">`
    lines.push(`export const g${n}: Has<${type}, "${path.at(-1)}"> = true`)
  })
  return `${lines.join("\n")}\n`
}
const glossaryHeaderLines = 4

const snippetDir = join(docs, ".tmp", "snippets")
/**
 * Where a block is written: a folder per guide, so a block marked `file=<name>.ts` can be imported by
 * the blocks after it (`./<name>.js`), as a reader would save it.
 */
const snippetFile = (b: Block, n: number) =>
  join(snippetDir, b.file.replace(/^docs\/guides\//, "").replace(/\.md$/, ""), /(?:^|\s)file=(\S+\.ts)/.exec(b.info)?.[1] ?? `block-${n}.ts`)

interface Diagnostic {
  readonly file: string
  readonly line: number
  readonly message: string
}

let diagnostics: Array<Diagnostic> = []

beforeAll(() => {
  rmSync(snippetDir, { recursive: true, force: true })
  mkdirSync(snippetDir, { recursive: true })
  const glossaryFile = join(snippetDir, "glossary-identifiers.ts")
  writeFileSync(glossaryFile, glossaryModule())
  // Each block is a module of its own: a reader copies one block, so it must carry its imports.
  tsBlocks.forEach((b, n) => {
    mkdirSync(dirname(snippetFile(b, n)), { recursive: true })
    writeFileSync(snippetFile(b, n), `${b.text}\nexport {}\n`)
  })

  const base = ts.readConfigFile(join(root, "tsconfig.base.json"), ts.sys.readFile).config
  const parsed = ts.parseJsonConfigFileContent(base, ts.sys, snippetDir)
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    composite: false,
    declaration: false,
    declarationMap: false,
    incremental: false,
    sourceMap: false
  }
  const files = [glossaryFile, ...tsBlocks.map((b, n) => snippetFile(b, n))]
  const program = ts.createProgram(files, options)
  diagnostics = ts.getPreEmitDiagnostics(program)
    .filter((d) => d.file !== undefined && files.includes(d.file.fileName))
    .map((d) => {
      const file = d.file!
      const { line } = file.getLineAndCharacterOfPosition(d.start ?? 0)
      return { file: file.fileName, line, message: ts.flattenDiagnosticMessageText(d.messageText, "\n") }
    })
}, 120_000)

// ---------------------------------------------------------------------------------------------------

/** Which type each label set of Labels.ts names (a new label set must be added here). */
const labelledTypes: Record<string, string> = {
  approvingBodyLabels: "ApprovingBody",
  bodyKindLabels: "BodyKind",
  channelLabels: "Channel",
  decisionMethodLabels: "DecisionMethod",
  dispositionLabels: "Disposition",
  fulfilmentLabels: "Fulfilment",
  fundingKindLabels: "FundingKind",
  indicatorDimensionLabels: "IndicatorDimension",
  indicatorStatusLabels: "IndicatorStatus",
  lifecycleLabels: "LifecycleStatus",
  memberRoleLabels: "MemberRole",
  milestoneKindLabels: "MilestoneKind",
  phaseLabels: "Phase",
  sectorLabels: "Sector",
  serviceCategoryLabels: "ServiceCategory",
  serviceFormLabels: "ServiceForm",
  territoryLevelLabels: "TerritoryLevel",
  triadRoleLabels: "TriadRole"
}

describe("docs/glossary.md", () => {
  it("is sorted, and its English → Czech table is generated from the Czech → English one", () => {
    expect(rows.length).toBeGreaterThan(100)
    expect(glossary, `docs/glossary.md is not current: ${regenerate}`).toBe(renderGlossary(glossary))
  })

  it("names only identifiers that @kpss/core has", () => {
    const wrong = diagnostics
      .filter((d) => d.file.endsWith("glossary-identifiers.ts"))
      .map((d) => `\`${identifiers[d.line - glossaryHeaderLines]}\`: ${d.message}`)
    expect(wrong).toEqual([])
  })

  it("has every labelled value of Labels.ts, with the label's Czech and English words", () => {
    const labelSets = Object.keys(core).filter((k) => k.endsWith("Labels")).sort()
    expect(labelSets).toEqual(Object.keys(labelledTypes).sort())
    const missing: Array<string> = []
    for (const set of labelSets) {
      const labels = (core as unknown as Record<string, Record<string, core.LocalizedText>>)[set]!
      for (const [value, label] of Object.entries(labels)) {
        const id = `${labelledTypes[set]}.${value}`
        const row = rows.find((r) => glossaryIdentifiers(r.code).includes(id))
        if (row === undefined) missing.push(`${id} (${label.cs} / ${label.en}) is missing`)
        else if (!row.cs.toLowerCase().includes(label.cs.toLowerCase()) || !row.en.toLowerCase().includes(label.en.toLowerCase())) {
          missing.push(`${id}: the row "${row.cs} | ${row.en}" does not use the label "${label.cs}" / "${label.en}"`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it("names every part of the plan", () => {
    const named = new Set(identifiers)
    const parts = Object.keys(core.Plan.fields).filter((f) => f !== "id")
    expect(parts.filter((f) => !named.has(`Plan.${f}`))).toEqual([])
  })
})

describe("docs/architecture.md", () => {
  const architecture = read("docs/architecture.md")
  const packages = packageGraph(root)

  it("shows the package graph of the package.json files", () => {
    expect(architecture, `the package diagram is stale: ${regenerate}`).toBe(withPackageGraph(architecture, root))
  })

  it("has the same graph as an SVG image", () => {
    const svg = read("docs/architecture-packages.svg")
    expect(svg, `docs/architecture-packages.svg is stale: ${regenerate}`).toBe(renderPackageSvg(packages))
    for (const p of packages) expect(svg).toContain(`>${p.name}</text>`)
  })

  it("draws every package and every run-time dependency between them", () => {
    const edges = diagramEdges(architecture, packages)
    expect(edges).toContain("@kpss/storage-sqlite --> @kpss/core")
    expect(edges.filter((e) => e.startsWith("@kpss/core -->"))).toEqual([])
    for (const p of packages) {
      expect(architecture).toContain(`"${p.name}"`)
      for (const d of p.dependsOn) expect(edges).toContain(`${p.name} --> ${d}`)
    }
    expect(edges).toHaveLength(packages.reduce((n, p) => n + p.dependsOn.length, 0))
  })
})

/** Runs the `kpss` command in this process (the same `run` its bin calls): the exit code and everything it printed. */
const kpss = async (argv: ReadonlyArray<string>): Promise<{ code: number; out: string }> => {
  let out = ""
  const write = (t: string) => void (out += `${t}\n`)
  const code = await run(argv, { out: write, err: write, today: () => "2018-03-15" })
  return { code, out }
}

describe("docs/guides", () => {
  it("has an index that links every guide", () => {
    const index = readFileSync(join(guidesDir, "README.md"), "utf8")
    for (const f of guideFiles.filter((f) => f !== "README.md")) expect(index).toContain(`(${f})`)
  })

  // A block marked `from=<file>` is an excerpt of a runnable example: it must be in that file word for
  // word (its code is type-checked and tested there), so the guide cannot drift from the example.
  const excerpts = guideBlocks.filter((b) => /(?:^|\s)from=\S+/.test(b.info))
  it.each(excerpts.map((b) => [`${b.file}:${b.line}`, b] as const))("excerpt %s is in its file word for word", (_at, b) => {
    expect(read(/(?:^|\s)from=(\S+)/.exec(b.info)![1]!)).toContain(b.text)
  })

  it("has TypeScript blocks, and every one compiles against the built packages", () => {
    expect(tsBlocks.length).toBeGreaterThan(5)
    const wrong = diagnostics
      .filter((d) => !d.file.endsWith("glossary-identifiers.ts"))
      .map((d) => {
        const n = tsBlocks.findIndex((b, i) => snippetFile(b, i) === d.file)
        const b = tsBlocks[n]!
        return `${b.file}:${b.line + 1 + d.line}: ${d.message}`
      })
    expect(wrong).toEqual([])
  })

  const commands = checkedBlocks
    .filter((b) => b.lang === "sh" || b.lang === "bash" || b.lang === "console")
    .flatMap((b) => b.text.split("\n").map((text, i) => ({ b, line: b.line + 1 + i, text: text.replace(/^\$\s+/, "") })))
    .filter((c) => /^(?:npx |pnpm exec )?kpss\s/.test(c.text))

  it("shows only kpss commands and flags that the command's --help names", async () => {
    expect(commands.length).toBeGreaterThan(3)
    const helps = new Map<string, string>()
    const wrong: Array<string> = []
    for (const c of commands) {
      const words = c.text.replace(/^(?:npx |pnpm exec )?kpss\s+/, "").replace(/\s+#.*$/, "").split(/\s+/)
      const command = ["store", "import"].includes(words[0]!) ? words.slice(0, 2) : words.slice(0, 1)
      const key = command.join(" ")
      if (!helps.has(key)) {
        const { code, out } = await kpss([...command, "--help"])
        if (code !== 0) wrong.push(`${c.b.file}:${c.line}: \`kpss ${key}\` is not a command (exit ${code})`)
        helps.set(key, out)
      }
      const help = helps.get(key)!
      for (const flag of words.filter((w) => w.startsWith("-")).map((w) => w.replace(/=.*$/, ""))) {
        if (!new RegExp(`(^|[\\s\\[|(])${flag.replace(/[-]/g, "\\-")}(?=[\\s\\]|)]|$)`, "m").test(help)) {
          wrong.push(`${c.b.file}:${c.line}: \`kpss ${key}\` has no ${flag}`)
        }
      }
    }
    expect(wrong).toEqual([])
  })

  it("shows profiles in JSON that decode (and bad ones, marked `json invalid`, that do not)", () => {
    const profiles = guideBlocks.filter((b) => b.file.endsWith("custom-profile.md") && b.lang === "json")
    expect(profiles.length).toBeGreaterThan(0)
    for (const b of profiles) {
      const decoded = core.decodeProfile(JSON.parse(b.text))
      expect(Result.isSuccess(decoded), `${b.file}:${b.line}`).toBe(!b.info.split(/\s+/).includes("invalid"))
    }
  })

  it("runs `kpss check --profile` with the guide's first profile on the sample plan", async () => {
    const profile = guideBlocks.find((b) => b.file.endsWith("custom-profile.md") && b.lang === "json" && b.info === "")!
    const dir = join(docs, ".tmp", "cli")
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, "plan.json"), core.encodePlanDocumentJson(samplePlan))
    writeFileSync(join(dir, "profile.json"), profile.text)
    const { code, out } = await kpss(["check", join(dir, "plan.json"), "--profile", join(dir, "profile.json"), "--today", "2018-03-15", "--format", "json"])
    expect(code, out).toBeLessThan(2)
    expect(JSON.parse(out).profile).toBe(JSON.parse(profile.text).id)
  })
})
