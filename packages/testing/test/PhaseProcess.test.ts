// Advancing through the phases under a profile that renames and merges phases, on generated plans: every
// deliverable is gated exactly once (in the step that holds its phase), each gate speaks of its step by
// the profile's name, and the walk ends where the methodology's six-phase walk ends — the same phase
// records, states, dates and waivers.
import {
  advancePhase, currentPhase, makeProfile, methodologyProfile, phaseDeliverables, phases, phaseSteps,
  type ActorId, type IsoDate, type MergedPhases, type Phase, type Plan, type Profile, type RuleSetting
} from "@kpss/core"
import { Result } from "effect"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbitraryPlan } from "../src/index.js"

const allDeliverables = phases.flatMap((p) => phaseDeliverables[p])
/** Every deliverable blocks (the methodology makes some of them warnings). */
const strict = Object.fromEntries(allDeliverables.map((code) => [code, "error" as RuleSetting]))

const names = ["Přípravná fáze", "Analytická fáze", "Vize a priority", "Návrhová fáze", "Realizace"]
const label = fc.constantFrom(...names).map((cs) => ({ cs, en: `${cs} (en)` }))

/** A profile that merges runs of adjacent phases (never the last, which is never left) and names some phases and steps. */
const arbitraryProfile: fc.Arbitrary<Profile> = fc.record({
  cuts: fc.array(fc.boolean(), { minLength: phases.length - 2, maxLength: phases.length - 2 }),
  labels: fc.array(fc.option(label, { nil: undefined }), { minLength: phases.length, maxLength: phases.length }),
  stepLabels: fc.array(fc.option(label, { nil: undefined }), { minLength: phases.length, maxLength: phases.length })
}).map(({ cuts, labels, stepLabels }) => {
  const runs: Array<Array<Phase>> = [[phases[0]!]]
  for (let i = 1; i < phases.length - 1; i++) (cuts[i - 1] ? runs.push([phases[i]!]) : runs.at(-1)!.push(phases[i]!))
  const merged: Array<MergedPhases> = runs.filter((r) => r.length > 1).map((r, i) => (stepLabels[i] === undefined ? { phases: r } : { phases: r, label: stepLabels[i]! }))
  const own = Object.fromEntries(phases.flatMap((p, i) => (labels[i] === undefined ? [] : [[p, labels[i]!]])))
  return makeProfile(methodologyProfile, { id: "merging", rules: strict, phases: { labels: own, merged } })
})

interface Walk {
  readonly plan: Plan
  /** The deliverables each gate blocked on (then waived), in order. */
  readonly gates: ReadonlyArray<ReadonlyArray<string>>
  /** The step names the blocked gates gave. */
  readonly blockedAt: ReadonlyArray<string>
}

/** Advances from the first phase to the last: a gate that blocks is passed by waiving what it found. */
const walk = (start: Plan, profile: Profile, actorId: ActorId, today: IsoDate): Walk => {
  const gates: Array<ReadonlyArray<string>> = []
  const blockedAt: Array<string> = []
  let plan = start
  for (let step = 0; step <= phases.length; step++) {
    const tried = advancePhase(plan, { actor: { role: "coordinator", actorId }, today, profile })
    if (Result.isSuccess(tried)) {
      gates.push([])
      plan = tried.success
      continue
    }
    if (tried.failure.reason === "lastPhase") return { plan, gates, blockedAt }
    expect(tried.failure.reason).toBe("blocked")
    blockedAt.push(tried.failure.text.cs)
    const codes = [...new Set(tried.failure.findings.map((f) => f.code))]
    const waived = advancePhase(plan, { actor: { role: "coordinator", actorId }, today, profile, waivers: codes.map((deliverable) => ({ deliverable, reason: "Prominuto koordinátorem" })) })
    if (Result.isFailure(waived)) throw new Error(waived.failure.text.en)
    gates.push(codes)
    plan = waived.success
  }
  throw new Error("the walk did not reach the last phase")
}

describe("advancing under a profile that renames and merges phases (property)", () => {
  it("gates every deliverable exactly once and ends where the six-phase walk ends", () => {
    fc.assert(fc.property(arbitraryPlan({ maxActivities: 5 }), arbitraryProfile, (generated, profile) => {
      const plan: Plan = { ...generated, phases: [] }
      const actorId = plan.actors[0]!.id as ActorId
      const today = `${plan.period.from}-06-30` as IsoDate
      const steps = phaseSteps(profile)
      // The steps hold every phase and every deliverable once.
      expect(steps.flatMap((s) => s.phases)).toEqual(phases)
      expect(steps.flatMap((s) => s.deliverables)).toEqual(allDeliverables)

      const merged = walk(plan, profile, actorId, today)
      const sixPhases = walk(plan, makeProfile(methodologyProfile, { rules: strict }), actorId, today)
      expect(merged.gates.length).toBe(steps.length - 1)
      merged.gates.forEach((codes, i) => expect(steps[i]!.deliverables).toEqual(expect.arrayContaining([...codes])))
      const visited = merged.gates.flat()
      expect(new Set(visited).size).toBe(visited.length)
      expect([...visited].sort()).toEqual(sixPhases.gates.flat().sort())
      // A blocked gate names its step as the profile names it.
      const blockedSteps = steps.filter((_, i) => (merged.gates[i]?.length ?? 0) > 0)
      merged.blockedAt.forEach((text, i) => expect(text).toContain(`„${blockedSteps[i]!.label.cs}“`))
      expect(currentPhase(merged.plan)).toBe("implementation")
      expect(merged.plan.phases).toEqual(sixPhases.plan.phases)
    }), { numRuns: 40 })
  })
})
