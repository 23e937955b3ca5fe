import { formatMoney, fundingMatrix, isoDate } from "@kpss/core"
import { samplePlan } from "@kpss/testing"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { documentFigures, headings, missingFigures, monitoringReportOutline, outlineTexts, planOutline, type TableBlock } from "../src/index.js"

const options = { locale: "cs", audience: "public", today: isoDate("2018-03-01") } as const

describe("plan outline", () => {
  const outline = planOutline(samplePlan, options)

  it("has every part DOMAIN.md §5 asks of a plan, numbered, and the annex last", () => {
    const chapters = headings(outline).filter((h) => h.level === 1).map((h) => h.text)
    expect(chapters).toEqual([
      "1 Základní údaje o plánu", "2 Jak byl plán zpracován", "3 Analýzy", "4 SWOT analýza", "5 Poslání, vize a hodnoty",
      "6 Strategická část", "7 Financování", "8 Ukazatele", "9 Harmonogram", "10 Sledování a vyhodnocování plnění",
      "11 Změny plánu", "Příloha: Vypořádání připomínek"
    ])
    const ids = headings(outline).map((h) => h.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it("puts each priority's money from the funding matrix in its table's total", () => {
    const matrix = fundingMatrix(samplePlan)
    const priorities = samplePlan.strategy.items.filter((i) => i.level === "priority" && i.status === "active")
    const tables = outline.blocks.filter((b): b is TableBlock => b.kind === "table" && b.caption.endsWith("cíle, opatření a aktivity"))
    expect(tables.length).toBe(priorities.length)
    tables.forEach((table, i) => expect(table.footer?.at(-1)).toBe(formatMoney(matrix.item(priorities[i]!.id).planned)))
  })

  it("lists every comment in the settlement annex", () => {
    const annex = outline.blocks.filter((b): b is TableBlock => b.kind === "table" && b.caption === "Připomínky a jejich vypořádání")
    expect(annex[0]!.rows.length).toBe(samplePlan.consultation.comments.length)
  })

  it("finds the view's figures in its own text, and says which are missing", () => {
    const text = outlineTexts(outline).join(" ")
    expect(missingFigures(text, samplePlan, "plan", options)).toEqual([])
    expect(missingFigures("nic", samplePlan, "plan", options)).toEqual(documentFigures(samplePlan, "plan", options))
  })
})

describe("monitoring report outline", () => {
  it("is NoData for a year without a report", () => {
    const result = monitoringReportOutline(samplePlan, 2019, options)
    expect(Result.isFailure(result)).toBe(true)
    if (Result.isFailure(result)) expect(result.failure.year).toBe(2019)
  })

  it("lists every activity of the year's report", () => {
    const report = samplePlan.monitoringReports[0]!
    const outline = Result.getOrThrow(monitoringReportOutline(samplePlan, report.year, options))
    const table = outline.blocks.find((b): b is TableBlock => b.kind === "table" && b.caption.startsWith("Plnění aktivit v roce") && b.columns.length > 2)!
    expect(table.rows.length).toBe(report.activities.length)
    expect(missingFigures(outlineTexts(outline).join(" "), samplePlan, "monitoringReport", { locale: "cs", year: report.year })).toEqual([])
  })
})
