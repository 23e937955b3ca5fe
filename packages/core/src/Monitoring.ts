/**
 * Implementation: annual action plans (the activities and money of a year, approved like the plan) and
 * annual monitoring reports (a frozen record of each activity's fulfilment, indicator actuals, and the
 * revision of funds used).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { IsoDate, Year } from "./CalendarDate.js"
import { ActionPlanId, IndicatorId, MonitoringReportId, PlanId, StrategyItemId } from "./Ids.js"
import { Money } from "./Money.js"
import { Approval } from "./Process.js"
import { FiniteNumber, IntBetween } from "./Refinement.js"
import { Name, Text } from "./Text.js"

/**
 * An action plan (akční plán) for one year.
 *
 * @category schemas
 * @since 0.1.0
 */
export const ActionPlan = Schema.Struct({
  id: ActionPlanId,
  year: Year,
  activityIds: Schema.Array(StrategyItemId),
  approval: Schema.optionalKey(Approval)
})

/**
 * @category models
 * @since 0.1.0
 */
export type ActionPlan = typeof ActionPlan.Type

/**
 * How far an activity was fulfilled in a year.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Fulfilment = Schema.Literals(["fulfilled", "partlyFulfilled", "notFulfilled", "cancelled", "movedToNextYear"])

/**
 * @category models
 * @since 0.1.0
 */
export type Fulfilment = typeof Fulfilment.Type

/**
 * The record of one activity in a monitoring report.
 *
 * @category schemas
 * @since 0.1.0
 */
export const ActivityFulfilment = Schema.Struct({
  activityId: StrategyItemId,
  fulfilment: Fulfilment,
  comment: Schema.optionalKey(Text),
  /** Money actually spent on the activity in the year (the revision of funds used). */
  spent: Schema.optionalKey(Money)
})

/**
 * A monitoring report (zpráva o plnění) for one year. Once approved it never changes.
 *
 * @category schemas
 * @since 0.1.0
 */
export const MonitoringReport = Schema.Struct({
  id: MonitoringReportId,
  year: Year,
  status: Schema.Literals(["draft", "approved"]),
  preparedOn: Schema.optionalKey(IsoDate),
  approval: Schema.optionalKey(Approval),
  activities: Schema.Array(ActivityFulfilment),
  indicators: Schema.Array(Schema.Struct({ indicatorId: IndicatorId, value: FiniteNumber, comment: Schema.optionalKey(Text) })),
  summary: Schema.optionalKey(Text)
})

/**
 * @category models
 * @since 0.1.0
 */
export type MonitoringReport = typeof MonitoringReport.Type

/**
 * The evaluation of the previous edition, carried into the next one when it is derived (a regional
 * plan's third part under vyhl. 505/2006 Sb. §39a): how each of its activities ended, by code and title
 * as the old plan had them (plain text, not references: the old plan's ids live in the old plan).
 *
 * @category schemas
 * @since 0.1.0
 */
export const PreviousPlanEvaluation = Schema.Struct({
  planId: PlanId,
  edition: IntBetween(1, 1000),
  summary: Schema.optionalKey(Text),
  activities: Schema.Array(Schema.Struct({
    code: Name,
    title: Name,
    fulfilment: Schema.optionalKey(Fulfilment),
    carriedOver: Schema.Boolean
  }))
})

/**
 * @category models
 * @since 0.1.0
 */
export type PreviousPlanEvaluation = typeof PreviousPlanEvaluation.Type
