/**
 * @kpss/export-xlsx — the KPSS spreadsheets (funding matrix, measures and activities, settlement of
 * comments, monitoring report) and the funding tables providers fill in and return.
 *
 * @since 0.1.0
 */
export * from "./XlsxLabels.js"
export * from "./Workbook.js"
export * from "./XlsxExporter.js"
export * from "./ProviderTable.js"
