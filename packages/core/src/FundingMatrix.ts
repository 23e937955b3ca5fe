/**
 * The funding matrix as a view: planned, secured and spent money summed per source and year, per
 * year, per source and for the whole plan, with the coverage (secured ÷ planned); and the matrix
 * activity × year × source rolled up the strategy tree (activity → measure → goal → priority), per
 * funder and per commissioner (the coordination of funding among the commissioners, seed 001), with
 * the gaps, over-commitments, overspending, lines outside the plan period and activities with no money.
 * Rules, reports and exports read these sums rather than adding money their own way.
 *
 * @since 0.1.0
 */
import type { FundingSource } from "./Funding.js"
import type { ActorId, FundingSourceId, StrategyItemId } from "./Ids.js"
import type { Plan } from "./Plan.js"
import type { StrategyLevel } from "./Strategy.js"

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

/**
 * Planned minus secured when positive: the money still to be found.
 *
 * @category views
 * @since 0.1.0
 */
export const shortfall = (amounts: Amounts): number => Math.max(0, amounts.planned - amounts.secured)

/**
 * Secured minus planned when positive: money promised beyond the plan (over-commitment).
 *
 * @category views
 * @since 0.1.0
 */
export const overCommitment = (amounts: Amounts): number => Math.max(0, amounts.secured - amounts.planned)

/**
 * One row of a coverage view: a strategy item, its money over the whole period and per year of the
 * plan, and the coverage of each.
 *
 * @category models
 * @since 0.1.0
 */
export interface CoverageRow {
  readonly itemId: StrategyItemId
  /** Position of the item in `plan.strategy.items`. */
  readonly position: number
  readonly amounts: Amounts
  readonly coverage: number | undefined
  readonly byYear: ReadonlyArray<{ readonly year: number; readonly amounts: Amounts; readonly coverage: number | undefined }>
}

/**
 * What one commissioner (zadavatel) is asked to fund: the sources it stands behind, the money per year
 * of the plan and in all, and how many activities ask for it — the coordination of funding among the
 * commissioners of the territory (seed 001). Sources with no commissioner form one group with
 * `commissionerId` undefined.
 *
 * @category models
 * @since 0.1.0
 */
export interface CommissionerFunding {
  readonly commissionerId: ActorId | undefined
  readonly sourceIds: ReadonlyArray<FundingSourceId>
  readonly byYear: ReadonlyArray<{ readonly year: number; readonly amounts: Amounts }>
  readonly total: Amounts
  /** Activities with planned money from these sources. */
  readonly activities: number
}

/**
 * The funding matrix activity × year × source and its roll-ups: every strategy item's money (an
 * activity's own lines; a measure, goal or priority the sum of its descendants), per year of the plan
 * and per source; the commissioners' coordination view; and the cells that need attention. Roll-ups
 * count every line on an activity, retired ones included (their money was planned or spent); coverage
 * rows list active items only.
 *
 * @category models
 * @since 0.1.0
 */
export interface FundingMatrix {
  readonly totals: FundingTotals
  /** All money of a strategy item, whatever the year. */
  readonly item: (itemId: string) => Amounts
  /** Money of a strategy item in a year of the plan period (lines outside the period are not here). */
  readonly itemYear: (itemId: string, year: number) => Amounts
  /** Money of a strategy item from one source. */
  readonly itemSource: (itemId: string, sourceId: string) => Amounts
  /** Coverage of each active item of a level, in the plan's order. */
  readonly coverageRows: (level: StrategyLevel) => ReadonlyArray<CoverageRow>
  readonly commissioners: ReadonlyArray<CommissionerFunding>
  /** Positions of the lines with less secured than planned. */
  readonly gaps: ReadonlyArray<number>
  /** Positions of the lines with more secured than planned. */
  readonly overCommitted: ReadonlyArray<number>
  /** Positions of the lines with more spent than secured. */
  readonly overspent: ReadonlyArray<number>
  /** Positions of the lines whose year is outside the plan period. */
  readonly outsidePeriod: ReadonlyArray<number>
  /** Positions of the active activities with no funding line at all. */
  readonly unfunded: ReadonlyArray<number>
}

const amountsAt = (planned: Float64Array, secured: Float64Array, spent: Float64Array, i: number): Amounts =>
  ({ planned: planned[i]!, secured: secured[i]!, spent: spent[i]! })

/** Three parallel columns of money, one row per slot. */
class Columns {
  readonly planned: Float64Array
  readonly secured: Float64Array
  readonly spent: Float64Array
  constructor(size: number) {
    this.planned = new Float64Array(size)
    this.secured = new Float64Array(size)
    this.spent = new Float64Array(size)
  }
  add(i: number, planned: number, secured: number, spent: number): void {
    this.planned[i]! += planned
    this.secured[i]! += secured
    this.spent[i]! += spent
  }
  /** Adds `width` rows from `from` onto the rows from `to`. */
  addRows(to: number, from: number, width: number): void {
    for (let k = 0; k < width; k++) this.add(to + k, this.planned[from + k]!, this.secured[from + k]!, this.spent[from + k]!)
  }
  at(i: number): Amounts {
    return amountsAt(this.planned, this.secured, this.spent, i)
  }
}

/**
 * Builds the funding matrix of a plan: one pass over the funding lines into typed columns, then each
 * activity's sums added to its ancestors. Linear in lines + items × (years + sources).
 *
 * @category views
 * @since 0.1.0
 */
export const fundingMatrix = (plan: Plan): FundingMatrix => {
  const totals = fundingTotals(plan)
  const items = plan.strategy.items
  const n = items.length
  const from = plan.period.from
  const yearCount = totals.years.length
  const sources = plan.funding.sources
  const sourceCount = sources.length
  const itemIndex = new Map<string, number>()
  for (let i = 0; i < n; i++) if (!itemIndex.has(items[i]!.id)) itemIndex.set(items[i]!.id, i)
  const sourceIndex = new Map<string, number>()
  for (let s = 0; s < sourceCount; s++) if (!sourceIndex.has(sources[s]!.id)) sourceIndex.set(sources[s]!.id, s)

  const all = new Columns(n)
  const byYear = new Columns(n * yearCount)
  const bySource = new Columns(n * sourceCount)
  const hasLine = new Uint8Array(n)
  const gaps: Array<number> = [], overCommitted: Array<number> = [], overspent: Array<number> = [], outsidePeriod: Array<number> = []
  const lines = plan.funding.lines
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const { planned, secured, spent } = line
    if (secured < planned) gaps.push(i)
    else if (secured > planned) overCommitted.push(i)
    if (spent > secured) overspent.push(i)
    const y = line.year - from
    const inPeriod = y >= 0 && y < yearCount
    if (!inPeriod) outsidePeriod.push(i)
    const a = itemIndex.get(line.activityId)
    if (a === undefined || items[a]!.level !== "activity") continue
    hasLine[a] = 1
    all.add(a, planned, secured, spent)
    if (inPeriod) byYear.add(a * yearCount + y, planned, secured, spent)
    const s = sourceIndex.get(line.sourceId)
    if (s !== undefined) bySource.add(a * sourceCount + s, planned, secured, spent)
  }

  // Roll activities up to their ancestors; a valid tree is at most three levels above an activity, and
  // the bound keeps a malformed one (a cycle) from looping.
  const parent = new Int32Array(n).fill(-1)
  for (let i = 0; i < n; i++) {
    const p = items[i]!.parentId
    if (p !== undefined) parent[i] = itemIndex.get(p) ?? -1
  }
  const unfunded: Array<number> = []
  for (let a = 0; a < n; a++) {
    const activity = items[a]!
    if (activity.level !== "activity") continue
    if (hasLine[a] === 0) {
      if (activity.status === "active") unfunded.push(a)
      continue
    }
    for (let p = parent[a]!, depth = 0; p !== -1 && depth < 3; p = parent[p]!, depth++) {
      if (items[p]!.level === "activity") break
      all.addRows(p, a, 1)
      byYear.addRows(p * yearCount, a * yearCount, yearCount)
      bySource.addRows(p * sourceCount, a * sourceCount, sourceCount)
    }
  }

  const commissioners: Array<CommissionerFunding> = []
  const groups = new Map<ActorId | undefined, Array<number>>()
  for (let s = 0; s < sourceCount; s++) {
    const key = sources[s]!.commissionerId
    const list = groups.get(key)
    if (list === undefined) groups.set(key, [s])
    else list.push(s)
  }
  for (const [commissionerId, group] of groups) {
    let activities = 0
    for (let a = 0; a < n; a++) {
      if (hasLine[a] === 0) continue
      for (const s of group) {
        if (bySource.planned[a * sourceCount + s]! > 0) {
          activities++
          break
        }
      }
    }
    const total: MutableAmounts = { ...noAmounts }
    const perYear = totals.years.map((year) => {
      const amounts: MutableAmounts = { ...noAmounts }
      for (const s of group) add(amounts, totals.cell(sources[s]!.id, year))
      add(total, amounts)
      return { year, amounts }
    })
    commissioners.push({ commissionerId, sourceIds: group.map((s) => sources[s]!.id), byYear: perYear, total, activities })
  }

  const rowCache = new Map<StrategyLevel, ReadonlyArray<CoverageRow>>()
  const coverageRows = (level: StrategyLevel): ReadonlyArray<CoverageRow> => {
    let rows = rowCache.get(level)
    if (rows === undefined) {
      const out: Array<CoverageRow> = []
      for (let i = 0; i < n; i++) {
        const it = items[i]!
        if (it.level !== level || it.status !== "active") continue
        const amounts = all.at(i)
        out.push({
          itemId: it.id,
          position: i,
          amounts,
          coverage: coverage(amounts),
          byYear: totals.years.map((year, y) => {
            const ya = byYear.at(i * yearCount + y)
            return { year, amounts: ya, coverage: coverage(ya) }
          })
        })
      }
      rowCache.set(level, rows = out)
    }
    return rows
  }

  return {
    totals,
    item: (itemId) => {
      const i = itemIndex.get(itemId)
      return i === undefined ? noAmounts : all.at(i)
    },
    itemYear: (itemId, year) => {
      const i = itemIndex.get(itemId), y = year - from
      return i === undefined || y < 0 || y >= yearCount ? noAmounts : byYear.at(i * yearCount + y)
    },
    itemSource: (itemId, sourceId) => {
      const i = itemIndex.get(itemId), s = sourceIndex.get(sourceId)
      return i === undefined || s === undefined ? noAmounts : bySource.at(i * sourceCount + s)
    },
    coverageRows,
    commissioners,
    gaps,
    overCommitted,
    overspent,
    outsidePeriod,
    unfunded
  }
}

const matrices = new WeakMap<Plan, FundingMatrix>()

/**
 * The funding matrix of a plan, built once per plan value (plans are immutable, so the matrix of the
 * same plan object never changes): rules, reports and exports of one plan share it.
 *
 * @category views
 * @since 0.1.0
 */
export const fundingMatrixOf = (plan: Plan): FundingMatrix => {
  let m = matrices.get(plan)
  if (m === undefined) matrices.set(plan, m = fundingMatrix(plan))
  return m
}
