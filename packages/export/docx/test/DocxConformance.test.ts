import type { Exporter, ExportedFile, ExportOptions, Plan } from "@kpss/core"
import { missingFigures } from "@kpss/export-document"
import { exportConformance } from "@kpss/testing"
import mammoth from "mammoth"
import { expect } from "vitest"
import { docxMonitoringReportExporter, docxPlanExporter } from "../src/index.js"

// The independent reader: mammoth (not the library that wrote the file), whitespace folded.
const read = async (file: ExportedFile) =>
  (await mammoth.extractRawText({ buffer: Buffer.from(file.bytes) })).value.replace(/\s+/g, " ")

exportConformance("@kpss/export-docx", {
  exporters: [docxPlanExporter, docxMonitoringReportExporter],
  read,
  checkNumbers: async (file: ExportedFile, plan: Plan, exporter: Exporter, options: ExportOptions) =>
    expect(missingFigures(await read(file), plan, exporter === docxPlanExporter ? "plan" : "monitoringReport", options)).toEqual([]),
  generatedRuns: 2
})
