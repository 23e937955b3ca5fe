/**
 * Renders a chart's SVG to PNG without a browser (resvg, a Rust renderer shipped as a prebuilt binary
 * inside its npm package), with the Czech font and no system fonts, so the picture is the same on every
 * machine. Word needs a PNG beside an SVG image; this makes it. Node only.
 *
 * @since 0.1.0
 */
import { Resvg } from "@resvg/resvg-js"
import type { Chart } from "./Chart.js"
import type { CzechFont } from "./CzechFont.js"

/**
 * Renders a chart to PNG at `scale` × its size (default 1: a fallback for readers without SVG; the SVG is the picture).
 *
 * @category rendering
 * @since 0.1.0
 */
export const renderChartPng = (chart: Chart, font: CzechFont, scale = 1): Uint8Array => {
  const resvg = new Resvg(chart.svg, {
    font: { loadSystemFonts: false, fontFiles: [font.regularPath, font.boldPath], defaultFontFamily: font.family, sansSerifFamily: font.family },
    fitTo: { mode: "zoom", value: scale },
    background: "#ffffff"
  })
  return new Uint8Array(resvg.render().asPng())
}
