// Properties of the municipal system's own transform (src/CarryOver.ts), on plans of every shape
// `@kpss/testing` makes: fast-check's `arbitraryPlan` (valid plans of any size and state, shrinking to
// small ones) and `generatePlan` (realistic plans in force, with a monitoring report).
import { fc, test } from "@fast-check/vitest"
import { checkIntegrity, decodePlan, isoDate, type OperationContext, type Plan } from "@kpss/core"
import { arbitraryPlan, generatePlan, samplePlan } from "@kpss/testing"
import { Result } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { carryOverUnfinished, unfinished } from "../src/CarryOver.ts"

/** The plan's first actor acts as its coordinator, in the middle of the plan's first year. */
const acting = (plan: Plan): OperationContext => ({
  actor: { role: "coordinator", actorId: plan.actors[0]?.id ?? ("nikdo" as Plan["actors"][number]["id"]) },
  today: isoDate(`${plan.period.from}-06-30`)
})

/** Plans of any shape and state, and realistic ones in force (each seed is another town). */
const plans = fc.oneof(
  arbitraryPlan({ minActivities: 1, maxActivities: 10 }),
  fc.record({ seed: fc.nat(), activities: fc.integer({ min: 4, max: 40 }) }).map(({ seed, activities }) => generatePlan(activities, { seed }))
)

/** A plan and a year: mostly a year with a monitoring report, sometimes any year around the period. */
const cases = plans.chain((plan) => {
  const reported = plan.monitoringReports.map((r) => r.year as number)
  const any = fc.integer({ min: plan.period.from - 1, max: plan.period.to + 1 })
  return fc.tuple(fc.constant(plan), reported.length === 0 ? any : fc.oneof({ arbitrary: fc.constantFrom(...reported), weight: 3 }, { arbitrary: any, weight: 1 }))
})

const cellKey = (l: { readonly activityId: string; readonly year: number; readonly sourceId: string }) => `${l.activityId}|${l.year}|${l.sourceId}`
const cells = (plan: Plan) => new Map(plan.funding.lines.map((l) => [cellKey(l), l]))
/** Sums in BigInt: a plan's total may pass 2^53 even though every amount in it is a safe integer. */
const plannedTotal = (plan: Plan) => plan.funding.lines.reduce((sum, l) => sum + BigInt(l.planned), 0n)

/** What the report of `year` leaves unfinished: activities still active with a fulfilment that moves money. */
const unfinishedIn = (plan: Plan, year: number): ReadonlySet<string> => {
  const active = new Set(plan.strategy.items.filter((i) => i.level === "activity" && i.status === "active").map((i) => i.id as string))
  const report = plan.monitoringReports.find((r) => r.year === year)
  return new Set((report?.activities ?? []).filter((a) => unfinished.includes(a.fulfilment) && active.has(a.activityId)).map((a) => a.activityId as string))
}

const seen = { moved: 0, adopted: 0, refused: 0 }

describe("carrying unspent money over to the next year", () => {
  afterAll(() => {
    // The properties are not vacuous: money moved, an adopted plan was amended, a call was refused.
    expect(seen.moved).toBeGreaterThan(0)
    expect(seen.adopted).toBeGreaterThan(0)
    expect(seen.refused).toBeGreaterThan(0)
  })

  test.prop([cases], { numRuns: 60 })("gives a valid plan or a DomainError, and never changes its input", ([plan, year]) => {
    const before = structuredClone(plan)
    const result = carryOverUnfinished(plan, { year }, acting(plan))
    expect(plan).toEqual(before)
    if (Result.isFailure(result)) {
      seen.refused++
      expect(result.failure.text.cs.length).toBeGreaterThan(0)
      return
    }
    const after = result.success.plan
    expect(checkIntegrity(after)).toEqual([])
    expect(Result.isSuccess(decodePlan(structuredClone(after)))).toBe(true)
    if (result.success.carried.length > 0) seen.moved++
  })

  test.prop([cases], { numRuns: 60 })("moves exactly the unspent money of the unfinished activities, into the next year only", ([plan, year]) => {
    const result = carryOverUnfinished(plan, { year }, acting(plan))
    if (Result.isFailure(result)) return
    const after = result.success.plan
    const open = unfinishedIn(plan, year)
    const unspent = plan.funding.lines
      .filter((l) => l.year === year && open.has(l.activityId))
      .reduce((sum, l) => sum + BigInt(Math.max(0, l.planned - l.spent)), 0n)
    // The plan's money grows by exactly what was not spent…
    expect(plannedTotal(after) - plannedTotal(plan)).toBe(unspent)
    expect(result.success.carried.reduce((sum, c) => sum + BigInt(c.amount), 0n)).toBe(unspent)
    // …and only in the cells of the next year of the unfinished activities, which never lose money.
    const old = cells(plan)
    for (const [key, line] of cells(after)) {
      const was = old.get(key)
      if (was !== undefined && was.planned === line.planned) {
        expect(line).toEqual(was)
        continue
      }
      expect(line.year, key).toBe(year + 1)
      expect(open.has(line.activityId), key).toBe(true)
      expect(line.planned).toBeGreaterThan(was?.planned ?? 0)
      expect([line.secured, line.spent]).toEqual([was?.secured ?? 0, was?.spent ?? 0])
    }
    for (const key of old.keys()) expect(cells(after).has(key)).toBe(true)
  })

  test.prop([cases], { numRuns: 40 })("amends an adopted plan instead of changing it: a new draft version with the reason", ([plan, year]) => {
    const result = carryOverUnfinished(plan, { year }, acting(plan))
    if (Result.isFailure(result) || result.success.carried.length === 0 || plan.lifecycle.status !== "inForce") return
    seen.adopted++
    const after = result.success.plan
    expect(after.lifecycle.status).toBe("draft")
    expect(after.lifecycle.amendments.length).toBe(plan.lifecycle.amendments.length + 1)
    expect(after.lifecycle.amendments.at(-1)?.reason).toBe(`Přesun nevyčerpaných prostředků roku ${year} do roku ${year + 1}`)
  })

  it("on the sample plan: the 2017 report's unfinished activities take their unspent money into 2018", () => {
    const result = carryOverUnfinished(samplePlan, { year: 2017 }, acting(samplePlan))
    if (Result.isFailure(result)) throw new Error(result.failure.text.en)
    const { plan, carried } = result.success
    expect(carried.length).toBeGreaterThan(0)
    expect(plan.lifecycle.status).toBe("draft")
    const open = unfinishedIn(samplePlan, 2017)
    expect(new Set(carried.map((c) => c.activityId as string))).toEqual(new Set([...open].filter((id) =>
      samplePlan.funding.lines.some((l) => l.activityId === id && l.year === 2017 && l.planned > l.spent))))
    // 2019 has no report yet.
    expect(Result.isFailure(carryOverUnfinished(samplePlan, { year: 2019 }, acting(samplePlan)))).toBe(true)
  })
})
