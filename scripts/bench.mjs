// Runs every benchmark (`packages/**/bench/*.bench.ts`, on the Node that pnpm scripts use) one after
// another, prints each figure as a ratio against its same-run baseline, and rewrites the generated
// table in docs/benchmarks.md. Run after `pnpm build`: benchmarks import the built packages.
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

const files = find(join(root, "packages")).filter((f) => f.includes(filter)).sort()
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
const table = [
  `Last run: ${date} on ${machine}.`,
  "",
  "| benchmark | measured | baseline (same run) | ratio | target | |",
  "|---|---|---|---|---|---|",
  ...results.map((r) =>
    `| ${r.bench} | ${r.what}: ${r.ms.toFixed(1)} ms | ${r.baseline}: ${r.baselineMs.toFixed(1)} ms | ${r.ratio.toFixed(2)} | ${r.target === undefined ? "" : `≤ ${r.target}`} | ${r.ok === undefined ? "" : r.ok ? "ok" : "**over**"} |`
  )
].join("\n")

if (filter === "" && results.length > 0) {
  const docPath = join(root, "docs", "benchmarks.md")
  const doc = readFileSync(docPath, "utf8")
  const start = "<!-- generated:start -->", end = "<!-- generated:end -->"
  const next = doc.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`)
  writeFileSync(docPath, next)
  console.log(`\nupdated docs/benchmarks.md`)
}
console.log(`\n${results.length} figures from ${files.length} benchmark files${failed ? `, ${failed} failed` : ""}`)
process.exit(failed ? 1 : 0)
