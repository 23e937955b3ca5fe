/**
 * The schedule (harmonogram) as a Gantt chart: one row per milestone in date order, a bar for a window
 * (`from`–`to`) and a diamond for a single day, over a grid of months named in Czech (or English), with
 * the years above them. The bar's end is the timeline's `milestoneEnd`; done milestones are drawn in
 * the "done" colour and say so in their label; an optional `today` draws a marker.
 *
 * @since 0.1.0
 */
import {
  formatDateRange,
  formatDateShort,
  formatMonthName,
  isoDate,
  milestoneEnd,
  type IsoDate,
  type Milestone,
  type Plan
} from "@kpss/core"
import { makeChart, titleHeight, type Chart, type ChartOptions } from "./Chart.js"
import { chartMessages } from "./ChartMessages.js"
import { colors, seriesColor } from "./Palette.js"
import { element, escapeXml, textWidth, truncate } from "./Svg.js"

/**
 * Options of the Gantt chart.
 *
 * @category models
 * @since 0.1.0
 */
export interface GanttChartOptions extends ChartOptions {
  /** Draws a marker at this day when it falls inside the chart. */
  readonly today?: IsoDate
}

const labelWidth = 260
const rowHeight = 22
const right = 16

const parts3 = (date: IsoDate): [number, number, number] => date.split("-").map(Number) as [number, number, number]
const daysIn = (year: number, month: number): number => new Date(year, month, 0).getDate()
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`)

/**
 * The span of a milestone as people read it: one day, or the window.
 *
 * @category formatting
 * @since 0.1.0
 */
export const milestoneWhen = (m: Milestone, locale: "cs" | "en"): string => {
  const end = milestoneEnd(m)
  return end === m.from ? formatDateShort(m.from, locale) : formatDateRange(m.from, end, locale)
}

/**
 * Draws the plan's schedule as a Gantt chart.
 *
 * @category charts
 * @since 0.1.0
 */
export const ganttChart = (plan: Plan, options: GanttChartOptions = {}): Chart => {
  const locale = options.locale ?? "cs"
  const t = (key: Parameters<typeof chartMessages>[0], params?: Record<string, string | number>) => chartMessages(key, params)[locale]
  const rows = plan.schedule
    .map((milestone, position) => ({ milestone, position }))
    .sort((a, b) => (a.milestone.from < b.milestone.from ? -1 : a.milestone.from > b.milestone.from ? 1 : a.position - b.position))
  const title = t("scheduleTitle")
  if (rows.length === 0) {
    const description = t("scheduleEmpty")
    const top = options.showTitle === false ? 0 : titleHeight
    return makeChart("schedule", options, { width: 720, height: top + 40 }, { title, description },
      element("text", { x: 12, y: top + 24, "font-size": 12, fill: colors.text }, escapeXml(description)))
  }
  const first = rows.reduce((min, r) => (r.milestone.from < min ? r.milestone.from : min), rows[0]!.milestone.from)
  const last = rows.reduce((max, r) => { const e = milestoneEnd(r.milestone); return e > max ? e : max }, milestoneEnd(rows[0]!.milestone))
  const [y0, m0] = parts3(first)
  const [y1, m1] = parts3(last)
  const months = (y1 - y0) * 12 + (m1 - m0) + 1
  // Every month keeps at least room for its short name; a long schedule makes a wider picture.
  const monthWidth = Math.max(26, Math.min(64, 760 / months))
  const monthLabel: "long" | "short" = monthWidth >= 58 ? "long" : "short"
  const width = labelWidth + months * monthWidth + right
  const top = (options.showTitle === false ? 0 : titleHeight) + 40
  const bottom = top + rows.length * rowHeight
  // x of the start of a day (`end` = the end of that day).
  const x = (date: IsoDate, end = false) => {
    const [y, m, d] = parts3(date)
    const index = (y - y0) * 12 + (m - m0)
    return labelWidth + (index + (d - 1 + (end ? 1 : 0)) / daysIn(y, m)) * monthWidth
  }
  const parts: Array<string> = []

  for (let i = 0; i < months; i++) {
    const month = ((m0 - 1 + i) % 12) + 1
    const year = y0 + Math.floor((m0 - 1 + i) / 12)
    const mx = labelWidth + i * monthWidth
    const firstDay = isoDate(`${year}-${pad2(month)}-01`)
    if (i % 2 === 1) parts.push(element("rect", { x: mx, y: top, width: monthWidth, height: bottom - top, fill: "#f4f4f4" }))
    parts.push(element("line", { x1: mx, x2: mx, y1: top - 34, y2: bottom, stroke: month === 1 || i === 0 ? colors.axis : colors.grid, "stroke-width": 1 }))
    if (month === 1 || i === 0) {
      parts.push(element("text", { x: mx + 3, y: top - 22, "font-size": 12, "font-weight": "bold", fill: colors.text }, String(year)))
    }
    parts.push(element("text", { x: mx + monthWidth / 2, y: top - 6, "text-anchor": "middle", "font-size": monthLabel === "long" ? 10 : 9, fill: colors.text, "data-month": `${year}-${pad2(month)}` },
      escapeXml(formatMonthName(firstDay, locale, monthLabel))))
  }
  parts.push(element("line", { x1: labelWidth + months * monthWidth, x2: labelWidth + months * monthWidth, y1: top - 34, y2: bottom, stroke: colors.axis, "stroke-width": 1 }))

  const summaries: Array<string> = []
  rows.forEach(({ milestone }, i) => {
    const rowTop = top + i * rowHeight
    const when = milestoneWhen(milestone, locale)
    const done = milestone.doneOn !== undefined
    const summary = t("scheduleRow", { title: milestone.title, when }) + (done ? ` (${t("scheduleDone")})` : "")
    summaries.push(summary)
    const fill = done ? colors.done : seriesColor(0)
    const end = milestoneEnd(milestone)
    const x0 = x(milestone.from)
    const x1 = x(end, true)
    const mark = end === milestone.from
      ? element("polygon", {
        points: [[x0 + (x1 - x0) / 2, rowTop + 4], [x0 + (x1 - x0) / 2 + 7, rowTop + 11], [x0 + (x1 - x0) / 2, rowTop + 18], [x0 + (x1 - x0) / 2 - 7, rowTop + 11]]
          .map(([px, py]) => `${px!.toFixed(1)},${py!.toFixed(1)}`).join(" "),
        fill
      }, element("title", {}, escapeXml(summary)))
      : element("rect", { x: x0, y: rowTop + 5, width: Math.max(2, x1 - x0), height: rowHeight - 10, rx: 2, fill }, element("title", {}, escapeXml(summary)))
    parts.push(element("g", { "data-milestone": milestone.id, "data-from": milestone.from, "data-to": end, "data-done": done ? "true" : "false" }, [
      element("text", { x: 8, y: rowTop + 15, "font-size": 11, fill: colors.text }, escapeXml(truncate(`${done ? "✓ " : ""}${milestone.title}`, Math.floor((labelWidth - 16) / textWidth("x", 11))))),
      mark
    ].join("")))
  })
  if (options.today !== undefined && options.today >= `${y0}-${pad2(m0)}-01` && options.today <= `${y1}-${pad2(m1)}-${daysIn(y1, m1)}`) {
    const tx = x(options.today)
    parts.push(element("line", { x1: tx, x2: tx, y1: top - 4, y2: bottom, stroke: colors.marker, "stroke-width": 2, "data-today": options.today }))
    parts.push(element("text", { x: tx + 3, y: bottom + 14, "font-size": 11, fill: colors.marker }, escapeXml(`${t("today")} ${formatDateShort(options.today, locale)}`)))
  }
  const description = t("scheduleDesc", {
    count: rows.length,
    from: formatDateShort(first, locale),
    to: formatDateShort(last, locale),
    rows: summaries.join("; ")
  })
  return makeChart("schedule", options, { width, height: bottom + 24 }, { title, description }, parts.join(""))
}
