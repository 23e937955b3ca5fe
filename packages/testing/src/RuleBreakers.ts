/**
 * Rule breakers: for each rule code, a function that takes a valid plan on which the rule holds (the
 * compliant plan, or one shaped like it) and returns a valid plan that breaks **exactly that rule**.
 * The generic test runs every rule of the registry through its breaker: the base raises no finding of
 * the code, the broken plan raises it and no other new code. Adding a rule means adding its breaker
 * here; the test fails for a rule without one.
 *
 * Breakers edit the plan as JSON and decode the result, so what they return is always a valid plan
 * (a breaker that produced an invalid one throws, naming the problems).
 *
 * As fast-check arbitraries: `arbitraryCompliantPlan()` and `arbitraryBrokenPlan(code)` give those plans
 * under any {@link PlanVariation} — other ids, lists in another order — so a property "this plan breaks
 * rule X and only X" also proves that no rule depends on how ids are spelled or how a document orders
 * its lists.
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import * as fc from "fast-check"
import { decodePlan, formatPath, isoDate, plusDays, yearOf, type IsoDate, type Plan, type PlanEncoded, type RuleCode } from "@kpss/core"

import { compliantPlan, compliantToday } from "./CompliantPlan.js"
import { getAt, setAt } from "./internal/documentPath.js"
import { prng } from "./internal/prng.js"
import { documentSlots } from "./Mutations.js"

type DeepMutable<T> = T extends ReadonlyArray<infer U> ? Array<DeepMutable<U>> : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T

/**
 * A plan as editable JSON.
 *
 * @category models
 * @since 0.1.0
 */
export type PlanDraft = DeepMutable<PlanEncoded>

/**
 * A breaker: the plan and the day of the check in, the broken plan out.
 *
 * @category models
 * @since 0.1.0
 */
export type RuleBreaker = (plan: Plan, today: IsoDate) => Plan

/**
 * Edits a copy of a plan as JSON and decodes it; throws if the edit made it invalid (tests only).
 *
 * @category constructors
 * @since 0.1.0
 */
export const editPlan = (plan: Plan, edit: (draft: PlanDraft) => void): Plan => {
  const draft = structuredClone(plan) as unknown as PlanDraft
  edit(draft)
  const decoded = decodePlan(draft)
  if (Result.isFailure(decoded)) {
    throw new Error(`the edited plan is invalid: ${decoded.failure.problems.map((p) => `${formatPath(p.path)}: ${p.message.en}`).join("; ")}`)
  }
  return decoded.success
}

const d = (s: string): IsoDate => isoDate(s)
const shift = (s: string, days: number): string => plusDays(d(s), days)
const first = <A>(list: ReadonlyArray<A>, pred: (a: A) => boolean, what: string): A => {
  const found = list.find(pred)
  if (found === undefined) throw new Error(`breaker needs ${what} in the base plan`)
  return found
}
const break_ = (edit: (draft: PlanDraft, today: IsoDate) => void): RuleBreaker => (plan, today) => editPlan(plan, (draft) => edit(draft, today))

/**
 * A breaker for every rule code.
 *
 * @category fixtures
 * @since 0.1.0
 */
export const ruleBreakers: Readonly<Record<RuleCode, RuleBreaker>> = {
  "KPSS-PROC-001": break_((p) => {
    const start = first(p.phases, (r) => r.phase === "start", "a record of phase start")
    start.state = "inProgress"
    delete start.completedOn
  }),
  "KPSS-PROC-002": break_((p) => {
    const r = first(p.phases, (r) => r.startedOn !== undefined && r.completedOn !== undefined, "a completed phase with dates")
    r.completedOn = shift(r.startedOn!, -1)
  }),
  "KPSS-PROC-010": break_((p) => {
    for (const b of p.bodies) if (b.kind === "workingGroup" || b.kind === "managementTeam") b.kind = "other"
  }),
  "KPSS-PROC-020": break_((p) => {
    for (const b of p.bodies) if (b.kind === "steeringGroup") b.kind = "other"
  }),
  "KPSS-PROC-021": break_((p) => {
    for (const b of p.bodies) if (b.kind === "steeringGroup") delete b.rulesOfProcedure
  }),
  "KPSS-PROC-022": break_((p) => {
    const users = new Set(p.actors.filter((a) => a.triadRole === "user").map((a) => a.id))
    for (const b of p.bodies) if (b.kind === "coalition") b.members = b.members.filter((m) => !users.has(m.actorId))
    const coalitions = new Set(p.bodies.filter((b) => b.kind === "coalition").map((b) => b.id))
    for (const x of p.decisions) if (coalitions.has(x.bodyId)) x.votes = x.votes.filter((v) => !users.has(v.actorId))
  }),
  "KPSS-PROC-030": break_((p) => {
    p.analyses.needs = []
    for (const i of p.strategy.items) i.needIds = []
  }),
  "KPSS-PROC-031": break_((p) => {
    p.analyses.resources = []
  }),
  "KPSS-PROC-032": break_((p) => {
    const gone = new Set(p.analyses.swot.filter((s) => s.kind === "threat").map((s) => s.id))
    p.analyses.swot = p.analyses.swot.filter((s) => !gone.has(s.id))
    for (const i of p.strategy.items) i.swotItemIds = i.swotItemIds.filter((id) => !gone.has(id))
  }),
  "KPSS-PROC-033": break_((p) => {
    delete p.analyses.economicEvaluation
  }),
  "KPSS-PROC-034": break_((p) => {
    p.analyses.demography = []
  }),
  "KPSS-PROC-040": break_((p) => {
    delete p.strategy.vision
  }),
  "KPSS-PROC-041": break_((p) => {
    p.strategy.values = []
  }),
  "KPSS-PROC-042": break_((p) => {
    // Accepted, but by the steering group rather than the coalition's participants.
    const steering = first(p.bodies, (b) => b.kind === "steeringGroup", "a steering group").id
    for (const x of p.decisions) if (x.subject === "visionAccepted") x.bodyId = steering
  }),
  "KPSS-PROC-050": break_((p) => {
    for (const i of p.strategy.items) {
      if (i.level === "activity") {
        i.status = "retired"
        i.retired = { reason: "Zrušeno", on: "2018-01-01" }
      }
    }
  }),
  "KPSS-PROC-051": break_((p) => {
    p.indicators = []
    for (const r of p.monitoringReports) r.indicators = []
  }),
  "KPSS-PROC-052": break_((p) => {
    p.consultation = { periods: [], comments: [] }
  }),
  "KPSS-PROC-053": break_((p) => {
    p.lifecycle.approval!.body = "council"
  }),
  "KPSS-CONS-001": break_((p) => {
    delete first(p.consultation.comments, (c) => c.settlement !== undefined, "a settled comment").settlement
  }),
  "KPSS-CONS-002": break_((p) => {
    delete first(p.consultation.comments, (c) => c.settlement !== undefined && c.settlement.disposition !== "accepted", "a comment not accepted").settlement!.justification
  }),
  "KPSS-CONS-003": break_((p) => {
    const c = p.consultation.comments[0]!
    const period = first(p.consultation.periods, (x) => x.id === c.periodId, "the comment's period")
    c.receivedOn = shift(period.to, 1)
  }),
  "KPSS-CONS-004": break_((p) => {
    const period = p.consultation.periods[0]!
    period.to = shift(period.from, 5)
    for (const c of p.consultation.comments) if (c.periodId === period.id) c.receivedOn = period.from
  }),
  "KPSS-CONS-005": break_((p) => {
    const period = p.consultation.periods[0]!
    period.to = shift(period.from, -1)
  }),
  "KPSS-CONS-006": break_((p) => {
    p.consultation.periods.push({ ...p.consultation.periods[0]!, id: "cp-without-channels", channels: [] })
  }),
  "KPSS-CONS-007": break_((p) => {
    const c = first(p.consultation.comments, (c) => c.settlement !== undefined, "a settled comment")
    c.settlement!.settledOn = shift(c.receivedOn, -1)
  }),
  "KPSS-SCHED-001": break_((p) => {
    const m = first(p.schedule, (m) => m.to !== undefined && m.after.length === 0 && m.kind === "task", "a task window")
    m.to = shift(m.from, -1)
  }),
  "KPSS-SCHED-002": break_((p) => {
    const a = first(p.schedule, (m) => m.kind === "commentPeriodOpens", "an opening milestone")
    const b = first(p.schedule, (m) => m.kind === "commentPeriodCloses", "a closing milestone")
    a.after = [b.id]
  }),
  "KPSS-SCHED-003": break_((p) => {
    const closes = first(p.schedule, (m) => m.kind === "commentPeriodCloses", "a closing milestone")
    first(p.schedule, (m) => m.kind === "settlement", "a settlement milestone").from = shift(closes.from, -7)
  }),
  "KPSS-SCHED-004": break_((p, today) => {
    delete first(p.schedule, (m) => m.doneOn !== undefined && (m.to ?? m.from) < today, "a past milestone that is done").doneOn
  }),
  "KPSS-SCHED-005": break_((p) => {
    p.consultation.periods[0]!.to = shift(p.lifecycle.approval!.date, 5)
  }),
  "KPSS-SCHED-006": break_((p) => {
    const start = `${p.period.from}-01-01`
    p.lifecycle.approval!.date = start
    p.lifecycle.inForceFrom = start
  }),
  "KPSS-SCHED-007": break_((p) => {
    const ap = first(p.actionPlans, (ap) => ap.approval !== undefined, "an approved action plan")
    ap.approval!.date = `${ap.year}-01-15`
  }),
  "KPSS-SCHED-008": break_((p, today) => {
    p.actionPlans = p.actionPlans.filter((ap) => ap.year !== yearOf(today))
  }),
  "KPSS-LIFE-001": break_((p) => {
    p.lifecycle.approval!.kind = "tookNote"
  }),
  "KPSS-LIFE-002": break_((p) => {
    p.lifecycle.inForceFrom = shift(p.lifecycle.approval!.date, -1)
  }),
  "KPSS-LIFE-003": break_((p) => {
    p.lifecycle.amendments.push({ number: p.lifecycle.amendments.length + 1, reason: "Nová aktivita" })
  }),
  "KPSS-LIFE-004": break_((p, today) => {
    p.lifecycle.validUntil = shift(today, -1)
  }),
  "KPSS-LIFE-005": break_((p) => {
    delete p.previousPlanId
  }),
  "KPSS-STAT-001": break_((p) => {
    delete p.previousEvaluation
  }),
  "KPSS-STAT-002": break_((p) => {
    const gone = new Set(p.monitoringReports.filter((r) => r.year === p.period.from).map((r) => r.id))
    p.monitoringReports = p.monitoringReports.filter((r) => !gone.has(r.id))
    for (const x of p.decisions) x.concerns = x.concerns.filter((id) => !gone.has(id))
  }),
  "KPSS-STAT-003": break_((p) => {
    for (const r of p.monitoringReports) if (r.approval !== undefined) delete r.approval.decisionId
  }),
  "KPSS-STAT-004": break_((p) => {
    for (const period of p.consultation.periods) period.channels = period.channels.filter((c) => c !== "publicHearing")
  }),
  "KPSS-PART-001": break_((p) => {
    p.bodies.push({
      id: "b-finance", kind: "other", name: "Finanční komise", open: false,
      members: [{ actorId: "town", role: "member" }, { actorId: "charity", role: "member" }],
      decisionRule: p.bodies[0]!.decisionRule, targetGroupIds: [], priorityIds: []
    })
  }),
  "KPSS-PART-002": break_((p) => {
    first(p.bodies, (b) => b.kind === "steeringGroup" && b.composition !== undefined, "a steering group with a composition").composition =
      { administration: 80, users: 10, providers: 10, selection: "elected" }
  }),
  "KPSS-PART-003": break_((p) => {
    const wg = first(p.bodies, (b) => b.kind === "workingGroup", "a working group")
    wg.members = wg.members.map((m) => (m.role === "facilitator" ? { ...m, role: "member" } : m))
  }),
  "KPSS-PART-004": break_((p) => {
    first(p.bodies, (b) => b.kind === "workingGroup", "a working group").open = false
  }),
  "KPSS-PART-005": break_((p) => {
    const provider = first(p.actors, (a) => a.triadRole === "provider", "a provider")
    first(p.actors, (a) => a.triadRole === "user", "a user").represents = provider.id
  }),
  "KPSS-PART-006": break_((p) => {
    const m = first(p.meetings, (m) => m.agendaSentOn !== undefined, "a meeting with its agenda sent")
    m.agendaSentOn = shift(m.date, -2)
  }),
  "KPSS-PART-007": break_((p) => {
    const decided = new Set(p.decisions.map((x) => x.meetingId))
    delete first(p.meetings, (m) => decided.has(m.id), "a meeting with a decision").decisionMethodDeclaredOn
  }),
  "KPSS-PART-008": break_((p) => {
    delete first(p.meetings, (m) => m.minutes?.publishedOn !== undefined, "a meeting with published minutes").minutes!.publishedOn
  }),
  "KPSS-PART-009": break_((p) => {
    const x = first(p.decisions, (x) => x.subject === "monitoringReportApproved" && x.outcome === "passed", "a passed approval of a monitoring report")
    x.votes = x.votes.slice(0, 1)
  }),
  "KPSS-PART-010": break_((p) => {
    const x = first(p.decisions, (x) => x.subject === "monitoringReportApproved" && x.votes.length > 0, "an approval of a monitoring report with votes")
    x.votes.push({ ...x.votes[0]!, choice: "no" })
  }),
  "KPSS-PART-011": break_((p) => {
    const x = first(p.decisions, (x) => x.subject === "monitoringReportApproved" && x.votes.length > 0, "an approval of a monitoring report with votes")
    x.recusals.push({ actorId: x.votes[x.votes.length - 1]!.actorId, reason: "Střet zájmů" })
  }),
  "KPSS-PART-012": break_((p) => {
    const x = first(p.decisions, (x) => x.subject === "monitoringReportApproved", "an approval of a monitoring report")
    const a = first(p.strategy.items, (i) => i.level === "activity" && x.votes.some((v) => v.actorId === i.responsibleId) &&
      p.actors.some((actor) => actor.id === i.responsibleId && actor.triadRole === "provider") && p.funding.lines.some((l) => l.activityId === i.id),
    "a funded activity of a provider who votes")
    x.concerns.push(a.id)
  }),
  "KPSS-ANAL-001": break_((p) => {
    // The needs stay answered, but by the priority only: no measure or activity turns them into work.
    const priority = first(p.strategy.items, (i) => i.level === "priority", "a priority")
    for (const i of p.strategy.items) {
      if (i.level === "measure" || i.level === "activity") {
        priority.needIds = [...new Set([...priority.needIds, ...i.needIds])]
        i.needIds = []
      }
    }
  }),
  "KPSS-ANAL-002": break_((p) => {
    // The existing priorities trace nothing; a new one answers every need, so the coverage stays whole.
    for (const n of p.analyses.needs) n.severity = "medium"
    for (const i of p.strategy.items) {
      i.needIds = []
      i.swotItemIds = []
    }
    const priority = first(p.strategy.items, (i) => i.level === "priority", "a priority")
    p.strategy.items.push({ ...priority, id: "p-answers-needs", code: "P9", title: "Priorita odpovídající na potřeby", needIds: p.analyses.needs.map((n) => n.id) })
  }),
  "KPSS-ANAL-003": break_((p) => {
    for (const b of p.bodies) if (b.kind === "workingGroup") b.targetGroupIds = []
  }),
  "KPSS-ANAL-004": break_((p) => {
    const needed = new Set(p.analyses.needs.flatMap((n) => n.serviceTypes))
    for (const r of p.analyses.resources) if (needed.has(r.serviceType)) r.serviceType = "39"
  }),
  "KPSS-ANAL-005": break_((p) => {
    first(p.strategy.items, (i) => i.level === "measure", "a measure").serviceTypes.push("38")
  }),
  "KPSS-ANAL-006": break_((p) => {
    const r = first(p.analyses.resources, (r) => r.serviceType === "40", "a resource of §40 (home care)")
    r.forms = [...r.forms, "residential"]
  }),
  "KPSS-ANAL-007": break_((p) => {
    const r = first(p.analyses.resources, (r) => !r.forms.includes("outpatient"), "a resource without an outpatient form")
    r.capacities.push({ form: "outpatient", unit: "client", count: 5 })
  }),
  "KPSS-ANAL-008": break_((p) => {
    // Four more needs of little weight that nothing answers: one of five answered, under the 80 % of the profile.
    const group = first(p.analyses.needs, () => true, "a need").targetGroupId
    for (let k = 1; k <= 4; k++) {
      p.analyses.needs.push({ id: `need-unanswered-${k}`, targetGroupId: group, description: `Potřeba bez odpovědi ${k}`, source: "survey", severity: "low", serviceTypes: [] })
    }
  }),
  "KPSS-STRAT-001": break_((p) => {
    delete first(p.strategy.items, (i) => i.level === "activity" && i.status === "active" && i.responsibleId !== undefined, "an activity with a responsible party").responsibleId
  }),
  "KPSS-STRAT-002": break_((p, today) => {
    // A provider who was a coalition member until before the day becomes responsible for an activity.
    p.actors.push({ id: "former-partner", kind: "organisation", name: "Bývalý partner, z. s.", triadRole: "provider", sector: "socialServices", contacts: [], active: true })
    first(p.bodies, (b) => b.kind === "coalition", "a coalition").members.push({ actorId: "former-partner", role: "member", until: shift(today, -30) })
    first(p.strategy.items, (i) => i.level === "activity" && i.status === "active", "an active activity").responsibleId = "former-partner"
  }),
  "KPSS-STRAT-003": break_((p) => {
    const a = first(p.strategy.items, (i) => i.level === "activity" && i.status === "active" && i.responsibleId !== undefined, "an activity with a responsible party")
    const line = first(p.funding.lines, (l) => l.activityId === a.id && l.secured === l.planned && l.spent <= l.secured, "a covered line of it")
    for (let k = 1; k <= 3; k++) {
      p.strategy.items.push({ ...a, id: `${a.id}-more-${k}`, code: `${a.code}.${k}` })
      p.funding.lines.push({ ...line, activityId: `${a.id}-more-${k}` })
    }
  }),
  "KPSS-FUND-001": break_((p, today) => {
    const a = first(p.strategy.items, (i) => i.level === "activity" && i.status === "active", "an active activity")
    const year = yearOf(today) - 1
    const sourceId = first(p.funding.sources, () => true, "a funding source").id
    p.funding.lines = p.funding.lines.filter((l) => !(l.activityId === a.id && l.year === year && l.sourceId === sourceId))
    p.funding.lines.push({ activityId: a.id, year, sourceId, planned: 1000, secured: 0, spent: 0 })
  }),
  "KPSS-FUND-002": break_((p) => {
    const a = first(p.strategy.items, (i) => i.level === "activity" && i.status === "active", "an active activity")
    const actors = new Set(p.strategy.items.map((i) => i.responsibleId))
    const other = first(p.actors, (x) => x.active && !actors.has(x.id), "an actor responsible for nothing")
    p.strategy.items.push({ ...a, id: `${a.id}-unfunded`, code: `${a.code}.9`, responsibleId: other.id })
  }),
  "KPSS-FUND-003": break_((p) => {
    const line = first(p.funding.lines, (l) => l.secured === l.planned && l.spent <= l.secured, "a covered line")
    p.funding.lines.push({ ...line, year: p.period.from - 1 })
  }),
  "KPSS-FUND-004": break_((p) => {
    const line = first(p.funding.lines, (l) => l.planned > 0, "a line with money planned")
    line.secured = line.planned + 1000
  }),
  "KPSS-FUND-005": break_((p) => {
    const line = first(p.funding.lines, (l) => l.secured > 0 && l.secured === l.planned, "a covered line")
    line.spent = line.secured + 1000
  }),
  "KPSS-FUND-006": break_((p) => {
    // A large sum planned, not yet secured, in the last year of the period (not a past year).
    const line = first(p.funding.lines, (l) => l.planned > 0, "a line with money planned")
    p.funding.lines = p.funding.lines.filter((l) => !(l.activityId === line.activityId && l.year === p.period.to && l.sourceId === line.sourceId))
    p.funding.lines.push({ ...line, year: p.period.to, planned: 100_000_000, secured: 0, spent: 0 })
  }),
  "KPSS-MON-001": break_((p) => {
    delete first(p.indicators, (i) => i.baseline !== undefined, "an indicator with a baseline").baseline
  }),
  "KPSS-MON-002": break_((p, today) => {
    const ind = first(p.indicators, (i) => i.actuals.some((a) => a.year < yearOf(today)), "an indicator with a past actual")
    ind.actuals = ind.actuals.filter((a) => a.year >= yearOf(today))
  }),
  "KPSS-MON-003": break_((p) => {
    const ind = first(p.indicators, (i) => i.actuals.length > 0 && i.baseline !== undefined && i.target !== undefined && i.target.value !== i.baseline.value, "an indicator with a path and an actual")
    const last = ind.actuals.reduce((a, b) => (b.year > a.year ? b : a))
    // Far behind: back at the baseline, and beyond it against the direction of the goal.
    const up = ind.direction === "higherIsBetter" ? 1 : -1
    last.value = ind.baseline!.value - up * Math.abs(ind.target!.value - ind.baseline!.value)
  })
}

// ---------------------------------------------------------------------------------------------------
// Arbitraries: the compliant plan and each broken plan, varied in what no rule may depend on.

/**
 * What a variant changes in a plan without changing its meaning: every id gets the prefix (so the rules
 * cannot depend on the spelling of ids), and every list of records is shuffled by the seed (so they
 * cannot depend on the order in which a document lists things).
 *
 * @category models
 * @since 0.1.0
 */
export interface PlanVariation {
  readonly idPrefix: string
  readonly seed: number
}

/**
 * The variation of a plan: the same plan under other ids and in another order. Every id of a record
 * (an object with an `id`) is renamed wherever it is referred to, so every reference follows it.
 *
 * @category constructors
 * @since 0.1.0
 */
export const planVariant = (plan: Plan, variation: PlanVariation): Plan => {
  const document = { formatVersion: 1, plan: structuredClone(plan) as unknown }
  // The ids and the references are the values the Schema types as ids; the records' own are named `id`.
  const idSlots = documentSlots(document).filter((s) => s.problem === "id")
  const ids = new Set(idSlots.filter((s) => s.path.at(-1) === "id").map((s) => getAt(document, s.path)))
  for (const slot of idSlots) {
    const v = getAt(document, slot.path)
    if (typeof v === "string" && ids.has(v)) setAt(document, slot.path, variation.idPrefix + v)
  }
  // Every list of records is shuffled, inner lists first.
  const random = prng(variation.seed)
  const shuffle = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach(shuffle)
      if (v.every((x): boolean => typeof x === "object" && x !== null)) {
        for (let i = v.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1))
          ;[v[i], v[j]] = [v[j], v[i]]
        }
      }
    } else if (typeof v === "object" && v !== null) Object.values(v).forEach(shuffle)
  }
  shuffle(document.plan)
  return editPlan(plan, (draft) => Object.assign(draft, document.plan))
}

/**
 * A variation: an id prefix (letters, digits, Czech letters, `-`, `_`, `/`, spaces) and a shuffle seed.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const arbitraryPlanVariation = (): fc.Arbitrary<PlanVariation> =>
  fc.record({
    idPrefix: fc.string({ unit: fc.constantFrom(..."abcxyzčřžůAZ09-_/ "), maxLength: 6 }),
    seed: fc.integer()
  }, { noNullPrototype: true })

/**
 * Plans on which no rule fires on {@link compliantToday}: the compliant plan under any variation.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const arbitraryCompliantPlan = (): fc.Arbitrary<Plan> =>
  arbitraryPlanVariation().map((v) => planVariant(compliantPlan, v))

/**
 * Plans that break exactly the rule `code` on {@link compliantToday}: its breaker applied to the compliant
 * plan, under any variation.
 *
 * @category arbitraries
 * @since 0.1.0
 */
export const arbitraryBrokenPlan = (code: RuleCode): fc.Arbitrary<Plan> => {
  const breaker = ruleBreakers[code]
  if (breaker === undefined) throw new Error(`no breaker for ${code}`)
  const broken = breaker(compliantPlan, compliantToday)
  return arbitraryPlanVariation().map((v) => planVariant(broken, v))
}
