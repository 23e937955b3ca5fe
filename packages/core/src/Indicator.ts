/**
 * Indicators (ukazatele) — the implementation criteria of seed 001: the quality, efficiency,
 * accessibility and cost of services, plus outputs — with unit, direction, baseline, target and an
 * actual value per year.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { Year } from "./CalendarDate.js"
import { IndicatorId, StrategyItemId } from "./Ids.js"
import { FiniteNumber } from "./Refinement.js"
import { Name, Text } from "./Text.js"

/**
 * What an indicator measures.
 *
 * @category schemas
 * @since 0.1.0
 */
export const IndicatorDimension = Schema.Literals(["quality", "efficiency", "accessibility", "cost", "output"])

/**
 * @category models
 * @since 0.1.0
 */
export type IndicatorDimension = typeof IndicatorDimension.Type

const Value = FiniteNumber

/**
 * A value at a year.
 *
 * @category schemas
 * @since 0.1.0
 */
export const YearValue = Schema.Struct({ year: Year, value: Value })

/**
 * An actual value reported for a year, with a comment.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Actual = Schema.Struct({ year: Year, value: Value, comment: Schema.optionalKey(Text) })

/**
 * An indicator of a strategy item.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Indicator = Schema.Struct({
  id: IndicatorId,
  itemId: StrategyItemId,
  name: Name,
  dimension: IndicatorDimension,
  unit: Name,
  direction: Schema.Literals(["higherIsBetter", "lowerIsBetter"]),
  baseline: Schema.optionalKey(YearValue),
  target: Schema.optionalKey(YearValue),
  actuals: Schema.Array(Actual),
  /** Where the value comes from (means of verification). */
  source: Schema.optionalKey(Name)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Indicator = typeof Indicator.Type
