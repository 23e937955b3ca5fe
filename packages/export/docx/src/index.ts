/**
 * @kpss/export-docx — the plan document (with the settlement of comments as an annex) and the yearly
 * monitoring report as Word documents, in Czech or English, for the export port of `@kpss/core`.
 *
 * @since 0.1.0
 */
export * from "./DocxDocument.js"
export * from "./DocxExporter.js"
