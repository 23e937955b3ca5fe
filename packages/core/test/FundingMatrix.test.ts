import { fc, test } from "@fast-check/vitest"
import { describe, expect } from "vitest"
import { coverage, fundingTotals, type Plan } from "../src/index.js"
import { minimalPlanJson } from "./fixtures.js"

const sources = ["s1", "s2", "s3"]
const years = [2017, 2018, 2019]
const amount = fc.integer({ min: 0, max: 10_000_000 })
const line = fc.record({ activity: fc.nat(4), source: fc.constantFrom(...sources), year: fc.constantFrom(...years), planned: amount, secured: amount, spent: amount })

type Line = typeof line extends fc.Arbitrary<infer L> ? L : never
const planWith = (lines: ReadonlyArray<Line>): Plan => ({
  ...(minimalPlanJson as unknown as Plan),
  funding: {
    sources: sources.map((id) => ({ id, name: id, kind: "municipality" })),
    lines: lines.map((l) => ({ activityId: `a${l.activity}`, year: l.year, sourceId: l.source, planned: l.planned, secured: l.secured, spent: l.spent }))
  }
} as unknown as Plan)

describe("fundingTotals", () => {
  test.prop([fc.array(line, { maxLength: 40 })])("cells add up to their rows, columns and the total", (lines) => {
    const totals = fundingTotals(planWith(lines))
    const sum = (f: (t: { planned: number; secured: number; spent: number }) => number, xs: Array<{ planned: number; secured: number; spent: number }>) =>
      xs.reduce((a, x) => a + f(x), 0)
    for (const key of ["planned", "secured", "spent"] as const) {
      const all = sum((l) => l[key], lines)
      expect(totals.total[key]).toBe(all)
      expect(sum((a) => a[key], sources.map((s) => totals.bySource(s)))).toBe(all)
      expect(sum((a) => a[key], years.map((y) => totals.byYear(y)))).toBe(all)
      for (const s of sources) expect(sum((a) => a[key], years.map((y) => totals.cell(s, y)))).toBe(totals.bySource(s)[key])
    }
  })

  test.prop([fc.array(line, { maxLength: 40 })])("reordering the lines changes nothing", (lines) => {
    const a = fundingTotals(planWith(lines)), b = fundingTotals(planWith([...lines].reverse()))
    expect(b.total).toEqual(a.total)
    for (const s of sources) for (const y of years) expect(b.cell(s, y)).toEqual(a.cell(s, y))
  })

  test.prop([amount.filter((n) => n > 0)])("coverage is 1 when secured equals planned, undefined when nothing is planned", (n) => {
    expect(coverage({ planned: n, secured: n, spent: 0 })).toBe(1)
    expect(coverage({ planned: 0, secured: n, spent: 0 })).toBeUndefined()
  })
})
