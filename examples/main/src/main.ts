/**
 * The main job: keep the sample plan in a store, load it back, decode it, and write a Czech summary
 * report. Run it with `npm run main` from the repository root.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { decodePlanDocument, encodePlanDocumentJson, formatPath, layerMemory, makePromiseApi } from "@kpss/core"
import { samplePlanDocument } from "@kpss/testing"
import { Result } from "effect"
import { renderSummary } from "./summary.ts"

const outDir = resolve(process.argv[2] ?? "out")

// 1. Decode the document as any outside input is decoded: every problem is listed, nothing is thrown.
const decoded = decodePlanDocument(JSON.stringify(samplePlanDocument))
if (Result.isFailure(decoded)) {
  for (const p of decoded.failure.problems) console.error(`${formatPath(p.path)}: ${p.message.cs}`)
  process.exit(2)
}
const plan = decoded.success

// 2. Keep it in a store and read it back: a store never loses a revision.
const store = await makePromiseApi(layerMemory)
const created = await store.create(plan, { author: "koordinátor KPSS", reason: "Založení plánu" })
const loaded = await store.load(plan.id)
await store.close()

// 3. Write the report.
mkdirSync(outDir, { recursive: true })
const summary = renderSummary(loaded.plan)
const reportPath = resolve(outDir, "souhrn-planu.md")
writeFileSync(reportPath, summary)
const documentPath = resolve(outDir, "plan.json")
writeFileSync(documentPath, encodePlanDocumentJson(loaded.plan, 2))

console.log(summary)
console.log(`Revize ${created.revision} uložena (${created.size.toLocaleString("cs-CZ")} B).`)
console.log(`Souhrn: ${reportPath}`)
console.log(`Dokument plánu: ${documentPath}`)
