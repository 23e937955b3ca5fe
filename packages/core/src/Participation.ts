/**
 * Participation as views over the plan's bodies and decisions (DOMAIN.md §3, seed 004): which roles of
 * the triad a body lacks, how the steering group's members split among administration, users and
 * providers against its declared composition, which bodies the steering-structure rule looks at, each
 * recorded decision re-decided from its votes, and the passed decisions a phase gate relies on. Rules,
 * gates and documents read these instead of counting members their own way.
 *
 * Choices: a member's chamber is its actor's triad role; the steering group's "administration" is the
 * commissioners (the municipality, the region); members of the `public` role are left out of the
 * composition shares; a membership counts when valid on the day asked about.
 *
 * @since 0.1.0
 */
import type { Result } from "effect"
import { triad, type TriadRole } from "./Actor.js"
import type { Body, BodyKind, CompositionRule } from "./Body.js"
import type { IsoDate } from "./CalendarDate.js"
import type { DecisionMethod, DecisionRule } from "./DecisionRule.js"
import type { Decision, DecisionSubject } from "./Meeting.js"
import type { Plan } from "./Plan.js"
import type { PlanIndex } from "./PlanIndex.js"
import type { InvalidInput } from "./Problem.js"
import { decide, membersOn, type DecisionResult } from "./Voting.js"

/**
 * The triad roles (user, provider, commissioner) none of a body's members has on a day.
 *
 * @category views
 * @since 0.1.0
 */
export const missingTriadRoles = (body: Body, roles: ReadonlyMap<string, TriadRole>, on?: IsoDate): ReadonlyArray<TriadRole> => {
  const present = new Set<TriadRole>()
  for (const id of membersOn(body, on)) {
    const role = roles.get(id)
    if (role !== undefined) present.add(role)
  }
  return triad.filter((r) => !present.has(r))
}

/**
 * The bodies the steering-structure rule (KPSS-PROC-022) checks for the triad: the coalitions, or the
 * steering groups when there is no coalition.
 *
 * @category views
 * @since 0.1.0
 */
export const steeringStructureBodies = (index: PlanIndex): ReadonlyArray<Body> => {
  const coalitions = index.bodiesOfKind("coalition")
  return coalitions.length > 0 ? coalitions : index.bodiesOfKind("steeringGroup")
}

/**
 * The shares of a body's members, in percent, in the terms of a composition rule.
 *
 * @category models
 * @since 0.1.0
 */
export interface CompositionShares {
  readonly administration: number
  readonly users: number
  readonly providers: number
  /** The members counted (users, providers and commissioners). */
  readonly counted: number
}

/**
 * How a body's members split among administration (commissioners), users and providers, in percent of
 * the members of those three roles.
 *
 * @category views
 * @since 0.1.0
 */
export const compositionShares = (body: Body, roles: ReadonlyMap<string, TriadRole>, on?: IsoDate): CompositionShares => {
  let administration = 0, users = 0, providers = 0
  for (const id of membersOn(body, on)) {
    const role = roles.get(id)
    if (role === "commissioner") administration++
    else if (role === "user") users++
    else if (role === "provider") providers++
  }
  const counted = administration + users + providers
  const pct = (n: number) => (counted === 0 ? 0 : (100 * n) / counted)
  return { administration: pct(administration), users: pct(users), providers: pct(providers), counted }
}

/**
 * The parts of a composition rule, in order.
 *
 * @category constants
 * @since 0.1.0
 */
export const compositionParts: ReadonlyArray<keyof CompositionShares & keyof CompositionRule> = ["administration", "users", "providers"]

/**
 * A recorded decision re-decided from its votes: `undefined` while it is open or when its body is
 * unknown, else what {@link decide} says on the decision's day.
 *
 * @category models
 * @since 0.1.0
 */
export type Redecided = Result.Result<DecisionResult, InvalidInput> | undefined

/**
 * Every decision of the plan re-decided from its votes, in the plan's order.
 *
 * @category views
 * @since 0.1.0
 */
export const redecideAll = (plan: Plan, index: PlanIndex): ReadonlyArray<Redecided> =>
  plan.decisions.map((d) => {
    const b = index.bodies.get(d.bodyId)
    if (d.outcome === "open" || b === undefined) return undefined
    return decide(d.rule, plan.bodies[b]!, d.votes, { roles: index.triadRoles, recusals: d.recusals, on: d.date })
  })

const majorityMethods: ReadonlySet<DecisionMethod> = new Set(["simpleMajority", "qualifiedMajority", "triadMajority", "unanimity"])

/**
 * Whether a rule decides by a majority: a majority method, or consensus or consent that falls back to
 * one.
 *
 * @category views
 * @since 0.1.0
 */
export const isMajorityRule = (rule: DecisionRule): boolean =>
  majorityMethods.has(rule.method) || (rule.fallback !== undefined && majorityMethods.has(rule.fallback.method))

/**
 * What a phase gate asks of a decision: the subject, optionally the kind of body that took it and
 * whether it must have been taken under a majority rule.
 *
 * @category models
 * @since 0.1.0
 */
export interface DecisionCriteria {
  readonly subject: DecisionSubject
  readonly bodyKind?: BodyKind
  readonly majority?: boolean
}

/**
 * The passed decisions (by their recorded outcome) that meet the criteria — e.g. the vision accepted
 * by a majority of participants: `{ subject: "visionAccepted", bodyKind: "coalition", majority: true }`.
 *
 * @category views
 * @since 0.1.0
 */
export const passedDecisions = (index: PlanIndex, criteria: DecisionCriteria): ReadonlyArray<Decision> => {
  const out: Array<Decision> = []
  for (const i of index.decisionsOn(criteria.subject)) {
    const d = index.plan.decisions[i]!
    if (d.outcome !== "passed") continue
    if (criteria.majority === true && !isMajorityRule(d.rule)) continue
    if (criteria.bodyKind !== undefined) {
      const b = index.bodies.get(d.bodyId)
      if (b === undefined || index.plan.bodies[b]!.kind !== criteria.bodyKind) continue
    }
    out.push(d)
  }
  return out
}
