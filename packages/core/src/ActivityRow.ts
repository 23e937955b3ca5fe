/**
 * The table of measures and activities as a view: one row per activity, in the plan's order, with
 * what a coordinator reads beside it — the priority, goal and measure above it, the responsible party
 * and partners, the target groups, the indicators, and its money over the plan period from the funding
 * matrix. The XLSX table, the open-data CSV and the documents read these rows instead of walking the
 * tree their own way.
 *
 * @since 0.1.0
 */
import type { Actor } from "./Actor.js"
import { fundingMatrix, type Amounts } from "./FundingMatrix.js"
import type { Indicator } from "./Indicator.js"
import type { Plan } from "./Plan.js"
import { PlanIndex } from "./PlanIndex.js"
import type { StrategyItem, StrategyLevel } from "./Strategy.js"
import type { TargetGroup } from "./TargetGroup.js"

/**
 * One activity with its context.
 *
 * @category models
 * @since 0.1.0
 */
export interface ActivityRow {
  readonly activity: StrategyItem
  /** The items above the activity, by level (a plan with three levels leaves one out). */
  readonly ancestors: Readonly<Partial<Record<Exclude<StrategyLevel, "activity">, StrategyItem>>>
  readonly responsible: Actor | undefined
  readonly partners: ReadonlyArray<Actor>
  readonly targetGroups: ReadonlyArray<TargetGroup>
  readonly indicators: ReadonlyArray<Indicator>
  /** All money of the activity (every year, every source), from the funding matrix. */
  readonly amounts: Amounts
}

/**
 * The activities of a plan with their context, in the plan's order (retired ones included; filter by
 * `activity.status` where only active ones count).
 *
 * @category views
 * @since 0.1.0
 */
export const activityRows = (plan: Plan): ReadonlyArray<ActivityRow> => {
  const index = new PlanIndex(plan)
  const matrix = fundingMatrix(plan)
  const items = plan.strategy.items
  const actorOf = (id: string | undefined): Actor | undefined => {
    const i = id === undefined ? undefined : index.actors.get(id)
    return i === undefined ? undefined : plan.actors[i]
  }
  const groups = new Map(plan.targetGroups.map((g) => [g.id as string, g]))
  const rows: Array<ActivityRow> = []
  for (const activity of items) {
    if (activity.level !== "activity") continue
    const ancestors: Partial<Record<Exclude<StrategyLevel, "activity">, StrategyItem>> = {}
    let parentId = activity.parentId
    for (let depth = 0; parentId !== undefined && depth < 3; depth++) {
      const p = index.items.get(parentId)
      if (p === undefined) break
      const parent = items[p]!
      if (parent.level === "activity") break
      ancestors[parent.level] = parent
      parentId = parent.parentId
    }
    rows.push({
      activity,
      ancestors,
      responsible: actorOf(activity.responsibleId),
      partners: activity.partnerIds.flatMap((id) => actorOf(id) ?? []),
      targetGroups: activity.targetGroupIds.flatMap((id) => groups.get(id) ?? []),
      indicators: index.indicatorsOf(activity.id).map((i) => plan.indicators[i]!),
      amounts: matrix.item(activity.id)
    })
  }
  return rows
}
