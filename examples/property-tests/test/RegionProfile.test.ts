// The region checks its plans with a profile of its own (src/RegionProfile.ts). `@kpss/testing` gives it a
// plan on which no rule fires (`compliantPlan` on `compliantToday`) and, for every rule, a breaker that
// breaks exactly that rule (`ruleBreakers`). With them the region tests its profile as it configured it:
// each broken rule is reported at the region's severity, or not at all when the region turned it off —
// and nothing else is reported with it.
import { fc, test } from "@fast-check/vitest"
import { allRules, check, makeProfile, ruleSetting, rulesByCode, type Plan, type Profile, type RuleCode, type RuleSetting } from "@kpss/core"
import { arbitraryPlan, compliantPlan, compliantToday, ruleBreakers } from "@kpss/testing"
import { describe, expect, it } from "vitest"
import { regionProfile, regionProfileJson } from "../src/RegionProfile.ts"

const codes = allRules.map((r) => r.code)
const findingsOf = (plan: Plan, profile: Profile) => check(plan, { today: compliantToday, profile }).findings

/** A plan that breaks exactly `code`, checked with `profile`: reported as the profile says, alone. */
const expectReportedAsConfigured = (code: RuleCode, profile: Profile) => {
  const broken = ruleBreakers[code]!(compliantPlan, compliantToday)
  const findings = findingsOf(broken, profile)
  const setting: RuleSetting = ruleSetting(profile, rulesByCode.get(code)!)
  expect([...new Set(findings.map((f) => f.code))], code).toEqual(setting === "off" ? [] : [code])
  for (const f of findings) expect(f.severity, code).toBe(setting)
}

describe("the region's profile", () => {
  it("is what the region wrote: its own severities, its rules turned off, the statutory rules on", () => {
    for (const [code, setting] of Object.entries(regionProfileJson.rules)) {
      expect(ruleSetting(regionProfile, rulesByCode.get(code as RuleCode)!)).toBe(setting)
    }
    expect(allRules.filter((r) => r.scope === "statutory").every((r) => ruleSetting(regionProfile, r) !== "off")).toBe(true)
    expect(findingsOf(compliantPlan, regionProfile)).toEqual([])
  })

  it.each(codes)("reports a plan that breaks only %s as the region configured it", (code) => {
    expectReportedAsConfigured(code, regionProfile)
  })

  test.prop([fc.constantFrom(...codes), fc.constantFrom<RuleSetting>("error", "warning", "info", "off")], { numRuns: 60 })(
    "still does after any one change the coordinator may make to it",
    (code, setting) => {
      expectReportedAsConfigured(code, makeProfile(regionProfile, { rules: { [code]: setting } }))
    }
  )

  test.prop([arbitraryPlan({ maxActivities: 12 })], { numRuns: 40 })(
    "never reports a rule the region turned off, on any plan, and reports each finding at the region's severity",
    (plan) => {
      for (const f of check(plan, { today: compliantToday, profile: regionProfile }).findings) {
        expect(ruleSetting(regionProfile, rulesByCode.get(f.code)!), f.code).toBe(f.severity)
      }
    }
  )
})
