import { decodePlanDocument, encodePlanDocument, encodePlanDocumentJson, type Plan } from "@kpss/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { generatePlan } from "../src/index.js"

const count = (plan: Plan, level: string) => plan.strategy.items.filter((i) => i.level === level).length

describe("generatePlan", () => {
  it.each([0, 1, 7, 1000])("makes a valid plan with exactly %i activities", { timeout: 30_000 }, (n) => {
    const plan = generatePlan(n)
    const result = decodePlanDocument(encodePlanDocumentJson(plan))
    if (Result.isFailure(result)) throw new Error(result.failure.message)
    expect(result.success).toStrictEqual(plan)
    expect(count(plan, "activity")).toBe(n)
    expect(plan.funding.lines).toHaveLength(n * 3 * 2)
    if (n >= 4) expect(count(plan, "measure")).toBe(Math.ceil(n / 4))
  })

  it("follows the years and sources asked for, and is the same for the same seed", { timeout: 30_000 }, () => {
    const plan = generatePlan(50, { seed: 3, years: 5, sources: 4 })
    expect(plan.period.to - plan.period.from + 1).toBe(5)
    expect(plan.funding.sources).toHaveLength(4)
    expect(plan.funding.lines).toHaveLength(50 * 5 * 4)
    expect(Result.isSuccess(decodePlanDocument(encodePlanDocument(plan)))).toBe(true)
    expect(encodePlanDocumentJson(generatePlan(50, { seed: 3, years: 5, sources: 4 }))).toBe(encodePlanDocumentJson(plan))
    expect(encodePlanDocumentJson(generatePlan(50, { seed: 4, years: 5, sources: 4 }))).not.toBe(encodePlanDocumentJson(plan))
  })

  it("makes 100,000 activities that decode", { timeout: 60_000 }, () => {
    const plan = generatePlan(100_000)
    expect(count(plan, "activity")).toBe(100_000)
    expect(Result.isSuccess(decodePlanDocument(encodePlanDocument(plan)))).toBe(true)
  })

  it("refuses a count that is not a whole number", () => {
    expect(() => generatePlan(-1)).toThrow(RangeError)
    expect(() => generatePlan(1.5)).toThrow(RangeError)
  })
})
