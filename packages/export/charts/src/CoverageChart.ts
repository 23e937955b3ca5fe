/**
 * Coverage per priority: for each active priority, the share of its planned money that is secured
 * (the `fundingMatrix` view's coverage rows), as horizontal bars against a threshold line. A bar below
 * the threshold is drawn in the warning colour and says so in words, so colour is never the only cue.
 *
 * @since 0.1.0
 */
import { formatMoney, formatPercent, fundingMatrix, type Plan } from "@kpss/core"
import { makeChart, titleHeight, type Chart, type ChartOptions } from "./Chart.js"
import { chartMessages } from "./ChartMessages.js"
import { colors, seriesColor } from "./Palette.js"
import { element, escapeXml, textWidth, truncate } from "./Svg.js"

/**
 * Options of the coverage chart.
 *
 * @category models
 * @since 0.1.0
 */
export interface CoverageChartOptions extends ChartOptions {
  /** The share of planned money that should be secured (default 1: fully secured). */
  readonly threshold?: number
}

const width = 720
const labelWidth = 250
const right = 200
const rowHeight = 30
/** The widest coverage the axis shows (200 %). */
const maxScale = 2

/**
 * Draws how much of each priority's planned money is secured.
 *
 * @category charts
 * @since 0.1.0
 */
export const coverageChart = (plan: Plan, options: CoverageChartOptions = {}): Chart => {
  const locale = options.locale ?? "cs"
  const threshold = options.threshold ?? 1
  const t = (key: Parameters<typeof chartMessages>[0], params?: Record<string, string | number>) => chartMessages(key, params)[locale]
  const rows = fundingMatrix(plan).coverageRows("priority")
  const items = plan.strategy.items
  const label = (position: number) => `${items[position]!.code} ${items[position]!.title}`
  const title = t("coverageTitle")
  const description = t("coverageDesc", {
    threshold: formatPercent(threshold, locale),
    rows: rows.map((row) => row.coverage === undefined
      ? t("coverageNone", { item: label(row.position) })
      : t("coverageRow", {
        item: label(row.position),
        coverage: formatPercent(row.coverage, locale),
        secured: formatMoney(row.amounts.secured, locale),
        planned: formatMoney(row.amounts.planned, locale)
      })).join("; ")
  })
  const top = (options.showTitle === false ? 0 : titleHeight) + 28
  const plotWidth = width - labelWidth - right
  // More secured than planned shows up to twice the plan; a longer bar is clipped at the edge (its
  // percentage is in the description), so the axis has a few ticks whatever the money.
  const maxCoverage = Math.min(maxScale, Math.max(threshold, 1, ...rows.map((r) => r.coverage ?? 0)))
  const scaleMax = Math.ceil(maxCoverage * 4) / 4
  const x = (ratio: number) => labelWidth + (Math.min(ratio, scaleMax) / scaleMax) * plotWidth
  const bottom = top + Math.max(1, rows.length) * rowHeight
  const parts: Array<string> = []

  for (let tick = 0; tick <= scaleMax + 1e-9; tick += 0.25) {
    parts.push(element("line", { x1: x(tick), x2: x(tick), y1: top - 4, y2: bottom, stroke: tick === 0 ? colors.axis : colors.grid, "stroke-width": 1 }))
    if (Math.abs(tick * 2 - Math.round(tick * 2)) < 1e-9) {
      parts.push(element("text", { x: x(tick), y: bottom + 16, "text-anchor": "middle", "font-size": 11, fill: colors.text }, escapeXml(formatPercent(tick, locale))))
    }
  }
  rows.forEach((row, i) => {
    const rowTop = top + i * rowHeight
    const name = label(row.position)
    parts.push(element("text", { x: labelWidth - 8, y: rowTop + 19, "text-anchor": "end", "font-size": 12, fill: colors.text }, escapeXml(truncate(name, Math.floor((labelWidth - 16) / textWidth("x", 12)))) + element("title", {}, escapeXml(name))))
    if (row.coverage === undefined) {
      parts.push(element("text", { x: labelWidth + 6, y: rowTop + 19, "font-size": 11, "font-style": "italic", fill: colors.text }, escapeXml(t("coverageNothingPlanned"))))
      return
    }
    const below = row.coverage < threshold
    const valueText = `${formatPercent(row.coverage, locale)}${below ? ` (${t("belowThreshold")})` : ""}`
    parts.push(element("rect", {
      x: labelWidth, y: rowTop + 6, width: Math.max(0.5, x(row.coverage) - labelWidth), height: rowHeight - 12,
      fill: below ? colors.warning : seriesColor(0),
      "data-item": row.itemId, "data-coverage": row.coverage.toFixed(6), "data-planned": row.amounts.planned, "data-secured": row.amounts.secured
    }, element("title", {}, escapeXml(t("coverageRow", {
      item: name,
      coverage: formatPercent(row.coverage, locale),
      secured: formatMoney(row.amounts.secured, locale),
      planned: formatMoney(row.amounts.planned, locale)
    })))))
    // The value stands right of the bar, or right of the threshold line when the bar ends before it.
    parts.push(element("text", { x: Math.max(x(row.coverage), below ? x(threshold) : 0) + 6, y: rowTop + 19, "font-size": 11, fill: colors.text }, escapeXml(valueText)))
  })
  if (rows.length === 0) {
    parts.push(element("text", { x: labelWidth + 6, y: top + 19, "font-size": 12, fill: colors.text }, escapeXml(t("coverageEmpty"))))
  }
  parts.push(element("line", { x1: x(threshold), x2: x(threshold), y1: top - 12, y2: bottom, stroke: colors.marker, "stroke-width": 2, "stroke-dasharray": "6 3", "data-threshold": threshold }))
  parts.push(element("text", { x: x(threshold), y: top - 16, "text-anchor": "middle", "font-size": 11, fill: colors.marker }, escapeXml(t("threshold", { threshold: formatPercent(threshold, locale) }))))
  return makeChart("coverage", options, { width, height: bottom + 28 }, { title, description }, parts.join(""))
}
