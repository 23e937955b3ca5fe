import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { check, decodeProfile, isoDate, makeProfile, methodologyProfile, statutoryProfile, type Finding } from "../src/index.js"
import { planOf } from "./ruleFixtures.js"

const today = isoDate("2018-03-01")

// Three findings of three rules in two families: a period too short and inverted dates of a milestone.
const flawed = planOf((p) => {
  p.edition = 2
  p.consultation.periods = [
    { id: "cp-b", from: "2016-06-06", to: "2016-06-08", channels: ["web"] },
    { id: "cp-a", from: "2016-06-06", to: "2016-06-09", channels: ["web"] }
  ]
  p.schedule = [{ id: "m1", title: "Úkol", kind: "task", from: "2016-02-01", to: "2016-01-01", after: [], doneOn: "2016-02-01" }]
})

describe("check", () => {
  it("reports nothing and passes on a clean plan", () => {
    const report = check(planOf(), { today })
    expect(report.findings).toEqual([])
    expect(report.passed).toBe(true)
    expect(report.summary).toBe("bez nálezů")
    expect(report.profile).toBe("methodology")
  })

  it("sorts findings by severity, registry order and path, counts and groups them", () => {
    const report = check(flawed, { today, locale: "en" })
    expect(report.findings.map((f) => [f.code, f.severity, f.path.join(".")])).toEqual([
      ["KPSS-SCHED-001", "error", "schedule.0.to"],
      ["KPSS-CONS-004", "warning", "consultation.periods.0"],
      ["KPSS-CONS-004", "warning", "consultation.periods.1"],
      ["KPSS-LIFE-005", "warning", "previousPlanId"]
    ])
    expect(report.counts).toEqual({ error: 1, warning: 3, info: 0 })
    expect(report.countsByFamily).toEqual({
      consultation: { error: 0, warning: 2, info: 0 },
      schedule: { error: 1, warning: 0, info: 0 },
      lifecycle: { error: 0, warning: 1, info: 0 }
    })
    expect(report.byFamily.map((g) => [g.family, g.findings.length])).toEqual([["consultation", 2], ["schedule", 1], ["lifecycle", 1]])
    expect(report.passed).toBe(false)
    expect(report.summary).toBe("1 error, 3 warnings")
    expect(check(flawed, { today }).summary).toBe("1 chyba, 3 varování")
  })

  it("renders messages with their parameters in both languages", () => {
    const f = check(flawed, { today }).findings.find((x) => x.code === "KPSS-CONS-004") as Finding
    expect(f.message.cs).toBe("Období připomínek cp-b trvá 3 dny, méně než 14 dní podle profilu")
    expect(f.message.en).toBe("Comment period cp-b lasts 3 days, less than the profile's 14 days")
    expect(f.ids).toEqual(["cp-b"])
    const sched = check(flawed, { today }).findings.find((x) => x.code === "KPSS-SCHED-001") as Finding
    expect(sched.message.cs).toContain("končí 1. 1. 2016, dříve než začíná (1. 2. 2016)")
  })

  it("is deterministic whatever the order of the plan's collections", () => {
    const reversed = planOf((p) => { p.consultation.periods.reverse() }, structuredClone(flawed))
    expect(check(reversed, { today }).findings.map((f) => f.code)).toEqual(check(flawed, { today }).findings.map((f) => f.code))
  })

  it("runs a rule only in the phases and lifecycle states it applies from", () => {
    const noVision = planOf((p) => { delete p.strategy.vision })
    expect(check(noVision, { today }).findings.map((f) => f.code)).not.toContain("KPSS-PROC-040")
    expect(check(noVision, { today, ignoreApplicability: true, only: ["KPSS-PROC-040"] }).findings.map((f) => f.code)).toEqual(["KPSS-PROC-040"])
  })

  it("does not report a waived deliverable", () => {
    const waived = planOf((p) => {
      p.phases = [{ phase: "start", state: "inProgress", waivers: [{ deliverable: "KPSS-PROC-040", reason: "Vize převzata z 1. plánu", by: "town", on: "2017-01-01" }] }]
      delete p.strategy.vision
    })
    const options = { today, ignoreApplicability: true, only: ["KPSS-PROC-040"] } as const
    expect(check(waived, options).findings).toEqual([])
    expect(check(waived, { ...options, includeWaived: true }).findings.map((f) => f.code)).toEqual(["KPSS-PROC-040"])
  })
})

describe("profiles", () => {
  const noEvaluation = planOf((p) => { p.edition = 2; p.previousPlanId = "plan-0" })

  it("runs the regional rules only in the statutory profile", () => {
    expect(check(noEvaluation, { today }).findings).toEqual([])
    expect(check(noEvaluation, { today, profile: statutoryProfile }).findings.map((f) => f.code)).toEqual(["KPSS-STAT-001"])
  })

  it("lets a user profile change severities, settings and turn rules off", () => {
    const lenient = makeProfile(methodologyProfile, { rules: { "KPSS-SCHED-001": "warning", "KPSS-LIFE-005": "off" }, settings: { minCommentDays: 4 } })
    const report = check(flawed, { today, profile: lenient })
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([["KPSS-CONS-004", "warning"], ["KPSS-SCHED-001", "warning"]])
    expect(report.passed).toBe(true)
  })

  it("decodes a user profile from JSON onto its base", () => {
    const decoded = decodeProfile({ id: "obec-vzorov", base: "statutory", settings: { minCommentDays: 21 }, rules: { "KPSS-STAT-001": "warning" } })
    expect(Result.isSuccess(decoded)).toBe(true)
    if (Result.isSuccess(decoded)) {
      expect(decoded.success.settings.minCommentDays).toBe(21)
      expect(decoded.success.settings.agendaDaysAhead).toBe(7)
      expect(check(noEvaluation, { today, profile: decoded.success }).findings.map((f) => [f.code, f.severity])).toEqual([["KPSS-STAT-001", "warning"]])
    }
  })

  it("answers a bad profile with InvalidInput naming every problem", () => {
    const decoded = decodeProfile({ id: "x", rules: { "KPSS-NOPE-001": "error", "KPSS-PROC-001": "loud" }, settings: { minCommentDays: 0 }, extra: 1 })
    expect(Result.isFailure(decoded)).toBe(true)
    if (Result.isFailure(decoded)) {
      const problems = decoded.failure.problems.map((p) => [p.path.join("."), p.code])
      expect(problems).toEqual(expect.arrayContaining([["rules.KPSS-PROC-001", "literal"], ["settings.minCommentDays", "int"], ["extra", "unknownField"]]))
    }
    const unknown = decodeProfile({ id: "x", rules: { "KPSS-NOPE-001": "error" } })
    expect(Result.isFailure(unknown) && unknown.failure.problems.map((p) => [p.path.join("."), p.code, p.message.cs])).toEqual([
      ["rules.KPSS-NOPE-001", "reference", "Odkaz na neexistující pravidlo „KPSS-NOPE-001“"]
    ])
  })
})
