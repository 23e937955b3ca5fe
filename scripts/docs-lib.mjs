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

const escapeXml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

const groupColours = {
  "": "#37474f",
  "packages/storage": "#1565c0",
  "packages/export": "#2e7d32",
  "packages/import": "#e65100",
  examples: "#6a1b9a"
}

/**
 * The package graph as an SVG image without a browser: packages in layers by how far they stand from
 * the packages they use (`@kpss/core` at the bottom), ordered within a layer by where their
 * dependencies stand. To stay readable it draws the transitive reduction: an arrow that another path
 * already implies (`@kpss/cli` → `@kpss/core`, through any adapter) is left out; the Mermaid diagram
 * draws every one.
 */
export const renderPackageSvg = (packages) => {
  const byName = new Map(packages.map((p) => [p.name, p]))
  const reaches = (from, to) => byName.get(from).dependsOn.some((d) => d === to || reaches(d, to))
  const drawn = (p) => p.dependsOn.filter((d) => !p.dependsOn.some((e) => e !== d && reaches(e, d)))
  const layerOf = new Map()
  const layer = (p) => {
    if (!layerOf.has(p.name)) layerOf.set(p.name, Math.max(0, ...p.dependsOn.map((d) => layer(byName.get(d)) + 1)))
    return layerOf.get(p.name)
  }
  for (const p of packages) layer(p)
  const layers = []
  for (const p of packages) (layers[layerOf.get(p.name)] ??= []).push(p)
  const boxH = 28, gapX = 14, gapY = 70, margin = 20, charW = 7
  const width = (p) => p.name.length * charW + 20
  const rowWidth = (row) => row.reduce((w, p) => w + width(p), 0) + gapX * (row.length - 1)
  const total = Math.max(...layers.map(rowWidth)) + 2 * margin
  const at = new Map()
  const place = (row, i) => {
    let x = (total - rowWidth(row)) / 2
    const y = margin + (layers.length - 1 - i) * (boxH + gapY)
    for (const p of row) {
      at.set(p.name, { x, y, w: width(p) })
      x += width(p) + gapX
    }
  }
  layers.forEach((row, i) => {
    // Order by the mean position of what a package uses, so arrows cross less.
    const centre = (p) => p.dependsOn.length === 0 ? 0 : p.dependsOn.reduce((n, d) => n + at.get(d).x + at.get(d).w / 2, 0) / p.dependsOn.length
    if (i > 0) row.sort((a, b) => centre(a) - centre(b) || a.name.localeCompare(b.name))
    place(row, i)
  })
  const height = margin * 2 + layers.length * boxH + (layers.length - 1) * gapY
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="${height}" viewBox="0 0 ${total} ${height}" font-family="DejaVu Sans, Arial, sans-serif" font-size="12">`,
    `<title>kpss: packages and the packages they use (arrows implied by a longer path left out)</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#78909c"/></marker></defs>`,
    `<rect width="${total}" height="${height}" fill="#ffffff"/>`
  ]
  for (const p of packages) {
    const a = at.get(p.name)
    for (const d of drawn(p)) {
      const b = at.get(d)
      const x1 = a.x + a.w / 2, y1 = a.y + boxH, x2 = b.x + b.w / 2, y2 = b.y
      out.push(`<path d="M${x1},${y1} C${x1},${y1 + gapY / 2} ${x2},${y2 - gapY / 2} ${x2},${y2}" fill="none" stroke="#90a4ae" stroke-width="1.2" marker-end="url(#arrow)"><title>${escapeXml(`${p.name} → ${d}`)}</title></path>`)
    }
  }
  for (const p of packages) {
    const a = at.get(p.name)
    const parent = dirname(p.folder)
    const colour = groupColours[parent === "packages" ? "" : parent] ?? "#455a64"
    out.push(`<rect x="${a.x}" y="${a.y}" width="${a.w}" height="${boxH}" rx="5" fill="${colour}"/>`)
    out.push(`<text x="${a.x + a.w / 2}" y="${a.y + boxH / 2 + 4}" text-anchor="middle" fill="#ffffff">${escapeXml(p.name)}</text>`)
  }
  out.push("</svg>")
  return `${out.join("\n")}\n`
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
