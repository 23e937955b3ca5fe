import { decodePlanDocument, fundingTotals, jsonExporter, openDataColumns, openDataExporters, type ExportedFile } from "@kpss/core"
import { Result } from "effect"
import { expect } from "vitest"
import { exportConformance } from "../src/index.js"

const utf8 = new TextDecoder("utf-8", { fatal: true })

/** The string values of a JSON document, one per line. */
const jsonStrings = (value: unknown, out: Array<string> = []): Array<string> => {
  if (typeof value === "string") out.push(value)
  else if (Array.isArray(value)) for (const v of value) jsonStrings(v, out)
  else if (value !== null && typeof value === "object") for (const v of Object.values(value)) jsonStrings(v, out)
  return out
}

/** RFC 4180 fields with a regular expression, independent of the writer's code. */
const csvRows = (text: string): Array<Array<string>> =>
  text.split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter((l) => l.length > 0).map((line) =>
    [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => {
      const f = m[1]!
      return f.startsWith("\"") ? f.slice(1, -1).replace(/""/g, "\"") : f
    }))

const read = async (file: ExportedFile): Promise<string> => {
  const text = utf8.decode(file.bytes)
  if (file.mediaType === "application/json") return jsonStrings(JSON.parse(text)).join("\n")
  return csvRows(text).flat().join("\n")
}

exportConformance("@kpss/core exporters", {
  exporters: [jsonExporter, ...openDataExporters],
  read,
  checkNumbers: async (file, plan, exporter) => {
    if (exporter === jsonExporter) {
      const back = decodePlanDocument(file.bytes)
      expect(Result.isSuccess(back) && fundingTotals(back.success).total).toEqual(fundingTotals(plan).total)
      return
    }
    const rows = csvRows(utf8.decode(file.bytes))
    if (exporter.name === "open-data-funding") {
      expect(rows[0]).toEqual(openDataColumns.funding)
      const planned = rows.slice(1).reduce((n, r) => n + Number(r[rows[0]!.indexOf("planned_czk")]), 0)
      expect(planned).toBe(fundingTotals(plan).total.planned)
    }
  }
})
