/**
 * The two exporters every document format offers — the plan document and the yearly monitoring
 * report — made once from a format's `render` (outline → bytes), so DOCX, PDF and HTML differ only in
 * how they write an outline. The monitoring report needs `year`; a year without a report is `NoData`.
 *
 * @since 0.1.0
 */
import { exportError, exportFileName, makeExporter, type ExportError, type Exporter, type ExportOptions } from "@kpss/core"
import { Effect, Result } from "effect"
import { documentMessages } from "./DocumentMessages.js"
import type { DocumentOutline } from "./DocumentOutline.js"
import { monitoringReportOutline } from "./MonitoringReportOutline.js"
import { planOutline } from "./PlanOutline.js"

/**
 * What a format supplies.
 *
 * @category models
 * @since 0.1.0
 */
export interface OutlineFormat {
  /** The format's short name: exporters are named `<format>-plan` and `<format>-monitoring-report`. */
  readonly format: string
  readonly mediaType: string
  readonly extension: string
  readonly render: (outline: DocumentOutline, exporter: string, options: ExportOptions) => Effect.Effect<Uint8Array, ExportError>
}

/**
 * The plan and monitoring-report exporters of a format.
 *
 * @category models
 * @since 0.1.0
 */
export interface OutlineExporters {
  readonly plan: Exporter
  readonly monitoringReport: Exporter
}

/**
 * Makes the plan and monitoring-report exporters of a format.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeOutlineExporters = (format: OutlineFormat): OutlineExporters => {
  const planName = `${format.format}-plan`
  const reportName = `${format.format}-monitoring-report`
  return {
    plan: makeExporter({
      name: planName,
      mediaType: format.mediaType,
      render: (plan, options) =>
        format.render(planOutline(plan, options), planName, options).pipe(Effect.map((bytes) => ({
          bytes,
          mediaType: format.mediaType,
          fileName: exportFileName(plan, documentMessages("planPart"), format.extension, options)
        })))
    }),
    monitoringReport: makeExporter({
      name: reportName,
      mediaType: format.mediaType,
      needsYear: true,
      render: (plan, options) =>
        Effect.gen(function*() {
          const outline = monitoringReportOutline(plan, options.year ?? plan.period.from, options)
          if (Result.isFailure(outline)) return yield* Effect.fail(exportError(reportName, outline.failure))
          const bytes = yield* format.render(outline.success, reportName, options)
          return { bytes, mediaType: format.mediaType, fileName: exportFileName(plan, documentMessages("monitoringReportPart"), format.extension, options) }
        })
    })
  }
}
