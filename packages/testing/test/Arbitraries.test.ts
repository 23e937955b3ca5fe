import { checkIntegrity, decodePlanDocument, encodePlanDocument, encodePlanDocumentJson, isIsoDate, type Plan } from "@kpss/core"
import { Result } from "effect"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  arbitraryActor,
  arbitraryFundingLines,
  arbitraryIsoDate,
  arbitraryMoney,
  arbitraryPlan,
  arbitraryStrategyItems
} from "../src/index.js"

const activities = (plan: Plan) => plan.strategy.items.filter((i) => i.level === "activity").length

const decoded = (input: unknown): Plan => {
  const result = decodePlanDocument(input)
  if (Result.isFailure(result)) throw new Error(result.failure.message)
  return result.success
}

describe("arbitraryPlan", () => {
  it("generates plans that decode, round-trip exactly and keep every invariant", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbitraryPlan({ maxActivities: 50 }), (plan) => {
        expect(checkIntegrity(plan)).toEqual([])
        expect(decoded(encodePlanDocument(plan))).toStrictEqual(plan)
        const json = encodePlanDocumentJson(plan)
        const again = decoded(json)
        expect(again).toStrictEqual(plan)
        expect(encodePlanDocumentJson(again)).toBe(json)
      }),
      { numRuns: 150 }
    )
  })

  it("keeps the number of activities within the bounds asked for, and covers the range", { timeout: 30_000 }, () => {
    const counts = fc.sample(arbitraryPlan({ minActivities: 5, maxActivities: 40 }), { numRuns: 150, seed: 42 }).map(activities)
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(5)
    expect(Math.max(...counts)).toBeLessThanOrEqual(40)
    expect(Math.max(...counts)).toBeGreaterThan(25)
  })

  it("shrinks a failing property to a small plan", { timeout: 30_000 }, () => {
    const result = fc.check(fc.property(arbitraryPlan({ maxActivities: 50 }), (plan) => activities(plan) < 3), { seed: 7, numRuns: 200 })
    expect(result.failed).toBe(true)
    const [plan] = result.counterexample!
    expect(activities(plan)).toBe(3)
    // Everything the property does not need shrinks away.
    expect(plan.strategy.items).toHaveLength(6)
    expect(plan.actors).toHaveLength(1)
    expect(plan.bodies.length + plan.meetings.length + plan.decisions.length + plan.funding.lines.length).toBe(0)
  })
})

describe("the pieces", () => {
  it("make dates that exist, within the years asked for", () => {
    fc.assert(fc.property(arbitraryIsoDate({ from: 2016, to: 2017 }), (d) => {
      expect(isIsoDate(d)).toBe(true)
      expect(["2016", "2017"]).toContain(d.slice(0, 4))
    }))
  })

  it("make money as safe non-negative integers", () => {
    fc.assert(fc.property(arbitraryMoney(), (m) => {
      expect(Number.isSafeInteger(m) && m >= 0).toBe(true)
    }))
  })

  it("refer only to the ids they are given", () => {
    const actors = ["a", "b"] as Array<never>
    fc.assert(fc.property(arbitraryActor({ actors }), (actor) => {
      for (const id of [actor.represents, actor.memberOf]) if (id !== undefined) expect(actors).toContain(id)
    }))
    const pools = { activities: ["x", "y"] as Array<never>, sources: ["s"] as Array<never>, period: { from: 2020, to: 2021 } as never }
    fc.assert(fc.property(arbitraryFundingLines(pools), (lines) => {
      const cells = new Set(lines.map((l) => `${l.activityId}/${l.year}/${l.sourceId}`))
      expect(cells.size).toBe(lines.length)
      for (const l of lines) expect([2020, 2021]).toContain(l.year)
    }))
  })

  it("build a strategy tree with parents one level up", { timeout: 30_000 }, () => {
    fc.assert(fc.property(arbitraryStrategyItems({ minActivities: 1 }), (items) => {
      const level = new Map(items.map((i) => [i.id, i.level]))
      const above = { priority: undefined, goal: "priority", measure: "goal", activity: "measure" } as const
      for (const item of items) expect(item.parentId === undefined ? undefined : level.get(item.parentId)).toBe(above[item.level])
    }))
  })
})
