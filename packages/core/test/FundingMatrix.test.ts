import { fc, test } from "@fast-check/vitest"
import { describe, expect, it } from "vitest"
import { coverage, fundingMatrix, fundingTotals, noAmounts, overCommitment, shortfall, type Amounts, type Plan } from "../src/index.js"
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

// --- The matrix and its roll-ups -------------------------------------------------------------

const treeShape = fc.record({
  goals: fc.array(fc.nat(2), { minLength: 1, maxLength: 5 }),
  measures: fc.array(fc.nat(4), { minLength: 1, maxLength: 8 }),
  activities: fc.array(fc.nat(7), { minLength: 1, maxLength: 12 })
})
type TreeShape = typeof treeShape extends fc.Arbitrary<infer T> ? T : never

const treeItem = (id: string, level: string, parentId?: string) => ({
  id, level, ...(parentId === undefined ? {} : { parentId }), code: id, title: id,
  partnerIds: [], targetGroupIds: [], serviceTypes: [], needIds: [], swotItemIds: [], status: "active"
})

/** Three priorities; goals, measures and activities hang under a parent picked by index. */
const treePlan = (shape: TreeShape, lines: ReadonlyArray<Line>): Plan => {
  const items = [0, 1, 2].map((p) => treeItem(`p${p}`, "priority"))
  shape.goals.forEach((p, g) => items.push(treeItem(`g${g}`, "goal", `p${p}`)))
  shape.measures.forEach((g, m) => items.push(treeItem(`m${m}`, "measure", `g${g % shape.goals.length}`)))
  shape.activities.forEach((m, a) => items.push(treeItem(`a${a}`, "activity", `m${m % shape.measures.length}`)))
  const seen = new Set<string>()
  const plan = planWith(lines.filter((l) => {
    const key = `${l.activity % shape.activities.length}/${l.year}/${l.source}`
    return !seen.has(key) && seen.add(key)
  }).map((l) => ({ ...l, activity: l.activity % shape.activities.length })))
  return { ...plan, strategy: { ...plan.strategy, items } } as unknown as Plan
}

const sumOf = (xs: ReadonlyArray<Amounts>) => ({
  planned: xs.reduce((a, x) => a + x.planned, 0),
  secured: xs.reduce((a, x) => a + x.secured, 0),
  spent: xs.reduce((a, x) => a + x.spent, 0)
})

describe("fundingMatrix", () => {
  test.prop([treeShape, fc.array(line, { maxLength: 40 })])("the children of every item add up to it, and the priorities to the total", (shape, lines) => {
    const plan = treePlan(shape, lines)
    const m = fundingMatrix(plan)
    const items = plan.strategy.items
    for (const parent of items.filter((i) => i.level !== "activity")) {
      const children = items.filter((i) => i.parentId === parent.id)
      expect(sumOf(children.map((c) => m.item(c.id)))).toEqual(m.item(parent.id))
      for (const y of years) expect(sumOf(children.map((c) => m.itemYear(c.id, y)))).toEqual(m.itemYear(parent.id, y))
      for (const s of sources) expect(sumOf(children.map((c) => m.itemSource(c.id, s)))).toEqual(m.itemSource(parent.id, s))
    }
    expect(sumOf(items.filter((i) => i.level === "priority").map((p) => m.item(p.id)))).toEqual(m.totals.total)
    expect(m.totals.total).toEqual(fundingTotals(plan).total)
  })

  test.prop([treeShape, fc.array(line, { maxLength: 40 })])("the matrix totals equal fundingTotals, per year and per source", (shape, lines) => {
    const plan = treePlan(shape, lines)
    const m = fundingMatrix(plan), t = fundingTotals(plan)
    const activities = plan.strategy.items.filter((i) => i.level === "activity")
    for (const y of years) expect(sumOf(activities.map((a) => m.itemYear(a.id, y)))).toEqual(t.byYear(y))
    for (const s of sources) expect(sumOf(activities.map((a) => m.itemSource(a.id, s)))).toEqual(t.bySource(s))
    expect(sumOf(m.commissioners.map((c) => c.total))).toEqual(t.total)
  })

  test.prop([treeShape, fc.array(line, { maxLength: 40 }), fc.nat()])("reordering the items and the lines changes nothing", (shape, lines, seed) => {
    const plan = treePlan(shape, lines)
    const rotate = <A>(xs: ReadonlyArray<A>) => xs.length === 0 ? [...xs] : [...xs.slice(seed % xs.length), ...xs.slice(0, seed % xs.length)]
    const shuffled = { ...plan, strategy: { ...plan.strategy, items: rotate(plan.strategy.items).reverse() }, funding: { ...plan.funding, lines: rotate(plan.funding.lines) } } as Plan
    const a = fundingMatrix(plan), b = fundingMatrix(shuffled)
    for (const item of plan.strategy.items) {
      expect(b.item(item.id)).toEqual(a.item(item.id))
      for (const y of years) expect(b.itemYear(item.id, y)).toEqual(a.itemYear(item.id, y))
    }
    expect(b.commissioners).toEqual(a.commissioners)
    expect(new Set(b.gaps.map((i) => shuffled.funding.lines[i]))).toEqual(new Set(a.gaps.map((i) => plan.funding.lines[i])))
  })

  test.prop([treeShape, fc.array(line, { maxLength: 40 })])("coverage is never negative and is 1 exactly where secured equals planned", (shape, lines) => {
    const plan = treePlan(shape, lines)
    const m = fundingMatrix(plan)
    for (const level of ["priority", "goal", "measure", "activity"] as const) {
      for (const row of m.coverageRows(level)) {
        if (row.amounts.planned === 0) expect(row.coverage).toBeUndefined()
        else {
          expect(row.coverage).toBeGreaterThanOrEqual(0)
          expect(row.coverage === 1).toBe(row.amounts.secured === row.amounts.planned)
        }
        expect(shortfall(row.amounts) - overCommitment(row.amounts)).toBe(row.amounts.planned - row.amounts.secured)
      }
    }
  })

  test.prop([treeShape, fc.array(line, { maxLength: 40 })])("gaps, over-commitments and overspending list exactly the lines that have them", (shape, lines) => {
    const plan = treePlan(shape, lines)
    const m = fundingMatrix(plan)
    const all = plan.funding.lines.map((_, i) => i)
    const ls = plan.funding.lines
    expect(m.gaps).toEqual(all.filter((i) => ls[i]!.secured < ls[i]!.planned))
    expect(m.overCommitted).toEqual(all.filter((i) => ls[i]!.secured > ls[i]!.planned))
    expect(m.overspent).toEqual(all.filter((i) => ls[i]!.spent > ls[i]!.secured))
    const funded = new Set(ls.map((l) => l.activityId))
    expect(m.unfunded.map((i) => plan.strategy.items[i]!.id)).toEqual(plan.strategy.items.filter((i) => i.level === "activity" && !funded.has(i.id)).map((i) => i.id))
  })

  it("groups the sources by commissioner and counts the activities that ask each for money", () => {
    const plan = {
      ...(minimalPlanJson as unknown as Plan),
      funding: {
        sources: [
          { id: "town-1", name: "Město", kind: "municipality", commissionerId: "town" },
          { id: "town-2", name: "Město – dotace", kind: "municipality", commissionerId: "town" },
          { id: "eu", name: "ESF", kind: "eu" }
        ],
        lines: [
          { activityId: "a1", year: 2017, sourceId: "town-1", planned: 100, secured: 100, spent: 50 },
          { activityId: "a1", year: 2018, sourceId: "town-2", planned: 200, secured: 150, spent: 0 },
          { activityId: "a1", year: 2017, sourceId: "eu", planned: 300, secured: 0, spent: 0 },
          { activityId: "a1", year: 2016, sourceId: "eu", planned: 5, secured: 5, spent: 5 }
        ]
      }
    } as unknown as Plan
    const m = fundingMatrix(plan)
    expect(m.commissioners.map((c) => [c.commissionerId, c.sourceIds, c.total.planned, c.activities])).toEqual([
      ["town", ["town-1", "town-2"], 300, 1],
      [undefined, ["eu"], 300, 1]
    ])
    expect(m.commissioners[0]!.byYear.map((y) => y.amounts.planned)).toEqual([100, 200, 0])
    expect(m.outsidePeriod).toEqual([3])
    expect(m.item("a1").planned).toBe(605)
    expect(m.itemYear("a1", 2016)).toEqual(noAmounts)
    expect(m.coverageRows("priority")[0]!.byYear.map((y) => y.coverage)).toEqual([0.25, 0.75, undefined])
  })
})
