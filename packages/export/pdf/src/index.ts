/**
 * @kpss/export-pdf — the plan document (with the settlement of comments as an annex) and the yearly
 * monitoring report as PDF with an embedded font that has every Czech glyph, page numbers, a table of
 * contents and bookmarks, for the export port of `@kpss/core`.
 *
 * @since 0.1.0
 */
export * from "./PdfDocument.js"
export * from "./PdfExporter.js"
