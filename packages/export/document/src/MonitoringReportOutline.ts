/**
 * The yearly monitoring report (zpráva o plnění) as an outline: the report's approval and summary, how
 * many activities were fulfilled, partly fulfilled, not fulfilled, cancelled or moved, each activity's
 * fulfilment with its responsible party and the money spent, the indicators' values, and the year's
 * money by source (from `fundingTotals`). A year with no report is `NoData` naming the part and year.
 *
 * @since 0.1.0
 */
import {
  NoData,
  formatDate,
  formatNumber,
  fulfilmentLabels,
  fundingTotals,
  Fulfilment,
  type Plan
} from "@kpss/core"
import { Result } from "effect"
import type { Block, DocumentOutline } from "./DocumentOutline.js"
import { documentMessages } from "./DocumentMessages.js"
import { makeWriter, planSubtitle, titlePageLines, type PlanOutlineOptions } from "./PlanOutline.js"

/**
 * Builds the monitoring report of a year, or `NoData` when the plan has no report for it.
 *
 * @category constructors
 * @since 0.1.0
 */
export const monitoringReportOutline = (plan: Plan, year: number, options: PlanOutlineOptions): Result.Result<DocumentOutline, NoData> => {
  const report = plan.monitoringReports.find((r) => r.year === year)
  if (report === undefined) return Result.fail(new NoData({ part: documentMessages("monitoringReportPart"), year }))
  const { locale } = options
  const w = makeWriter(plan, locale)
  const { t } = w
  const items = new Map(plan.strategy.items.map((i) => [i.id as string, i]))
  const indicators = new Map(plan.indicators.map((i) => [i.id as string, i]))
  const totals = fundingTotals(plan)
  const blocks: Array<Block> = []
  let chapter = 0
  const heading = (text: string) => { chapter++; blocks.push({ kind: "heading", level: 1, text: `${chapter} ${text}`, id: `s${chapter}` }) }

  heading(t("chReportSummary"))
  blocks.push({
    kind: "table", caption: t("basicsCaption"), rowHeaders: true,
    columns: [w.col("field", "left", 1), w.col("value", "left", 2)],
    rows: [
      [t("fTerritory"), plan.territory.name],
      [t("fPeriod"), `${plan.period.from}–${plan.period.to}`],
      [t("reportStatus"), t(report.status)],
      [t("approval"), w.approval(report.approval)]
    ]
  })
  if (report.summary !== undefined && report.summary.length > 0) blocks.push({ kind: "paragraph", text: report.summary })
  blocks.push({
    kind: "table", caption: t("fulfilmentCounts", { year }), rowHeaders: true,
    columns: [w.col("fulfilment", "left", 3), w.col("count", "right")],
    rows: Fulfilment.literals.map((f) => [fulfilmentLabels[f][locale], formatNumber(report.activities.filter((a) => a.fulfilment === f).length, locale)]),
    footer: [t("total"), formatNumber(report.activities.length, locale)]
  })

  heading(t("chReportActivities"))
  blocks.push({
    kind: "table", caption: t("reportActivitiesCaption", { year }), rowHeaders: true,
    columns: [w.col("code"), w.col("item", "left", 4), w.col("responsible", "left", 2), w.col("fulfilment", "left", 2), w.col("spentInYear", "right", 2), w.col("comment", "left", 3)],
    rows: report.activities.map((a) => {
      const item = items.get(a.activityId)
      return [
        item?.code ?? a.activityId, item?.title ?? a.activityId, w.actorName(item?.responsibleId),
        fulfilmentLabels[a.fulfilment][locale], a.spent === undefined ? t("none") : w.money(a.spent), a.comment ?? ""
      ]
    })
  })

  heading(t("chReportIndicators"))
  blocks.push(report.indicators.length === 0 ? { kind: "paragraph", text: t("noData") } : {
    kind: "table", caption: t("reportIndicatorsCaption", { year }), rowHeaders: true,
    columns: [w.col("indicator", "left", 4), w.col("unit"), w.col("target", "right"), w.col("actual", "right"), w.col("comment", "left", 3)],
    rows: report.indicators.map((v) => {
      const ind = indicators.get(v.indicatorId)
      return [
        ind?.name ?? v.indicatorId, ind?.unit ?? "", ind?.target === undefined ? t("none") : `${formatNumber(ind.target.value, locale)} (${ind.target.year})`,
        formatNumber(v.value, locale), v.comment ?? ""
      ]
    })
  })

  heading(t("chReportFunding", { year }))
  blocks.push({
    kind: "table", caption: t("reportFundingCaption", { year }), rowHeaders: true,
    columns: [w.col("source", "left", 3), w.col("planned", "right", 2), w.col("secured", "right", 2), w.col("spent", "right", 2)],
    rows: totals.sources.map((s) => {
      const a = totals.cell(s.id, year)
      return [s.name, w.money(a.planned), w.money(a.secured), w.money(a.spent)]
    }),
    footer: [t("total"), w.money(totals.byYear(year).planned), w.money(totals.byYear(year).secured), w.money(totals.byYear(year).spent)]
  })

  return Result.succeed({
    locale,
    title: t("reportTitle", { year }),
    subtitle: `${plan.title} – ${planSubtitle(plan, w)}`,
    titlePage: [
      ...titlePageLines(plan, w, options.audience, options.today),
      ...(report.preparedOn === undefined ? [] : [t("reportPrepared", { date: formatDate(report.preparedOn, locale) })])
    ],
    contentsTitle: t("contents"),
    pageLabel: t("page"),
    tableLabel: t("tableLabel"),
    blocks
  })
}
