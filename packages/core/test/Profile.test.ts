import { Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  advancePhase, check, currentPhase, currentStep, decodeProfile, isoDate, makeProfile, methodologyProfile, phaseDeliverables, phaseLabelsOf,
  phaseSteps, phases, type ActorId, type Profile
} from "../src/index.js"
import { failure, ok, planOf } from "./ruleFixtures.js"

const today = isoDate("2015-03-01")
const coordinator = { actorId: "town" as ActorId, role: "coordinator" as const }

/** A region that takes vision and strategy as one step and names its first phase its own way. */
const regional: Profile = makeProfile(methodologyProfile, {
  id: "kraj",
  phases: {
    labels: { start: { cs: "Přípravná fáze", en: "Preparation" } },
    merged: [{ phases: ["vision", "strategy"], label: { cs: "Vize a strategie", en: "Vision and strategy" } }]
  }
})

/** A plan whose first four phases are completed: it is in the vision phase. */
const inVision = planOf((p) => {
  p.phases = (["start", "steeringStructure", "understandingNeeds"] as const).map((phase) => ({ phase, state: "completed" as const, startedOn: "2015-01-05", completedOn: "2015-02-27", waivers: [] }))
  p.phases.push({ phase: "vision", state: "inProgress", startedOn: "2015-02-27", waivers: [] })
})

describe("the steps of a profile", () => {
  it("are the six phases under their own names by default", () => {
    const steps = phaseSteps(methodologyProfile)
    expect(steps.map((s) => s.phases)).toEqual(phases.map((p) => [p]))
    expect(steps.map((s) => s.deliverables)).toEqual(phases.map((p) => phaseDeliverables[p]))
    expect(steps[0]!.label).toEqual({ cs: "Zahájení", en: "Start" })
  })

  it("take a profile's names and merge adjacent phases into one step with the union of their deliverables", () => {
    const steps = phaseSteps(regional)
    expect(steps.map((s) => s.phases)).toEqual([["start"], ["steeringStructure"], ["understandingNeeds"], ["vision", "strategy"], ["implementation"]])
    expect(steps[0]!.label).toEqual({ cs: "Přípravná fáze", en: "Preparation" })
    expect(steps[3]).toEqual({ phases: ["vision", "strategy"], label: { cs: "Vize a strategie", en: "Vision and strategy" }, deliverables: [...phaseDeliverables.vision, ...phaseDeliverables.strategy] })
    expect(phaseLabelsOf(regional).vision).toEqual({ cs: "Návrh rozvoje sociálních služeb", en: "Vision of development" })
    const unnamed = makeProfile(methodologyProfile, { phases: { merged: [{ phases: ["start", "steeringStructure"] }] } })
    expect(phaseSteps(unnamed)[0]!.label).toEqual({ cs: "Zahájení a Vytvoření řídící struktury", en: "Start and Steering structure" })
    expect(currentStep(inVision, regional).phases).toEqual(["vision", "strategy"])
  })

  it("are refused in code when merged wrongly", () => {
    expect(() => makeProfile(methodologyProfile, { phases: { merged: [{ phases: ["vision", "implementation"] }] } })).toThrow(TypeError)
  })
})

describe("advancing under a merging profile", () => {
  it("leaves a merged step at once: its gate runs both phases' deliverables, under the step's name", () => {
    const strict = makeProfile(regional, { rules: { "KPSS-PROC-041": "error" } })
    const blocked = failure(advancePhase(inVision, { actor: coordinator, today, profile: strict }))
    expect(blocked.reason).toBe("blocked")
    // Vision (PROC-040, 041, 042) and strategy (PROC-052, 053) deliverables block together.
    expect([...new Set(blocked.findings.map((f) => f.code))]).toEqual(["KPSS-PROC-040", "KPSS-PROC-041", "KPSS-PROC-042", "KPSS-PROC-052", "KPSS-PROC-053"])
    expect(blocked.text.cs).toBe("Fázi „Vize a strategie“ nelze ukončit, počet nesplněných výstupů: 5")
    const waivers = blocked.findings.map((f) => ({ deliverable: f.code, reason: "Kraj to řeší jinak" }))
    const next = ok(advancePhase(inVision, { actor: coordinator, today, profile: strict, waivers }))
    expect(currentPhase(next)).toBe("implementation")
    expect(next.phases.slice(3)).toEqual([
      { phase: "vision", state: "completed", startedOn: "2015-02-27", completedOn: today, waivers: waivers.slice(0, 3).map((w) => ({ ...w, by: "town", on: today })) },
      { phase: "strategy", state: "completed", startedOn: "2015-02-27", completedOn: today, waivers: waivers.slice(3).map((w) => ({ ...w, by: "town", on: today })) },
      { phase: "implementation", state: "inProgress", startedOn: today, waivers: [] }
    ])
    // The methodology's rules read the result as they read a plan advanced phase by phase.
    expect(check(next, { today, only: ["KPSS-PROC-001", "KPSS-PROC-002"] }).findings).toEqual([])
  })

  it("accepts waivers of the step's deliverables only", () => {
    const error = failure(advancePhase(inVision, { actor: coordinator, today, profile: regional, waivers: [{ deliverable: "KPSS-PROC-030", reason: "jiná fáze" }] }))
    expect(error.reason).toBe("invalidWaiver")
    expect(error.text.cs).toBe("Prominout lze jen výstup probíhající fáze (KPSS-PROC-040, KPSS-PROC-041, KPSS-PROC-042, KPSS-PROC-050, KPSS-PROC-051, KPSS-PROC-052, KPSS-PROC-053), a to s odůvodněním")
  })

  it("closes only the phases still open when a plan advanced under another profile is half-way through a merged step", () => {
    const inStrategy = planOf((p) => {
      p.phases = (["start", "steeringStructure", "understandingNeeds", "vision"] as const).map((phase) => ({ phase, state: "completed" as const, waivers: [] }))
      p.phases.push({ phase: "strategy", state: "inProgress", waivers: [] })
    })
    const blocked = failure(advancePhase(inStrategy, { actor: coordinator, today, profile: regional }))
    expect([...new Set(blocked.findings.map((f) => f.code))]).toEqual(["KPSS-PROC-052", "KPSS-PROC-053"])
  })
})

describe("phase names in the check", () => {
  it("are the profile's", () => {
    const outOfOrder = planOf((p) => { p.phases = [{ phase: "steeringStructure", state: "inProgress", waivers: [] }] })
    const [finding] = check(outOfOrder, { today, profile: regional, only: ["KPSS-PROC-001"] }).findings
    expect(finding!.message.cs).toBe("Fáze „Vytvoření řídící struktury“ je zahájena nebo dokončena, ačkoli předchozí fáze „Přípravná fáze“ dokončena není")
    expect(finding!.message.en).toBe("Phase \"Steering structure\" is started or completed although the previous phase \"Preparation\" is not completed")
  })
})

describe("a user profile with phases, from JSON", () => {
  it("renames and merges phases", () => {
    const decoded = decodeProfile({
      id: "kraj-vysocina",
      phases: {
        labels: { start: { cs: "Přípravná fáze", en: "Preparation" } },
        merged: [{ phases: ["vision", "strategy"], label: { cs: "Vize a strategie", en: "Vision and strategy" } }]
      }
    })
    expect(Result.isSuccess(decoded) && phaseSteps(decoded.success).map((s) => s.label.cs)).toEqual([
      "Přípravná fáze", "Vytvoření řídící struktury", "Porozumění problémům v komunitě", "Vize a strategie", "Od plánování k provádění"
    ])
  })

  it("names every problem: an unknown phase, merges that are not adjacent, too short or of the last phase, a phase merged twice", () => {
    const unknown = decodeProfile({ id: "x", phases: { labels: { visoin: { cs: "Vize", en: "Vision" } }, merged: [{ phases: ["vision", "stratgy"] }] } })
    expect(Result.isFailure(unknown) && unknown.failure.problems.map((p) => [p.path.join("."), p.code])).toEqual([
      ["phases.labels.visoin", "unknownField"],
      ["phases.merged.0.phases.1", "literal"]
    ])
    const wrong = decodeProfile({
      id: "x",
      phases: { merged: [{ phases: ["start", "understandingNeeds"] }, { phases: ["vision"] }, { phases: ["strategy", "vision"] }, { phases: ["understandingNeeds", "vision"] }, { phases: ["strategy", "implementation"] }] }
    })
    expect(Result.isFailure(wrong) && wrong.failure.problems.map((p) => [p.path.join("."), p.code])).toEqual([
      ["phases.merged.0.phases", "phaseMerge"],
      ["phases.merged.1.phases", "phaseMerge"],
      ["phases.merged.2.phases", "phaseMerge"],
      ["phases.merged.2.phases.1", "duplicateId"],
      ["phases.merged.3.phases.0", "duplicateId"],
      ["phases.merged.3.phases.1", "duplicateId"],
      ["phases.merged.4.phases", "phaseMerge"],
      ["phases.merged.4.phases.0", "duplicateId"]
    ])
    if (Result.isFailure(wrong)) {
      expect(wrong.failure.problems[0]!.message.cs).toBe(
        "Sloučit lze jen dvě a více fází, které v metodice jdou po sobě, v jejím pořadí, a ne poslední fázi (implementation), z níž se už nepostupuje (uvedeno: start, understandingNeeds)"
      )
      expect(wrong.failure.problems[4]!.message.en).toBe("The id \"understandingNeeds\" is used more than once (also at phases.merged[0].phases[1])")
    }
    const noName = decodeProfile({ id: "x", phases: { labels: { start: { cs: "Přípravná fáze" } } } })
    expect(Result.isFailure(noName) && noName.failure.problems.map((p) => [p.path.join("."), p.code])).toEqual([["phases.labels.start.en", "missing"]])
  })
})
