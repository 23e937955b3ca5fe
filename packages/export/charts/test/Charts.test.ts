import { fundingMatrix, fundingTotals, milestoneEnd, type Plan } from "@kpss/core"
import { samplePlan } from "@kpss/testing"
import { fc, test as propTest } from "@fast-check/vitest"
import { XMLParser, XMLValidator } from "fast-xml-parser"
import { describe, expect, it } from "vitest"
import { contrastRatio, colors, coverageChart, escapeXml, fundingChart, ganttChart, seriesColors } from "../src/index.js"

type Node = Record<string, unknown>

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", preserveOrder: false, isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute })

/** Parses SVG with an independent XML parser and collects every element of a name. */
const parse = (svg: string): Node => {
  const valid = XMLValidator.validate(svg)
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid)}`)
  return parser.parse(svg) as Node
}

const collect = (node: unknown, name: string, out: Array<Node> = []): Array<Node> => {
  if (Array.isArray(node)) for (const n of node) collect(n, name, out)
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === name && Array.isArray(value)) for (const v of value) if (v !== null && typeof v === "object") out.push(v as Node)
      collect(value, name, out)
    }
  }
  return out
}

const textOf = (svg: string): string => svg.replace(/<[^>]+>/g, " ")

describe("funding chart", () => {
  const chart = fundingChart(samplePlan)
  const doc = parse(chart.svg)

  it("is an accessible SVG with a title and a description", () => {
    const svg = collect(doc, "svg")[0]!
    expect(svg["role"]).toBe("img")
    expect(collect(doc, "title")[0]!["#text"]).toBe("Financování podle zdrojů a let (plánované)")
    expect(String(collect(doc, "desc")[0]!["#text"])).toContain("2017–2019")
  })

  it("draws every cell of the funding totals with its value", () => {
    const totals = fundingTotals(samplePlan)
    const rects = collect(doc, "rect").filter((r) => r["data-source"] !== undefined)
    let expected = 0
    for (const year of totals.years) for (const s of totals.sources) if (totals.cell(s.id, year).planned > 0) expected++
    expect(rects.length).toBe(expected)
    expect(expected).toBeGreaterThan(3)
    for (const r of rects) {
      expect(Number(r["data-value"])).toBe(totals.cell(String(r["data-source"]), Number(r["data-year"])).planned)
    }
    const groups = collect(doc, "g").filter((g) => g["data-total"] !== undefined)
    expect(groups.map((g) => Number(g["data-total"]))).toEqual(totals.years.map((y) => totals.byYear(y).planned))
  })

  it("names the sources in Czech and shows totals in Czech money format", () => {
    for (const source of samplePlan.funding.sources) expect(chart.svg).toContain(escapeXml(source.name).slice(0, 20))
    const total = fundingTotals(samplePlan).byYear(2017).planned
    expect(textOf(chart.svg)).toContain(`${new Intl.NumberFormat("cs-CZ").format(total)}\u00a0Kč`)
  })

  it("draws secured money on request, and English labels", () => {
    const en = fundingChart(samplePlan, { locale: "en", measure: "secured" })
    parse(en.svg)
    expect(en.title).toBe("Funding by source and year (secured)")
    const rects = collect(parse(en.svg), "rect").filter((r) => r["data-source"] !== undefined)
    const totals = fundingTotals(samplePlan)
    for (const r of rects) expect(Number(r["data-value"])).toBe(totals.cell(String(r["data-source"]), Number(r["data-year"])).secured)
  })
})

describe("coverage chart", () => {
  const chart = coverageChart(samplePlan)
  const doc = parse(chart.svg)

  it("draws each priority's coverage from the funding matrix", () => {
    const rows = fundingMatrix(samplePlan).coverageRows("priority")
    const bars = collect(doc, "rect").filter((r) => r["data-item"] !== undefined)
    expect(bars.length).toBe(rows.filter((r) => r.coverage !== undefined).length)
    expect(bars.length).toBeGreaterThan(2)
    for (const bar of bars) {
      const row = rows.find((r) => r.itemId === bar["data-item"])!
      expect(Number(bar["data-coverage"])).toBeCloseTo(row.coverage!, 5)
      expect(Number(bar["data-planned"])).toBe(row.amounts.planned)
      expect(Number(bar["data-secured"])).toBe(row.amounts.secured)
    }
  })

  it("draws the threshold line and says in words which bars are below it", () => {
    const chart80 = coverageChart(samplePlan, { threshold: 0.8 })
    const line = collect(parse(chart80.svg), "line").find((l) => l["data-threshold"] !== undefined)!
    expect(Number(line["data-threshold"])).toBe(0.8)
    expect(textOf(chart80.svg)).toContain("práh 80\u00a0%")
    const rows = fundingMatrix(samplePlan).coverageRows("priority")
    const below = rows.filter((r) => r.coverage !== undefined && r.coverage < 1).length
    expect(textOf(chart.svg).split("(pod prahem)").length - 1).toBe(below)
  })
})

describe("Gantt chart", () => {
  const chart = ganttChart(samplePlan, { today: samplePlan.schedule[3]!.from })
  const doc = parse(chart.svg)

  it("has one row per milestone with its dates", () => {
    const groups = collect(doc, "g").filter((g) => g["data-milestone"] !== undefined)
    expect(groups.length).toBe(samplePlan.schedule.length)
    for (const g of groups) {
      const m = samplePlan.schedule.find((s) => s.id === g["data-milestone"])!
      expect(g["data-from"]).toBe(m.from)
      expect(g["data-to"]).toBe(milestoneEnd(m))
    }
    const froms = groups.map((g) => String(g["data-from"]))
    expect([...froms].sort()).toEqual(froms)
  })

  it("names the months in Czech, with diacritics intact", () => {
    const months = collect(doc, "text").filter((t) => t["data-month"] !== undefined).map((t) => String(t["#text"]))
    expect(months.length).toBeGreaterThan(5)
    expect(months.some((m) => /^(červen|čvn)$/.test(m))).toBe(true)
    expect(chart.description).toContain("Ganttův diagram")
    expect(collect(doc, "line").some((l) => l["data-today"] !== undefined)).toBe(true)
  })

  it("says so when the schedule is empty", () => {
    const empty = ganttChart({ ...samplePlan, schedule: [] })
    parse(empty.svg)
    expect(empty.description).toBe("Harmonogram neobsahuje žádné milníky.")
  })
})

describe("coverage chart with any money", () => {
  const money = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })
  propTest.prop([money, money], { numRuns: 60 })("keeps a few axis ticks and every bar inside the plot, however much is secured", (planned, secured) => {
    const plan: Plan = { ...samplePlan, funding: { ...samplePlan.funding, lines: samplePlan.funding.lines.map((l) => ({ ...l, planned, secured } as typeof l)) } }
    const doc = parse(coverageChart(plan).svg)
    const ticks = collect(doc, "line").filter((l) => l["data-threshold"] === undefined)
    expect(ticks.length).toBeLessThanOrEqual(9)
    const edge = Math.max(...ticks.map((l) => Number(l["x1"])))
    for (const bar of collect(doc, "rect").filter((r) => r["data-item"] !== undefined)) {
      expect(Number(bar["x"]) + Number(bar["width"])).toBeLessThanOrEqual(edge + 1e-6)
    }
  })
})

describe("accessibility and robustness", () => {
  it("every colour reaches 4.5:1 on white", () => {
    for (const c of [...seriesColors, colors.text, colors.axis, colors.warning, colors.marker, colors.done]) {
      expect(contrastRatio(c, colors.background), c).toBeGreaterThanOrEqual(4.5)
    }
  })

  it("keeps ids apart when asked, so charts can share a page", () => {
    const a = fundingChart(samplePlan, { idPrefix: "a" })
    expect(a.svg).toContain("id=\"a-title\"")
    expect(a.svg).toContain("aria-labelledby=\"a-title a-desc\"")
  })

  const hostile = fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }).map((s) => `${s}<&>"'\u0001`)
  propTest.prop([hostile, hostile, hostile], { numRuns: 40 })("names with markup and control characters stay well-formed XML", (source, milestone, priority) => {
    const plan: Plan = {
      ...samplePlan,
      funding: { ...samplePlan.funding, sources: samplePlan.funding.sources.map((s, i) => (i === 0 ? { ...s, name: source } : s)) },
      schedule: samplePlan.schedule.map((m, i) => (i === 0 ? { ...m, title: milestone } : m)),
      strategy: { ...samplePlan.strategy, items: samplePlan.strategy.items.map((it) => (it.level === "priority" ? { ...it, title: priority } : it)) }
    }
    for (const c of [fundingChart(plan), coverageChart(plan), ganttChart(plan)]) {
      expect(XMLValidator.validate(c.svg)).toBe(true)
    }
  })
})
