import { fc, test } from "@fast-check/vitest"
import { Result } from "effect"
import { check, decide, makeProfile, methodologyProfile, plusDays, triadRoles, type Plan, type VoteChoice } from "@kpss/core"
import { describe, expect, it } from "vitest"
import { compliantPlan, compliantToday, editPlan, samplePlan } from "../src/index.js"

const partCodes = (plan: Plan, today = compliantToday, profile = methodologyProfile): Array<string> =>
  check(plan, { today, profile }).findings.map((f) => f.code).filter((c) => c.startsWith("KPSS-PART-") || c === "KPSS-PROC-042" || c === "KPSS-PROC-022")

describe("participation rules on the sample plan", () => {
  it("find nothing in its bodies, meetings and decisions, during the planning and the implementation", () => {
    for (const today of ["2016-07-31", "2016-12-31", "2018-03-01"]) expect(partCodes(samplePlan, today as never)).toEqual([])
  })

  it("recompute every recorded decision of the sample to the outcome it records", () => {
    const roles = triadRoles(samplePlan.actors)
    for (const d of samplePlan.decisions) {
      const body = samplePlan.bodies.find((b) => b.id === d.bodyId)!
      const r = decide(d.rule, body, d.votes, { roles, recusals: d.recusals, on: d.date })
      expect(Result.isSuccess(r) && r.success.outcome, d.id).toBe(d.outcome)
    }
  })
})

describe("the vision gate (KPSS-PROC-042)", () => {
  const vision = (edit: (d: { bodyId: string; rule: unknown }) => void) =>
    editPlan(compliantPlan, (p) => { for (const d of p.decisions) if (d.subject === "visionAccepted") edit(d as never) })

  it("needs a majority rule: consensus without a majority fallback does not accept the vision", () => {
    const plan = vision((d) => { d.rule = { method: "consensus", quorum: 0.5, abstentionsCount: false } })
    expect(partCodes(plan)).toEqual(["KPSS-PROC-042"])
  })

  it("accepts a simple majority of the coalition", () => {
    expect(partCodes(vision((d) => { d.rule = { method: "simpleMajority", quorum: 0.5, abstentionsCount: false } }))).toEqual([])
  })
})

const steering = compliantPlan.bodies.find((b) => b.kind === "steeringGroup")!
const decisionIndex = compliantPlan.decisions.findIndex((d) => d.bodyId === steering.id)
const arbVotes = fc.tuple(...steering.members.map(() => fc.option(fc.constantFrom<VoteChoice>("yes", "no", "abstain", "block", "objection"), { nil: undefined })))

describe("participation rules (properties)", () => {
  test.prop([arbVotes])("KPSS-PART-009 fires exactly when the recorded outcome is not what the votes give", (choices) => {
    const votes = steering.members.flatMap((m, i) => (choices[i] === undefined ? [] : [{ actorId: m.actorId, choice: choices[i]!, reason: "Důvod" }]))
    const d = compliantPlan.decisions[decisionIndex]!
    const computed = decide(d.rule, steering, votes as never, { roles: triadRoles(compliantPlan.actors), recusals: d.recusals, on: d.date })
    if (Result.isFailure(computed)) throw computed.failure
    for (const outcome of ["passed", "failed", "noQuorum"] as const) {
      const plan = editPlan(compliantPlan, (p) => {
        const x = p.decisions[decisionIndex]!
        x.votes = votes
        x.outcome = outcome
      })
      expect(check(plan, { today: compliantToday, only: ["KPSS-PART-009"] }).findings.length > 0).toBe(outcome !== computed.success.outcome)
    }
  })

  test.prop([fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })])(
    "KPSS-PART-006 fires exactly when the agenda went out fewer days ahead than the profile asks",
    (daysAhead, setting) => {
      const plan = editPlan(compliantPlan, (p) => { p.meetings[0]!.agendaSentOn = plusDays(p.meetings[0]!.date as never, -daysAhead) })
      const profile = makeProfile(methodologyProfile, { settings: { agendaDaysAhead: setting } })
      expect(check(plan, { today: compliantToday, profile, only: ["KPSS-PART-006"] }).findings.length > 0).toBe(daysAhead < setting)
    }
  )

  test.prop([fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })])(
    "KPSS-PART-008 fires exactly when the minutes were published later than the profile allows",
    (daysAfter, setting) => {
      const plan = editPlan(compliantPlan, (p) => { p.meetings[0]!.minutes!.publishedOn = plusDays(p.meetings[0]!.date as never, daysAfter) })
      const profile = makeProfile(methodologyProfile, { settings: { minutesPublishDays: setting } })
      expect(check(plan, { today: compliantToday, profile, only: ["KPSS-PART-008"] }).findings.length > 0).toBe(daysAfter > setting)
    }
  )

  test.prop([fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })])(
    "KPSS-PART-002 fires exactly when a declared share strays from the actual one by more than the tolerance",
    (administration, tolerance) => {
      // The compliant steering group is half administration, a quarter users, a quarter providers.
      const users = Math.floor((100 - administration) / 2)
      const plan = editPlan(compliantPlan, (p) => {
        p.bodies.find((b) => b.id === steering.id)!.composition = { administration, users, providers: 100 - administration - users, selection: "elected" }
      })
      const profile = makeProfile(methodologyProfile, { settings: { compositionTolerance: tolerance } })
      const strays = Math.max(Math.abs(administration - 50), Math.abs(users - 25), Math.abs(100 - administration - users - 25)) > tolerance
      expect(check(plan, { today: compliantToday, profile, only: ["KPSS-PART-002"] }).findings.length > 0).toBe(strays)
    }
  )
})
