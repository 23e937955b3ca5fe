import type { Exporter, ExportedFile, ExportOptions, Plan } from "@kpss/core"
import { missingFigures } from "@kpss/export-document"
import { exportConformance } from "@kpss/testing"
import { parse } from "parse5"
import { expect } from "vitest"
import { htmlMonitoringReportExporter, htmlPlanExporter } from "../src/index.js"

interface Node {
  readonly nodeName: string
  readonly value?: string
  readonly childNodes?: ReadonlyArray<Node>
  readonly content?: Node
}

const textOf = (node: Node): string =>
  node.nodeName === "#text" ? node.value ?? "" : (node.childNodes ?? []).map(textOf).join(" ")

// The independent reader: parse5, an HTML parser of its own; the text a person reads, whitespace folded.
const read = async (file: ExportedFile) => textOf(parse(new TextDecoder("utf-8", { fatal: true }).decode(file.bytes)) as unknown as Node).replace(/\s+/g, " ")

exportConformance("@kpss/export-html", {
  exporters: [htmlPlanExporter, htmlMonitoringReportExporter],
  read,
  checkNumbers: async (file: ExportedFile, plan: Plan, exporter: Exporter, options: ExportOptions) =>
    expect(missingFigures(await read(file), plan, exporter === htmlPlanExporter ? "plan" : "monitoringReport", options)).toEqual([])
})
