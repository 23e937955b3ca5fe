/**
 * @kpss/export-html — the plan as a self-contained, accessible static HTML page for the
 * municipality's web site (charts inline as SVG, no external resources), for the export port of
 * `@kpss/core`.
 *
 * @since 0.1.0
 */
export * from "./HtmlDocument.js"
export * from "./HtmlExporter.js"
