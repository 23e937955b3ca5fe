// The released rule codes are a public contract: findings, profiles (which switch rules on and off by
// code), waivers and stored reports name them. A code may be added, never removed or renamed: this list
// pins every code released so far (add new codes here when they are released).
import { describe, expect, it } from "vitest"
import { allRules, rulesByCode } from "../src/index.js"

const released: ReadonlyArray<string> = [
  "KPSS-PROC-001", "KPSS-PROC-002", "KPSS-PROC-010", "KPSS-PROC-020", "KPSS-PROC-021", "KPSS-PROC-022", "KPSS-PROC-030", "KPSS-PROC-031", "KPSS-PROC-032", "KPSS-PROC-033", "KPSS-PROC-034", "KPSS-PROC-040", "KPSS-PROC-041", "KPSS-PROC-042", "KPSS-PROC-050", "KPSS-PROC-051", "KPSS-PROC-052", "KPSS-PROC-053",
  "KPSS-CONS-001", "KPSS-CONS-002", "KPSS-CONS-003", "KPSS-CONS-004", "KPSS-CONS-005", "KPSS-CONS-006", "KPSS-CONS-007",
  "KPSS-SCHED-001", "KPSS-SCHED-002", "KPSS-SCHED-003", "KPSS-SCHED-004", "KPSS-SCHED-005", "KPSS-SCHED-006", "KPSS-SCHED-007", "KPSS-SCHED-008",
  "KPSS-LIFE-001", "KPSS-LIFE-002", "KPSS-LIFE-003", "KPSS-LIFE-004", "KPSS-LIFE-005",
  "KPSS-STAT-001", "KPSS-STAT-002", "KPSS-STAT-003", "KPSS-STAT-004",
  "KPSS-PART-001", "KPSS-PART-002", "KPSS-PART-003", "KPSS-PART-004", "KPSS-PART-005", "KPSS-PART-006", "KPSS-PART-007", "KPSS-PART-008", "KPSS-PART-009", "KPSS-PART-010", "KPSS-PART-011", "KPSS-PART-012",
  "KPSS-ANAL-001", "KPSS-ANAL-002", "KPSS-ANAL-003", "KPSS-ANAL-004", "KPSS-ANAL-005", "KPSS-ANAL-006", "KPSS-ANAL-007", "KPSS-ANAL-008",
  "KPSS-STRAT-001", "KPSS-STRAT-002", "KPSS-STRAT-003",
  "KPSS-FUND-001", "KPSS-FUND-002", "KPSS-FUND-003", "KPSS-FUND-004", "KPSS-FUND-005", "KPSS-FUND-006",
  "KPSS-MON-001", "KPSS-MON-002", "KPSS-MON-003"
]

describe("the released rule codes", () => {
  it("are all still there, unchanged (new codes may be added)", () => {
    const current = allRules.map((r) => r.code)
    expect(released.filter((code) => !current.includes(code))).toEqual([])
    for (const code of released) expect(rulesByCode.get(code)?.code).toBe(code)
  })

  it("are unique", () => {
    const current = allRules.map((r) => r.code)
    expect(new Set(current).size).toBe(current.length)
    expect(new Set(released).size).toBe(released.length)
  })
})
