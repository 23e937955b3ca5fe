/**
 * The DOCX exporters of the export port: the plan document (with the settlement of comments as an
 * annex) and the yearly monitoring report, rendered from the outlines of `@kpss/export-document`; the
 * port has already prepared the plan for the audience. A missing font (for the charts' PNG fallbacks)
 * is `MissingResource`; bytes are returned only when the whole document was written.
 *
 * @since 0.1.0
 */
import { exportError, exportFailed, type Exporter } from "@kpss/core"
import { loadCzechFont, type FontOptions } from "@kpss/export-charts/raster"
import { makeOutlineExporters, type OutlineExporters } from "@kpss/export-document"
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

/**
 * Makes the DOCX exporters (`docx-plan`, `docx-monitoring-report`).
 *
 * @category exporters
 * @since 0.1.0
 */
export const makeDocxExporters = (options: DocxExporterOptions = {}): OutlineExporters =>
  makeOutlineExporters({
    format: "docx",
    mediaType: docxMediaType,
    extension: "docx",
    render: (outline, name) =>
      Effect.gen(function*() {
        const font = loadCzechFont(options.font)
        if (Result.isFailure(font)) return yield* Effect.fail(exportError(name, font.failure))
        return yield* Effect.tryPromise({ try: () => renderDocx(outline, { font: font.success }), catch: (e) => exportFailed(name, e) })
      })
  })

const exporters = makeDocxExporters()

/**
 * The plan document as DOCX.
 *
 * @category exporters
 * @since 0.1.0
 */
export const docxPlanExporter: Exporter = exporters.plan

/**
 * The yearly monitoring report as DOCX.
 *
 * @category exporters
 * @since 0.1.0
 */
export const docxMonitoringReportExporter: Exporter = exporters.monitoringReport
