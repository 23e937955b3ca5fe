/**
 * Traceability: which strategy items answer which needs and SWOT items, and what follows — the needs no
 * measure answers, the priorities that follow from nothing in the analyses (seed 001: priorities follow
 * from the SWOT and from comparing services with needs), the share of needs the strategy answers, the
 * service types that are needed and the ones the resources offer, and the working groups of each target
 * group. Computed once per plan in one pass over each list; rules, exports and a UI read it from here
 * (through `PlanIndex.traceability` inside a check).
 *
 * Only active strategy items count; a retired item answers nothing.
 *
 * @since 0.1.0
 */
import type { Plan } from "./Plan.js"
import type { StrategyLevel } from "./Strategy.js"

/**
 * The traceability of one plan.
 *
 * @category models
 * @since 0.1.0
 */
export interface Traceability {
  /** Positions of the active strategy items that answer each need (by need id). */
  readonly itemsByNeed: ReadonlyMap<string, ReadonlyArray<number>>
  /** Positions of the active strategy items that answer each SWOT item (by SWOT item id). */
  readonly itemsBySwot: ReadonlyMap<string, ReadonlyArray<number>>
  /** Needs answered by an active measure or activity (the levels where answers become work). */
  readonly needsAnsweredByMeasures: ReadonlySet<string>
  /** Ids of active items that answer a need or a SWOT item themselves or through an active descendant. */
  readonly tracedItems: ReadonlySet<string>
  /** Needs answered by an active item of any level ÷ all needs; undefined when there are no needs. */
  readonly needCoverage: number | undefined
  /** The service types the needs ask for, each with the position of the first need that names it. */
  readonly neededServiceTypes: ReadonlyMap<string, number>
  /** The service types the resources offer. */
  readonly offeredServiceTypes: ReadonlySet<string>
  /** Positions of the working groups of each target group (by target group id). */
  readonly workingGroupsByTargetGroup: ReadonlyMap<string, ReadonlyArray<number>>
  /** Positions of the needs of each target group (by target group id). */
  readonly needsByTargetGroup: ReadonlyMap<string, ReadonlyArray<number>>
}

const push = (map: Map<string, Array<number>>, key: string, value: number): void => {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

const workLevels: ReadonlySet<StrategyLevel> = new Set(["measure", "activity"])

/**
 * Computes the traceability of a plan.
 *
 * @category views
 * @since 0.1.0
 */
export const traceability = (plan: Plan): Traceability => {
  const items = plan.strategy.items
  const itemsByNeed = new Map<string, Array<number>>()
  const itemsBySwot = new Map<string, Array<number>>()
  const needsAnsweredByMeasures = new Set<string>()
  const parentOf = new Map<string, string | undefined>()
  for (const item of items) parentOf.set(item.id, item.parentId)
  const tracedItems = new Set<string>()
  const active = new Set<string>()
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!
    if (item.status !== "active") continue
    active.add(item.id)
    for (const id of item.needIds) {
      push(itemsByNeed, id, i)
      if (workLevels.has(item.level)) needsAnsweredByMeasures.add(id)
    }
    for (const id of item.swotItemIds) push(itemsBySwot, id, i)
  }
  // Mark each answering item and its ancestors; stop at a marked one, so every item is marked once.
  for (const item of items) {
    if (item.status !== "active" || (item.needIds.length === 0 && item.swotItemIds.length === 0)) continue
    let id: string | undefined = item.id
    const seen = new Set<string>()
    while (id !== undefined && !tracedItems.has(id) && !seen.has(id)) {
      seen.add(id)
      if (active.has(id)) tracedItems.add(id)
      id = parentOf.get(id)
    }
  }
  const needs = plan.analyses.needs
  const neededServiceTypes = new Map<string, number>()
  const needsByTargetGroup = new Map<string, Array<number>>()
  let answered = 0
  for (let i = 0; i < needs.length; i++) {
    const need = needs[i]!
    if (itemsByNeed.has(need.id)) answered++
    push(needsByTargetGroup, need.targetGroupId, i)
    for (const t of need.serviceTypes) if (!neededServiceTypes.has(t)) neededServiceTypes.set(t, i)
  }
  const workingGroupsByTargetGroup = new Map<string, Array<number>>()
  plan.bodies.forEach((body, i) => {
    if (body.kind === "workingGroup") for (const tg of body.targetGroupIds) push(workingGroupsByTargetGroup, tg, i)
  })
  return {
    itemsByNeed,
    itemsBySwot,
    needsAnsweredByMeasures,
    tracedItems,
    needCoverage: needs.length === 0 ? undefined : answered / needs.length,
    neededServiceTypes,
    offeredServiceTypes: new Set(plan.analyses.resources.map((r) => r.serviceType)),
    workingGroupsByTargetGroup,
    needsByTargetGroup
  }
}
