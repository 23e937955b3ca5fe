/**
 * The main job: keep the sample plan in the embedded SQLite store (a file, no server), load it back,
 * and write a Czech summary report. Run it with `npm run main` from the repository root; run it again
 * and the store gains a new revision — it never loses one.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { check, decodePlanDocument, encodePlanDocumentJson, formatPath, isIsoDate, type IsoDate } from "@kpss/core"
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

// 3. Write the report.
// The methodology as a linter: the day of the check is an argument, never read inside the library.
const report = check(loaded.plan, { today: today as IsoDate })
const summary = renderSummary(loaded.plan, report)
const reportPath = resolve(outDir, "souhrn-planu.md")
writeFileSync(reportPath, summary)
const documentPath = resolve(outDir, "plan.json")
writeFileSync(documentPath, encodePlanDocumentJson(loaded.plan, 2))

console.log(summary)
console.log(`Úložiště: ${databasePath} — revize ${saved.revision} uložena (${saved.size.toLocaleString("cs-CZ")} B), v historii ${history.length} revizí.`)
console.log(`Souhrn: ${reportPath}`)
console.log(`Dokument plánu: ${documentPath}`)
