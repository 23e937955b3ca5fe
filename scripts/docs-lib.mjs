// The parts of docs/ that are derived from the repository, shared by scripts/generate-docs.mjs (which
// writes them) and docs/test (which fails when a checked-in copy is stale):
// - the package graph in docs/architecture.md, from the workspace's package.json files;
// - the English → Czech table of docs/glossary.md, from its Czech → English table (the one people edit).
import { readdirSync, readFileSync, existsSync } from "node:fs"
import { dirname, join } from "node:path"

// ---------------------------------------------------------------------------------------------------
// Generated sections: `<!-- name:begin … -->` … `<!-- name:end -->`

/** Replaces the body of a generated section; throws when the markers are missing. */
export const replaceSection = (text, name, body) => {
  const begin = new RegExp(`(<!-- ${name}:begin[^\\n]*-->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`)
  if (!begin.test(text)) throw new Error(`the markers <!-- ${name}:begin --> … <!-- ${name}:end --> are missing`)
  return text.replace(begin, (_, open, close) => `${open}${body}${close}`)
}

// ---------------------------------------------------------------------------------------------------
// The workspace's package graph

/** The package folders of the workspace, from the `packages:` globs of pnpm-workspace.yaml. */
export const workspaceFolders = (root) => {
  const yaml = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8")
  const globs = []
  let inPackages = false
  for (const line of yaml.split("\n")) {
    if (/^packages:\s*$/.test(line)) inPackages = true
    else if (inPackages && /^\s+-\s+/.test(line)) globs.push(line.replace(/^\s+-\s+/, "").replace(/["']/g, "").trim())
    else if (inPackages && /^\S/.test(line)) inPackages = false
  }
  return globs.flatMap((glob) => {
    if (!glob.endsWith("/*")) return [glob]
    const parent = glob.slice(0, -2)
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `${parent}/${d.name}`)
  }).filter((folder) => existsSync(join(root, folder, "package.json"))).sort()
}

/**
 * The packages shown in the architecture: every workspace package except the docs' own, with the
 * workspace packages it depends on at run time (`dependencies` and `peerDependencies`; test-only
 * `devDependencies` are left out).
 */
export const packageGraph = (root) => {
  const all = workspaceFolders(root).map((folder) => ({ folder, json: JSON.parse(readFileSync(join(root, folder, "package.json"), "utf8")) }))
  const names = new Set(all.map((p) => p.json.name))
  return all
    .filter((p) => p.folder !== "docs")
    .map(({ folder, json }) => ({
      name: json.name,
      folder,
      dependsOn: Object.keys({ ...json.dependencies, ...json.peerDependencies }).filter((d) => names.has(d)).sort()
    }))
}

const groupTitles = {
  "packages/storage": "storage adapters (PlanStore)",
  "packages/export": "export adapters (Exporter)",
  "packages/import": "import",
  examples: "examples"
}

const nodeId = (name) => name.replace(/^@kpss\//, "").replace(/[^A-Za-z0-9]+/g, "_")

/** The package graph as a Mermaid flowchart: an arrow from each package to each package it uses. */
export const renderPackageGraph = (packages) => {
  const lines = ["```mermaid", "flowchart TB"]
  const groups = new Map()
  for (const p of packages) {
    const parent = dirname(p.folder)
    const group = parent === "packages" ? "" : parent
    groups.set(group, [...(groups.get(group) ?? []), p])
  }
  const node = (p) => `${nodeId(p.name)}["${p.name}"]`
  for (const [group, members] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    if (group === "") {
      for (const p of members) lines.push(`  ${node(p)}`)
      continue
    }
    lines.push(`  subgraph ${nodeId(group)}["${groupTitles[group] ?? group}"]`)
    for (const p of members) lines.push(`    ${node(p)}`)
    lines.push("  end")
  }
  for (const p of packages) for (const d of p.dependsOn) lines.push(`  ${nodeId(p.name)} --> ${nodeId(d)}`)
  lines.push("```")
  return `${lines.join("\n")}\n`
}

/** The dependency edges the package diagram of docs/architecture.md shows, as `from --> to` with package names. */
export const diagramEdges = (markdown, packages) => {
  const byId = new Map(packages.map((p) => [nodeId(p.name), p.name]))
  const section = /<!-- packages:begin[\s\S]*?<!-- packages:end -->/.exec(markdown)?.[0] ?? ""
  return [...section.matchAll(/^\s*([A-Za-z0-9_]+) --> ([A-Za-z0-9_]+)\s*$/gm)].map(([, a, b]) => `${byId.get(a) ?? a} --> ${byId.get(b) ?? b}`)
}

/** docs/architecture.md with its package diagram regenerated. */
export const withPackageGraph = (architecture, root) => replaceSection(architecture, "packages", renderPackageGraph(packageGraph(root)))

// ---------------------------------------------------------------------------------------------------
// The glossary: one table Czech → English is written by hand; the English → Czech table is derived.

const czech = new Intl.Collator("cs", { sensitivity: "base" })
const english = new Intl.Collator("en", { sensitivity: "base" })

const cells = (line) => line.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim())

/** The rows of the first table after a heading that starts with `heading`: `{ cs, en, code }`. */
export const glossaryRows = (markdown, heading = "## Czech → English") => {
  const start = markdown.indexOf(`\n${heading}`)
  if (start < 0) throw new Error(`the glossary has no section "${heading}"`)
  const lines = markdown.slice(start + 1).split("\n").slice(1)
  const table = []
  for (const line of lines) {
    if (line.startsWith("#")) break
    if (line.startsWith("|")) table.push(line)
    else if (table.length > 0) break
  }
  return table.slice(2).map((line) => {
    const [cs = "", en = "", code = ""] = cells(line)
    return { cs, en, code }
  })
}

/** The identifiers a code cell names: every `code span`. */
export const glossaryIdentifiers = (code) => [...code.matchAll(/`([^`]+)`/g)].map((m) => m[1])

const sortKey = (text) => text.replace(/[*_`]/g, "")

const table = (header, rows) => [header, "|---|---|---|", ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n")

/**
 * docs/glossary.md with its Czech → English table sorted by the Czech term and its English → Czech
 * table regenerated from it.
 */
export const renderGlossary = (markdown) => {
  const rows = glossaryRows(markdown)
  const csTable = table("| česky | English | in code |", [...rows].sort((a, b) => czech.compare(sortKey(a.cs), sortKey(b.cs))).map((r) => [r.cs, r.en, r.code]))
  const enTable = table("| English | česky | in code |", [...rows].sort((a, b) => english.compare(sortKey(a.en), sortKey(b.en))).map((r) => [r.en, r.cs, r.code]))
  const start = markdown.indexOf("\n## Czech → English")
  const tableStart = markdown.indexOf("\n|", start) + 1
  let tableEnd = tableStart
  while (tableEnd < markdown.length && markdown[tableEnd] === "|") {
    const next = markdown.indexOf("\n", tableEnd)
    tableEnd = next < 0 ? markdown.length : next + 1
  }
  const sorted = `${markdown.slice(0, tableStart)}${csTable}\n${markdown.slice(tableEnd)}`
  return replaceSection(sorted, "english", `${enTable}\n`)
}
