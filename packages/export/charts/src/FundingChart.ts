/**
 * Funding by source and year: one stacked bar per year of the plan, one segment per funding source,
 * read from the `fundingTotals` view (planned, secured or spent money). Each segment carries its source,
 * year and amount as data attributes and a tooltip; the total stands above each bar; the legend names
 * the sources.
 *
 * @since 0.1.0
 */
import { formatMoney, formatNumber, fundingTotals, type Amounts, type Plan } from "@kpss/core"
import { makeChart, niceTicks, titleHeight, type Chart, type ChartOptions } from "./Chart.js"
import { chartMessages } from "./ChartMessages.js"
import { colors, seriesColor } from "./Palette.js"
import { element, escapeXml, textWidth, truncate } from "./Svg.js"

/**
 * Options of the funding chart.
 *
 * @category models
 * @since 0.1.0
 */
export interface FundingChartOptions extends ChartOptions {
  /** Which money to draw (default `planned`). */
  readonly measure?: keyof Amounts
}

const width = 720
const plotHeight = 260
const left = 96
const right = 24

/**
 * Draws the funding of a plan by source and year as a stacked bar chart.
 *
 * @category charts
 * @since 0.1.0
 */
export const fundingChart = (plan: Plan, options: FundingChartOptions = {}): Chart => {
  const locale = options.locale ?? "cs"
  const measure = options.measure ?? "planned"
  const t = (key: Parameters<typeof chartMessages>[0], params?: Record<string, string | number>) => chartMessages(key, params)[locale]
  const totals = fundingTotals(plan)
  const measureName = t(measure)
  const title = t("fundingTitle", { measure: measureName })
  const yearTotals = totals.years.map((year) => totals.byYear(year)[measure])
  const description = t("fundingDesc", {
    measure: measureName,
    from: plan.period.from,
    to: plan.period.to,
    total: formatMoney(totals.total[measure], locale),
    years: totals.years.map((year, i) => t("fundingYear", { year, amount: formatMoney(yearTotals[i]!, locale) })).join("; ")
  })
  const top = (options.showTitle === false ? 0 : titleHeight) + 24
  const plotWidth = width - left - right
  const ticks = niceTicks(Math.max(0, ...yearTotals))
  const max = ticks[ticks.length - 1]!
  const y = (value: number) => top + plotHeight - (value / max) * plotHeight
  const parts: Array<string> = []

  for (const tick of ticks) {
    parts.push(element("line", { x1: left, x2: left + plotWidth, y1: y(tick), y2: y(tick), stroke: tick === 0 ? colors.axis : colors.grid, "stroke-width": 1 }))
    parts.push(element("text", { x: left - 8, y: y(tick) + 4, "text-anchor": "end", "font-size": 11, fill: colors.text }, escapeXml(formatNumber(tick, locale))))
  }
  parts.push(element("text", { x: left - 8, y: top - 10, "text-anchor": "end", "font-size": 11, fill: colors.text }, escapeXml(t("currency"))))

  const band = plotWidth / Math.max(1, totals.years.length)
  const barWidth = Math.min(96, band * 0.6)
  totals.years.forEach((year, yi) => {
    const x = left + band * yi + (band - barWidth) / 2
    let base = 0
    const segments: Array<string> = []
    totals.sources.forEach((source, si) => {
      const value = totals.cell(source.id, year)[measure]
      if (value <= 0) return
      const label = t("fundingCell", { source: source.name, year, amount: formatMoney(value, locale) })
      segments.push(element("rect", {
        x, y: y(base + value), width: barWidth, height: Math.max(0.5, y(base) - y(base + value)),
        fill: seriesColor(si), stroke: colors.background, "stroke-width": 0.5,
        "data-source": source.id, "data-year": year, "data-value": value
      }, element("title", {}, escapeXml(label))))
      base += value
    })
    parts.push(element("g", { "data-year": year, "data-total": base }, segments.join("")))
    parts.push(element("text", { x: x + barWidth / 2, y: y(base) - 6, "text-anchor": "middle", "font-size": 11, fill: colors.text }, escapeXml(formatMoney(base, locale))))
    parts.push(element("text", { x: x + barWidth / 2, y: top + plotHeight + 18, "text-anchor": "middle", "font-size": 12, fill: colors.text }, String(year)))
  })

  // Legend: a swatch and the source's name, wrapped into rows.
  let lx = left
  let ly = top + plotHeight + 44
  const legend: Array<string> = []
  totals.sources.forEach((source, si) => {
    const name = truncate(source.name, 48)
    const w = 18 + textWidth(name, 12) + 22
    if (lx + w > width - right && lx > left) { lx = left; ly += 20 }
    legend.push(element("rect", { x: lx, y: ly - 10, width: 12, height: 12, fill: seriesColor(si) }))
    legend.push(element("text", { x: lx + 18, y: ly, "font-size": 12, fill: colors.text }, escapeXml(name)))
    lx += w
  })
  if (totals.sources.length === 0 || totals.total[measure] === 0) {
    legend.push(element("text", { x: left + plotWidth / 2, y: top + plotHeight / 2, "text-anchor": "middle", "font-size": 13, fill: colors.text }, escapeXml(t("fundingEmpty"))))
  }
  parts.push(element("g", { class: "legend" }, legend.join("")))
  return makeChart("funding", options, { width, height: ly + 16 }, { title, description }, parts.join(""))
}
