import { formatMoney, fundingTotals, isoDate, runExporter, type ExportedFile, type ExportError } from "@kpss/core"
import { samplePlan } from "@kpss/testing"
import { Effect, Exit } from "effect"
import { execFileSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { makePdfExporters, pdfMonitoringReportExporter, pdfPlanExporter } from "../src/index.js"
import { hasPdftotext, pdfPages } from "./pdftotext.js"

const today = isoDate("2018-03-01")
const run = (exporter = pdfPlanExporter, plan: unknown = samplePlan, options: object = { locale: "cs", audience: "public", today }) =>
  Effect.runPromiseExit(runExporter(exporter, plan, options))
const ok = async (...args: Parameters<typeof run>): Promise<ExportedFile> => {
  const exit = await run(...args)
  if (Exit.isFailure(exit)) throw new Error(String(exit.cause))
  return exit.value
}
const failure = (exit: Exit.Exit<ExportedFile, ExportError>): ExportError | undefined =>
  Exit.isFailure(exit) && exit.cause.reasons[0]?._tag === "Fail" ? exit.cause.reasons[0].error : undefined
const nbsp = (s: string) => s.replace(/\u00a0/g, " ")

describe("PDF plan document", async () => {
  const file = await ok()
  const head = new TextDecoder("latin1").decode(file.bytes.subarray(0, 2000))
  const all = new TextDecoder("latin1").decode(file.bytes)

  it("is a PDF with an embedded font and the file name of the part", () => {
    expect(head.startsWith("%PDF-")).toBe(true)
    expect(all).toMatch(/\/FontFile2/)
    expect(all).toMatch(/DejaVuSans/)
    expect(file.fileName).toBe("stribrna-hora-kp4-komunitni-plan.pdf")
  })

  it.runIf(hasPdftotext())("pdftotext reads Czech text intact, the contents and page numbers", () => {
    const pages = pdfPages(file.bytes)
    expect(pages.length).toBeGreaterThan(10)
    const text = pages.join("\n")
    for (const s of ["Stříbrná Hora", "připomínek", "řídící", "ů", "Vypořádání připomínek", "Harmonogram", "Obsah"]) expect(text, s).toContain(s)
    expect(text).not.toMatch(/\uFFFD/)
    // Every page but the title page carries "Strana N / M".
    pages.slice(1).forEach((page, i) => expect(page).toContain(`Strana ${i + 2} / ${pages.length}`))
    // The contents list each chapter with the page it starts on.
    const contents = pages[1]!
    const line = contents.split("\n").find((l) => l.includes("Financování"))!
    const page = Number(line.trim().split(/\s+/).pop())
    expect(pages[page - 1]).toContain("Financování")
    const totals = fundingTotals(samplePlan)
    expect(nbsp(text)).toContain(nbsp(formatMoney(totals.total.planned)))
  })

  it.runIf(hasPdftotext())("renders in English when asked", async () => {
    const text = pdfPages((await ok(pdfPlanExporter, samplePlan, { locale: "en", audience: "internal", today })).bytes).join("\n")
    expect(text).toContain("Annex: Settlement of comments")
    expect(text).toContain("Page 2 /")
  })

  it.runIf(hasPdftoppm())("renders page 1 with pdftoppm", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpss-pdf-"))
    try {
      writeFileSync(join(dir, "plan.pdf"), file.bytes)
      execFileSync("pdftoppm", ["-png", "-r", "40", "-f", "1", "-l", "1", join(dir, "plan.pdf"), join(dir, "page")], { timeout: 60_000 })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

function hasPdftoppm(): boolean {
  try {
    execFileSync("pdftoppm", ["-v"], { stdio: "ignore" })
    return true
  } catch {
    return false
  }
}

describe("PDF monitoring report", () => {
  it.runIf(hasPdftotext())("writes the report of a year", async () => {
    const year = samplePlan.monitoringReports[0]!.year
    const text = pdfPages((await ok(pdfMonitoringReportExporter, samplePlan, { locale: "cs", audience: "public", today, year })).bytes).join("\n").replace(/\s+/g, " ")
    expect(text).toContain(`Zpráva o plnění komunitního plánu za rok ${year}`)
    expect(text).toContain("Plnění aktivit")
  })

  it("a year with no report is NoData, and no bytes", async () => {
    const exit = await run(pdfMonitoringReportExporter, samplePlan, { locale: "cs", audience: "public", today, year: 2019 })
    expect(Exit.isSuccess(exit)).toBe(false)
    expect(failure(exit)?.reason._tag).toBe("NoData")
  })
})

describe("PDF bad input", () => {
  it("a plan that does not decode is InvalidInput", async () => {
    expect(failure(await run(pdfPlanExporter, { ...samplePlan, strategy: null }))?.reason._tag).toBe("InvalidInput")
  })

  it("a missing font is MissingResource naming the file", async () => {
    const error = failure(await run(makePdfExporters({ font: { boldPath: "/nonexistent/bold.ttf" } }).plan))
    expect(error?.reason._tag).toBe("MissingResource")
    if (error?.reason._tag === "MissingResource") expect(error.reason.detail).toContain("/nonexistent/bold.ttf")
  })

  it("a file that is not a font is MissingResource naming it", async () => {
    const notAFont = join(import.meta.dirname, "../package.json")
    const error = failure(await run(makePdfExporters({ font: { regularPath: notAFont } }).plan))
    expect(error?.reason._tag).toBe("MissingResource")
    if (error?.reason._tag === "MissingResource") expect(error.reason.detail).toContain("package.json")
  })
})
