import { exportErrorText, fundingTotals, isoDate, runExporter, type Exporter, type ExportedFile, type ExportOptions, type Plan } from "@kpss/core"
import { exportConformance, findMarkers, samplePlan, seededPrivatePlan } from "@kpss/testing"
import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import { activitiesXlsx, fundingXlsx, monitoringXlsx, providerTableExporter, settlementXlsx, xlsxExporters, xlsxText } from "../src/index.js"
import { headers, numberAt, readXlsx, sheet, type ReadSheet } from "./readXlsx.js"

const today = isoDate("2018-03-01")
const cs: ExportOptions = { locale: "cs", audience: "internal", today }

/**
 * Whether a column's sum equals its total. Generated plans carry amounts up to the largest safe integer,
 * so sums beyond it are doubles that depend on the order of addition: equal up to rounding there.
 */
const sameSum = (sum: number, total: number) =>
  Number.isSafeInteger(total) ? expect(sum).toBe(total) : expect(Math.abs(sum - total) / total).toBeLessThan(1e-12)

/** The data rows of a sheet with a total row at the end: the sum of a column and the total's cached value. */
const columnCheck = (s: ReadSheet, column: number) => {
  let sum = 0
  for (let r = 2; r < s.lastRow; r++) sum += numberAt(s, column, r)
  return { sum, total: numberAt(s, column, s.lastRow) }
}

const checkNumbers = async (file: ExportedFile, plan: Plan, exporter: Exporter, options: ExportOptions) => {
  const wb = readXlsx(file.bytes)
  const l = options.locale
  const totals = fundingTotals(plan)
  if (exporter === fundingXlsx) {
    const s = sheet(wb, xlsxText("fundingSheet")[l])
    const h = headers(s)
    for (const year of totals.years) {
      const col = h.get(l === "cs" ? `Plánováno ${year}` : `Planned ${year}`)!
      const { sum, total } = columnCheck(s, col)
      expect(total).toBe(totals.byYear(year).planned)
      sameSum(sum, total)
    }
    for (const [key, kind] of [["plannedTotal", "planned"], ["securedTotal", "secured"], ["spentTotal", "spent"]] as const) {
      const { sum, total } = columnCheck(s, h.get(xlsxText(key)[l])!)
      expect(total).toBe(totals.total[kind])
      sameSum(sum, total)
    }
  } else if (exporter === activitiesXlsx) {
    const s = sheet(wb, xlsxText("activitiesSheet")[l])
    const { sum, total } = columnCheck(s, headers(s).get(xlsxText("cost")[l])!)
    expect(total).toBe(totals.total.planned)
    sameSum(sum, total)
  } else if (exporter === settlementXlsx) {
    expect(sheet(wb, xlsxText("settlementSheet")[l]).lastRow).toBe(plan.consultation.comments.length + 1)
  } else if (exporter === monitoringXlsx) {
    const report = plan.monitoringReports.find((r) => r.year === options.year)!
    const s = sheet(wb, xlsxText("fulfilmentSheet")[l])
    const { sum, total } = columnCheck(s, 5)
    expect(total).toBe(report.activities.reduce((n, a) => n + (a.spent ?? 0), 0))
    sameSum(sum, total)
  }
}

const sampleProvider = samplePlan.strategy.items.find((i) => i.level === "activity" && i.responsibleId !== undefined)!.responsibleId!

exportConformance("@kpss/export-xlsx", {
  exporters: [...xlsxExporters, providerTableExporter(sampleProvider)],
  read: async (file) => readXlsx(file.bytes).text,
  checkNumbers
})

const exportOf = async (exporter: Exporter, options: ExportOptions = cs, plan: Plan = samplePlan) =>
  readXlsx((await Effect.runPromise(runExporter(exporter, plan, options))).bytes)

describe("the funding matrix", () => {
  it("has Czech headers, a frozen header row, the Czech money format and SUM formulas", async () => {
    const wb = await exportOf(fundingXlsx)
    const s = sheet(wb, "Financování")
    expect(s.frozenRows).toBe(1)
    const h = headers(s)
    expect([...h.keys()].slice(0, 4)).toEqual(["Kód", "Aktivita", "Zdroj", "Plánováno 2017"])
    const col = h.get("Plánováno 2017")!
    const letterOf = String.fromCharCode(64 + col)
    expect(s.cells.get(`${letterOf}${s.lastRow}`)!.formula).toBe(`SUM(${letterOf}2:${letterOf}${s.lastRow - 1})`)
    expect(s.cells.get(`${letterOf}2`)!.numFmt).toBe("#,##0\\ \"Kč\"")
    expect(sheet(wb, "Souhrn podle zdrojů").frozenRows).toBe(1)
  })

  it("speaks English when asked", async () => {
    const wb = await exportOf(fundingXlsx, { ...cs, locale: "en" })
    expect(wb.sheets.map((s) => s.name)).toEqual(["Funding", "Summary by source"])
    expect(headers(sheet(wb, "Funding")).has("Planned 2017")).toBe(true)
  })
})

describe("the settlement of comments", () => {
  it("lists every comment with the official columns, and hides non-consenting authors from the public", async () => {
    const internal = sheet(await exportOf(settlementXlsx), "Vypořádání připomínek")
    expect([...headers(internal).keys()]).toEqual([
      "č.", "Datum", "Kanál", "Autor", "Text připomínky", "Dotčená část", "Způsob vypořádání", "Odůvodnění", "Provedená změna"
    ])
    const pub = sheet(await exportOf(settlementXlsx, { ...cs, audience: "public" }), "Vypořádání připomínek")
    const authors = (s: ReadSheet) => Array.from({ length: s.lastRow - 1 }, (_, i) => s.cells.get(`D${i + 2}`)?.value)
    const hidden = samplePlan.consultation.comments.filter((c) => !c.author.consentToPublish)
    expect(hidden.length).toBeGreaterThan(0)
    for (const c of hidden) {
      expect(authors(internal)).toContain(c.author.name)
      expect(authors(pub)).not.toContain(c.author.name)
    }
    expect(authors(pub)).toContain("Občan/občanka")
    expect(internal.cells.get("B2")!.numFmt).toBe("d. m. yyyy")
  })

  it("would be caught by the privacy scan if the public path did not redact (the scan's positive control)", async () => {
    const { plan, markers } = seededPrivatePlan()
    const internal = await Effect.runPromise(runExporter(settlementXlsx, plan, cs))
    expect(findMarkers(markers, internal.bytes).some((m) => m.includes("AUTHOR"))).toBe(true)
    const pub = await Effect.runPromise(runExporter(settlementXlsx, plan, { ...cs, audience: "public" }))
    expect(findMarkers(markers, pub.bytes)).toEqual([])
  })
})

describe("the monitoring report", () => {
  it("needs a year, and a year without a report is NoData", async () => {
    const exit = await Effect.runPromiseExit(runExporter(monitoringXlsx, samplePlan, { ...cs, year: 2030 }))
    if (Exit.isSuccess(exit)) throw new Error("expected NoData")
    const reason = exit.cause.reasons[0]
    if (reason?._tag !== "Fail") throw new Error("expected a typed failure")
    expect(reason.error.reason._tag).toBe("NoData")
    expect(exportErrorText(reason.error).cs).toContain("zpráva o plnění v roce 2030")
    const noYear = await Effect.runPromiseExit(runExporter(monitoringXlsx, samplePlan, cs))
    expect(Exit.isFailure(noYear)).toBe(true)
  })

  it("shows each activity's fulfilment and the indicators against their targets", async () => {
    const year = samplePlan.monitoringReports[0]!.year
    const wb = await exportOf(monitoringXlsx, { ...cs, year })
    const s = sheet(wb, "Plnění aktivit")
    expect(s.lastRow).toBe(samplePlan.monitoringReports[0]!.activities.length + 2)
    const ind = sheet(wb, "Ukazatele")
    const h = headers(ind)
    expect(h.has(`Skutečnost ${year}`) && h.has(`Očekáváno ${year}`)).toBe(true)
    const statuses = new Set(Array.from({ length: ind.lastRow - 1 }, (_, i) => ind.cells.get(`H${i + 2}`)?.value))
    expect([...statuses].every((v) => ["plní se", "ohroženo", "neplní se", "bez výchozí nebo cílové hodnoty", "bez naměřené hodnoty"].includes(String(v)))).toBe(true)
    expect(statuses.size).toBeGreaterThan(0)
  })
})
