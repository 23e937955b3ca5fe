// The XLSX funding matrix of a generated plan with 10,000 activities (3 years × 2 sources: 60,000
// funding lines, 20,000 rows × 15 columns with row and column SUM formulas, and the summary sheet),
// through runExporter (decode, audience view, render, ZIP) — against writing the same plan's funding
// lines as the open-data CSV in the same run. Target (issue 8): < 5 s absolute; the ratio shows how much
// of it is the spreadsheet library on this machine.
// Run: pnpm build && node_modules/.bin/node packages/export/xlsx/bench/xlsx.bench.ts   (or `pnpm bench xlsx`)
import { isoDate, openDataCsv, runExporter } from "@kpss/core"
import { fundingXlsx } from "@kpss/export-xlsx"
import { generatePlan } from "@kpss/testing"
import { Effect } from "effect"
import { measure, report } from "../../../../scripts/bench-lib.mjs"

const plan = generatePlan(10_000)
const options = { locale: "cs", audience: "internal", today: isoDate("2026-01-01") } as const

const runs = 3
const times: Array<number> = []
let size = 0
await Effect.runPromise(runExporter(fundingXlsx, plan, options))
for (let i = 0; i < runs; i++) {
  const start = performance.now()
  const file = await Effect.runPromise(runExporter(fundingXlsx, plan, options))
  times.push(performance.now() - start)
  size = file.bytes.byteLength
}
times.sort((a, b) => a - b)
const xlsx = times[Math.floor(times.length / 2)]!
const csv = measure(() => new TextEncoder().encode(openDataCsv(plan, "funding")), { runs: 5 })
report({
  bench: `XLSX funding matrix, 10,000 activities (${plan.funding.lines.length.toLocaleString("en")} lines, ${(size / 2 ** 20).toFixed(1)} MiB)`,
  what: "runExporter(fundingXlsx)",
  ms: xlsx,
  baseline: "open-data funding CSV of the same lines",
  baselineMs: csv,
  extra: { absoluteTargetMs: 5000, absoluteOk: xlsx < 5000 }
})
console.log(`absolute: ${(xlsx / 1000).toFixed(2)} s (target < 5 s) ${xlsx < 5000 ? "ok" : "OVER TARGET"}`)
