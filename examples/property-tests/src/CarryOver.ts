/**
 * The municipal system's own transform, built on kpss's operations: carry over what the unfinished
 * activities of a year did not spend (*přesun nevyčerpaných prostředků do dalšího roku*).
 *
 * After the monitoring report of a year, every activity the report marks as partly fulfilled, not
 * fulfilled or moved to the next year (and that is still active) gets, in the next year, the money it had
 * planned but did not spend — per funding source, on top of what the next year already plans. An adopted
 * plan cannot change, so a plan in force is first amended (`amend`: a new draft version with an
 * amendment and its reason) and the money is moved in that version, which the assembly then approves.
 *
 * Every step is an operation of `@kpss/core` (`amend`, `setFundingLines`): it checks who acts, the year,
 * the money (a sum beyond 2^53 − 1 crowns is refused), and never changes its input. The transform
 * returns the new version with the lines it moved, or the first `DomainError` — and then nothing changed.
 */
import {
  amend,
  checkYear,
  domainError,
  setFundingLines,
  type DomainError,
  type FundingSourceId,
  type Fulfilment,
  type OperationContext,
  type Plan,
  type StrategyItemId
} from "@kpss/core"
import { Result } from "effect"

/** The fulfilments after which an activity's unspent money moves on. */
export const unfinished: ReadonlyArray<Fulfilment> = ["partlyFulfilled", "notFulfilled", "movedToNextYear"]

/** Money moved from one funding line of the year to the same activity and source in the next year. */
export interface CarriedLine {
  readonly activityId: StrategyItemId
  readonly sourceId: FundingSourceId
  /** Planned minus spent in the year, in crowns. */
  readonly amount: number
}

/** The result: the plan (a new draft version when the given one was adopted) and what moved. */
export interface CarriedOver {
  readonly plan: Plan
  readonly carried: ReadonlyArray<CarriedLine>
}

const reportOfYear = { cs: "Monitorovací zpráva roku", en: "The monitoring report of the year" }

/**
 * Carries the unspent money of the unfinished activities of `year` over to `year + 1`.
 */
export const carryOverUnfinished = (plan: Plan, input: { readonly year: number }, context: OperationContext): Result.Result<CarriedOver, DomainError> => {
  const { year } = input
  const report = plan.monitoringReports.find((r) => r.year === year)
  if (report === undefined) return Result.fail(domainError("unknownId", { kind: reportOfYear, id: String(year) }))
  const outside = checkYear(plan, year + 1)
  if (outside !== undefined) return Result.fail(outside)

  const active = new Set(plan.strategy.items.filter((i) => i.level === "activity" && i.status === "active").map((i) => i.id as string))
  const moving = new Set(report.activities.filter((a) => unfinished.includes(a.fulfilment) && active.has(a.activityId)).map((a) => a.activityId as string))
  const lines = plan.funding.lines.filter((l) => l.year === year && moving.has(l.activityId) && l.planned > l.spent)
  if (lines.length === 0) return Result.succeed({ plan, carried: [] })

  // An adopted version never changes: the money moves in an amendment.
  let current = plan
  if (plan.lifecycle.status === "inForce" || plan.lifecycle.status === "amended") {
    const amended = amend(plan, { reason: `Přesun nevyčerpaných prostředků roku ${year} do roku ${year + 1}` }, context)
    if (Result.isFailure(amended)) return Result.fail(amended.failure)
    current = amended.success
  }
  const carried: Array<CarriedLine> = lines.map((l) => ({ activityId: l.activityId, sourceId: l.sourceId, amount: l.planned - l.spent }))
  const nextYear = new Map(current.funding.lines.filter((l) => l.year === year + 1).map((l) => [`${l.activityId}|${l.sourceId}`, l.planned as number]))
  // All cells or none: the plan never holds half of the carry-over.
  const moved = setFundingLines(current, carried.map((c) => ({
    activityId: c.activityId,
    year: year + 1,
    sourceId: c.sourceId,
    planned: (nextYear.get(`${c.activityId}|${c.sourceId}`) ?? 0) + c.amount
  })), context)
  return Result.isFailure(moved) ? Result.fail(moved.failure) : Result.succeed({ plan: moved.success, carried })
}
