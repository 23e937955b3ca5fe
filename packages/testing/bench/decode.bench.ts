// Decoding the canonical document: a generated plan of 10,000 and of 100,000 activities, decoded from
// its JSON text, against JSON.parse of the same bytes in the same run.
// Targets (issue 2): 10,000 activities ≤ 3× JSON.parse; 100,000 activities ≤ 11× the 10,000 time.
import { decodePlanDocument, encodePlanDocumentJson } from "@kpss/core"
import { Result } from "effect"
import { generatePlan } from "@kpss/testing"
import { measure, report } from "../../../scripts/bench-lib.mjs"

const decodeOnce = (text: string) => {
  const result = decodePlanDocument(text)
  if (Result.isFailure(result)) throw new Error(result.failure.message)
}

const times: Record<number, number> = {}
for (const activities of [10_000, 100_000]) {
  const text = encodePlanDocumentJson(generatePlan(activities))
  const runs = activities > 10_000 ? 3 : 9
  const parse = measure(() => JSON.parse(text), { runs })
  const decode = measure(() => decodeOnce(text), { runs })
  times[activities] = decode
  report({
    bench: `decode ${activities.toLocaleString("en")} activities (${(text.length / 2 ** 20).toFixed(1)} MiB)`,
    what: "decodePlanDocument(text)",
    ms: decode,
    baseline: "JSON.parse(text)",
    baselineMs: parse,
    target: activities === 10_000 ? 3 : undefined
  })
}
report({
  bench: "decode scaling",
  what: "100,000 activities",
  ms: times[100_000]!,
  baseline: "10,000 activities",
  baselineMs: times[10_000]!,
  target: 11
})
