import { Effect, Exit, Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  decodePlan,
  decodePlanDocument,
  fundingTotals,
  isoDate,
  jsonExporter,
  openDataColumns,
  openDataExporter,
  openDataExporters,
  publicView,
  runExporter,
  type ExportOptions
} from "../src/index.js"
import { minimalPlanJson } from "./fixtures.js"
import { secrets, seededPlan } from "./publicationFixtures.js"

const options: ExportOptions = { locale: "cs", audience: "public", today: isoDate("2018-03-01") }

/** A small RFC 4180 reader, written here so the test does not read with the writer's own code. */
const parseCsv = (text: string): Array<Array<string>> => {
  const rows: Array<Array<string>> = []
  let row: Array<string> = [], field = "", i = 0, quoted = false
  while (i < text.length) {
    const c = text[i]!
    if (quoted) {
      if (c === "\"" && text[i + 1] === "\"") { field += "\""; i += 2; continue }
      if (c === "\"") { quoted = false; i++; continue }
      field += c; i++; continue
    }
    if (c === "\"") { quoted = true; i++ } else if (c === ",") { row.push(field); field = ""; i++ } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field); rows.push(row); row = []; field = ""; i += 2
    } else { field += c; i++ }
  }
  expect(field === "" && row.length === 0).toBe(true)
  return rows
}

const tricky = (() => {
  const r = decodePlan({
    ...minimalPlanJson,
    period: { from: 2017, to: 2018 },
    strategy: {
      ...minimalPlanJson.strategy,
      items: [
        { id: "p1", level: "priority", code: "1", title: "Senioři", partnerIds: [], targetGroupIds: [], serviceTypes: [], needIds: [], swotItemIds: [], status: "active" },
        { id: "g1", level: "goal", parentId: "p1", code: "1.1", title: "Péče doma", partnerIds: [], targetGroupIds: [], serviceTypes: [], needIds: [], swotItemIds: [], status: "active" },
        { id: "m1", level: "measure", parentId: "g1", code: "1.1.1", title: "Terénní služby", partnerIds: [], targetGroupIds: [], serviceTypes: [], needIds: [], swotItemIds: [], status: "active" },
        { id: "a1", level: "activity", parentId: "m1", code: "1.1.1.1", title: "Rozšíření „pečovatelské“ služby, \"večery\"\na víkendy", responsibleId: "town", partnerIds: [], targetGroupIds: [], serviceTypes: ["40", "39"], needIds: [], swotItemIds: [], status: "active", deadline: "2018-12-31" }
      ]
    },
    funding: {
      sources: [{ id: "s1", name: "Rozpočet města, odbor sociální", kind: "municipality" }],
      lines: [
        { activityId: "a1", year: 2017, sourceId: "s1", planned: 1200000, secured: 1000000, spent: 900000 },
        { activityId: "a1", year: 2018, sourceId: "s1", planned: 1300000, secured: 1300000, spent: 0 }
      ]
    },
    indicators: [{ id: "i1", itemId: "a1", name: "Počet klientů", dimension: "output", unit: "osoby", direction: "higherIsBetter", baseline: { year: 2016, value: 40 }, target: { year: 2018, value: 55.5 }, actuals: [{ year: 2017, value: 47 }] }]
  })
  if (Result.isFailure(r)) throw r.failure
  return r.success
})()

const csvOf = async (table: "activities" | "funding" | "indicators", plan = tricky) => {
  const file = await Effect.runPromise(runExporter(openDataExporter(table), plan, options))
  return { file, rows: parseCsv(new TextDecoder("utf-8", { fatal: true }).decode(file.bytes)) }
}

describe("open-data CSV", () => {
  it("writes each table with its documented header and the plan's values, quoting per RFC 4180", async () => {
    const { file, rows } = await csvOf("activities")
    expect(file.fileName).toMatch(/-activities\.csv$/)
    expect(file.bytes[0]).not.toBe(0xef)
    expect(rows[0]).toEqual(openDataColumns.activities)
    const row = Object.fromEntries(rows[0]!.map((c, i) => [c, rows[1]![i]]))
    expect(row["activity_title"]).toBe("Rozšíření „pečovatelské“ služby, \"večery\"\na víkendy")
    expect(row["priority_title"]).toBe("Senioři")
    expect(row["measure_code"]).toBe("1.1.1")
    expect(row["responsible_name"]).toBe("Město Vzorov")
    expect(row["service_types"]).toBe("40; 39")
    expect(row["planned_czk"]).toBe("2500000")
  })

  it("has funding rows that add up to the plan's totals", async () => {
    const { rows } = await csvOf("funding")
    const col = rows[0]!.indexOf("planned_czk")
    const sum = rows.slice(1).reduce((s, r) => s + Number(r[col]), 0)
    expect(sum).toBe(fundingTotals(tricky).total.planned)
    expect(rows[1]![rows[0]!.indexOf("source_name")]).toBe("Rozpočet města, odbor sociální")
  })

  it("writes one indicator row per actual value, with a decimal point", async () => {
    const { rows } = await csvOf("indicators")
    expect(rows).toHaveLength(2)
    expect(rows[1]![rows[0]!.indexOf("target_value")]).toBe("55.5")
    expect(rows[1]![rows[0]!.indexOf("actual_year")]).toBe("2017")
  })

  it("adds a byte-order mark only when asked", async () => {
    const file = await Effect.runPromise(runExporter(openDataExporter("funding", { excelBom: true }), tricky, options))
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it("refuses the internal audience: open data is public", async () => {
    const exit = await Effect.runPromiseExit(runExporter(openDataExporter("activities"), tricky, { ...options, audience: "internal" }))
    expect(Exit.isFailure(exit)).toBe(true)
  })

  it("never contains private values", async () => {
    for (const exporter of [...openDataExporters, jsonExporter]) {
      const file = await Effect.runPromise(runExporter(exporter, seededPlan, options))
      const text = new TextDecoder().decode(file.bytes)
      for (const secret of Object.values(secrets)) expect(text, exporter.name).not.toContain(secret)
    }
  })
})

describe("JSON export", () => {
  it("is the canonical document of the audience's view, readable by the decoder", async () => {
    const file = await Effect.runPromise(runExporter(jsonExporter, seededPlan, options))
    const decoded = decodePlanDocument(file.bytes)
    if (Result.isFailure(decoded)) throw decoded.failure
    expect(decoded.success).toEqual(publicView(seededPlan))
    const internal = await Effect.runPromise(runExporter(jsonExporter, seededPlan, { ...options, audience: "internal" }))
    const back = decodePlanDocument(internal.bytes)
    expect(Result.isSuccess(back) && back.success).toEqual(seededPlan)
    expect(file.mediaType).toBe("application/json")
  })
})
