import type { Exporter, ExportedFile, ExportOptions, Plan } from "@kpss/core"
import { missingFigures } from "@kpss/export-document"
import { exportConformance } from "@kpss/testing"
import { expect } from "vitest"
import { pdfMonitoringReportExporter, pdfPlanExporter } from "../src/index.js"
import { hasPdftotext, pdfText } from "./pdftotext.js"

// The independent reader: Debian's pdftotext in content order, whitespace folded (a title that wraps
// in a table cell reads as one line). Without poppler-utils (scripts/setup.sh installs it) the suite
// cannot read PDF and is not registered.
const read = async (file: ExportedFile) => pdfText(file.bytes).replace(/\s+/g, " ")

if (hasPdftotext()) {
  exportConformance("@kpss/export-pdf", {
    exporters: [pdfPlanExporter, pdfMonitoringReportExporter],
    read,
    checkNumbers: async (file: ExportedFile, plan: Plan, exporter: Exporter, options: ExportOptions) =>
      expect(missingFigures(await read(file), plan, exporter === pdfPlanExporter ? "plan" : "monitoringReport", options)).toEqual([]),
    generatedRuns: 2
  })
}
