// Property tests of the rules that state an invariant, table-driven: one row per rule code, each with an
// oracle that computes from the plan data alone — never through the rule's own helpers (funding matrix,
// responsibility view, traceability, timeline, voting, service-catalogue guards) — which findings the
// rule must raise: the path of each and the ids it names. On generated plans (valid, with some dates,
// periods and responsible parties deliberately disordered so every rule can fire), under random
// settings and on a random day, the findings of the rule must be exactly the oracle's, as a multiset.
// Each row must have seen plans where it fires and plans where it does not (so no row passes vacuously).
//
// The rules without an invariant are listed in `noInvariant` with the reason; the generic breaker test
// (RuleBreakers.test.ts: "this plan breaks rule X and only X", over every registered rule) covers them.
import {
  allRules, check, daysBetween, makeProfile, phases, plusDays, serviceCatalogue, statutoryProfile, yearOf,
  type IsoDate, type Milestone, type Plan, type RuleCode, type RuleSettings, type TriadRole
} from "@kpss/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbitraryPlan, editPlan } from "../src/index.js"

interface Expected {
  readonly path: ReadonlyArray<string | number>
  readonly ids?: ReadonlyArray<string>
}
interface Context {
  readonly plan: Plan
  readonly today: IsoDate
  readonly settings: RuleSettings
}
type Oracle = (ctx: Context) => Array<Expected>

// ---------------------------------------------------------------------------------------------------
// Plain facts about a plan, written out here (not the core's views).
// ---------------------------------------------------------------------------------------------------

const triadParts: ReadonlyArray<TriadRole> = ["user", "provider", "commissioner"]
const roleOf = (plan: Plan, actorId: string): TriadRole | undefined => plan.actors.find((a) => a.id === actorId)?.triadRole
const lacksTriad = (plan: Plan, actorIds: Iterable<string>): boolean => {
  const present = new Set([...actorIds].map((id) => roleOf(plan, id)))
  return triadParts.some((r) => !present.has(r))
}
type Member = Plan["bodies"][number]["members"][number]
const memberOn = (m: Member, day: IsoDate): boolean => (m.from === undefined || m.from <= day) && (m.until === undefined || m.until >= day)
/** The bodies of the steering structure: the coalitions, or the steering groups when there is no coalition. */
const steeringStructure = (plan: Plan): ReadonlyArray<number> => {
  const of = (kind: string) => plan.bodies.flatMap((b, i) => (b.kind === kind ? [i] : []))
  const coalitions = of("coalition")
  return coalitions.length > 0 ? coalitions : of("steeringGroup")
}
const lastDay = (m: Pick<Milestone, "from" | "to">): IsoDate => (m.to !== undefined && m.to > m.from ? m.to : m.from)
/** `later` starts no earlier and ends no earlier than `earlier`. */
const after = (earlier: Milestone, later: Milestone): boolean => later.from >= earlier.from && lastDay(later) >= lastDay(earlier)
const blank = (s: string | undefined): boolean => (s ?? "").trim() === ""
const item = (plan: Plan, id: string) => plan.strategy.items.find((i) => i.id === id)
/** Whether `ancestorId` is the item itself or above it in the tree. */
const under = (plan: Plan, itemId: string, ancestorId: string): boolean => {
  for (let x = item(plan, itemId); x !== undefined; x = x.parentId === undefined ? undefined : item(plan, x.parentId)) {
    if (x.id === ancestorId) return true
  }
  return false
}
const activeOf = (plan: Plan, level: string) => plan.strategy.items.flatMap((x, i) => (x.level === level && x.status === "active" ? [i] : []))
/** Actors that are no longer partners: inactive, or whose every coalition membership ended before the day. */
const departed = (plan: Plan, today: IsoDate): Set<string> => {
  const out = new Set(plan.actors.filter((a) => !a.active).map((a) => a.id as string))
  const memberships = plan.bodies.filter((b) => b.kind === "coalition").flatMap((b) => b.members)
  for (const m of memberships) {
    if (memberships.filter((x) => x.actorId === m.actorId).every((x) => x.until !== undefined && x.until < today)) out.add(m.actorId)
  }
  return out
}
const lineAt = (plan: Plan, i: number): Expected => ({ path: ["funding", "lines", i], ids: [plan.funding.lines[i]!.activityId, plan.funding.lines[i]!.sourceId] })
const januaryFirst = (year: number) => `${year}-01-01`
const pastYears = (plan: Plan, today: IsoDate): Array<number> => {
  const out: Array<number> = []
  for (let y = plan.period.from; y <= Math.min(plan.period.to, yearOf(today) - 1); y++) out.push(y)
  return out
}
const catalogue = new Map(serviceCatalogue.map((t) => [t.paragraph, t]))
const knownType = (t: string) => t === "other" || catalogue.has(t)

const each = <A>(list: ReadonlyArray<A>, f: (a: A, i: number) => Expected | ReadonlyArray<Expected> | undefined): Array<Expected> =>
  list.flatMap((a, i) => {
    const e = f(a, i)
    return e === undefined ? [] : Array.isArray(e) ? e : [e as Expected]
  })

// ---------------------------------------------------------------------------------------------------
// The table: rule code → the findings it must raise.
// ---------------------------------------------------------------------------------------------------

const invariants: Readonly<Record<RuleCode, Oracle>> = {
  // A phase is started or completed only when every phase before it (in the seed's order) is completed.
  "KPSS-PROC-001": ({ plan }) => {
    const out: Array<Expected> = []
    let earlierOpen = false
    for (const phase of phases) {
      const i = plan.phases.findIndex((r) => r.phase === phase)
      const state = i < 0 ? "notStarted" : plan.phases[i]!.state
      if (earlierOpen && state !== "notStarted") out.push({ path: ["phases", i] })
      if (state !== "completed") earlierOpen = true
    }
    return out
  },
  "KPSS-PROC-002": ({ plan }) => each(plan.phases, (r, i) =>
    r.startedOn !== undefined && r.completedOn !== undefined && r.completedOn < r.startedOn ? { path: ["phases", i, "completedOn"] } : undefined),
  // Every steering group has rules of procedure.
  "KPSS-PROC-021": ({ plan }) => each(plan.bodies, (b, i) =>
    b.kind === "steeringGroup" && b.rulesOfProcedure === undefined ? { path: ["bodies", i, "rulesOfProcedure"], ids: [b.id] } : undefined),
  // Every body of the steering structure has users, providers and commissioners among its members.
  "KPSS-PROC-022": ({ plan }) => steeringStructure(plan).flatMap((i) => {
    const b = plan.bodies[i]!
    return lacksTriad(plan, b.members.map((m) => m.actorId)) ? [{ path: ["bodies", i, "members"], ids: [b.id] }] : []
  }),
  // Every active measure has an indicator.
  "KPSS-PROC-051": ({ plan }) => activeOf(plan, "measure").flatMap((i) => {
    const m = plan.strategy.items[i]!
    return plan.indicators.some((ind) => ind.itemId === m.id) ? [] : [{ path: ["strategy", "items", i], ids: [m.id] }]
  }),
  "KPSS-PROC-053": ({ plan }) => {
    const a = plan.lifecycle.approval
    if (a === undefined) return [{ path: ["lifecycle"] }]
    return a.body === "assembly" || a.body === "regionalAssembly" ? [] : [{ path: ["lifecycle", "approval", "body"] }]
  },

  // No approval while a comment is unsettled: every comment was settled, and on or before the approval.
  "KPSS-CONS-001": ({ plan }) => {
    const approved = plan.lifecycle.approval?.date
    return each(plan.consultation.comments, (c, i) =>
      c.settlement === undefined || (approved !== undefined && c.settlement.settledOn > approved)
        ? { path: ["consultation", "comments", i], ids: [c.id] }
        : undefined)
  },
  "KPSS-CONS-002": ({ plan }) => each(plan.consultation.comments, (c, i) =>
    c.settlement !== undefined && c.settlement.disposition !== "accepted" && blank(c.settlement.justification)
      ? { path: ["consultation", "comments", i, "settlement", "justification"], ids: [c.id] }
      : undefined),
  // A comment is received within its (well-formed) period.
  "KPSS-CONS-003": ({ plan }) => each(plan.consultation.comments, (c, i) => {
    const p = plan.consultation.periods.find((x) => x.id === c.periodId)!
    return p.from <= p.to && (c.receivedOn < p.from || c.receivedOn > p.to)
      ? { path: ["consultation", "comments", i, "receivedOn"], ids: [c.id, p.id] }
      : undefined
  }),
  // A (well-formed) period lasts at least the profile's days, both ends counted.
  "KPSS-CONS-004": ({ plan, settings }) => each(plan.consultation.periods, (p, i) =>
    p.from <= p.to && daysBetween(p.from, p.to) + 1 < settings.minCommentDays ? { path: ["consultation", "periods", i], ids: [p.id] } : undefined),
  "KPSS-CONS-005": ({ plan }) => each(plan.consultation.periods, (p, i) =>
    p.to < p.from ? { path: ["consultation", "periods", i, "to"], ids: [p.id] } : undefined),
  "KPSS-CONS-006": ({ plan }) => each(plan.consultation.periods, (p, i) =>
    p.channels.length === 0 ? { path: ["consultation", "periods", i, "channels"], ids: [p.id] } : undefined),
  "KPSS-CONS-007": ({ plan }) => each(plan.consultation.comments, (c, i) =>
    c.settlement !== undefined && c.settlement.settledOn < c.receivedOn ? { path: ["consultation", "comments", i, "settlement", "settledOn"], ids: [c.id] } : undefined),

  "KPSS-SCHED-001": ({ plan }) => each(plan.schedule, (m, i) =>
    m.to !== undefined && m.to < m.from ? { path: ["schedule", i, "to"], ids: [m.id] } : undefined),
  // A milestone starts and ends no earlier than each milestone it follows.
  "KPSS-SCHED-002": ({ plan }) => each(plan.schedule, (m, i) => m.after.flatMap((id, j) => {
    const before = plan.schedule.find((x) => x.id === id)!
    return after(before, m) ? [] : [{ path: ["schedule", i, "after", j], ids: [m.id, before.id] }]
  })),
  // Comments open → close → settlement → approval → the period starts: a process milestone follows the
  // latest milestone of the nearest earlier kind present that starts on or before it (of equals, the
  // last listed).
  "KPSS-SCHED-003": ({ plan }) => {
    const order = ["commentPeriodOpens", "commentPeriodCloses", "settlement", "approval", "periodStarts"]
    const out: Array<Expected> = []
    let previous: string | undefined
    for (const kind of order) {
      const current = plan.schedule.flatMap((m, i) => (m.kind === kind ? [i] : []))
      if (previous !== undefined) {
        for (const i of current) {
          const m = plan.schedule[i]!
          let before: Milestone | undefined
          for (const p of plan.schedule) if (p.kind === previous && p.from <= m.from && (before === undefined || p.from >= before.from)) before = p
          if (before === undefined || !after(before, m)) out.push({ path: ["schedule", i], ids: [m.id] })
        }
      }
      if (current.length > 0) previous = kind
    }
    return out
  },
  "KPSS-SCHED-004": ({ plan, today }) => each(plan.schedule, (m, i) =>
    m.doneOn === undefined && lastDay(m) < today ? { path: ["schedule", i], ids: [m.id] } : undefined),
  // The comment period ends before the approval.
  "KPSS-SCHED-005": ({ plan }) => {
    const approved = plan.lifecycle.approval?.date
    return approved === undefined ? [] : each(plan.consultation.periods, (p, i) =>
      p.to >= approved ? { path: ["consultation", "periods", i, "to"], ids: [p.id] } : undefined)
  },
  "KPSS-SCHED-006": ({ plan }) => {
    const a = plan.lifecycle.approval
    return a !== undefined && a.date >= januaryFirst(plan.period.from) ? [{ path: ["lifecycle", "approval", "date"] }] : []
  },
  "KPSS-SCHED-007": ({ plan }) => each(plan.actionPlans, (ap, i) =>
    ap.approval !== undefined && ap.approval.date >= januaryFirst(ap.year) ? { path: ["actionPlans", i, "approval", "date"], ids: [ap.id] } : undefined),

  "KPSS-LIFE-001": ({ plan }) => {
    const a = plan.lifecycle.approval
    return a !== undefined && a.kind !== "approved" ? [{ path: ["lifecycle", "approval", "kind"] }] : []
  },
  // In force from a known day, no earlier than the approval.
  "KPSS-LIFE-002": ({ plan }) => {
    const { approval, inForceFrom } = plan.lifecycle
    return inForceFrom === undefined || (approval !== undefined && inForceFrom < approval.date) ? [{ path: ["lifecycle", "inForceFrom"] }] : []
  },
  "KPSS-LIFE-003": ({ plan }) => each(plan.lifecycle.amendments, (a, i) => (a.approval === undefined ? { path: ["lifecycle", "amendments", i] } : undefined)),
  // Valid (until the day set, else to the end of the period) on the day of the check.
  "KPSS-LIFE-004": ({ plan, today }) => ((plan.lifecycle.validUntil ?? `${plan.period.to}-12-31`) < today ? [{ path: ["lifecycle", "validUntil"] }] : []),
  "KPSS-LIFE-005": ({ plan }) => (plan.edition > 1 && plan.previousPlanId === undefined ? [{ path: ["previousPlanId"] }] : []),

  "KPSS-STAT-001": ({ plan }) => (plan.edition > 1 && plan.previousEvaluation === undefined ? [{ path: ["previousEvaluation"] }] : []),
  // Every year of the period that has ended has a monitoring report.
  "KPSS-STAT-002": ({ plan, today }) =>
    pastYears(plan, today).filter((y) => !plan.monitoringReports.some((r) => r.year === y)).map(() => ({ path: ["monitoringReports"] })),
  // An approved monitoring report was passed by a decision of a body with the whole triad.
  "KPSS-STAT-003": ({ plan }) => each(plan.monitoringReports, (r, i) => {
    if (r.status !== "approved") return undefined
    const d = plan.decisions.find((x) => x.id === r.approval?.decisionId)
    const body = d === undefined ? undefined : plan.bodies.find((b) => b.id === d.bodyId)
    const ok = d !== undefined && d.outcome === "passed" && body !== undefined && !lacksTriad(plan, body.members.map((m) => m.actorId))
    return ok ? undefined : { path: ["monitoringReports", i, "approval"], ids: [r.id] }
  }),

  // Every other body has the triad among its members on the day.
  "KPSS-PART-001": ({ plan, today }) => {
    const structure = new Set(steeringStructure(plan))
    return each(plan.bodies, (b, i) =>
      !structure.has(i) && lacksTriad(plan, b.members.filter((m) => memberOn(m, today)).map((m) => m.actorId))
        ? { path: ["bodies", i, "members"], ids: [b.id] }
        : undefined)
  },
  // A steering group's actual shares (of its distinct members on the day) keep to the declared ones.
  "KPSS-PART-002": ({ plan, today, settings }) => each(plan.bodies, (b, i) => {
    if (b.kind !== "steeringGroup" || b.composition === undefined) return undefined
    const members = [...new Set(b.members.filter((m) => memberOn(m, today)).map((m) => m.actorId))].map((id) => roleOf(plan, id))
    const count = { administration: members.filter((r) => r === "commissioner").length, users: members.filter((r) => r === "user").length, providers: members.filter((r) => r === "provider").length }
    const total = count.administration + count.users + count.providers
    return (["administration", "users", "providers"] as const).flatMap((part) => {
      const actual = total === 0 ? 0 : (count[part] * 100) / total
      return Math.abs(actual - b.composition![part]) > settings.compositionTolerance + 1e-9 ? [{ path: ["bodies", i, "composition", part], ids: [b.id] }] : []
    })
  }),
  // A working group has, on the day, an external expert or both a leader and a facilitator.
  "KPSS-PART-003": ({ plan, today }) => each(plan.bodies, (b, i) => {
    if (b.kind !== "workingGroup") return undefined
    const roles = new Set(b.members.filter((m) => memberOn(m, today)).map((m) => m.role))
    return roles.has("externalExpert") || (roles.has("leader") && roles.has("facilitator")) ? undefined : { path: ["bodies", i, "members"], ids: [b.id] }
  }),
  "KPSS-PART-004": ({ plan }) => each(plan.bodies, (b, i) => (b.kind === "workingGroup" && !b.open ? { path: ["bodies", i, "open"], ids: [b.id] } : undefined)),
  "KPSS-PART-005": ({ plan }) => each(plan.actors, (a, i) => {
    if (a.triadRole !== "user" || a.represents === undefined) return undefined
    const r = plan.actors.find((x) => x.id === a.represents)!
    return r.triadRole === "user" ? undefined : { path: ["actors", i, "represents"], ids: [a.id, r.id] }
  }),
  // The agenda went out at least the profile's days before the meeting (and, unsent, is late once that day has passed).
  "KPSS-PART-006": ({ plan, today, settings }) => each(plan.meetings, (m, i) => {
    const due = plusDays(m.date, -settings.agendaDaysAhead)
    const late = m.agendaSentOn === undefined ? today > due : m.agendaSentOn > due
    return late ? { path: ["meetings", i, "agendaSentOn"], ids: [m.id] } : undefined
  }),
  // A past meeting that decided something declared its way of deciding before the day of the meeting.
  "KPSS-PART-007": ({ plan, today }) => each(plan.meetings, (m, i) => {
    const decided = plan.decisions.some((d) => d.meetingId === m.id)
    const declaredBefore = m.decisionMethodDeclaredOn !== undefined && m.decisionMethodDeclaredOn < m.date
    return decided && m.date <= today && !declaredBefore ? { path: ["meetings", i, "decisionMethodDeclaredOn"], ids: [m.id] } : undefined
  }),
  "KPSS-PART-008": ({ plan, today, settings }) => each(plan.meetings, (m, i) => {
    const due = plusDays(m.date, settings.minutesPublishDays)
    const published = m.minutes?.publishedOn
    if (!(published === undefined ? today > due : published > due)) return undefined
    return { path: m.minutes === undefined ? ["meetings", i] : ["meetings", i, "minutes", "publishedOn"], ids: [m.id] }
  }),
  "KPSS-PART-011": ({ plan }) => each(plan.decisions, (d, i) => d.votes.flatMap((v, j) =>
    d.recusals.some((r) => r.actorId === v.actorId) ? [{ path: ["decisions", i, "votes", j], ids: [d.id, v.actorId] }] : [])),
  // Nobody votes (yes, no, block, objection) for a provider — itself, or whom it represents or belongs to —
  // that is responsible for or a partner in a funded activity the decision concerns, without recusal.
  "KPSS-PART-012": ({ plan }) => each(plan.decisions, (d, i) => {
    const stakes = new Set<string>()
    for (const id of d.concerns) {
      const x = item(plan, id)
      if (x === undefined || x.level !== "activity" || !plan.funding.lines.some((l) => l.activityId === x.id)) continue
      for (const party of [x.responsibleId, ...x.partnerIds]) if (party !== undefined && roleOf(plan, party) === "provider") stakes.add(party)
    }
    return d.votes.flatMap((v, j) => {
      if (v.choice === "abstain" || d.recusals.some((r) => r.actorId === v.actorId)) return []
      const voter = plan.actors.find((a) => a.id === v.actorId)
      const provider = [v.actorId, voter?.represents, voter?.memberOf].find((p) => p !== undefined && stakes.has(p))
      return provider === undefined ? [] : [{ path: ["decisions", i, "votes", j], ids: [d.id, v.actorId, provider] }]
    })
  }),

  // A high-severity need is named by an active measure or activity.
  "KPSS-ANAL-001": ({ plan }) => each(plan.analyses.needs, (n, i) =>
    n.severity === "high" && !plan.strategy.items.some((x) => x.status === "active" && (x.level === "measure" || x.level === "activity") && x.needIds.includes(n.id))
      ? { path: ["analyses", "needs", i], ids: [n.id] }
      : undefined),
  // An active priority, or an active item anywhere below it, names a need or a SWOT item.
  "KPSS-ANAL-002": ({ plan }) => activeOf(plan, "priority").flatMap((i) => {
    const p = plan.strategy.items[i]!
    const traced = plan.strategy.items.some((x) => x.status === "active" && (x.needIds.length > 0 || x.swotItemIds.length > 0) && under(plan, x.id, p.id))
    return traced ? [] : [{ path: ["strategy", "items", i], ids: [p.id] }]
  }),
  // When there are working groups, a target group with needs has one.
  "KPSS-ANAL-003": ({ plan }) => {
    const groups = plan.bodies.filter((b) => b.kind === "workingGroup")
    if (groups.length === 0) return []
    return each(plan.targetGroups, (g, i) =>
      plan.analyses.needs.some((n) => n.targetGroupId === g.id) && !groups.some((b) => b.targetGroupIds.includes(g.id))
        ? { path: ["targetGroups", i], ids: [g.id] }
        : undefined)
  },
  // When there are resources, every type of the law a need asks for is offered by one (reported at the first need naming it).
  "KPSS-ANAL-004": ({ plan }) => {
    const resources = plan.analyses.resources
    if (resources.length === 0) return []
    const reported = new Set<string>()
    return each(plan.analyses.needs, (n, i) => n.serviceTypes.flatMap((t) => {
      if (reported.has(t)) return []
      reported.add(t)
      return t !== "other" && !resources.some((r) => r.serviceType === t) ? [{ path: ["analyses", "needs", i, "serviceTypes"] }] : []
    }))
  },
  // At least the profile's share of the needs is named by an active item (of any level); the finding names the others.
  "KPSS-ANAL-008": ({ plan, settings }) => {
    const needs = plan.analyses.needs
    const unanswered = needs.filter((n) => !plan.strategy.items.some((x) => x.status === "active" && x.needIds.includes(n.id)))
    return needs.length > 0 && (needs.length - unanswered.length) / needs.length < settings.minCoverage
      ? [{ path: ["analyses", "needs"], ids: unanswered.map((n) => n.id) }]
      : []
  },
  // Every service type named anywhere is a paragraph of the catalogue (or "other").
  "KPSS-ANAL-005": ({ plan }) => [
    ...each(plan.analyses.resources, (r, i) => (knownType(r.serviceType) ? undefined : { path: ["analyses", "resources", i, "serviceType"], ids: [r.id] })),
    ...each(plan.analyses.needs, (n, i) => n.serviceTypes.flatMap((t, j) => (knownType(t) ? [] : [{ path: ["analyses", "needs", i, "serviceTypes", j], ids: [n.id] }]))),
    ...each(plan.strategy.items, (x, i) => x.serviceTypes.flatMap((t, j) => (knownType(t) ? [] : [{ path: ["strategy", "items", i, "serviceTypes", j], ids: [x.id] }])))
  ],
  // A catalogued service is provided only in the forms the catalogue lists for it.
  "KPSS-ANAL-006": ({ plan }) => each(plan.analyses.resources, (r, i) => {
    const type = catalogue.get(r.serviceType)
    return type === undefined ? [] : r.forms.flatMap((f, j) => (type.forms.includes(f) ? [] : [{ path: ["analyses", "resources", i, "forms", j], ids: [r.id] }]))
  }),
  "KPSS-ANAL-007": ({ plan }) => each(plan.analyses.resources, (r, i) =>
    r.capacities.flatMap((c, j) => (r.forms.includes(c.form) ? [] : [{ path: ["analyses", "resources", i, "capacities", j], ids: [r.id] }]))),

  // Every active activity has a responsible party…
  "KPSS-STRAT-001": ({ plan }) => activeOf(plan, "activity").flatMap((i) => {
    const a = plan.strategy.items[i]!
    return a.responsibleId === undefined ? [{ path: ["strategy", "items", i, "responsibleId"], ids: [a.id] }] : []
  }),
  // …who is still a partner…
  "KPSS-STRAT-002": ({ plan, today }) => {
    const gone = departed(plan, today)
    return activeOf(plan, "activity").flatMap((i) => {
      const a = plan.strategy.items[i]!
      return a.responsibleId !== undefined && gone.has(a.responsibleId) ? [{ path: ["strategy", "items", i, "responsibleId"], ids: [a.id, a.responsibleId] }] : []
    })
  },
  // …and nobody is responsible for more than the profile's share of three or more active activities.
  "KPSS-STRAT-003": ({ plan, settings }) => {
    const activities = activeOf(plan, "activity").map((i) => plan.strategy.items[i]!)
    if (activities.length < 3) return []
    return each(plan.actors, (actor, i) => {
      if (plan.actors.findIndex((x) => x.id === actor.id) !== i) return undefined
      const count = activities.filter((a) => a.responsibleId === actor.id).length
      return count / activities.length > settings.maxResponsibleShare ? { path: ["actors", i], ids: [actor.id] } : undefined
    })
  },

  // Money planned in a year that has ended has something secured.
  "KPSS-FUND-001": ({ plan, today }) => each(plan.funding.lines, (l, i) =>
    l.planned > 0 && l.secured === 0 && l.year < yearOf(today) ? lineAt(plan, i) : undefined),
  "KPSS-FUND-002": ({ plan }) => activeOf(plan, "activity").flatMap((i) => {
    const a = plan.strategy.items[i]!
    return plan.funding.lines.some((l) => l.activityId === a.id) ? [] : [{ path: ["strategy", "items", i], ids: [a.id] }]
  }),
  "KPSS-FUND-003": ({ plan }) => each(plan.funding.lines, (l, i) => (l.year < plan.period.from || l.year > plan.period.to ? lineAt(plan, i) : undefined)),
  // Secured ≤ planned, and spent ≤ secured, on every line.
  "KPSS-FUND-004": ({ plan }) => each(plan.funding.lines, (l, i) => (l.secured > l.planned ? lineAt(plan, i) : undefined)),
  "KPSS-FUND-005": ({ plan }) => each(plan.funding.lines, (l, i) => (l.spent > l.secured ? lineAt(plan, i) : undefined)),
  // The money secured for the activities below an active priority (every line, every year) is at least the
  // profile's share of the money planned for them.
  "KPSS-FUND-006": ({ plan, settings }) => activeOf(plan, "priority").flatMap((i) => {
    const p = plan.strategy.items[i]!
    let planned = 0, secured = 0
    for (const l of plan.funding.lines) {
      if (under(plan, l.activityId, p.id)) planned += l.planned, secured += l.secured
    }
    return planned > 0 && secured / planned < settings.minFundingCoverage ? [{ path: ["strategy", "items", i], ids: [p.id] }] : []
  }),

  "KPSS-MON-001": ({ plan }) => each(plan.indicators, (ind, i) =>
    ind.baseline === undefined || ind.target === undefined ? { path: ["indicators", i], ids: [ind.id] } : undefined),
  // Every indicator has an actual value for every year of the period that has ended.
  "KPSS-MON-002": ({ plan, today }) => each(plan.indicators, (ind, i) =>
    pastYears(plan, today).filter((y) => !ind.actuals.some((a) => a.year === y)).map(() => ({ path: ["indicators", i, "actuals"], ids: [ind.id] })))
}

/** The rules that state no invariant over the plan's items, and why; each is covered by its breaker. */
const noInvariant: Readonly<Record<RuleCode, string>> = {
  "KPSS-PROC-010": "existence: some working group or management team has members",
  "KPSS-PROC-020": "existence: some steering group has members",
  "KPSS-PROC-030": "existence: the needs analysis has a need",
  "KPSS-PROC-031": "existence: the resource analysis has a resource",
  "KPSS-PROC-032": "existence: each SWOT quadrant has an item",
  "KPSS-PROC-033": "existence: the economic evaluation is written",
  "KPSS-PROC-034": "existence: there are demographic data",
  "KPSS-PROC-040": "existence: the vision is written",
  "KPSS-PROC-041": "existence: the values are stated",
  "KPSS-PROC-042": "existence: a passed majority decision of the coalition on the vision (the majority rule is property-tested in Participation.test.ts)",
  "KPSS-PROC-050": "existence: the strategy has an active activity",
  "KPSS-PROC-052": "existence: there is a comment period",
  "KPSS-SCHED-008": "existence: this year's approved action plan",
  "KPSS-STAT-004": "existence: a comment period with a public hearing",
  "KPSS-PART-009": "the outcome is the voting module's computation; property-tested against `decide` in Participation.test.ts and in Voting.test.ts",
  "KPSS-PART-010": "the problems are the voting module's validation of a ballot; tested in Voting.test.ts",
  "KPSS-MON-003": "the status is IndicatorStatus's computation of the linear path; property-tested in IndicatorStatus.test.ts"
}

// ---------------------------------------------------------------------------------------------------
// Generated plans, days and settings
// ---------------------------------------------------------------------------------------------------

/** A value half of the time, otherwise `undefined`. */
const half = <A>(arb: fc.Arbitrary<A>) => fc.option(arb, { nil: undefined, freq: 2 })

/** Disorder the generator never makes on its own (it orders dates and names someone responsible). */
const disorder = fc.record({
  swapCommentPeriod: half(fc.nat()),
  swapMilestone: half(fc.nat()),
  dropResponsible: half(fc.nat()),
  unsecureLine: half(fc.nat()),
  shiftPeriod: half(fc.constantFrom(-1, 1)),
  // The first `n` phases completed and the next in progress, the rest not started (the generator draws each state alone).
  phasesInOrder: half(fc.nat({ max: phases.length })),
  // A voter of a decision becomes a provider responsible for a funded activity the decision concerns.
  providerStake: half(fc.tuple(fc.nat(), fc.nat())),
  dropRulesOfProcedure: half(fc.nat()),
  firstEdition: half(fc.constant(true)),
  // Now and then no item names any need.
  needsUnanswered: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) })
})

const settings: fc.Arbitrary<Partial<RuleSettings>> = fc.record({
  minCommentDays: fc.integer({ min: 1, max: 1000 }),
  agendaDaysAhead: fc.integer({ min: 0, max: 21 }),
  minutesPublishDays: fc.integer({ min: 0, max: 60 }),
  maxResponsibleShare: fc.integer({ min: 1, max: 100 }).map((k) => k / 100),
  minCoverage: fc.integer({ min: 1, max: 100 }).map((k) => k / 100),
  compositionTolerance: fc.integer({ min: 0, max: 60 }),
  minFundingCoverage: fc.integer({ min: 1, max: 100 }).map((k) => k / 100)
})

const cases: fc.Arbitrary<Context> = fc.tuple(arbitraryPlan({ maxActivities: 10 }), disorder, fc.nat(), settings).map(([generated, d, day, s]) => {
  const plan = editPlan(generated, (p) => {
    const periods = p.consultation.periods
    if (d.swapCommentPeriod !== undefined && periods.length > 0) {
      const x = periods[d.swapCommentPeriod % periods.length]!
      if (x.from !== x.to) [x.from, x.to] = [x.to, x.from]
    }
    const windows = p.schedule.filter((m) => m.to !== undefined && m.to !== m.from)
    if (d.swapMilestone !== undefined && windows.length > 0) {
      const m = windows[d.swapMilestone % windows.length]!
      ;[m.from, m.to] = [m.to!, m.from]
    }
    const activities = p.strategy.items.filter((x) => x.level === "activity")
    if (d.dropResponsible !== undefined && activities.length > 0) delete activities[d.dropResponsible % activities.length]!.responsibleId
    const lines = p.funding.lines
    if (d.unsecureLine !== undefined && lines.length > 0) {
      const l = lines[d.unsecureLine % lines.length]!
      l.secured = 0
      l.spent = 0
    }
    if (d.shiftPeriod !== undefined) p.period = { from: p.period.from + d.shiftPeriod, to: p.period.to + d.shiftPeriod }
    const funded = p.strategy.items.filter((x) => x.level === "activity" && lines.some((l) => l.activityId === x.id))
    const voted = p.decisions.filter((x) => x.votes.length > 0)
    if (d.providerStake !== undefined && funded.length > 0 && voted.length > 0) {
      const decision = voted[d.providerStake[0] % voted.length]!
      const activity = funded[d.providerStake[1] % funded.length]!
      const voter = decision.votes[0]!.actorId
      activity.responsibleId = voter
      p.actors.find((a) => a.id === voter)!.triadRole = "provider"
      if (!decision.concerns.includes(activity.id)) decision.concerns.push(activity.id)
    }
    if (d.needsUnanswered) for (const x of p.strategy.items) x.needIds = []
    if (d.dropRulesOfProcedure !== undefined && p.bodies.length > 0) delete p.bodies[d.dropRulesOfProcedure % p.bodies.length]!.rulesOfProcedure
    if (d.firstEdition) {
      p.edition = 1
      delete p.previousPlanId
    }
    const n = d.phasesInOrder
    if (n !== undefined) {
      for (const r of p.phases) {
        const at = phases.indexOf(r.phase)
        r.state = at < n ? "completed" : at === n ? "inProgress" : "notStarted"
        if (r.state !== "completed") delete r.completedOn
        if (r.state === "notStarted") delete r.startedOn
      }
    }
  })
  // A day from a year before the period to a year after it.
  const today = plusDays(`${plan.period.from - 1}-01-01` as IsoDate, day % ((plan.period.to - plan.period.from + 3) * 366))
  return { plan, today, settings: { ...statutoryProfile.settings, ...s } }
})

const key = (e: Expected): string => JSON.stringify([e.path, e.ids ?? []])
const sorted = (list: ReadonlyArray<Expected>): Array<string> => list.map(key).sort()

describe("rule invariants", () => {
  it("name every registered rule once: an invariant, or a reason why there is none", () => {
    const listed = [...Object.keys(invariants), ...Object.keys(noInvariant)].sort()
    expect(listed).toEqual(allRules.map((r) => r.code).sort())
    expect(Object.keys(invariants).filter((c) => c in noInvariant)).toEqual([])
  })

  it("hold on generated plans: each rule raises exactly the findings its oracle computes from the plan", () => {
    const codes = Object.keys(invariants)
    const fired = new Map(codes.map((c) => [c, 0]))
    const quiet = new Map(codes.map((c) => [c, 0]))
    fc.assert(fc.property(cases, ({ plan, today, settings }) => {
      const profile = makeProfile(statutoryProfile, { settings })
      const report = check(plan, { today, profile, only: codes, ignoreApplicability: true, includeWaived: true })
      const byCode = new Map<string, Array<Expected>>(codes.map((c) => [c, []]))
      for (const f of report.findings) byCode.get(f.code)!.push({ path: f.path, ids: f.ids })
      for (const code of codes) {
        const expected = invariants[code]!({ plan, today, settings })
        ;(expected.length > 0 ? fired : quiet).set(code, (expected.length > 0 ? fired : quiet).get(code)! + 1)
        expect(sorted(byCode.get(code)!), `${code} on ${today}`).toEqual(sorted(expected))
      }
    }), { numRuns: 200 })
    // Not vacuous: every row saw plans where its rule fires and plans where it does not.
    expect(codes.filter((c) => fired.get(c) === 0), "rules that never fired").toEqual([])
    expect(codes.filter((c) => quiet.get(c) === 0), "rules that always fired").toEqual([])
  })
})
