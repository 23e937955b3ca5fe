// Runs every benchmark (`packages/**/bench/*.bench.{ts,mjs}` and `examples/**/bench/…`, on the Node that
// pnpm scripts use) one after another, prints each figure as a ratio against its same-run baseline, and
// rewrites the generated table in docs/benchmarks.md. Run after `pnpm build`: benchmarks import the built
// packages. Each row links its benchmark file; a filtered run replaces only the rows of the files it ran
// (and notes the run under the table), so one benchmark's figures can be refreshed alone.
//   pnpm bench            all benchmarks
//   pnpm bench decode     only those whose path contains "decode"
import { spawnSync } from "node:child_process"
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs"
import { cpus, totalmem } from "node:os"
import { join, relative } from "node:path"

const root = new URL("..", import.meta.url).pathname
const filter = process.argv[2] ?? ""

const find = (dir, out = []) => {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) find(path, out)
    else if (/\/bench\/[^/]+\.bench\.(ts|mjs)$/.test(path)) out.push(path)
  }
  return out
}

const files = ["packages", "examples"].flatMap((dir) => find(join(root, dir))).filter((f) => f.includes(filter)).sort()
const results = []
let failed = 0
for (const file of files) {
  console.log(`\n# ${relative(root, file)}`)
  const run = spawnSync(process.execPath, ["--expose-gc", file], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 1024 * 1024 })
  for (const line of run.stdout.split("\n")) {
    if (line.startsWith("BENCH ")) results.push({ file: relative(root, file), ...JSON.parse(line.slice(6)) })
    else if (line.length > 0) console.log(line)
  }
  if (run.status !== 0) {
    failed++
    console.log(`(exit code ${run.status})`)
  }
}

const date = new Date().toISOString().slice(0, 10)
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`
const header = ["| benchmark | measured | baseline (same run) | ratio | target | |", "|---|---|---|---|---|---|"]
const row = (r) =>
  `| [${r.bench}](../${r.file}) | ${r.what}: ${r.ms.toFixed(1)} ms | ${r.baseline}: ${r.baselineMs.toFixed(1)} ms | ${r.ratio.toFixed(2)} | ${r.target === undefined ? "" : `≤ ${r.target}`} | ${r.ok === undefined ? "" : r.ok ? "ok" : "**over**"} |`
/** The benchmark file a row of the table links to (rows written before the links have none). */
const fileOf = (line) => /^\| \[.*?\]\(\.\.\/([^)]+)\) \|/.exec(line)?.[1]

const docPath = join(root, "docs", "benchmarks.md")
const start = "<!-- generated:start -->", end = "<!-- generated:end -->"
const doc = readFileSync(docPath, "utf8")
const generated = new RegExp(`${start}[\\s\\S]*${end}`)
let table
if (filter === "") {
  table = [`Last run: ${date} on ${machine}.`, "", ...header, ...results.map(row)]
} else {
  // Keep every row of the benchmarks not run; the rows of a file that ran go where its first row was.
  const old = (generated.exec(doc)?.[0] ?? "").split("\n").slice(1, -1)
  // A file that reported nothing (it failed) keeps its old rows.
  const ran = new Set(results.map((r) => r.file))
  const rowsOf = (file) => results.filter((r) => r.file === file).map(row)
  const lines = [], placed = new Set()
  for (const line of old) {
    const file = fileOf(line)
    if (file === undefined || !ran.has(file)) { if (!line.startsWith(`Partial run \`pnpm bench ${filter}\``)) lines.push(line); continue }
    if (!placed.has(file)) { lines.push(...rowsOf(file)); placed.add(file) }
  }
  const rest = [...ran].filter((f) => !placed.has(f)).flatMap(rowsOf)
  const lastRow = lines.findLastIndex((l) => l.startsWith("|"))
  lines.splice(lastRow + 1, 0, ...rest)
  if (lastRow === -1) lines.unshift(...header)
  while (lines.at(-1) === "") lines.pop()
  table = [...lines, ...(lines.at(-1)?.startsWith("|") ? [""] : []), `Partial run \`pnpm bench ${filter}\`: ${date} on ${machine} (${[...ran].join(", ")}).`]
}
if (results.length > 0) {
  writeFileSync(docPath, doc.replace(generated, `${start}\n${table.join("\n")}\n${end}`))
  console.log(`\nupdated docs/benchmarks.md`)
}
console.log(`\n${results.length} figures from ${files.length} benchmark files${failed ? `, ${failed} failed` : ""}`)
process.exit(failed ? 1 : 0)
