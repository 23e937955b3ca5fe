/**
 * Identifiers. Every entity of a plan has an id unique within its kind, and entities refer to each
 * other by id (never by position or by name). Ids are opaque strings: any non-empty text of at most 200
 * characters without control characters, so that ids from other systems can be kept as they are.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { refine } from "./Refinement.js"

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f]/

/**
 * Whether a string may be an id.
 *
 * @category guards
 * @since 0.1.0
 */
export const isId = (s: string): boolean => s.length > 0 && s.length <= 200 && !controlCharacters.test(s)

const idFilter = refine(isId, {
  expected: "an id: 1–200 characters, no control characters",
  problem: "id",
  jsonSchema: { type: "string", minLength: 1, maxLength: 200, pattern: "^[^\\u0000-\\u001f\\u007f]+$" }
})

const IdString = Schema.String.check(idFilter)

/**
 * An id of any kind (a decision concerns items of several kinds).
 *
 * @category ids
 * @since 0.1.0
 */
export const AnyId = IdString

/** @category ids @since 0.1.0 */
export const PlanId = IdString.pipe(Schema.brand("PlanId"))
/** @category ids @since 0.1.0 */
export type PlanId = typeof PlanId.Type
/** @category ids @since 0.1.0 */
export const ActorId = IdString.pipe(Schema.brand("ActorId"))
/** @category ids @since 0.1.0 */
export type ActorId = typeof ActorId.Type
/** @category ids @since 0.1.0 */
export const BodyId = IdString.pipe(Schema.brand("BodyId"))
/** @category ids @since 0.1.0 */
export type BodyId = typeof BodyId.Type
/** @category ids @since 0.1.0 */
export const MeetingId = IdString.pipe(Schema.brand("MeetingId"))
/** @category ids @since 0.1.0 */
export type MeetingId = typeof MeetingId.Type
/** @category ids @since 0.1.0 */
export const DecisionId = IdString.pipe(Schema.brand("DecisionId"))
/** @category ids @since 0.1.0 */
export type DecisionId = typeof DecisionId.Type
/** @category ids @since 0.1.0 */
export const NeedId = IdString.pipe(Schema.brand("NeedId"))
/** @category ids @since 0.1.0 */
export type NeedId = typeof NeedId.Type
/** @category ids @since 0.1.0 */
export const ResourceId = IdString.pipe(Schema.brand("ResourceId"))
/** @category ids @since 0.1.0 */
export type ResourceId = typeof ResourceId.Type
/** @category ids @since 0.1.0 */
export const SwotItemId = IdString.pipe(Schema.brand("SwotItemId"))
/** @category ids @since 0.1.0 */
export type SwotItemId = typeof SwotItemId.Type
/** @category ids @since 0.1.0 */
export const StrategyItemId = IdString.pipe(Schema.brand("StrategyItemId"))
/** @category ids @since 0.1.0 */
export type StrategyItemId = typeof StrategyItemId.Type
/** @category ids @since 0.1.0 */
export const FundingSourceId = IdString.pipe(Schema.brand("FundingSourceId"))
/** @category ids @since 0.1.0 */
export type FundingSourceId = typeof FundingSourceId.Type
/** @category ids @since 0.1.0 */
export const IndicatorId = IdString.pipe(Schema.brand("IndicatorId"))
/** @category ids @since 0.1.0 */
export type IndicatorId = typeof IndicatorId.Type
/** @category ids @since 0.1.0 */
export const ActionPlanId = IdString.pipe(Schema.brand("ActionPlanId"))
/** @category ids @since 0.1.0 */
export type ActionPlanId = typeof ActionPlanId.Type
/** @category ids @since 0.1.0 */
export const MonitoringReportId = IdString.pipe(Schema.brand("MonitoringReportId"))
/** @category ids @since 0.1.0 */
export type MonitoringReportId = typeof MonitoringReportId.Type
/** @category ids @since 0.1.0 */
export const CommentPeriodId = IdString.pipe(Schema.brand("CommentPeriodId"))
/** @category ids @since 0.1.0 */
export type CommentPeriodId = typeof CommentPeriodId.Type
/** @category ids @since 0.1.0 */
export const CommentId = IdString.pipe(Schema.brand("CommentId"))
/** @category ids @since 0.1.0 */
export type CommentId = typeof CommentId.Type
/** @category ids @since 0.1.0 */
export const MilestoneId = IdString.pipe(Schema.brand("MilestoneId"))
/** @category ids @since 0.1.0 */
export type MilestoneId = typeof MilestoneId.Type
/** @category ids @since 0.1.0 */
export const TargetGroupId = IdString.pipe(Schema.brand("TargetGroupId"))
/** @category ids @since 0.1.0 */
export type TargetGroupId = typeof TargetGroupId.Type
