/**
 * @kpss/export-charts/raster — Node only: the Czech font (DejaVu Sans from `dejavu-fonts-ttf`) and
 * PNG rendering of charts for documents that need pictures.
 *
 * @since 0.1.0
 */
export * from "./ChartRaster.js"
export * from "./CzechFont.js"
