import { allRules, check, methodologyProfile, statutoryProfile, type Plan } from "@kpss/core"
import { describe, expect, it } from "vitest"
import { compliantPlan, compliantToday, ruleBreakers } from "../src/index.js"

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
