// Decoding the canonical document: a generated plan of 10,000 and of 100,000 activities, decoded from
// its JSON text, against JSON.parse of the same bytes in the same run.
// Targets (issue 2): 10,000 activities ≤ 3× JSON.parse; 100,000 activities ≤ 11× the 10,000 time.
//
// Each run starts on a clean heap (bench-lib's timedRuns). The garbage collector's pauses inside each
// timed run are also recorded (PerformanceObserver "gc" entries): a 10,000-activity document decodes
// without a single collection, while building the live graph of a 100,000-activity one makes V8 collect
// several times, so the scaling is shown both as measured and without those pauses (what the decoder
// itself does).
import { decodePlanDocument, encodePlanDocumentJson } from "@kpss/core"
import { Result } from "effect"
import { generatePlan } from "@kpss/testing"
import { PerformanceObserver } from "node:perf_hooks"
import { median, report, timedRuns } from "../../../scripts/bench-lib.mjs"

const decodeOnce = (text: string) => {
  const result = decodePlanDocument(text)
  if (Result.isFailure(result)) throw new Error(result.failure.message)
}

const pauses: Array<{ readonly start: number; readonly end: number }> = []
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push({ start: e.startTime, end: e.startTime + e.duration })
})
observer.observe({ entryTypes: ["gc"] })

/** Median time of `fn` and median time without the collector's pauses inside each run, in ms. */
const measureGc = async (fn: () => unknown, runs: number) => {
  const windows = timedRuns(fn, { runs, warmup: 1 })
  await new Promise((resolve) => setTimeout(resolve, 100)) // the observer reports after the runs
  const total = windows.map((w) => w.end - w.start)
  const collecting = windows.map((w) =>
    pauses.filter((p) => p.start >= w.start && p.end <= w.end).reduce((sum, p) => sum + (p.end - p.start), 0))
  return { ms: median(total), mutatorMs: median(windows.map((_, i) => total[i]! - collecting[i]!)), gcMs: median(collecting) }
}

const times: Record<number, { ms: number; mutatorMs: number; gcMs: number }> = {}
for (const activities of [10_000, 100_000]) {
  const text = encodePlanDocumentJson(generatePlan(activities))
  const runs = activities > 10_000 ? 3 : 9
  const parse = await measureGc(() => JSON.parse(text), runs)
  const decode = await measureGc(() => decodeOnce(text), runs)
  times[activities] = decode
  report({
    bench: `decode ${activities.toLocaleString("en")} activities (${(text.length / 2 ** 20).toFixed(1)} MiB)`,
    what: "decodePlanDocument(text)",
    ms: decode.ms,
    baseline: "JSON.parse(text)",
    baselineMs: parse.ms,
    target: activities === 10_000 ? 3 : undefined,
    extra: { gcMs: decode.gcMs, baselineGcMs: parse.gcMs }
  })
}
report({
  bench: "decode scaling",
  what: "100,000 activities",
  ms: times[100_000]!.ms,
  baseline: "10,000 activities",
  baselineMs: times[10_000]!.ms,
  target: 11
})
report({
  bench: "decode scaling",
  what: `100,000 activities without the collector's pauses (${times[100_000]!.gcMs.toFixed(0)} ms of ${times[100_000]!.ms.toFixed(0)})`,
  ms: times[100_000]!.mutatorMs,
  baseline: `10,000 activities without them (${times[10_000]!.gcMs.toFixed(0)} ms)`,
  baselineMs: times[10_000]!.mutatorMs
})
observer.disconnect()
