/**
 * The six phases as a state machine (seed 000, DOMAIN.md §2). Each phase has its deliverables — the
 * process rules that check them ({@link phaseDeliverables}); leaving a phase is an operation that runs
 * them as a gate: it succeeds, completing the phase and starting the next, or fails with the findings
 * that block it. Only errors block (a profile decides what is an error). The coordinator may waive a
 * deliverable of the current phase, with a reason; the waiver is recorded with the person and the day,
 * and the waived rule raises nothing afterwards.
 *
 * Phases are the process record, not the adopted content, so they advance on an adopted plan too.
 *
 * A profile may merge adjacent phases into one step ({@link phaseSteps}): advancing then leaves the
 * whole step at once — its gate runs the deliverables of every phase in it, each phase of the step is
 * recorded as completed that day (started when the step started), and the first phase of the next step
 * starts. The plan still records all six phases, so a plan advanced under a merging profile ends where
 * it would under the methodology's, and the rules read it the same way.
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import { authorizeOperation, type OperationContext } from "./Authorization.js"
import { check } from "./Check.js"
import { datesOutOfOrder, domainError, type DomainError } from "./DomainError.js"
import type { LocalizedText } from "./Messages.js"
import type { Plan } from "./Plan.js"
import { firstError } from "./PlanEdit.js"
import { currentPhase } from "./PlanIndex.js"
import { phases, type Phase, type PhaseRecord, type Waiver } from "./Process.js"
import { phaseLabelsOf, type Profile } from "./Profile.js"
import type { RuleCode } from "./Rule.js"

/**
 * The deliverables of each phase: the rules a phase gate runs.
 *
 * @category process
 * @since 0.1.0
 */
export const phaseDeliverables: Readonly<Record<Phase, ReadonlyArray<RuleCode>>> = {
  start: ["KPSS-PROC-010"],
  steeringStructure: ["KPSS-PROC-020", "KPSS-PROC-021", "KPSS-PROC-022"],
  understandingNeeds: ["KPSS-PROC-030", "KPSS-PROC-031", "KPSS-PROC-032", "KPSS-PROC-033", "KPSS-PROC-034"],
  vision: ["KPSS-PROC-040", "KPSS-PROC-041", "KPSS-PROC-042"],
  strategy: ["KPSS-PROC-050", "KPSS-PROC-051", "KPSS-PROC-052", "KPSS-PROC-053"],
  implementation: []
}

/**
 * One step of the process under a profile: one phase, or adjacent phases the profile merged, with the
 * step's name and the deliverables of all its phases (in the methodology's order).
 *
 * @category models
 * @since 0.1.0
 */
export interface PhaseStep {
  readonly phases: ReadonlyArray<Phase>
  readonly label: LocalizedText
  readonly deliverables: ReadonlyArray<RuleCode>
}

const joinLabels = (labels: ReadonlyArray<LocalizedText>): LocalizedText => ({
  cs: labels.map((l) => l.cs).join(" a "),
  en: labels.map((l) => l.en).join(" and ")
})

/**
 * The steps of the process under a profile (the six phases one by one unless it merges some). Every
 * phase is in exactly one step, so every deliverable is too.
 *
 * @category process
 * @since 0.1.0
 */
export const phaseSteps = (profile?: Profile): ReadonlyArray<PhaseStep> => {
  const labels = phaseLabelsOf(profile)
  const merged = profile?.phases?.merged ?? []
  const steps: Array<PhaseStep> = []
  for (let i = 0; i < phases.length;) {
    const group = merged.find((m) => m.phases[0] === phases[i])
    const list = group === undefined ? [phases[i]!] : group.phases
    steps.push({
      phases: list,
      label: group?.label ?? joinLabels(list.map((p) => labels[p])),
      deliverables: list.flatMap((p) => phaseDeliverables[p])
    })
    i += list.length
  }
  return steps
}

/**
 * The step the plan is in under a profile: the one holding its current phase.
 *
 * @category process
 * @since 0.1.0
 */
export const currentStep = (plan: Plan, profile?: Profile): PhaseStep => {
  const phase = currentPhase(plan)
  return phaseSteps(profile).find((s) => s.phases.includes(phase))!
}

/**
 * A deliverable to waive, and why.
 *
 * @category models
 * @since 0.1.0
 */
export interface WaiverRequest {
  readonly deliverable: RuleCode
  readonly reason: string
}

/**
 * What `advancePhase` takes besides the plan.
 *
 * @category models
 * @since 0.1.0
 */
export interface AdvanceOptions extends OperationContext {
  readonly waivers?: ReadonlyArray<WaiverRequest>
  readonly profile?: Profile
}

const withRecord = (plan: Plan, phase: Phase, update: (r: PhaseRecord) => PhaseRecord): ReadonlyArray<PhaseRecord> => {
  const existing = plan.phases.find((r) => r.phase === phase)
  const next = update(existing ?? { phase, state: "notStarted", waivers: [] })
  const records = existing === undefined ? [...plan.phases, next] : plan.phases.map((r) => (r === existing ? next : r))
  return [...records].sort((a, b) => phases.indexOf(a.phase) - phases.indexOf(b.phase))
}

/**
 * Completes the current step (its phases from the current one on) and starts the next, if the
 * deliverables of those phases raise no error (after the waivers given). The policy must allow
 * `advancePhase` (only the coordinator), and with waivers also `waiveDeliverable`; waivers must name a
 * deliverable of the step and give a reason, and are recorded with the phase the deliverable belongs to.
 *
 * @category process
 * @since 0.1.0
 */
export const advancePhase = (plan: Plan, options: AdvanceOptions): Result.Result<Plan, DomainError> => {
  const denied = firstError(
    authorizeOperation(plan, options, { kind: "advancePhase" }),
    (options.waivers ?? []).length === 0 ? undefined : authorizeOperation(plan, options, { kind: "waiveDeliverable" })
  )
  if (denied !== undefined) return Result.fail(denied)
  const phase = currentPhase(plan)
  const steps = phaseSteps(options.profile)
  const at = steps.findIndex((s) => s.phases.includes(phase))
  const step = steps[at]!
  const next = steps[at + 1]?.phases[0]
  if (next === undefined) return Result.fail(domainError("lastPhase"))
  // The phases of the step still open (all of them, unless the plan was advanced under another profile).
  const closing = step.phases.slice(step.phases.indexOf(phase))
  const deliverables = closing.flatMap((p) => phaseDeliverables[p])
  const requests = options.waivers ?? []
  const allowedList = deliverables.join(", ") || "—"
  for (const w of requests) {
    if (!deliverables.includes(w.deliverable) || w.reason.trim() === "") {
      return Result.fail(domainError("invalidWaiver", { allowed: allowedList }, { ids: [w.deliverable] }))
    }
  }
  const record = plan.phases.find((r) => r.phase === phase)
  if (record?.startedOn !== undefined && options.today < record.startedOn) {
    return Result.fail(datesOutOfOrder({ cs: "Dokončení fáze", en: "Completion of the phase" }, options.today, { cs: "její zahájení", en: "its start" }, record.startedOn))
  }
  const stepStart = record?.startedOn ?? options.today
  let candidate: Plan = plan
  for (const p of closing) {
    const waivers: Array<Waiver> = requests
      .filter((w) => phaseDeliverables[p].includes(w.deliverable))
      .map((w) => ({ deliverable: w.deliverable, reason: w.reason, by: options.actor.actorId!, on: options.today }))
    candidate = {
      ...candidate,
      phases: withRecord(candidate, p, (r) => ({
        ...r,
        state: "completed",
        startedOn: r.startedOn ?? stepStart,
        completedOn: options.today,
        waivers: [...r.waivers, ...waivers]
      }))
    }
  }
  const gate = check(candidate, {
    today: options.today,
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    only: deliverables,
    ignoreApplicability: true
  })
  const blocking = gate.findings.filter((f) => f.severity === "error")
  if (blocking.length > 0) {
    return Result.fail(domainError("blocked", { phase: step.label, count: blocking.length }, { findings: blocking, ids: blocking.map((f) => f.code) }))
  }
  return Result.succeed({
    ...candidate,
    phases: withRecord(candidate, next, (r) => ({ ...r, state: "inProgress", startedOn: options.today }))
  })
}
