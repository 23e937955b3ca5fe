/**
 * Shared lookups over one plan, built lazily and once: entities by id (with their position, for paths),
 * children by parent, funding lines and indicators by strategy item, comments by period, milestones by
 * kind, decisions by subject, and the current phase. Rules and operations look things up here instead of
 * scanning the plan per item, which keeps every rule linear in the size of the plan.
 *
 * Add a lookup here (one getter) when a second rule needs it; a lookup only one rule needs may live in
 * that rule.
 *
 * @since 0.1.0
 */
import type { TriadRole } from "./Actor.js"
import type { Body, BodyKind } from "./Body.js"
import type { DecisionSubject } from "./Meeting.js"
import type { Plan } from "./Plan.js"
import { phases, type Phase, type PhaseRecord } from "./Process.js"
import type { MilestoneKind } from "./Schedule.js"
import type { StrategyLevel } from "./Strategy.js"
import { redecideAll, type Redecided } from "./Participation.js"
import { triadRoles } from "./Voting.js"
import { traceability, type Traceability } from "./Traceability.js"

const positions = <A extends { readonly id: string }>(items: ReadonlyArray<A>): Map<string, number> => {
  const map = new Map<string, number>()
  for (let i = 0; i < items.length; i++) if (!map.has(items[i]!.id)) map.set(items[i]!.id, i)
  return map
}

const groupPositions = <A>(items: ReadonlyArray<A>, key: (a: A) => string | undefined): Map<string, Array<number>> => {
  const map = new Map<string, Array<number>>()
  for (let i = 0; i < items.length; i++) {
    const k = key(items[i]!)
    if (k === undefined) continue
    const list = map.get(k)
    if (list === undefined) map.set(k, [i])
    else list.push(i)
  }
  return map
}

const none: ReadonlyArray<number> = []

/**
 * The phase the plan is in: the phase in progress, else the first not completed, else the last.
 *
 * @category views
 * @since 0.1.0
 */
export const currentPhase = (plan: Plan): Phase => {
  const byPhase = new Map(plan.phases.map((r) => [r.phase, r]))
  for (const phase of phases) {
    const record = byPhase.get(phase)
    if (record === undefined || record.state !== "completed") return phase
  }
  return phases[phases.length - 1]!
}

/**
 * Lookups over one plan; each is built on first use.
 *
 * @category views
 * @since 0.1.0
 */
export class PlanIndex {
  readonly #cache = new Map<string, unknown>()
  constructor(readonly plan: Plan) {}

  #memo<A>(key: string, build: () => A): A {
    if (this.#cache.has(key)) return this.#cache.get(key) as A
    const value = build()
    this.#cache.set(key, value)
    return value
  }

  /** Position of each actor by id. */
  get actors(): ReadonlyMap<string, number> {
    return this.#memo("actors", () => positions(this.plan.actors))
  }
  /** Position of each body by id. */
  get bodies(): ReadonlyMap<string, number> {
    return this.#memo("bodies", () => positions(this.plan.bodies))
  }
  /** Bodies of a kind. */
  bodiesOfKind(kind: BodyKind): ReadonlyArray<Body> {
    const map = this.#memo("bodiesByKind", () => groupPositions(this.plan.bodies, (b) => b.kind))
    return (map.get(kind) ?? none).map((i) => this.plan.bodies[i]!)
  }
  /** Position of each strategy item by id. */
  get items(): ReadonlyMap<string, number> {
    return this.#memo("items", () => positions(this.plan.strategy.items))
  }
  /** Positions of the active strategy items of a level. */
  itemsOfLevel(level: StrategyLevel): ReadonlyArray<number> {
    const map = this.#memo("itemsByLevel", () =>
      groupPositions(this.plan.strategy.items, (item) => (item.status === "active" ? item.level : undefined)))
    return map.get(level) ?? none
  }
  /** Positions of the children of an item. */
  childrenOf(itemId: string): ReadonlyArray<number> {
    return this.#memo("children", () => groupPositions(this.plan.strategy.items, (item) => item.parentId)).get(itemId) ?? none
  }
  /** Positions of the indicators of an item. */
  indicatorsOf(itemId: string): ReadonlyArray<number> {
    return this.#memo("indicatorsByItem", () => groupPositions(this.plan.indicators, (ind) => ind.itemId)).get(itemId) ?? none
  }
  /** Positions of the funding lines of an activity. */
  linesOf(activityId: string): ReadonlyArray<number> {
    return this.#memo("linesByActivity", () => groupPositions(this.plan.funding.lines, (l) => l.activityId)).get(activityId) ?? none
  }
  /** Position of each comment period by id. */
  get periods(): ReadonlyMap<string, number> {
    return this.#memo("periods", () => positions(this.plan.consultation.periods))
  }
  /** Position of each comment by id. */
  get comments(): ReadonlyMap<string, number> {
    return this.#memo("comments", () => positions(this.plan.consultation.comments))
  }
  /** Positions of the comments that have no settlement yet. */
  get unsettledComments(): ReadonlyArray<number> {
    return this.#memo("unsettled", () => {
      const out: Array<number> = []
      this.plan.consultation.comments.forEach((c, i) => { if (c.settlement === undefined) out.push(i) })
      return out
    })
  }
  /** Position of each milestone by id. */
  get milestones(): ReadonlyMap<string, number> {
    return this.#memo("milestones", () => positions(this.plan.schedule))
  }
  /** Positions of the milestones of a kind. */
  milestonesOfKind(kind: MilestoneKind): ReadonlyArray<number> {
    return this.#memo("milestonesByKind", () => groupPositions(this.plan.schedule, (m) => m.kind)).get(kind) ?? none
  }
  /** Positions of the decisions on a subject. */
  decisionsOn(subject: DecisionSubject): ReadonlyArray<number> {
    return this.#memo("decisionsBySubject", () => groupPositions(this.plan.decisions, (d) => d.subject)).get(subject) ?? none
  }
  /** The record of a phase, if the plan has one. */
  phaseRecord(phase: Phase): PhaseRecord | undefined {
    return this.#memo("phaseRecords", () => new Map(this.plan.phases.map((r) => [r.phase, r]))).get(phase)
  }
  /** The phase the plan is in. */
  get phase(): Phase {
    return this.#memo("phase", () => currentPhase(this.plan))
  }
  /** The triad role of each actor by id. */
  get triadRoles(): ReadonlyMap<string, TriadRole> {
    return this.#memo("triadRoles", () => triadRoles(this.plan.actors))
  }
  /** Each decision re-decided from its votes, in the plan's order (see `Participation.ts`). */
  get redecided(): ReadonlyArray<Redecided> {
    return this.#memo("redecided", () => redecideAll(this.plan, this))
  }
  /** Which strategy items answer which needs and SWOT items (see `Traceability.ts`). */
  get traceability(): Traceability {
    return this.#memo("traceability", () => traceability(this.plan))
  }
  /** The deliverables (rule codes) waived in any phase. */
  get waived(): ReadonlySet<string> {
    return this.#memo("waived", () => new Set(this.plan.phases.flatMap((r) => r.waivers.map((w) => w.deliverable))))
  }
}
