/**
 * The status of an indicator (the implementation criteria of seed 001) by a declared rule: the path
 * from the baseline to the target is **linear** — the value expected in a year lies on the straight
 * line from (baseline year, baseline value) to (target year, target value), and stays at the target
 * after its year. How far the actual falls behind that path, measured in the good direction (higher or
 * lower is better) as a share of the planned change |target − baseline| (of |baseline| when no change is
 * planned, else 1), decides: within `indicatorTolerance` on track, within `indicatorOffTrack` at risk,
 * beyond it off track. Both shares come from the profile's settings. Doing better than the path is on
 * track. Without a baseline or a target the status is `noTarget`; without an actual, `noActual`.
 *
 * Also the operation that records an actual value for a year of the plan period.
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import { authorizeOperation, type OperationContext } from "./Authorization.js"
import { unknownId, type DomainError } from "./DomainError.js"
import type { IndicatorId } from "./Ids.js"
import type { Indicator } from "./Indicator.js"
import type { Plan } from "./Plan.js"
import { checkNumber, checkText, checkYear, firstError } from "./PlanEdit.js"

/**
 * The statuses an indicator can have.
 *
 * @category models
 * @since 0.1.0
 */
export type IndicatorStatus = "onTrack" | "atRisk" | "offTrack" | "noTarget" | "noActual"

/**
 * The two shares of the rule (from the profile's settings).
 *
 * @category models
 * @since 0.1.0
 */
export interface IndicatorTolerance {
  readonly indicatorTolerance: number
  readonly indicatorOffTrack: number
}

/**
 * The status of an indicator in a year, with the numbers behind it.
 *
 * @category models
 * @since 0.1.0
 */
export interface IndicatorAssessment {
  readonly status: IndicatorStatus
  readonly year: number | undefined
  readonly actual: number | undefined
  readonly expected: number | undefined
  /** How far behind the path, as a share of the planned change (negative: ahead). */
  readonly behind: number | undefined
}

/**
 * The value the linear path expects in a year, or `undefined` without a baseline or target.
 *
 * @category views
 * @since 0.1.0
 */
export const expectedValue = (indicator: Indicator, year: number): number | undefined => {
  const { baseline, target } = indicator
  if (baseline === undefined || target === undefined) return undefined
  if (year >= target.year || target.year <= baseline.year) return target.value
  if (year <= baseline.year) return baseline.value
  return baseline.value + ((target.value - baseline.value) * (year - baseline.year)) / (target.year - baseline.year)
}

/**
 * The status of an indicator in a year (by default the latest year with an actual).
 *
 * @category views
 * @since 0.1.0
 */
export const indicatorStatus = (indicator: Indicator, tolerance: IndicatorTolerance, year?: number): IndicatorAssessment => {
  let actual: { readonly year: number; readonly value: number } | undefined
  for (const a of indicator.actuals) {
    if (year === undefined ? actual === undefined || a.year > actual.year : a.year === year) actual = a
  }
  const at = year ?? actual?.year
  const expected = at === undefined ? undefined : expectedValue(indicator, at)
  if (indicator.baseline === undefined || indicator.target === undefined) return { status: "noTarget", year: at, actual: actual?.value, expected: undefined, behind: undefined }
  if (actual === undefined || expected === undefined) return { status: "noActual", year: at, actual: undefined, expected, behind: undefined }
  const change = Math.abs(indicator.target.value - indicator.baseline.value)
  const scale = change > 0 ? change : Math.abs(indicator.baseline.value) > 0 ? Math.abs(indicator.baseline.value) : 1
  const behind = (indicator.direction === "higherIsBetter" ? expected - actual.value : actual.value - expected) / scale
  const status = behind <= tolerance.indicatorTolerance ? "onTrack" : behind <= tolerance.indicatorOffTrack ? "atRisk" : "offTrack"
  return { status, year: at, actual: actual.value, expected, behind }
}

/**
 * Records the actual value of an indicator for a year of the plan period (replacing the value of that
 * year). A year outside the period is a period that does not exist.
 *
 * @category operations
 * @since 0.1.0
 */
export const recordIndicatorActual = (
  plan: Plan,
  input: { readonly indicatorId: IndicatorId; readonly year: number; readonly value: number; readonly comment?: string },
  context: OperationContext
): Result.Result<Plan, DomainError> => {
  const at = plan.indicators.findIndex((x) => x.id === input.indicatorId)
  const error = firstError(
    authorizeOperation(plan, context, { kind: "recordImplementation" }),
    at === -1 ? unknownId({ cs: "Ukazatel", en: "Indicator" }, input.indicatorId) : undefined,
    checkYear(plan, input.year),
    checkNumber("value", input.value),
    checkText("comment", input.comment)
  )
  if (error !== undefined) return Result.fail(error)
  const indicator = plan.indicators[at]!
  const actual = { year: input.year as Indicator["actuals"][number]["year"], value: input.value, ...(input.comment === undefined ? {} : { comment: input.comment }) }
  const actuals = [...indicator.actuals.filter((a) => a.year !== input.year), actual].sort((a, b) => a.year - b.year)
  return Result.succeed({ ...plan, indicators: plan.indicators.map((x, i) => (i === at ? { ...x, actuals } : x)) })
}
