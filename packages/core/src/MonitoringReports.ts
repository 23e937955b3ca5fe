/**
 * Implementation through the years (DOMAIN.md §1; seed 003): drafting the action plan of a year (the
 * active activities with money planned in it, plus those the previous report moved to it) and approving
 * it; drafting the monitoring report of a year (a snapshot of its activities with the money spent by
 * the funding lines — the basis of the revision of funds used — and of the indicator actuals), setting
 * each activity's fulfilment and the revised money spent, and approving it. A report once approved
 * never changes, nor does an approved action plan. `compareYears` sets two years' reports side by side.
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import { authorizeOperation, type OperationContext } from "./Authorization.js"
import { domainError, unknownId, type DomainError } from "./DomainError.js"
import { fundingMatrix } from "./FundingMatrix.js"
import type { ActionPlanId, MonitoringReportId, StrategyItemId } from "./Ids.js"
import type { LocalizedText } from "./Messages.js"
import type { Money } from "./Money.js"
import { Fulfilment, type ActionPlan, type MonitoringReport } from "./Monitoring.js"
import type { Plan } from "./Plan.js"
import { checkApproval, checkId, checkMoney, checkText, checkYear, firstError } from "./PlanEdit.js"
import type { Approval } from "./Process.js"

type Outcome = Result.Result<Plan, DomainError>

const kinds = {
  actionPlan: { cs: "Akční plán", en: "Action plan" },
  report: { cs: "Monitorovací zpráva", en: "Monitoring report" },
  activity: { cs: "Aktivita zprávy", en: "Activity of the report" }
} as const satisfies Record<string, LocalizedText>

const unknown = (kind: keyof typeof kinds, id: string) => unknownId(kinds[kind], id)
const approved = (kind: keyof typeof kinds, id: string) => domainError("approvedRecord", { what: { cs: `${kinds[kind].cs} ${id}`, en: `${kinds[kind].en} ${id}` } }, { ids: [id] })

/**
 * Drafts the action plan of a year of the period: the active activities with money planned in that
 * year, and those the report of the year before moved to it.
 *
 * @category operations
 * @since 0.1.0
 */
export const draftActionPlan = (plan: Plan, input: { readonly id: ActionPlanId; readonly year: number }, context: OperationContext): Outcome => {
  const error = firstError(
    authorizeOperation(plan, context, { kind: "recordImplementation" }),
    checkId("id", input.id),
    plan.actionPlans.some((ap) => ap.id === input.id) ? domainError("duplicateId", { kind: kinds.actionPlan, id: input.id }, { ids: [input.id] }) : undefined,
    checkYear(plan, input.year),
    plan.actionPlans.some((ap) => ap.year === input.year) ? domainError("yearTaken", { what: kinds.actionPlan, year: input.year }) : undefined
  )
  if (error !== undefined) return Result.fail(error)
  const matrix = fundingMatrix(plan)
  const moved = new Set<string>()
  for (const r of plan.monitoringReports) {
    if (r.year === input.year - 1) for (const a of r.activities) if (a.fulfilment === "movedToNextYear") moved.add(a.activityId)
  }
  const activityIds = plan.strategy.items
    .filter((i) => i.level === "activity" && i.status === "active" && (matrix.itemYear(i.id, input.year).planned > 0 || moved.has(i.id)))
    .map((i) => i.id)
  const draft: ActionPlan = { id: input.id, year: input.year as ActionPlan["year"], activityIds }
  return Result.succeed({ ...plan, actionPlans: [...plan.actionPlans, draft].sort((a, b) => a.year - b.year) })
}

/**
 * Records the approval of an action plan (by the council or the assembly, with the resolution).
 *
 * @category operations
 * @since 0.1.0
 */
export const approveActionPlan = (plan: Plan, input: { readonly id: ActionPlanId; readonly approval: Approval }, context: OperationContext): Outcome => {
  const at = plan.actionPlans.findIndex((ap) => ap.id === input.id)
  const error = firstError(
    authorizeOperation(plan, context, { kind: "approve" }),
    at === -1 ? unknown("actionPlan", input.id) : undefined,
    plan.actionPlans[at]?.approval !== undefined ? approved("actionPlan", input.id) : undefined,
    checkApproval("approval.", input.approval, true)
  )
  if (error !== undefined) return Result.fail(error)
  return Result.succeed({ ...plan, actionPlans: plan.actionPlans.map((ap, i) => (i === at ? { ...ap, approval: input.approval } : ap)) })
}

/**
 * Drafts the monitoring report of a year: every activity of the year's action plan (else every active
 * activity with money in the year), each not yet assessed (`notFulfilled` until set) with the money the
 * funding lines say was spent, and the indicators' actuals of the year.
 *
 * @category operations
 * @since 0.1.0
 */
export const draftMonitoringReport = (plan: Plan, input: { readonly id: MonitoringReportId; readonly year: number }, context: OperationContext): Outcome => {
  const error = firstError(
    authorizeOperation(plan, context, { kind: "recordImplementation" }),
    checkId("id", input.id),
    plan.monitoringReports.some((r) => r.id === input.id) ? domainError("duplicateId", { kind: kinds.report, id: input.id }, { ids: [input.id] }) : undefined,
    checkYear(plan, input.year),
    plan.monitoringReports.some((r) => r.year === input.year) ? domainError("yearTaken", { what: kinds.report, year: input.year }) : undefined
  )
  if (error !== undefined) return Result.fail(error)
  const matrix = fundingMatrix(plan)
  const actionPlan = plan.actionPlans.find((ap) => ap.year === input.year)
  const activityIds: ReadonlyArray<string> = actionPlan?.activityIds ?? plan.strategy.items
    .filter((i) => i.level === "activity" && i.status === "active" && matrix.itemYear(i.id, input.year).planned > 0)
    .map((i) => i.id)
  const report: MonitoringReport = {
    id: input.id,
    year: input.year as MonitoringReport["year"],
    status: "draft",
    preparedOn: context.today,
    activities: activityIds.map((activityId) => ({
      activityId: activityId as StrategyItemId,
      fulfilment: "notFulfilled" as const,
      spent: matrix.itemYear(activityId, input.year).spent as Money
    })),
    indicators: plan.indicators.flatMap((ind) => ind.actuals.filter((a) => a.year === input.year).map((a) => ({
      indicatorId: ind.id,
      value: a.value,
      ...(a.comment === undefined ? {} : { comment: a.comment })
    })))
  }
  return Result.succeed({ ...plan, monitoringReports: [...plan.monitoringReports, report].sort((a, b) => a.year - b.year) })
}

const draftReport = (plan: Plan, id: string): number | DomainError => {
  const at = plan.monitoringReports.findIndex((r) => r.id === id)
  if (at === -1) return unknown("report", id)
  return plan.monitoringReports[at]!.status === "approved" ? approved("report", id) : at
}

const replaceReport = (plan: Plan, at: number, report: MonitoringReport): Plan =>
  ({ ...plan, monitoringReports: plan.monitoringReports.map((r, i) => (i === at ? report : r)) })

/**
 * Sets how an activity was fulfilled in a draft report, with a comment and the revised money spent.
 *
 * @category operations
 * @since 0.1.0
 */
export const setActivityFulfilment = (
  plan: Plan,
  input: { readonly reportId: MonitoringReportId; readonly activityId: StrategyItemId; readonly fulfilment: Fulfilment; readonly comment?: string; readonly spent?: number },
  context: OperationContext
): Outcome => {
  const at = draftReport(plan, input.reportId)
  const row = typeof at === "number" ? plan.monitoringReports[at]!.activities.findIndex((a) => a.activityId === input.activityId) : -1
  const error = firstError(
    authorizeOperation(plan, context, { kind: "recordImplementation" }),
    typeof at === "number" ? undefined : at,
    typeof at === "number" && row === -1 ? unknown("activity", input.activityId) : undefined,
    Fulfilment.literals.includes(input.fulfilment) ? undefined : domainError("invalidValue", { field: "fulfilment", found: String(input.fulfilment), expected: Fulfilment.literals.join(", ") }),
    checkText("comment", input.comment),
    input.spent === undefined ? undefined : checkMoney("spent", input.spent)
  )
  if (error !== undefined || typeof at !== "number") return Result.fail(error!)
  const report = plan.monitoringReports[at]!
  const activities = report.activities.map((a, i) => i !== row ? a : {
    ...a,
    fulfilment: input.fulfilment,
    ...(input.comment === undefined ? {} : { comment: input.comment }),
    ...(input.spent === undefined ? {} : { spent: input.spent as Money })
  })
  return Result.succeed(replaceReport(plan, at, { ...report, activities }))
}

/**
 * Approves a draft report (or records that the assembly took note of it); from then on it never changes.
 *
 * @category operations
 * @since 0.1.0
 */
export const approveMonitoringReport = (
  plan: Plan,
  input: { readonly reportId: MonitoringReportId; readonly approval: Approval; readonly summary?: string },
  context: OperationContext
): Outcome => {
  const at = draftReport(plan, input.reportId)
  const error = firstError(
    authorizeOperation(plan, context, { kind: "approve" }),
    typeof at === "number" ? undefined : at,
    checkApproval("approval.", input.approval, true),
    checkText("summary", input.summary)
  )
  if (error !== undefined || typeof at !== "number") return Result.fail(error!)
  const report = plan.monitoringReports[at]!
  return Result.succeed(replaceReport(plan, at, {
    ...report,
    status: "approved",
    approval: input.approval,
    ...(input.summary === undefined ? {} : { summary: input.summary })
  }))
}

/**
 * One activity in two years' reports.
 *
 * @category models
 * @since 0.1.0
 */
export interface YearComparisonRow {
  readonly activityId: StrategyItemId
  readonly before?: { readonly fulfilment: Fulfilment; readonly spent: number | undefined }
  readonly after?: { readonly fulfilment: Fulfilment; readonly spent: number | undefined }
}

/**
 * Two years' monitoring reports side by side: each activity's fulfilment and money spent, the count of
 * each fulfilment, the money spent in all, and the indicators' values.
 *
 * @category models
 * @since 0.1.0
 */
export interface YearComparison {
  readonly years: readonly [number, number]
  readonly rows: ReadonlyArray<YearComparisonRow>
  readonly counts: readonly [Readonly<Record<Fulfilment, number>>, Readonly<Record<Fulfilment, number>>]
  readonly spent: readonly [number, number]
  readonly indicators: ReadonlyArray<{ readonly indicatorId: string; readonly before?: number; readonly after?: number }>
}

/**
 * Compares the reports of two years (a year without a report counts as empty).
 *
 * @category views
 * @since 0.1.0
 */
export const compareYears = (plan: Plan, before: number, after: number): YearComparison => {
  const reportOf = (year: number) => plan.monitoringReports.find((r) => r.year === year)
  const reports = [reportOf(before), reportOf(after)] as const
  type Row = { activityId: StrategyItemId; before?: NonNullable<YearComparisonRow["before"]>; after?: NonNullable<YearComparisonRow["after"]> }
  const rows = new Map<string, Row>()
  const indicators = new Map<string, { indicatorId: string; before?: number; after?: number }>()
  const zero = () => Object.fromEntries(Fulfilment.literals.map((f) => [f, 0])) as Record<Fulfilment, number>
  const counts = [zero(), zero()] as const
  const spent: [number, number] = [0, 0]
  reports.forEach((report, k) => {
    const side = k === 0 ? "before" : "after"
    const count = counts[k === 0 ? 0 : 1]
    for (const a of report?.activities ?? []) {
      let row = rows.get(a.activityId)
      if (row === undefined) rows.set(a.activityId, row = { activityId: a.activityId })
      row[side] = { fulfilment: a.fulfilment, spent: a.spent }
      count[a.fulfilment]++
      spent[k === 0 ? 0 : 1] += a.spent ?? 0
    }
    for (const x of report?.indicators ?? []) {
      let row = indicators.get(x.indicatorId)
      if (row === undefined) indicators.set(x.indicatorId, row = { indicatorId: x.indicatorId })
      row[side] = x.value
    }
  })
  return { years: [before, after], rows: [...rows.values()], counts, spent, indicators: [...indicators.values()] }
}
