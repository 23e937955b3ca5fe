/**
 * The commitments of each participant as a view: "how each participant is involved — shares of
 * responsibility and commitments" (seed 002; Act 108/2006 §3 h, the duties of the participants). For
 * every actor: the active strategy items it is responsible for (garant / realizátor) and those it is a
 * partner in, its load from the responsibility view (`Responsibility.ts`: activities, share, money,
 * whether it has left the coalition), its seats in the bodies with their roles,
 * the funding sources it stands behind as commissioner, the milestones it owns, the minutes it took,
 * and the decisions it stepped aside from. Computed once, in one pass over each part of the plan.
 *
 * @since 0.1.0
 */
import type { Actor } from "./Actor.js"
import type { MemberRole } from "./Body.js"
import type { IsoDate } from "./CalendarDate.js"
import type { ActorId, BodyId, DecisionId, FundingSourceId, MeetingId, MilestoneId, StrategyItemId } from "./Ids.js"
import type { Plan } from "./Plan.js"
import { responsibility, type ActorLoad } from "./Responsibility.js"

/**
 * What one actor has committed to in the plan.
 *
 * @category models
 * @since 0.1.0
 */
export interface ActorCommitments {
  readonly actorId: ActorId
  /** Active strategy items (of any level) the actor is responsible for, in the plan's order. */
  readonly responsibleFor: ReadonlyArray<StrategyItemId>
  /** Active strategy items the actor is a partner in. */
  readonly partnerIn: ReadonlyArray<StrategyItemId>
  /** Its load of activities (count, share, money), if it is responsible for or a partner in any. */
  readonly load: ActorLoad | undefined
  readonly memberships: ReadonlyArray<{ readonly bodyId: BodyId; readonly role: MemberRole }>
  /** Funding sources the actor stands behind as commissioner. */
  readonly fundingSources: ReadonlyArray<FundingSourceId>
  readonly milestones: ReadonlyArray<MilestoneId>
  /** Meetings whose minutes the actor took. */
  readonly minutesTaken: ReadonlyArray<MeetingId>
  /** Decisions the actor stepped aside from for a conflict of interest. */
  readonly recusals: ReadonlyArray<DecisionId>
}

interface Draft {
  responsibleFor: Array<StrategyItemId>
  partnerIn: Array<StrategyItemId>
  memberships: Array<{ readonly bodyId: BodyId; readonly role: MemberRole }>
  fundingSources: Array<FundingSourceId>
  milestones: Array<MilestoneId>
  minutesTaken: Array<MeetingId>
  recusals: Array<DecisionId>
}

const draft = (): Draft => ({
  responsibleFor: [], partnerIn: [], memberships: [], fundingSources: [], milestones: [], minutesTaken: [], recusals: []
})

/**
 * The commitments of every actor of the plan on a day, in the order of `plan.actors`. References to
 * actors the plan does not have are left out (the integrity check reports them).
 *
 * @category views
 * @since 0.1.0
 */
export const commitments = (plan: Plan, today: IsoDate): ReadonlyArray<ActorCommitments> => {
  const byActor = new Map<string, Draft>()
  for (const a of plan.actors) if (!byActor.has(a.id)) byActor.set(a.id, draft())
  const at = (id: string | undefined): Draft | undefined => (id === undefined ? undefined : byActor.get(id))
  const view = responsibility(plan, today)
  for (const item of plan.strategy.items) {
    if (item.status !== "active") continue
    at(item.responsibleId)?.responsibleFor.push(item.id)
    for (const p of item.partnerIds) at(p)?.partnerIn.push(item.id)
  }
  for (const body of plan.bodies) for (const m of body.members) at(m.actorId)?.memberships.push({ bodyId: body.id, role: m.role })
  for (const s of plan.funding.sources) at(s.commissionerId)?.fundingSources.push(s.id)
  for (const m of plan.schedule) at(m.ownerId)?.milestones.push(m.id)
  for (const m of plan.meetings) at(m.minutes?.takenBy)?.minutesTaken.push(m.id)
  for (const d of plan.decisions) for (const r of d.recusals) at(r.actorId)?.recusals.push(d.id)
  return plan.actors.map((a: Actor) => {
    const d = byActor.get(a.id)!
    return { actorId: a.id, ...d, load: view.load(a.id) }
  })
}

/**
 * Whether an actor has any commitment in the plan.
 *
 * @category views
 * @since 0.1.0
 */
export const hasCommitments = (c: ActorCommitments): boolean =>
  c.responsibleFor.length + c.partnerIn.length + c.memberships.length + c.fundingSources.length + c.milestones.length + c.minutesTaken.length > 0
