// The rule engine: check() with every rule on (the statutory profile, applicability ignored so no rule
// is skipped for the plan's phase) on a generated plan of 10,000 activities, against decoding the same
// plan from its JSON text in the same run. Target (issue 3): check ≤ 1× decode.
import { check, decodePlanDocument, encodePlanDocumentJson, isoDate, statutoryProfile } from "@kpss/core"
import { Result } from "effect"
import { generatePlan } from "@kpss/testing"
import { measure, report } from "../../../scripts/bench-lib.mjs"

const activities = 10_000
const plan = generatePlan(activities)
const text = encodePlanDocumentJson(plan)
const today = isoDate("2026-06-01")

const decode = measure(() => {
  const result = decodePlanDocument(text)
  if (Result.isFailure(result)) throw new Error(result.failure.message)
}, { runs: 9 })
let findings = 0
const checked = measure(() => {
  findings = check(plan, { today, profile: statutoryProfile, ignoreApplicability: true }).findings.length
}, { runs: 9 })

report({
  bench: `check ${activities.toLocaleString("en")} activities, every rule (${findings} findings)`,
  what: "check(plan, statutory, all rules)",
  ms: checked,
  baseline: "decodePlanDocument(text)",
  baselineMs: decode,
  target: 1
})
