/**
 * Responsibility coverage (seed 001: "Ke každé aktivitě je nutné též určit instituci či osobu
 * zodpovědnou"; Act 108/2006 §3 h: the duties of the participants): each actor's load — the active
 * activities it is responsible for, those it is a partner in, its share of all active activities and
 * the money of its activities — and the activities without a responsible party or whose responsible
 * party has left the coalition. Plus the operation that assigns the responsible party and partners.
 *
 * An actor has **left the coalition** when it is marked inactive (`active: false`), or when it was a
 * member of the partner coalition and every one of its coalition memberships ended before the day
 * (an actor that was never a coalition member — a contractor, say — has not left).
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import type { Actor } from "./Actor.js"
import { authorizeOperation, type OperationContext } from "./Authorization.js"
import type { IsoDate } from "./CalendarDate.js"
import { domainError, entityNames, unknownId, type DomainError } from "./DomainError.js"
import { fundingMatrixOf, type FundingMatrix } from "./FundingMatrix.js"
import type { ActorId, StrategyItemId } from "./Ids.js"
import type { Plan } from "./Plan.js"
import { firstError } from "./PlanEdit.js"

/**
 * What one actor carries.
 *
 * @category models
 * @since 0.1.0
 */
export interface ActorLoad {
  readonly actorId: ActorId
  /** Position of the actor in `plan.actors`. */
  readonly position: number
  /** Active activities it is responsible for. */
  readonly responsible: number
  /** Active activities it is a partner in. */
  readonly partner: number
  /** Its share of all active activities (0–1). */
  readonly share: number
  /** Money planned and secured for the activities it is responsible for. */
  readonly planned: number
  readonly secured: number
  readonly left: boolean
}

/**
 * The responsibility coverage of a plan on a day.
 *
 * @category models
 * @since 0.1.0
 */
export interface ResponsibilityView {
  /** Active activities. */
  readonly activities: number
  /** Every actor responsible for or partner in an active activity, in the plan's order. */
  readonly loads: ReadonlyArray<ActorLoad>
  /** Positions of the active activities without a responsible party. */
  readonly unassigned: ReadonlyArray<number>
  /** Positions of the active activities whose responsible party has left the coalition. */
  readonly departed: ReadonlyArray<number>
  readonly load: (actorId: string) => ActorLoad | undefined
}

/**
 * The ids of the actors who have left the coalition on a day (see the module's definition).
 *
 * @category views
 * @since 0.1.0
 */
export const departedActors = (plan: Plan, today: IsoDate): ReadonlySet<string> => {
  const out = new Set<string>()
  for (const a of plan.actors) if (!a.active) out.add(a.id)
  const current = new Set<string>(), former = new Set<string>()
  for (const body of plan.bodies) {
    if (body.kind !== "coalition") continue
    for (const m of body.members) (m.until !== undefined && m.until < today ? former : current).add(m.actorId)
  }
  for (const id of former) if (!current.has(id)) out.add(id)
  return out
}

/**
 * Computes the responsibility coverage (pass the funding matrix when you have it).
 *
 * @category views
 * @since 0.1.0
 */
export const responsibility = (plan: Plan, today: IsoDate, matrix: FundingMatrix = fundingMatrixOf(plan)): ResponsibilityView => {
  const left = departedActors(plan, today)
  const position = new Map<string, number>()
  plan.actors.forEach((a: Actor, i) => { if (!position.has(a.id)) position.set(a.id, i) })
  type Load = { responsible: number; partner: number; planned: number; secured: number }
  const loads = new Map<string, Load>()
  const loadOf = (id: string): Load => {
    let l = loads.get(id)
    if (l === undefined) loads.set(id, l = { responsible: 0, partner: 0, planned: 0, secured: 0 })
    return l
  }
  const unassigned: Array<number> = [], departed: Array<number> = []
  let activities = 0
  plan.strategy.items.forEach((item, i) => {
    if (item.level !== "activity" || item.status !== "active") return
    activities++
    if (item.responsibleId === undefined) unassigned.push(i)
    else {
      const l = loadOf(item.responsibleId)
      const money = matrix.item(item.id)
      l.responsible++
      l.planned += money.planned
      l.secured += money.secured
      if (left.has(item.responsibleId)) departed.push(i)
    }
    for (const p of new Set(item.partnerIds)) loadOf(p).partner++
  })
  const out: Array<ActorLoad> = []
  for (const [actorId, l] of loads) {
    const at = position.get(actorId)
    if (at === undefined) continue
    out.push({ actorId: actorId as ActorId, position: at, ...l, share: activities === 0 ? 0 : l.responsible / activities, left: left.has(actorId) })
  }
  out.sort((a, b) => a.position - b.position)
  const byId = new Map(out.map((l) => [l.actorId as string, l]))
  return { activities, loads: out, unassigned, departed, load: (id) => byId.get(id) }
}

const views = new WeakMap<Plan, { readonly today: IsoDate; readonly view: ResponsibilityView }>()

/**
 * The responsibility coverage of a plan on a day, computed once per plan value and day (plans are
 * immutable): the rules of one check share it, as they share the funding matrix.
 *
 * @category views
 * @since 0.1.0
 */
export const responsibilityOf = (plan: Plan, today: IsoDate): ResponsibilityView => {
  const cached = views.get(plan)
  if (cached !== undefined && cached.today === today) return cached.view
  const view = responsibility(plan, today, fundingMatrixOf(plan))
  views.set(plan, { today, view })
  return view
}

/**
 * Names the responsible party of a strategy item (and, when given, its partners). The responsible
 * party must be an actor of the plan that has not left the coalition.
 *
 * @category operations
 * @since 0.1.0
 */
export const assignResponsible = (
  plan: Plan,
  input: { readonly itemId: StrategyItemId; readonly responsibleId: ActorId; readonly partnerIds?: ReadonlyArray<ActorId> | undefined },
  context: OperationContext
): Result.Result<Plan, DomainError> => {
  const i = plan.strategy.items.findIndex((x) => x.id === input.itemId)
  const item = plan.strategy.items[i]
  const exists = (id: string) => plan.actors.some((a) => a.id === id)
  const unknownActor = (id: string) => unknownId(entityNames.actor, id)
  const error = firstError(
    authorizeOperation(plan, context, { kind: "editStrategyItem", ...(item?.bodyId === undefined ? {} : { bodyId: item.bodyId }) }),
    item === undefined ? unknownId(entityNames.item, input.itemId) : undefined,
    item?.status === "retired" ? domainError("retired", { id: input.itemId }, { ids: [input.itemId] }) : undefined,
    exists(input.responsibleId) ? undefined : unknownActor(input.responsibleId),
    ...(input.partnerIds ?? []).map((id) => (exists(id) ? undefined : unknownActor(id))),
    departedActors(plan, context.today).has(input.responsibleId) ? domainError("inactiveActor", { id: input.responsibleId }, { ids: [input.responsibleId] }) : undefined
  )
  if (error !== undefined) return Result.fail(error)
  const items = [...plan.strategy.items]
  items[i] = { ...item!, responsibleId: input.responsibleId, ...(input.partnerIds === undefined ? {} : { partnerIds: [...new Set(input.partnerIds)] }) }
  return Result.succeed({ ...plan, strategy: { ...plan.strategy, items } })
}
