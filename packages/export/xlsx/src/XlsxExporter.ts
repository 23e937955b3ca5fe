/**
 * The spreadsheets a coordinator would otherwise assemble by hand: the funding matrix (activity ×
 * source rows, planned / secured / spent per year, row and column sums as formulas, and a summary by
 * source with the coverage), the table of measures and activities, the settlement of comments (the
 * official annex) and the yearly monitoring report. Czech sheet names and headers (English with
 * `locale: "en"`), the Czech money format, frozen header rows. Every sum comes from core's views
 * (`fundingTotals`, `fundingMatrix`, `activityRows`, `coverage`); the formulas let the coordinator
 * change a cell and see the sums follow.
 *
 * @since 0.1.0
 */
import {
  activityRows,
  channelLabels,
  coverage,
  defaultSettings,
  dispositionLabels,
  exportError,
  exportFileName,
  fulfilmentLabels,
  fundingMatrix,
  fundingTotals,
  indicatorStatus,
  indicatorStatusLabels,
  makeExporter,
  NoData,
  PlanIndex,
  type AudienceView,
  type Exporter,
  type ExportOptions,
  type Locale
} from "@kpss/core"
import { Effect } from "effect"
import type ExcelJS from "exceljs"
import { t, xlsxText } from "./XlsxLabels.js"
import { addTable, appendRow, dateFormat, moneyFormat, newWorkbook, sheetDate, sumColumn, toFile, xlsxMediaType, type StreamedWorkbook } from "./Workbook.js"

const percentFormat = "0%"

const fundingSheet = (wb: StreamedWorkbook, plan: AudienceView, locale: Locale): void => {
  const totals = fundingTotals(plan)
  const matrix = fundingMatrix(plan)
  const years = totals.years
  const money = moneyFormat(locale)
  const kinds = ["planned", "secured", "spent"] as const
  const ws = addTable(wb, t(locale, "fundingSheet"), [
    { header: t(locale, "code"), width: 10 },
    { header: t(locale, "activity"), width: 48 },
    { header: t(locale, "source"), width: 28 },
    ...years.flatMap((year) => kinds.map((k) => ({ header: t(locale, `${k}In`, { year }), width: 16, numFmt: money }))),
    ...kinds.map((k) => ({ header: t(locale, `${k}Total`), width: 18, numFmt: money }))
  ])
  const firstMoney = 4
  const totalColumn = firstMoney + years.length * 3
  const letter = (c: number) => ws.getColumn(c).letter
  // One row per activity and source that has money, in the order of the tree and of the sources.
  const cells = new Map<string, Map<string, Map<number, { planned: number; secured: number; spent: number }>>>()
  for (const line of plan.funding.lines) {
    let bySource = cells.get(line.activityId)
    if (bySource === undefined) cells.set(line.activityId, bySource = new Map())
    let byYear = bySource.get(line.sourceId)
    if (byYear === undefined) bySource.set(line.sourceId, byYear = new Map())
    byYear.set(line.year, line)
  }
  let r = 2
  for (const item of plan.strategy.items) {
    const bySource = cells.get(item.id)
    if (item.level !== "activity" || bySource === undefined) continue
    for (const source of plan.funding.sources) {
      const byYear = bySource.get(source.id)
      if (byYear === undefined) continue
      const values: Array<ExcelJS.CellValue> = [item.code, item.title, source.name]
      for (const year of years) {
        const cell = byYear.get(year)
        for (const k of kinds) values.push(cell?.[k] ?? 0)
      }
      const own = matrix.itemSource(item.id, source.id)
      kinds.forEach((k, i) => {
        const refs = years.map((_, y) => `${letter(firstMoney + y * 3 + i)}${r}`)
        values.push({ formula: refs.length === 0 ? "0" : `SUM(${refs.join(",")})`, result: own[k], date1904: false })
      })
      appendRow(ws, values)
      r++
    }
  }
  const last = r - 1
  const totalRow: Array<ExcelJS.CellValue> = [t(locale, "total"), null, null]
  years.forEach((year, y) => kinds.forEach((k, i) => totalRow.push(sumColumn(ws, firstMoney + y * 3 + i, 2, last, totals.byYear(year)[k]))))
  kinds.forEach((k, i) => totalRow.push(sumColumn(ws, totalColumn + i, 2, last, totals.total[k])))
  appendRow(ws, totalRow, true)

  const summary = addTable(wb, t(locale, "summarySheet"), [
    { header: t(locale, "source"), width: 32 },
    { header: t(locale, "year"), width: 8 },
    { header: t(locale, "planned"), width: 18, numFmt: money },
    { header: t(locale, "secured"), width: 18, numFmt: money },
    { header: t(locale, "spent"), width: 18, numFmt: money },
    { header: t(locale, "coverage"), width: 10, numFmt: percentFormat }
  ])
  const pct = (amounts: { planned: number; secured: number }) => coverage({ ...amounts, spent: 0 }) ?? null
  for (const source of totals.sources) {
    for (const year of years) {
      const a = totals.cell(source.id, year)
      appendRow(summary, [source.name, year, a.planned, a.secured, a.spent, pct(a)])
    }
  }
  const sumLast = 1 + totals.sources.length * years.length
  appendRow(summary, [
    t(locale, "total"), null,
    sumColumn(summary, 3, 2, sumLast, totals.total.planned),
    sumColumn(summary, 4, 2, sumLast, totals.total.secured),
    sumColumn(summary, 5, 2, sumLast, totals.total.spent),
    pct(totals.total)
  ], true)
}

const activitiesSheet = (wb: StreamedWorkbook, plan: AudienceView, locale: Locale): void => {
  const money = moneyFormat(locale)
  const levels = plan.strategy.levelNames
  const index = new PlanIndex(plan)
  const sourceNames = new Map(plan.funding.sources.map((s) => [s.id as string, s.name]))
  const ws = addTable(wb, t(locale, "activitiesSheet"), [
    { header: t(locale, "code"), width: 10 },
    { header: levels.priority[locale], width: 28 },
    { header: levels.goal[locale], width: 28 },
    { header: levels.measure[locale], width: 28 },
    { header: levels.activity[locale], width: 44 },
    { header: t(locale, "responsible"), width: 28 },
    { header: t(locale, "partners"), width: 28 },
    { header: t(locale, "targetGroups"), width: 24 },
    { header: t(locale, "deadline"), width: 12, numFmt: dateFormat(locale) },
    { header: t(locale, "cost"), width: 18, numFmt: money },
    { header: t(locale, "secured"), width: 18, numFmt: money },
    { header: t(locale, "sources"), width: 28 },
    { header: t(locale, "indicators"), width: 32 },
    { header: t(locale, "status"), width: 10 }
  ])
  const rows = activityRows(plan)
  const last = 1 + rows.length
  for (const row of rows) {
    const a = row.activity
    const named = (level: "priority" | "goal" | "measure") => {
      const item = row.ancestors[level]
      return item === undefined ? null : `${item.code} ${item.title}`
    }
    const sources = [...new Set(index.linesOf(a.id).map((i) => sourceNames.get(plan.funding.lines[i]!.sourceId) ?? ""))]
    appendRow(ws, [
      a.code, named("priority"), named("goal"), named("measure"), a.title,
      row.responsible?.name ?? null,
      row.partners.map((p) => p.name).join(", "),
      row.targetGroups.map((g) => g.name).join(", "),
      a.deadline === undefined ? null : sheetDate(a.deadline),
      row.amounts.planned, row.amounts.secured,
      sources.join(", "),
      row.indicators.map((i) => i.name).join("; "),
      t(locale, a.status)
    ])
  }
  const totals = fundingTotals(plan)
  // The activities' money is the plan's money when every line is on an activity (the integrity check
  // guarantees it); the cached result is the view's total, the formula the coordinator's.
  appendRow(ws, [t(locale, "total"), null, null, null, null, null, null, null, null,
    sumColumn(ws, 10, 2, last, totals.total.planned), sumColumn(ws, 11, 2, last, totals.total.secured)], true)
}

const settlementSheet = (wb: StreamedWorkbook, plan: AudienceView, locale: Locale): void => {
  const items = new Map(plan.strategy.items.map((i) => [i.id as string, i]))
  const ws = addTable(wb, t(locale, "settlementSheet"), [
    { header: t(locale, "number"), width: 6 },
    { header: t(locale, "date"), width: 12, numFmt: dateFormat(locale) },
    { header: t(locale, "channel"), width: 16 },
    { header: t(locale, "author"), width: 24 },
    { header: t(locale, "text"), width: 60, wrap: true },
    { header: t(locale, "concerns"), width: 28 },
    { header: t(locale, "disposition"), width: 20 },
    { header: t(locale, "justification"), width: 48, wrap: true },
    { header: t(locale, "change"), width: 40, wrap: true }
  ])
  plan.consultation.comments.forEach((c, i) => {
    const item = c.itemId === undefined ? undefined : items.get(c.itemId)
    const concerns = item !== undefined ? `${item.code} ${item.title}` : c.section ?? null
    const s = c.settlement
    appendRow(ws, [
      i + 1, sheetDate(c.receivedOn), channelLabels[c.channel][locale], c.author.name, c.text, concerns,
      s === undefined ? t(locale, "unsettled") : dispositionLabels[s.disposition][locale],
      s?.justification ?? null, s?.change ?? null
    ])
  })
}

const monitoringSheets = (wb: StreamedWorkbook, plan: AudienceView, locale: Locale, year: number): boolean => {
  const report = plan.monitoringReports.find((r) => r.year === year)
  if (report === undefined) return false
  const money = moneyFormat(locale)
  const index = new PlanIndex(plan)
  const ws = addTable(wb, t(locale, "fulfilmentSheet"), [
    { header: t(locale, "code"), width: 10 },
    { header: t(locale, "activity"), width: 48 },
    { header: t(locale, "responsible"), width: 28 },
    { header: t(locale, "fulfilment"), width: 20 },
    { header: t(locale, "spentIn", { year }), width: 18, numFmt: money },
    { header: t(locale, "comment"), width: 60 }
  ])
  let spent = 0
  const last = 1 + report.activities.length
  for (const f of report.activities) {
    const i = index.items.get(f.activityId)
    const item = i === undefined ? undefined : plan.strategy.items[i]
    const r = item?.responsibleId === undefined ? undefined : index.actors.get(item.responsibleId)
    appendRow(ws, [item?.code ?? null, item?.title ?? f.activityId, r === undefined ? null : plan.actors[r]!.name,
      fulfilmentLabels[f.fulfilment][locale], f.spent ?? null, f.comment ?? null])
    spent += f.spent ?? 0
  }
  // The report's own figures (the revision of funds used), summed as the report states them.
  appendRow(ws, [t(locale, "total"), null, null, null, sumColumn(ws, 5, 2, last, spent)], true)

  const values = new Map(report.indicators.map((v) => [v.indicatorId as string, v]))
  const ind = addTable(wb, t(locale, "indicatorsSheet"), [
    { header: t(locale, "item"), width: 12 },
    { header: t(locale, "indicator"), width: 40 },
    { header: t(locale, "unit"), width: 12 },
    { header: t(locale, "baseline"), width: 14 },
    { header: t(locale, "target"), width: 14 },
    { header: t(locale, "actualIn", { year }), width: 16 },
    { header: t(locale, "expectedIn", { year }), width: 16 },
    { header: t(locale, "status"), width: 24 },
    { header: t(locale, "comment"), width: 48, wrap: true }
  ])
  for (const indicator of plan.indicators) {
    const i = index.items.get(indicator.itemId)
    const reported = values.get(indicator.id) ?? indicator.actuals.find((a) => a.year === year)
    // The report's value counts for the year even when the indicator's own actuals lack it.
    const assessed = indicatorStatus(
      reported === undefined ? indicator : { ...indicator, actuals: [...indicator.actuals.filter((a) => a.year !== year), { year, value: reported.value }] },
      defaultSettings,
      year
    )
    appendRow(ind, [
      i === undefined ? null : plan.strategy.items[i]!.code, indicator.name, indicator.unit,
      indicator.baseline?.value ?? null, indicator.target?.value ?? null,
      reported?.value ?? t(locale, "notReported"), assessed.expected ?? null,
      indicatorStatusLabels[assessed.status][locale], reported?.comment ?? null
    ])
  }
  return true
}

const xlsx = (
  name: string,
  part: "fundingPart" | "activitiesPart" | "settlementPart" | "monitoringPart",
  fill: (wb: StreamedWorkbook, plan: AudienceView, options: ExportOptions) => NoData | undefined,
  needsYear = false
): Exporter =>
  makeExporter({
    name,
    mediaType: xlsxMediaType,
    needsYear,
    render: (plan, options) =>
      Effect.suspend(() => {
        const wb = newWorkbook(options.today)
        const missing = fill(wb, plan, options)
        if (missing !== undefined) return Effect.fail(exportError(name, missing))
        return toFile(name, wb, exportFileName(plan, xlsxText(part), "xlsx", options))
      })
  })

/**
 * The funding matrix: a sheet with a row per activity and source, planned / secured / spent per year
 * and in total (SUM formulas), a total row; and a summary by source and year with the coverage.
 *
 * @category exporters
 * @since 0.1.0
 */
export const fundingXlsx: Exporter = xlsx("xlsx-funding", "fundingPart", (wb, plan, o) => {
  fundingSheet(wb, plan, o.locale)
  return undefined
})

/**
 * The table of measures and activities: the tree above each activity, the responsible party and
 * partners, target groups, deadline, cost and secured money, sources, indicators and status.
 *
 * @category exporters
 * @since 0.1.0
 */
export const activitiesXlsx: Exporter = xlsx("xlsx-activities", "activitiesPart", (wb, plan, o) => {
  activitiesSheet(wb, plan, o.locale)
  return undefined
})

/**
 * The settlement of comments, the official annex of the plan: number, date, channel, author (for the
 * public only with consent), text, the part concerned, the disposition, the justification and the
 * change made. `NoData` when the plan has no comments.
 *
 * @category exporters
 * @since 0.1.0
 */
export const settlementXlsx: Exporter = xlsx("xlsx-settlement", "settlementPart", (wb, plan, o) => {
  if (plan.consultation.comments.length === 0) return new NoData({ part: xlsxText("commentsPart") })
  settlementSheet(wb, plan, o.locale)
  return undefined
})

/**
 * The monitoring report of `options.year`: the fulfilment of each activity with the money spent, and
 * the indicators' targets against the year's actual values. `NoData` when the plan has no report for
 * the year.
 *
 * @category exporters
 * @since 0.1.0
 */
export const monitoringXlsx: Exporter = xlsx("xlsx-monitoring", "monitoringPart", (wb, plan, o) => {
  const year = o.year!
  return monitoringSheets(wb, plan, o.locale, year) ? undefined : new NoData({ part: xlsxText("reportPart"), year })
}, true)

/**
 * Every spreadsheet exporter of the package except the provider tables.
 *
 * @category exporters
 * @since 0.1.0
 */
export const xlsxExporters: ReadonlyArray<Exporter> = [fundingXlsx, activitiesXlsx, settlementXlsx, monitoringXlsx]
