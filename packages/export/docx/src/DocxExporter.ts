/**
 * The DOCX exporters of the export port: the plan document (with the settlement of comments as an
 * annex) and the yearly monitoring report. They render the outlines of `@kpss/export-document`; the
 * port has already prepared the plan for the audience. A missing font is `MissingResource`, a year
 * without a report `NoData`; bytes are returned only when the whole document was written.
 *
 * @since 0.1.0
 */
import { exportError, exportFailed, exportFileName, makeExporter, type Exporter } from "@kpss/core"
import { loadCzechFont, type FontOptions } from "@kpss/export-charts/raster"
import { documentMessages, monitoringReportOutline, planOutline, type DocumentOutline } from "@kpss/export-document"
import { Effect, Result } from "effect"
import { renderDocx } from "./DocxDocument.js"

/**
 * The media type of Word documents.
 *
 * @category constants
 * @since 0.1.0
 */
export const docxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

/**
 * Options of the DOCX exporters.
 *
 * @category models
 * @since 0.1.0
 */
export interface DocxExporterOptions {
  /** Where the font that renders chart pictures comes from (default DejaVu Sans from `dejavu-fonts-ttf`). */
  readonly font?: FontOptions
}

const write = (name: string, outline: DocumentOutline, fontOptions: FontOptions | undefined) =>
  Effect.gen(function*() {
    const font = loadCzechFont(fontOptions)
    if (Result.isFailure(font)) return yield* Effect.fail(exportError(name, font.failure))
    return yield* Effect.tryPromise({ try: () => renderDocx(outline, { font: font.success }), catch: (e) => exportFailed(name, e) })
  })

/**
 * Makes the exporter of the plan document as DOCX.
 *
 * @category exporters
 * @since 0.1.0
 */
export const makeDocxPlanExporter = (options: DocxExporterOptions = {}): Exporter => {
  const name = "docx-plan"
  return makeExporter({
    name,
    mediaType: docxMediaType,
    render: (plan, opts) =>
      write(name, planOutline(plan, opts), options.font).pipe(Effect.map((bytes) => ({
        bytes,
        mediaType: docxMediaType,
        fileName: exportFileName(plan, documentMessages("planPart"), "docx", opts)
      })))
  })
}

/**
 * Makes the exporter of the yearly monitoring report as DOCX (needs `year`).
 *
 * @category exporters
 * @since 0.1.0
 */
export const makeDocxMonitoringReportExporter = (options: DocxExporterOptions = {}): Exporter => {
  const name = "docx-monitoring-report"
  return makeExporter({
    name,
    mediaType: docxMediaType,
    needsYear: true,
    render: (plan, opts) =>
      Effect.gen(function*() {
        const year = opts.year!
        const outline = monitoringReportOutline(plan, year, opts)
        if (Result.isFailure(outline)) return yield* Effect.fail(exportError(name, outline.failure))
        const bytes = yield* write(name, outline.success, options.font)
        return { bytes, mediaType: docxMediaType, fileName: exportFileName(plan, documentMessages("monitoringReportPart"), "docx", opts) }
      })
  })
}

/**
 * The plan document as DOCX.
 *
 * @category exporters
 * @since 0.1.0
 */
export const docxPlanExporter: Exporter = makeDocxPlanExporter()

/**
 * The yearly monitoring report as DOCX.
 *
 * @category exporters
 * @since 0.1.0
 */
export const docxMonitoringReportExporter: Exporter = makeDocxMonitoringReportExporter()
