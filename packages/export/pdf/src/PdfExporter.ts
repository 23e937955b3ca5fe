/**
 * The PDF exporters of the export port: the plan document (with the settlement of comments as an
 * annex) and the yearly monitoring report, from the outlines of `@kpss/export-document`, with DejaVu
 * Sans embedded. A font that cannot be read, or lacks a Czech letter, is `MissingResource` naming the
 * file or the letters; bytes are returned only when the whole document was written.
 *
 * @since 0.1.0
 */
import { exportError, exportFailed, MissingResource, toDate, type Exporter } from "@kpss/core"
import { loadCzechFont, type FontOptions } from "@kpss/export-charts/raster"
import { makeOutlineExporters, type OutlineExporters } from "@kpss/export-document"
import { Effect, Result } from "effect"
import { missingCzechGlyphs, renderPdf } from "./PdfDocument.js"

/**
 * The media type of PDF.
 *
 * @category constants
 * @since 0.1.0
 */
export const pdfMediaType = "application/pdf"

/**
 * Options of the PDF exporters.
 *
 * @category models
 * @since 0.1.0
 */
export interface PdfExporterOptions {
  /** Where the embedded font comes from (default DejaVu Sans from `dejavu-fonts-ttf`). */
  readonly font?: FontOptions
}

/**
 * Makes the PDF exporters (`pdf-plan`, `pdf-monitoring-report`).
 *
 * @category exporters
 * @since 0.1.0
 */
export const makePdfExporters = (options: PdfExporterOptions = {}): OutlineExporters =>
  makeOutlineExporters({
    format: "pdf",
    mediaType: pdfMediaType,
    extension: "pdf",
    render: (outline, name, opts) =>
      Effect.gen(function*() {
        const font = loadCzechFont(options.font)
        if (Result.isFailure(font)) return yield* Effect.fail(exportError(name, font.failure))
        const missing = yield* Effect.try({ try: () => missingCzechGlyphs(font.success), catch: (e) => exportError(name, new MissingResource({ resource: "font", detail: `${font.success.regularPath}: ${e instanceof Error ? e.message : String(e)}` })) })
        if (missing.length > 0) {
          return yield* Effect.fail(exportError(name, new MissingResource({ resource: "font", detail: `${font.success.regularPath} lacks ${missing.join(" ")}` })))
        }
        return yield* Effect.tryPromise({ try: () => renderPdf(outline, { font: font.success, date: toDate(opts.today) }), catch: (e) => exportFailed(name, e) })
      })
  })

const exporters = makePdfExporters()

/**
 * The plan document as PDF.
 *
 * @category exporters
 * @since 0.1.0
 */
export const pdfPlanExporter: Exporter = exporters.plan

/**
 * The yearly monitoring report as PDF.
 *
 * @category exporters
 * @since 0.1.0
 */
export const pdfMonitoringReportExporter: Exporter = exporters.monitoringReport
