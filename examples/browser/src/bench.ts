/**
 * The benchmark page: generates a plan of 1,000 activities (`generatePlan`), and times one edit plus the
 * re-check the editor runs after it — many times, cycling through three kinds of edit (rename an
 * activity, change a planned amount, hand an activity to another party). It reports the median and the
 * 95th percentile, twice: the editor alone (edit + `check`), and the editor with every view of the app
 * mounted and redrawn (in a hidden part of the page). The baseline, `JSON.parse` of the plan's own
 * document, is timed in the same loop, one parse before each edit; `decodePlanDocument` of it is
 * reported too.
 *
 * `bench/recheck.bench.mjs` opens this page in Chromium and reads `window.benchResult`.
 */
import {
  amend, assignResponsible, decodePlanDocument, editItem, encodePlanDocumentJson, isoDate, setFundingLine, type ActorId, type Plan
} from "@kpss/core"
import { generatePlan } from "@kpss/testing/plans"
import { makeEditor, type Editor, type Operation } from "./Editor.ts"
import { mountScreen } from "./Screen.ts"

/**
 * What the page reports.
 */
export interface BenchResult {
  readonly activities: number
  readonly runs: number
  readonly findings: number
  /** Edit + check, no views: median and 95th percentile, ms. */
  readonly recheck: { readonly median: number; readonly p95: number }
  /** Edit + check + every view redrawn. */
  readonly withViews: { readonly median: number; readonly p95: number }
  /** `JSON.parse` of the plan's document, timed between the edits: median and 95th percentile, ms. */
  readonly jsonParse: { readonly median: number; readonly p95: number }
  /** The same, between the edits with the views. */
  readonly jsonParseWithViews: { readonly median: number; readonly p95: number }
  readonly decode: number
  readonly userAgent: string
}

declare global {
  interface Window { benchResult?: BenchResult; benchError?: string }
}

const params = new URLSearchParams(location.search)
const activities = Number(params.get("activities") ?? 1000)
const runs = Number(params.get("runs") ?? 300)
const warmup = 30

const stats = (times: Array<number>) => {
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]! }
}
const timeEach = (n: number, fn: (k: number) => void): Array<number> => {
  const times: Array<number> = []
  for (let k = 0; k < n; k++) {
    const start = performance.now()
    fn(k)
    times.push(performance.now() - start)
  }
  return times
}

/** Three kinds of edit, applied in turn to the k-th activity. */
const edits = (plan: Plan) => {
  const activities = plan.strategy.items.filter((i) => i.level === "activity")
  const actors = plan.actors.filter((a) => a.active).map((a) => a.id as ActorId)
  return (k: number): Operation => {
    const activity = activities[k % activities.length]!
    switch (k % 3) {
      case 0:
        return (p, ctx) => editItem(p, { id: activity.id, title: `${activity.title} (${k})` }, ctx)
      case 1: {
        const line = plan.funding.lines[(k * 7) % plan.funding.lines.length]!
        return (p, ctx) => setFundingLine(p, { activityId: line.activityId, year: line.year, sourceId: line.sourceId, planned: 1000 * k }, ctx)
      }
      default:
        return (p, ctx) => assignResponsible(p, { itemId: activity.id, responsibleId: actors[k % actors.length]! }, ctx)
    }
  }
}

/** An editor on a draft of the generated plan (an adopted plan is edited through an amendment). */
const draftEditor = (plan: Plan): Editor => {
  const editor = makeEditor({ plan, name: "bench", day: isoDate(`${plan.period.from + 1}-06-01`) })
  if (!editor.apply((p, ctx) => amend(p, { reason: "Měření" }, ctx))) throw new Error(editor.state().refused?.en)
  return editor
}

/**
 * Times `apply(k)` for k = 0…runs−1 after a warm-up, each run right after one `JSON.parse` of the
 * plan's document, timed too: on a busy machine both see the same load, so their ratio holds.
 */
const interleaved = (apply: (k: number) => void, text: string) => {
  for (let k = 0; k < warmup; k++) { JSON.parse(text); apply(k) }
  const parse: Array<number> = [], edit: Array<number> = []
  for (let k = 0; k < runs; k++) {
    parse.push(...timeEach(1, () => JSON.parse(text)))
    edit.push(...timeEach(1, () => apply(k + warmup)))
  }
  return { edit: stats(edit), parse: stats(parse) }
}

const run = (): BenchResult => {
  const plan = generatePlan(activities)
  const text = encodePlanDocumentJson(plan)
  const edit = edits(plan)
  const apply = (editor: Editor) => (k: number) => { if (!editor.apply(edit(k))) throw new Error(editor.state().refused?.en) }

  const bare = draftEditor(plan)
  const recheck = interleaved(apply(bare), text)

  const viewed = draftEditor(plan)
  mountScreen(viewed)
  viewed.select(plan.strategy.items.find((i) => i.level === "activity")!.id)
  const withViews = interleaved(apply(viewed), text)

  const decode = stats(timeEach(Math.max(9, runs / 10), () => decodePlanDocument(text))).median
  return {
    activities, runs, findings: bare.state().report.findings.length, recheck: recheck.edit, withViews: withViews.edit,
    jsonParse: recheck.parse, jsonParseWithViews: withViews.parse, decode, userAgent: navigator.userAgent
  }
}

// Let the page paint first, so the run starts on a settled page.
setTimeout(() => {
  const out = document.getElementById("result")!
  try {
    const result = run()
    window.benchResult = result
    out.textContent = JSON.stringify(result, null, 2)
  } catch (e) {
    window.benchError = e instanceof Error ? e.stack ?? e.message : String(e)
    out.textContent = window.benchError
  }
}, 100)
