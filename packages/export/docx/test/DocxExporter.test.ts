import { formatMoney, fundingTotals, isoDate, runExporter, type ExportedFile, type ExportError } from "@kpss/core"
import { samplePlan } from "@kpss/testing"
import { Effect, Exit } from "effect"
import { XMLParser } from "fast-xml-parser"
import { unzipSync } from "fflate"
import mammoth from "mammoth"
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { docxMonitoringReportExporter, docxPlanExporter, makeDocxExporters } from "../src/index.js"

const today = isoDate("2018-03-01")
const run = (exporter = docxPlanExporter, plan: unknown = samplePlan, options: object = { locale: "cs", audience: "public", today }) =>
  Effect.runPromiseExit(runExporter(exporter, plan, options))
const ok = async (...args: Parameters<typeof run>): Promise<ExportedFile> => {
  const exit = await run(...args)
  if (Exit.isFailure(exit)) throw new Error(String(exit.cause))
  return exit.value
}
const failure = (exit: Exit.Exit<ExportedFile, ExportError>): ExportError | undefined =>
  Exit.isFailure(exit) && exit.cause.reasons[0]?._tag === "Fail" ? exit.cause.reasons[0].error : undefined

const text = async (file: ExportedFile) => (await mammoth.extractRawText({ buffer: Buffer.from(file.bytes) })).value
const nbsp = (s: string) => s.replace(/\u00a0/g, " ")

describe("DOCX plan document", async () => {
  const file = await ok()
  const entries = unzipSync(file.bytes)
  const documentXml = new TextDecoder().decode(entries["word/document.xml"]!)

  it("is a Word document mammoth reads, with Czech text intact", async () => {
    expect(file.mediaType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    expect(file.fileName).toBe("stribrna-hora-kp4-komunitni-plan.docx")
    const t = await text(file)
    for (const s of ["Stříbrná Hora", "připomínek", "řídící", "ů", "Vypořádání připomínek", "Harmonogram", "SWOT analýza", "Poslání, vize a hodnoty"]) {
      expect(t, s).toContain(s)
    }
    expect(t).not.toMatch(/\uFFFD/)
  })

  it("has every part of a plan as a heading, a table of contents field and page numbers", () => {
    const parser = new XMLParser({ ignoreAttributes: false })
    expect(() => parser.parse(documentXml)).not.toThrow()
    for (const part of ["Základní údaje o plánu", "Jak byl plán zpracován", "Analýzy", "SWOT analýza", "Poslání, vize a hodnoty", "Strategická část", "Financování", "Ukazatele", "Harmonogram", "Sledování a vyhodnocování plnění", "Změny plánu", "Příloha: Vypořádání připomínek"]) {
      expect(documentXml, part).toContain(part)
    }
    expect(documentXml).toMatch(/TOC \\h \\o (&quot;|")1-2/)
    expect(documentXml).toContain("PAGEREF _Toc")
    const footer = Object.keys(entries).filter((k) => /^word\/footer\d*\.xml$/.test(k)).map((k) => new TextDecoder().decode(entries[k]!)).join("")
    expect(footer).toContain("PAGE")
    expect(footer).toContain("NUMPAGES")
  })

  it("embeds the charts as SVG with a PNG fallback", () => {
    const media = Object.keys(entries).filter((k) => k.startsWith("word/media/"))
    expect(media.filter((k) => k.endsWith(".svg")).length).toBe(3)
    expect(media.filter((k) => k.endsWith(".png")).length).toBe(3)
    expect(documentXml).toContain("Ganttův diagram")
  })

  it("shows the funding totals of the view", async () => {
    const t = nbsp(await text(file))
    const totals = fundingTotals(samplePlan)
    expect(t).toContain(nbsp(formatMoney(totals.total.planned)))
    for (const y of totals.years) expect(t).toContain(nbsp(formatMoney(totals.byYear(y).planned)))
  })

  it("speaks English when asked", async () => {
    const t = await text(await ok(docxPlanExporter, samplePlan, { locale: "en", audience: "internal", today }))
    expect(t).toContain("Annex: Settlement of comments")
    expect(t).toContain("Internal document")
  })

  it.runIf(process.env["KPSS_SOFFICE"] === "1" || hasSoffice())("opens in LibreOffice", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpss-docx-"))
    try {
      writeFileSync(join(dir, "plan.docx"), file.bytes)
      execFileSync("soffice", ["--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir, join(dir, "plan.docx")], { timeout: 120_000, stdio: "ignore" })
      const t = readFileSync(join(dir, "plan.txt"), "utf8")
      expect(t).toContain("Stříbrná Hora")
      expect(t).toContain("Vypořádání připomínek")
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 30_000 })
    return true
  } catch {
    return false
  }
}

describe("DOCX monitoring report", () => {
  it("writes the report of a year with its fulfilment", async () => {
    const year = samplePlan.monitoringReports[0]!.year
    const file = await ok(docxMonitoringReportExporter, samplePlan, { locale: "cs", audience: "public", today, year })
    const t = await text(file)
    expect(t).toContain(`Zpráva o plnění komunitního plánu za rok ${year}`)
    expect(t).toContain("splněno")
    expect(file.fileName).toBe(`stribrna-hora-kp4-zprava-o-plneni-${year}.docx`)
  })

  it("a year with no report is NoData naming the part and the year", async () => {
    const error = failure(await run(docxMonitoringReportExporter, samplePlan, { locale: "cs", audience: "public", today, year: 2019 }))
    expect(error?.reason._tag).toBe("NoData")
    if (error?.reason._tag === "NoData") {
      expect(error.reason.year).toBe(2019)
      expect(error.reason.part.cs).toBe("zpráva o plnění")
    }
  })
})

describe("DOCX bad input", () => {
  it("a plan that does not decode is InvalidInput with its path", async () => {
    const error = failure(await run(docxPlanExporter, { ...samplePlan, edition: "čtvrtý" }))
    expect(error?.reason._tag).toBe("InvalidInput")
    if (error?.reason._tag === "InvalidInput") expect(error.reason.problems.some((p) => p.path.includes("edition"))).toBe(true)
  })

  it("a missing font is MissingResource naming the file, and no bytes", async () => {
    const exit = await run(makeDocxExporters({ font: { regularPath: "/nonexistent/font.ttf" } }).plan)
    expect(Exit.isSuccess(exit)).toBe(false)
    const error = failure(exit)
    expect(error?.reason._tag).toBe("MissingResource")
    if (error?.reason._tag === "MissingResource") expect(error.reason.detail).toContain("/nonexistent/font.ttf")
  })
})
