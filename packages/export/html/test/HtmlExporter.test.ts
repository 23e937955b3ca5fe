import { formatMoney, fundingTotals, isoDate, runExporter, type ExportedFile } from "@kpss/core"
import { contrastRatio } from "@kpss/export-charts"
import { samplePlan } from "@kpss/testing"
import { Effect, Exit } from "effect"
import { parse } from "parse5"
import { describe, expect, it } from "vitest"
import { htmlColors, htmlMonitoringReportExporter, htmlPlanExporter } from "../src/index.js"

interface Node {
  readonly nodeName: string
  readonly tagName?: string
  readonly attrs?: ReadonlyArray<{ readonly name: string; readonly value: string }>
  readonly childNodes?: ReadonlyArray<Node>
  readonly value?: string
}

const today = isoDate("2018-03-01")
const ok = async (exporter = htmlPlanExporter, options: object = { locale: "cs", audience: "public", today }): Promise<ExportedFile> => {
  const exit = await Effect.runPromiseExit(runExporter(exporter, samplePlan, options))
  if (Exit.isFailure(exit)) throw new Error(String(exit.cause))
  return exit.value
}
const elements = (node: Node, out: Array<Node> = []): Array<Node> => {
  if (node.tagName !== undefined) out.push(node)
  for (const child of node.childNodes ?? []) elements(child, out)
  return out
}
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value
const textOf = (node: Node): string => node.nodeName === "#text" ? node.value ?? "" : (node.childNodes ?? []).map(textOf).join("")

describe("HTML plan page", async () => {
  const file = await ok()
  const html = new TextDecoder().decode(file.bytes)
  const document = parse(html) as unknown as Node
  const all = elements(document)
  const named = (name: string) => all.filter((e) => e.tagName === name)

  it("is a page in Czech with one h1 and headings that never skip a level", () => {
    expect(file.mediaType).toBe("text/html; charset=utf-8")
    expect(file.fileName).toBe("stribrna-hora-kp4-komunitni-plan.html")
    expect(attr(named("html")[0]!, "lang")).toBe("cs")
    expect(named("h1").length).toBe(1)
    expect(textOf(named("h1")[0]!)).toContain("Stříbrná Hora")
    const levels = all.filter((e) => /^h[1-6]$/.test(e.tagName!)).map((e) => Number(e.tagName!.slice(1)))
    expect(levels[0]).toBe(1)
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1)
  })

  it("gives every table a caption and header cells with a scope", () => {
    const tables = named("table")
    expect(tables.length).toBeGreaterThan(10)
    for (const table of tables) {
      const inside = elements(table)
      expect(inside.filter((e) => e.tagName === "caption").length).toBe(1)
      const th = inside.filter((e) => e.tagName === "th")
      expect(th.length).toBeGreaterThan(0)
      for (const cell of th) expect(["col", "row"]).toContain(attr(cell, "scope"))
    }
  })

  it("inlines the charts as SVG and loads nothing from outside", () => {
    expect(named("svg").length).toBe(3)
    expect(named("script").length).toBe(0)
    expect(named("link").length).toBe(0)
    expect(named("img").length).toBe(0)
    for (const a of named("a")) expect(attr(a, "href")).toMatch(/^#/)
    for (const a of named("a")) expect(all.some((e) => attr(e, "id") === attr(a, "href")!.slice(1))).toBe(true)
    for (const e of all) for (const name of ["src", "href", "xlink:href", "srcset", "data"]) {
      const value = attr(e, name)
      if (value !== undefined) expect(value, `${e.tagName} ${name}`).toMatch(/^#/)
    }
    expect(html).not.toMatch(/url\(|@import/)
  })

  it("keeps Czech text and shows the funding totals of the view", () => {
    const text = textOf(document).replace(/\u00a0/g, " ")
    for (const s of ["připomínek", "řídící", "ů", "Vypořádání připomínek"]) expect(text).toContain(s)
    expect(text).toContain(formatMoney(fundingTotals(samplePlan).total.planned).replace(/\u00a0/g, " "))
  })

  it("uses colours with at least 4.5:1 contrast", () => {
    expect(contrastRatio(htmlColors.text, htmlColors.background)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(htmlColors.link, htmlColors.background)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(htmlColors.muted, htmlColors.background)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(htmlColors.text, htmlColors.headerBackground)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(htmlColors.text, htmlColors.footerBackground)).toBeGreaterThanOrEqual(4.5)
  })

  it("writes the monitoring report of a year in English", async () => {
    const year = samplePlan.monitoringReports[0]!.year
    const page = new TextDecoder().decode((await ok(htmlMonitoringReportExporter, { locale: "en", audience: "public", today, year })).bytes)
    expect(page).toContain("<html lang=\"en\">")
    expect(page).toContain(`Monitoring report for ${year}`)
  })
})
