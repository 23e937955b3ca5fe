// The DOCX plan document of a generated plan with 500 activities (3 years × 2 sources), through
// runExporter (decode, audience view, outline, charts, render) — against encoding the same plan as its
// canonical JSON document in the same run. Target (issue 8): < 3 s absolute; the ratio shows how much
// of it is the document library on this machine.
// Run: pnpm build && node_modules/.bin/node packages/export/docx/bench/docx.bench.ts   (or `pnpm bench docx`)
import { encodePlanDocumentJson, isoDate, runExporter } from "@kpss/core"
import { docxPlanExporter } from "@kpss/export-docx"
import { generatePlan } from "@kpss/testing"
import { Effect } from "effect"
import { benchFile } from "../../../../scripts/bench-lib.mjs"

const plan = generatePlan(500)
const options = { locale: "cs", audience: "public", today: isoDate("2026-01-01") } as const

await benchFile({
  bench: "DOCX plan document, 500 activities",
  what: "runExporter(docxPlanExporter)",
  run: async () => (await Effect.runPromise(runExporter(docxPlanExporter, plan, options))).bytes.byteLength,
  baseline: "encodePlanDocumentJson of the same plan",
  baselineFn: () => encodePlanDocumentJson(plan),
  absoluteTargetMs: 3000
})
