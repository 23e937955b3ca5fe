/**
 * The HTML exporters of the export port: the plan (and the yearly monitoring report) as one
 * self-contained static page, from the outlines of `@kpss/export-document`. Pure: no font, no I/O.
 *
 * @since 0.1.0
 */
import { exportFailed, type Exporter } from "@kpss/core"
import { makeOutlineExporters } from "@kpss/export-document"
import { Effect } from "effect"
import { renderHtml } from "./HtmlDocument.js"

/**
 * The media type of the page.
 *
 * @category constants
 * @since 0.1.0
 */
export const htmlMediaType = "text/html; charset=utf-8"

const exporters = makeOutlineExporters({
  format: "html",
  mediaType: htmlMediaType,
  extension: "html",
  render: (outline, name) => Effect.try({ try: () => new TextEncoder().encode(renderHtml(outline)), catch: (e) => exportFailed(name, e) })
})

/**
 * The plan as a static HTML page.
 *
 * @category exporters
 * @since 0.1.0
 */
export const htmlPlanExporter: Exporter = exporters.plan

/**
 * The yearly monitoring report as a static HTML page.
 *
 * @category exporters
 * @since 0.1.0
 */
export const htmlMonitoringReportExporter: Exporter = exporters.monitoringReport
