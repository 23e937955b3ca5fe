/**
 * Money of the plan: the funding sources (the municipal budget, the regional subsidy, the MPSV state
 * subsidy, EU projects, user payments, …) and the funding lines — per activity, year and source, the
 * planned, secured and spent amounts in whole crowns.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { Year } from "./CalendarDate.js"
import { ActorId, FundingSourceId, StrategyItemId } from "./Ids.js"
import { Money } from "./Money.js"
import { Name } from "./Text.js"

/**
 * The kinds of funding source seen in real plans.
 *
 * @category schemas
 * @since 0.1.0
 */
export const FundingKind = Schema.Literals([
  "municipality",
  "region",
  "state",
  "eu",
  "healthInsurance",
  "userPayments",
  "fundraising",
  "other"
])

/**
 * @category models
 * @since 0.1.0
 */
export type FundingKind = typeof FundingKind.Type

/**
 * A funding source, and the commissioner that stands behind it (for the coordination of funding
 * among commissioners).
 *
 * @category schemas
 * @since 0.1.0
 */
export const FundingSource = Schema.Struct({
  id: FundingSourceId,
  name: Name,
  kind: FundingKind,
  commissionerId: Schema.optionalKey(ActorId)
})

/**
 * @category models
 * @since 0.1.0
 */
export type FundingSource = typeof FundingSource.Type

/**
 * One cell of the funding matrix: an activity, a year, a source, and the planned, secured and spent
 * amounts.
 *
 * @category schemas
 * @since 0.1.0
 */
export const FundingLine = Schema.Struct({
  activityId: StrategyItemId,
  year: Year,
  sourceId: FundingSourceId,
  planned: Money,
  secured: Money,
  spent: Money
})

/**
 * @category models
 * @since 0.1.0
 */
export type FundingLine = typeof FundingLine.Type

/**
 * The money of a plan.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Funding = Schema.Struct({
  sources: Schema.Array(FundingSource),
  lines: Schema.Array(FundingLine)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Funding = typeof Funding.Type
