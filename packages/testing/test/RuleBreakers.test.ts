import { allRules, check, methodologyProfile, statutoryProfile, type Plan } from "@kpss/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbitraryBrokenPlan, arbitraryCompliantPlan, compliantPlan, compliantToday, planVariant, ruleBreakers } from "../src/index.js"

const codes = (plan: Plan, profile = statutoryProfile): Set<string> =>
  new Set(check(plan, { today: compliantToday, profile }).findings.map((f) => f.code))

describe("the compliant plan", () => {
  it("raises no finding under the methodology and the statutory profile", () => {
    expect(check(compliantPlan, { today: compliantToday, profile: methodologyProfile }).findings).toEqual([])
    expect(check(compliantPlan, { today: compliantToday, profile: statutoryProfile }).findings).toEqual([])
  })
})

describe("rule breakers", () => {
  it("exist for every registered rule, and only for registered rules", () => {
    expect(Object.keys(ruleBreakers).sort()).toEqual(allRules.map((r) => r.code).sort())
  })

  const base = codes(compliantPlan)
  for (const rule of allRules) {
    it(`${rule.code} passes on the compliant plan and fails, alone, on its breaker`, () => {
      expect(base.has(rule.code)).toBe(false)
      const broken = ruleBreakers[rule.code]!(compliantPlan, compliantToday)
      const after = codes(broken)
      expect(after.has(rule.code)).toBe(true)
      expect([...after].filter((c) => !base.has(c))).toEqual([rule.code])
    })
  }
})

describe("the arbitraries of compliant and broken plans", () => {
  it("vary the ids and the order: every id renamed, every reference kept, the same counts", () => {
    const variant = planVariant(compliantPlan, { idPrefix: "Řx/", seed: 7 })
    expect(variant.actors.map((a) => a.id).sort()).toEqual(compliantPlan.actors.map((a) => `Řx/${a.id}`).sort())
    expect(variant.strategy.items.length).toBe(compliantPlan.strategy.items.length)
    const ids = new Set(variant.strategy.items.map((i) => i.id))
    for (const item of variant.strategy.items) if (item.parentId !== undefined) expect(ids.has(item.parentId)).toBe(true)
    expect(variant.strategy.items.map((i) => i.id)).not.toEqual(compliantPlan.strategy.items.map((i) => `Řx/${i.id}`))
  })

  it("give plans on which no rule fires", () => {
    fc.assert(fc.property(arbitraryCompliantPlan(), (plan) => {
      expect(codes(plan)).toEqual(new Set())
    }), { numRuns: 25 })
  })

  for (const rule of allRules) {
    it(`give plans that break ${rule.code} and no other rule`, () => {
      fc.assert(fc.property(arbitraryBrokenPlan(rule.code), (plan) => {
        expect([...codes(plan)]).toEqual([rule.code])
      }), { numRuns: 8 })
    })
  }
})
