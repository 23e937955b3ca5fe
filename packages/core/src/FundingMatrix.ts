/**
 * The funding matrix as a view: planned, secured and spent money summed per source and year, per
 * year, per source and for the whole plan, with the coverage (secured ÷ planned). One pass over the
 * funding lines; rules, reports and exports read these sums rather than adding money their own way.
 *
 * @since 0.1.0
 */
import type { FundingSource } from "./Funding.js"
import type { Plan } from "./Plan.js"

/**
 * Money in the three states.
 *
 * @category models
 * @since 0.1.0
 */
export interface Amounts {
  readonly planned: number
  readonly secured: number
  readonly spent: number
}

/**
 * No money.
 *
 * @category constants
 * @since 0.1.0
 */
export const noAmounts: Amounts = { planned: 0, secured: 0, spent: 0 }

/**
 * Secured ÷ planned; `undefined` when nothing is planned.
 *
 * @category views
 * @since 0.1.0
 */
export const coverage = (amounts: Amounts): number | undefined =>
  amounts.planned === 0 ? undefined : amounts.secured / amounts.planned

/**
 * Sums of money by source and year.
 *
 * @category models
 * @since 0.1.0
 */
export interface FundingTotals {
  /** The years of the plan period, in order. */
  readonly years: ReadonlyArray<number>
  /** The sources, in the plan's order. */
  readonly sources: ReadonlyArray<FundingSource>
  readonly cell: (sourceId: string, year: number) => Amounts
  readonly bySource: (sourceId: string) => Amounts
  readonly byYear: (year: number) => Amounts
  readonly total: Amounts
}

type MutableAmounts = { planned: number; secured: number; spent: number }

const add = (into: MutableAmounts, line: Amounts) => {
  into.planned += line.planned
  into.secured += line.secured
  into.spent += line.spent
}

/**
 * Sums the plan's funding lines by source and year.
 *
 * @category views
 * @since 0.1.0
 */
export const fundingTotals = (plan: Plan): FundingTotals => {
  const cells = new Map<string, Map<number, MutableAmounts>>()
  const bySource = new Map<string, MutableAmounts>()
  const byYear = new Map<number, MutableAmounts>()
  const total: MutableAmounts = { ...noAmounts }
  for (const line of plan.funding.lines) {
    let row = cells.get(line.sourceId)
    if (row === undefined) cells.set(line.sourceId, row = new Map())
    let cell = row.get(line.year)
    if (cell === undefined) row.set(line.year, cell = { ...noAmounts })
    add(cell, line)
    let s = bySource.get(line.sourceId)
    if (s === undefined) bySource.set(line.sourceId, s = { ...noAmounts })
    add(s, line)
    let y = byYear.get(line.year)
    if (y === undefined) byYear.set(line.year, y = { ...noAmounts })
    add(y, line)
    add(total, line)
  }
  const years: Array<number> = []
  for (let y = plan.period.from; y <= plan.period.to; y++) years.push(y)
  return {
    years,
    sources: plan.funding.sources,
    cell: (sourceId, year) => cells.get(sourceId)?.get(year) ?? noAmounts,
    bySource: (sourceId) => bySource.get(sourceId) ?? noAmounts,
    byYear: (year) => byYear.get(year) ?? noAmounts,
    total
  }
}
