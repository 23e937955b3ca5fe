import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { advancePhase, currentPhase, isoDate, makeProfile, methodologyProfile, type ActorId, type Plan } from "../src/index.js"
import { planOf } from "./ruleFixtures.js"

const today = isoDate("2015-03-01")
const coordinator = { actorId: "town" as ActorId, role: "coordinator" as const }
const draft = planOf()

const expectFailure = (r: Result.Result<Plan, unknown>) => {
  if (Result.isSuccess(r)) throw new Error("expected a failure")
  return r.failure as import("../src/index.js").DomainError
}

describe("advancePhase", () => {
  it("completes the current phase and starts the next when its deliverables hold", () => {
    const withGroup = planOf((p) => {
      p.bodies = [{ id: "wg", kind: "workingGroup", name: "PS", open: true, members: [{ actorId: "town", role: "leader" }], decisionRule: { method: "consensus", quorum: 0.5, abstentionsCount: false }, targetGroupIds: [], priorityIds: [] }]
    })
    const r = advancePhase(withGroup, { actor: coordinator, today })
    expect(Result.isSuccess(r)).toBe(true)
    if (Result.isSuccess(r)) {
      expect(r.success.phases).toEqual([
        { phase: "start", state: "completed", startedOn: today, completedOn: today, waivers: [] },
        { phase: "steeringStructure", state: "inProgress", startedOn: today, waivers: [] }
      ])
      expect(currentPhase(r.success)).toBe("steeringStructure")
    }
  })

  it("blocks on an error of a deliverable and returns the findings; the plan is unchanged", () => {
    const strict = makeProfile(methodologyProfile, { rules: { "KPSS-PROC-010": "error" } })
    const before = structuredClone(draft)
    const error = expectFailure(advancePhase(draft, { actor: coordinator, today, profile: strict }))
    expect(error.reason).toBe("blocked")
    expect(error.findings.map((f) => f.code)).toEqual(["KPSS-PROC-010"])
    expect(error.text.cs).toBe("Fázi „Zahájení“ nelze ukončit, počet nesplněných výstupů: 1")
    expect(draft).toEqual(before)
  })

  it("lets only errors block: a warning deliverable does not", () => {
    expect(Result.isSuccess(advancePhase(draft, { actor: coordinator, today }))).toBe(true)
  })

  it("lets the coordinator waive a deliverable of the current phase with a reason, recorded with person and day", () => {
    const inSteering = planOf((p) => {
      p.phases = [{ phase: "start", state: "completed", waivers: [] }, { phase: "steeringStructure", state: "inProgress", waivers: [] }]
    })
    const blocked = expectFailure(advancePhase(inSteering, { actor: coordinator, today }))
    expect(blocked.findings.map((f) => f.code)).toEqual(["KPSS-PROC-020"])
    const r = advancePhase(inSteering, { actor: coordinator, today, waivers: [{ deliverable: "KPSS-PROC-020", reason: "Řídí koalice sama" }] })
    expect(Result.isSuccess(r)).toBe(true)
    if (Result.isSuccess(r)) {
      expect(r.success.phases[1]!.waivers).toEqual([{ deliverable: "KPSS-PROC-020", reason: "Řídí koalice sama", by: "town", on: today }])
      expect(currentPhase(r.success)).toBe("understandingNeeds")
    }
    expect(expectFailure(advancePhase(inSteering, { actor: coordinator, today, waivers: [{ deliverable: "KPSS-PROC-020", reason: " " }] })).reason).toBe("invalidWaiver")
    expect(expectFailure(advancePhase(inSteering, { actor: coordinator, today, waivers: [{ deliverable: "KPSS-PROC-040", reason: "jiná fáze" }] })).reason).toBe("invalidWaiver")
  })

  it("refuses anyone but the coordinator, an unknown actor, the last phase and a date before the phase started", () => {
    expect(expectFailure(advancePhase(draft, { actor: { actorId: "town" as ActorId, role: "steeringGroupMember" }, today })).reason).toBe("notAllowed")
    expect(expectFailure(advancePhase(draft, { actor: { actorId: "ghost" as ActorId, role: "coordinator" }, today })).reason).toBe("unknownId")
    const last = planOf((p) => {
      p.phases = (["start", "steeringStructure", "understandingNeeds", "vision", "strategy"] as const).map((phase) => ({ phase, state: "completed" as const, waivers: [] }))
      p.phases.push({ phase: "implementation", state: "inProgress", waivers: [] })
    })
    expect(expectFailure(advancePhase(last, { actor: coordinator, today })).reason).toBe("lastPhase")
    const started = planOf((p) => { p.phases = [{ phase: "start", state: "inProgress", startedOn: "2015-06-01", waivers: [] }] })
    expect(expectFailure(advancePhase(started, { actor: coordinator, today })).reason).toBe("datesOutOfOrder")
  })
})
