// The funding matrix and every coverage view (roll-ups of all four levels with their years, the
// commissioners' coordination view, gaps and over-commitment) on a generated plan of 10,000 activities
// × 5 years × 8 sources (400,000 funding lines), against decoding the same plan from its JSON text in
// the same run. Target (issue 5): ≤ 0.5× the decode time.
import { decodePlanDocument, encodePlanDocumentJson, fundingMatrix, strategyLevels, type Plan } from "@kpss/core"
import { Result } from "effect"
import { generatePlan } from "@kpss/testing"
import { measure, report } from "../../../scripts/bench-lib.mjs"

const plan = generatePlan(10_000, { years: 5, sources: 8 })
const text = encodePlanDocumentJson(plan)

const decodeOnce = () => {
  const result = decodePlanDocument(text)
  if (Result.isFailure(result)) throw new Error(result.failure.message)
}

let sink = 0
const allViews = (p: Plan) => {
  const m = fundingMatrix(p)
  for (const level of strategyLevels) sink += m.coverageRows(level).length
  sink += m.commissioners.length + m.gaps.length + m.overCommitted.length + m.overspent.length + m.outsidePeriod.length + m.unfunded.length
}

const decode = measure(decodeOnce, { runs: 7 })
const views = measure(() => allViews(plan), { runs: 9 })
report({
  bench: `funding 10,000 activities × 5 years × 8 sources (${plan.funding.lines.length.toLocaleString("en")} lines)`,
  what: "fundingMatrix + all coverage views",
  ms: views,
  baseline: "decodePlanDocument(text)",
  baselineMs: decode,
  target: 0.5,
  extra: { sink }
})
