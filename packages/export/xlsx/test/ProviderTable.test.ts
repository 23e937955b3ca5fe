import { isoDate, runExporter, type ActorId, type ExportError, type ExportOptions, type OperationContext, type Plan } from "@kpss/core"
import { samplePlan } from "@kpss/testing"
import { Effect, Exit } from "effect"
import ExcelJS from "exceljs"
import { unzipSync } from "fflate"
import { describe, expect, it } from "vitest"
import { providerTableExporter, readProviderTable } from "../src/index.js"
import { readXlsx, sheet } from "./readXlsx.js"

const options: ExportOptions = { locale: "cs", audience: "internal", today: isoDate("2016-01-15") }
/** The coordinator reads the returned tables into the plan. */
const coordinator: OperationContext = { actor: { role: "coordinator", actorId: samplePlan.actors[0]!.id as ActorId }, today: isoDate("2016-02-15") }

const provider = (() => {
  const counts = new Map<string, number>()
  for (const i of samplePlan.strategy.items) {
    if (i.level === "activity" && i.status === "active" && i.responsibleId !== undefined) counts.set(i.responsibleId, (counts.get(i.responsibleId) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0]
})()

const table = async (plan: Plan = samplePlan, o: ExportOptions = options) =>
  (await Effect.runPromise(runExporter(providerTableExporter(provider), plan, o))).bytes

/** Edits a table as a provider would, in a spreadsheet program (here ExcelJS, on its full reader/writer). */
const edit = async (bytes: Uint8Array, change: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(bytes) as never)
  change(wb.worksheets[0]!, wb)
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

const failure = async (bytes: Uint8Array, plan: Plan = samplePlan): Promise<ExportError> => {
  const exit = await Effect.runPromiseExit(readProviderTable(plan, bytes, coordinator))
  if (Exit.isSuccess(exit)) throw new Error("expected the table to be rejected")
  const reason = exit.cause.reasons[0]
  if (reason?._tag !== "Fail") throw new Error(String(exit.cause))
  return reason.error
}

const problems = (error: ExportError) => {
  if (error.reason._tag !== "InvalidInput") throw new Error(`expected InvalidInput, got ${error.reason._tag}`)
  return error.reason.problems.map((p) => ({ path: p.path.join("!"), code: p.code, cs: p.message.cs }))
}

describe("the provider's funding table", () => {
  it("has a row per activity × year × source, a hidden locked id column and unlocked money cells", async () => {
    const bytes = await table()
    const wb = readXlsx(bytes)
    const s = sheet(wb, "Financování")
    const activities = samplePlan.strategy.items.filter((i) => i.level === "activity" && i.status === "active" && i.responsibleId === provider)
    const years = samplePlan.period.to - samplePlan.period.from + 1
    expect(s.lastRow - 1).toBe(activities.length * years * samplePlan.funding.sources.length)
    expect(s.hiddenColumns.has(1)).toBe(true)
    expect(s.frozenRows).toBe(1)
    const xml = new TextDecoder().decode(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!)
    expect(xml).toContain("<sheetProtection")
    const yearOnly = readXlsx(await table(samplePlan, { ...options, year: 2018 }))
    expect(sheet(yearOnly, "Financování").lastRow - 1).toBe(activities.length * samplePlan.funding.sources.length)
  })

  it("reads an untouched table back to the same money, and a filled one into the plan", async () => {
    const bytes = await table()
    const same = await Effect.runPromise(readProviderTable(samplePlan, bytes, coordinator))
    expect(same.funding.lines).toEqual(samplePlan.funding.lines)
    const filled = await edit(bytes, (ws) => {
      ws.getCell("F2").value = 123_456
      ws.getCell("H2").value = 99_000
    })
    const id = JSON.parse(String((await loadCell(filled, "A2")))) as [string, string, number, string]
    // The sample plan is in force: planned money is part of the adopted version, so only a draft takes it.
    const draft: Plan = { ...samplePlan, lifecycle: { ...samplePlan.lifecycle, status: "draft" } }
    const plan = await Effect.runPromise(readProviderTable(draft, filled, coordinator))
    const line = plan.funding.lines.find((l) => l.activityId === id[1] && l.year === id[2] && l.sourceId === id[3])!
    expect(line.planned).toBe(123_456)
    expect(line.spent).toBe(99_000)
  })

  it("records money spent in a plan in force, but refuses a changed planned amount there and applies nothing", async () => {
    const bytes = await table()
    const id = JSON.parse(String((await loadCell(bytes, "A2")))) as [string, string, number, string]
    const spent = await Effect.runPromise(readProviderTable(samplePlan, await edit(bytes, (ws) => void (ws.getCell("H2").value = 42)), coordinator))
    expect(spent.funding.lines.find((l) => l.activityId === id[1] && l.year === id[2] && l.sourceId === id[3])!.spent).toBe(42)
    const planned = await edit(bytes, (ws) => {
      ws.getCell("F2").value = 123_456
      ws.getCell("H3").value = 1
    })
    const found = problems(await failure(planned))
    expect(found).toHaveLength(1)
    expect(found[0]!.cs).toContain("schválenou verzi plánu")
  })

  it("names every bad money cell by sheet and cell, and applies nothing", async () => {
    const bad = await edit(await table(), (ws) => {
      ws.getCell("F2").value = 1000
      ws.getCell("G3").value = "sto tisíc"
      ws.getCell("F4").value = -5
      ws.getCell("H5").value = 12.5
    })
    const found = problems(await failure(bad))
    expect(found).toEqual([
      { path: "Financování!G3", code: "money", cs: "Neplatná částka \"sto tisíc\"; očekáváno celé nezáporné číslo korun bez textu" },
      { path: "Financování!F4", code: "money", cs: "Neplatná částka -5; očekáváno celé nezáporné číslo korun bez textu" },
      { path: "Financování!H5", code: "money", cs: "Neplatná částka 12.5; očekáváno celé nezáporné číslo korun bez textu" }
    ])
  })

  it("rejects a shifted column", async () => {
    const shifted = await edit(await table(), (ws) => ws.spliceColumns(3, 0, []))
    const found = problems(await failure(shifted))
    expect(found[0]!.path).toBe("Financování!C1")
    expect(found[0]!.cs).toContain("sloupce byly posunuty")
  })

  it("rejects a foreign sheet, a foreign workbook and a file that is not a workbook", async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet("List1").addRow(["Něco jiného"])
    const foreign = problems(await failure(new Uint8Array(await wb.xlsx.writeBuffer())))
    expect(foreign[0]!.cs).toContain("chybí list „Financování“")
    const garbage = problems(await failure(new TextEncoder().encode("Toto není tabulka.")))
    expect(garbage[0]!.cs).toContain("není sešit XLSX")
    const otherPlan = problems(await failure(await table(), { ...samplePlan, id: "jiny-plan" as Plan["id"] }))
    expect(otherPlan[0]!.path).toBe("Financování!A2")
    expect(otherPlan[0]!.code).toBe("reference")
  })

  it("rejects an unknown row id and a row without an id", async () => {
    const bad = await edit(await table(), (ws) => {
      ws.getCell("A3").value = JSON.stringify([samplePlan.id, "neexistuje", 2017, samplePlan.funding.sources[0]!.id])
      ws.addRow([null, "9.9", "Přidaná aktivita", 2017, "Zdroj", 500])
    })
    const found = problems(await failure(bad))
    expect(found.map((p) => p.code)).toEqual(["reference", "missing"])
    expect(found[0]!.path).toBe("Financování!A3")
    expect(found[1]!.path).toMatch(/^Financování!A\d+$/)
  })

  it("refuses a 100 MB file before reading it", async () => {
    const found = problems(await failure(new Uint8Array(100 * 1024 * 1024)))
    expect(found).toEqual([{ path: "", code: "tooLarge", cs: `Vstup je příliš velký: ${100 * 1024 * 1024} bajtů, nejvýše ${10 * 1024 * 1024}` }])
  })

  it("is NoData for an actor responsible for nothing", async () => {
    const exit = await Effect.runPromiseExit(runExporter(providerTableExporter("nikdo"), samplePlan, options))
    const reason = Exit.isFailure(exit) ? exit.cause.reasons[0] : undefined
    expect(reason?._tag === "Fail" && reason.error.reason._tag).toBe("NoData")
  })
})

const loadCell = async (bytes: Uint8Array, address: string) => {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(bytes) as never)
  return wb.worksheets[0]!.getCell(address).value
}
