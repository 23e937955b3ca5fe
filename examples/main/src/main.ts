/**
 * The main job: keep the sample plan in the embedded SQLite store (a file, no server), load it back,
 * check it against the methodology, and generate the documents the process needs — the plan as DOCX,
 * PDF and a web page, the spreadsheets (funding matrix, activities, settlement of comments, monitoring
 * report), the schedule as a calendar, open-data tables and charts — into an output folder. Run it
 * with `npm run main` from the repository root; run it again and the store gains a new revision — it
 * never loses one.
 */
import { mkdirSync, renameSync, writeFileSync } from "node:fs"
import { resolve } from "node:path"
import {
  check,
  decodePlanDocument,
  encodePlanDocumentJson,
  exportErrorText,
  exportPlanPromise,
  formatPath,
  interpolate,
  isIsoDate,
  jsonExporter,
  openDataExporters,
  type Exporter,
  type ExportOptions,
  type IsoDate
} from "@kpss/core"
import { coverageChart, fundingChart, ganttChart } from "@kpss/export-charts"
import { docxMonitoringReportExporter, docxPlanExporter } from "@kpss/export-docx"
import { htmlPlanExporter } from "@kpss/export-html"
import { icsExporter } from "@kpss/export-ics"
import { pdfMonitoringReportExporter, pdfPlanExporter } from "@kpss/export-pdf"
import { xlsxExporters } from "@kpss/export-xlsx"
import { open } from "@kpss/storage-sqlite"
import { samplePlanDocument } from "@kpss/testing"
import { Result } from "effect"
import { renderSummary } from "./summary.ts"

const outDir = resolve(process.argv[2] ?? "out")
// The sample plan is written as it stood in March 2018 (its 2017 monitoring report is done, money for
// 2017 is spent); check it as of that day unless another is given (`npm run main -- out 2019-06-30`).
const today = process.argv[3] ?? "2018-03-15"
if (!isIsoDate(today)) {
  console.error(`Neplatné datum kontroly „${today}“; očekáváno RRRR-MM-DD. / Invalid check date; expected YYYY-MM-DD.`)
  process.exit(2)
}

// 1. Decode the document as any outside input is decoded: every problem is listed, nothing is thrown.
const decoded = decodePlanDocument(JSON.stringify(samplePlanDocument))
if (Result.isFailure(decoded)) {
  for (const p of decoded.failure.problems) console.error(`${formatPath(p.path)}: ${p.message.cs}`)
  process.exit(2)
}
const plan = decoded.success

// 2. Keep it in the SQLite store and read it back.
mkdirSync(outDir, { recursive: true })
const databasePath = resolve(outDir, "kpss.sqlite")
const store = await open({ filename: databasePath })
const head = (await store.list()).find((info) => info.planId === plan.id)
const saved = head === undefined
  ? await store.create(plan, { author: "koordinátor KPSS", reason: "Založení plánu" })
  : await store.save(plan, { author: "koordinátor KPSS", reason: "Nové načtení vzorového plánu", expectedRevision: head.revision })
const loaded = await store.load(plan.id)
const history = await store.history(plan.id)
await store.close()

// 3. Write the summary and the documents. Each file is written under a temporary name and renamed,
//    so an interrupted run never leaves half a document behind.
const write = (name: string, bytes: Uint8Array | string): string => {
  const target = resolve(outDir, name)
  writeFileSync(`${target}.partial`, bytes)
  renameSync(`${target}.partial`, target)
  return target
}
// The methodology as a linter: the day of the check is an argument, never read inside the library.
const report = check(loaded.plan, { today: today as IsoDate })
const summary = renderSummary(loaded.plan, report)
const reportPath = write("souhrn-planu.md", summary)
const documentPath = write("plan.json", encodePlanDocumentJson(loaded.plan, 2))

// The public documents go through the one place that removes private contacts and the names of
// commenters who did not consent; the internal ones are for the coordinator.
const publicOptions: ExportOptions = { locale: "cs", audience: "public", today: today as IsoDate }
const yearly: ExportOptions = { ...publicOptions, year: 2017 }
const jobs: ReadonlyArray<readonly [Exporter, ExportOptions]> = [
  [docxPlanExporter, publicOptions],
  [pdfPlanExporter, publicOptions],
  [htmlPlanExporter, publicOptions],
  [docxMonitoringReportExporter, yearly],
  [pdfMonitoringReportExporter, yearly],
  ...xlsxExporters.map((e) => [e, yearly] as const),
  [icsExporter, publicOptions],
  [jsonExporter, publicOptions],
  ...openDataExporters.map((e) => [e, publicOptions] as const)
]
const written: Array<string> = []
for (const [exporter, options] of jobs) {
  try {
    const file = await exportPlanPromise(exporter, loaded.plan, options)
    written.push(write(file.fileName, file.bytes))
  } catch (error) {
    const text = typeof error === "object" && error !== null && "_tag" in error && error._tag === "ExportError"
      ? exportErrorText(error as Parameters<typeof exportErrorText>[0]).cs
      : String(error)
    console.error(`Export ${exporter.name} selhal: ${text}`)
    process.exitCode = 1
  }
}
for (const chart of [fundingChart(loaded.plan), coverageChart(loaded.plan), ganttChart(loaded.plan)]) {
  written.push(write(`graf-${chart.kind}.svg`, chart.svg))
}

console.log(summary)
console.log(`Úložiště: ${databasePath} — revize ${saved.revision} uložena (${saved.size.toLocaleString("cs-CZ")} B), v historii ${interpolate("{n} {n:revize|revize|revizí}", { n: history.length })}.`)
console.log(`Souhrn: ${reportPath}`)
console.log(`Dokument plánu (JSON): ${documentPath}`)
console.log(`Dokumenty (${written.length}) ve složce ${outDir}:`)
for (const path of written) console.log(`  ${path}`)
