/**
 * A chart: an accessible SVG document (`role="img"` labelled by its `<title>` and described by its
 * `<desc>`, which carries the chart's data as text) together with its title and description, so a
 * document can use them as the caption and the alternative text of an embedded image.
 *
 * @since 0.1.0
 */
import type { Locale } from "@kpss/core"
import { colors } from "./Palette.js"
import { element, escapeXml } from "./Svg.js"

/**
 * The kinds of chart.
 *
 * @category models
 * @since 0.1.0
 */
export type ChartKind = "funding" | "coverage" | "schedule"

/**
 * A rendered chart.
 *
 * @category models
 * @since 0.1.0
 */
export interface Chart {
  readonly kind: ChartKind
  /** A complete SVG document (UTF-8 text, no XML declaration, no external references). */
  readonly svg: string
  readonly title: string
  /** The text alternative: what the chart shows, with its numbers. */
  readonly description: string
  readonly width: number
  readonly height: number
}

/**
 * Options every chart takes.
 *
 * @category models
 * @since 0.1.0
 */
export interface ChartOptions {
  /** Language of the labels (default `cs`). */
  readonly locale?: Locale
  /** Prefix of the ids inside the SVG, so several charts can live inline on one page (default the kind). */
  readonly idPrefix?: string
  /** Whether to draw the title as a heading inside the picture (default `true`; documents with a caption turn it off). */
  readonly showTitle?: boolean
}

/**
 * The font stack of chart text: DejaVu Sans first (the font the raster renderer and the PDF embed).
 *
 * @category constants
 * @since 0.1.0
 */
export const fontFamily = "'DejaVu Sans', 'Noto Sans', Arial, sans-serif"

/**
 * The height the visible title takes at the top of a chart.
 *
 * @category constants
 * @since 0.1.0
 */
export const titleHeight = 34

/**
 * Wraps the body of a chart into its SVG document with title, description and background.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeChart = (
  kind: ChartKind,
  options: ChartOptions,
  size: { readonly width: number; readonly height: number },
  text: { readonly title: string; readonly description: string },
  body: string
): Chart => {
  const prefix = options.idPrefix ?? kind
  const width = Math.ceil(size.width)
  const height = Math.ceil(size.height)
  const heading = options.showTitle === false ? "" :
    element("text", { x: 12, y: 22, "font-size": 16, "font-weight": "bold", fill: colors.text }, escapeXml(text.title))
  const svg = element("svg", {
    xmlns: "http://www.w3.org/2000/svg",
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-labelledby": `${prefix}-title ${prefix}-desc`,
    "font-family": fontFamily,
    lang: options.locale ?? "cs"
  }, [
    element("title", { id: `${prefix}-title` }, escapeXml(text.title)),
    element("desc", { id: `${prefix}-desc` }, escapeXml(text.description)),
    element("rect", { x: 0, y: 0, width, height, fill: colors.background }),
    heading,
    body
  ].join(""))
  return { kind, svg, title: text.title, description: text.description, width, height }
}

/**
 * Round steps for an axis from 0 to at least `max`: about `count` steps of 1, 2, 2.5 or 5 × 10ⁿ.
 *
 * @category layout
 * @since 0.1.0
 */
export const niceTicks = (max: number, count = 5): ReadonlyArray<number> => {
  if (!(max > 0)) return [0, 1]
  const raw = max / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power
  const ticks: Array<number> = []
  for (let v = 0; v < max + step * 1e-9; v += step) ticks.push(Math.round(v / step) * step)
  if (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + step)
  return ticks
}
