/**
 * @kpss/export-charts — charts of a plan as accessible SVG, built as strings without a browser: funding
 * by source and year, coverage per priority, the schedule as a Gantt chart. Pure; the `./raster` entry
 * (Node only) renders them to PNG with a font that has every Czech glyph.
 *
 * @since 0.1.0
 */
export * from "./Chart.js"
export * from "./ChartMessages.js"
export * from "./CoverageChart.js"
export * from "./FundingChart.js"
export * from "./GanttChart.js"
export * from "./Palette.js"
export * from "./Svg.js"
