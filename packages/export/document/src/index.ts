/**
 * @kpss/export-document — the contents of the plan document (with the settlement of comments as an
 * annex) and of the yearly monitoring report, as format-neutral outlines the DOCX, PDF and HTML
 * exporters render.
 *
 * @since 0.1.0
 */
export * from "./DocumentMessages.js"
export * from "./DocumentOutline.js"
export * from "./MonitoringReportOutline.js"
export * from "./PlanOutline.js"
export * from "./OutlineExporters.js"
export * from "./DocumentFigures.js"
