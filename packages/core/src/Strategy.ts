/**
 * The strategic part (seed 001): mission, vision and values, and one tree of strategy items —
 * priority → goal → measure → activity — whose level names each plan configures (Priorita / Opatření /
 * Aktivita, or Prioritní oblast / Strategický cíl / Dílčí cíl). Items answer needs and SWOT items;
 * every activity has a responsible party.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { IsoDate } from "./CalendarDate.js"
import { ActorId, BodyId, NeedId, StrategyItemId, SwotItemId, TargetGroupId } from "./Ids.js"
import { Name, Text } from "./Text.js"

/**
 * The four levels of the tree, top to bottom.
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrategyLevel = Schema.Literals(["priority", "goal", "measure", "activity"])

/**
 * @category models
 * @since 0.1.0
 */
export type StrategyLevel = typeof StrategyLevel.Type

/**
 * The levels in order.
 *
 * @category constants
 * @since 0.1.0
 */
export const strategyLevels: ReadonlyArray<StrategyLevel> = StrategyLevel.literals

/**
 * The level of the parent each level hangs under (a priority has none).
 *
 * @category constants
 * @since 0.1.0
 */
export const parentLevel: Readonly<Record<StrategyLevel, StrategyLevel | undefined>> = {
  priority: undefined,
  goal: "priority",
  measure: "goal",
  activity: "measure"
}

const LevelName = Schema.Struct({ cs: Name, en: Name })

/**
 * The names a plan gives its levels, in Czech and English. A plan with three levels leaves one level
 * unused and names the others.
 *
 * @category schemas
 * @since 0.1.0
 */
export const LevelNames = Schema.Struct({
  priority: LevelName,
  goal: LevelName,
  measure: LevelName,
  activity: LevelName
})

/**
 * @category models
 * @since 0.1.0
 */
export type LevelNames = typeof LevelNames.Type

/**
 * The usual level names.
 *
 * @category constants
 * @since 0.1.0
 */
export const defaultLevelNames: LevelNames = {
  priority: { cs: "Priorita", en: "Priority" },
  goal: { cs: "Cíl", en: "Goal" },
  measure: { cs: "Opatření", en: "Measure" },
  activity: { cs: "Aktivita", en: "Activity" }
}

/**
 * Whether an item is in the plan or retired (never deleted: an item with money or monitoring history is
 * retired with a reason).
 *
 * @category schemas
 * @since 0.1.0
 */
export const ItemStatus = Schema.Literals(["active", "retired"])

/**
 * A node of the strategy tree.
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrategyItem = Schema.Struct({
  id: StrategyItemId,
  level: StrategyLevel,
  parentId: Schema.optionalKey(StrategyItemId),
  /** The number people cite, e.g. "2.1.3". */
  code: Name,
  title: Name,
  description: Schema.optionalKey(Text),
  /** The institution or person responsible (garant / realizátor); required of every activity. */
  responsibleId: Schema.optionalKey(ActorId),
  partnerIds: Schema.Array(ActorId),
  /** The working group that works it out. */
  bodyId: Schema.optionalKey(BodyId),
  targetGroupIds: Schema.Array(TargetGroupId),
  /** Service types (Act 108/2006 paragraphs) the item concerns. */
  serviceTypes: Schema.Array(Name),
  /** The needs and SWOT items the item answers (traceability). */
  needIds: Schema.Array(NeedId),
  swotItemIds: Schema.Array(SwotItemId),
  startOn: Schema.optionalKey(IsoDate),
  deadline: Schema.optionalKey(IsoDate),
  status: ItemStatus,
  retired: Schema.optionalKey(Schema.Struct({ reason: Text, on: IsoDate })),
  /** Carried over from the previous edition: the id it had there. */
  carriedOverFrom: Schema.optionalKey(StrategyItemId)
})

/**
 * @category models
 * @since 0.1.0
 */
export type StrategyItem = typeof StrategyItem.Type

/**
 * The strategic part of a plan.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Strategy = Schema.Struct({
  mission: Schema.optionalKey(Text),
  vision: Schema.optionalKey(Text),
  values: Schema.Array(Name),
  levelNames: LevelNames,
  items: Schema.Array(StrategyItem)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Strategy = typeof Strategy.Type
