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
 * @since 0.1.0
 */
import { Result } from "effect"
import { authorizeOperation, type OperationContext } from "./Authorization.js"
import { check } from "./Check.js"
import { datesOutOfOrder, domainError, type DomainError } from "./DomainError.js"
import { phaseLabels } from "./Labels.js"
import type { Plan } from "./Plan.js"
import { currentPhase } from "./PlanIndex.js"
import { phases, type Phase, type PhaseRecord, type Waiver } from "./Process.js"
import type { Profile } from "./Profile.js"
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
 * Completes the current phase and starts the next, if the phase's deliverables raise no error (after
 * the waivers given). Only the coordinator may do it; waivers must name a deliverable of the current
 * phase and give a reason.
 *
 * @category process
 * @since 0.1.0
 */
export const advancePhase = (plan: Plan, options: AdvanceOptions): Result.Result<Plan, DomainError> => {
  const denied = authorizeOperation(plan, options, { kind: "advancePhase" })
  if (denied !== undefined) return Result.fail(denied)
  const phase = currentPhase(plan)
  const next = phases[phases.indexOf(phase) + 1]
  if (next === undefined) return Result.fail(domainError("lastPhase"))
  const deliverables = phaseDeliverables[phase]
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
  const waivers: Array<Waiver> = requests.map((w) => ({ deliverable: w.deliverable, reason: w.reason, by: options.actor.actorId!, on: options.today }))
  const completed = withRecord(plan, phase, (r) => ({
    ...r,
    state: "completed",
    startedOn: r.startedOn ?? options.today,
    completedOn: options.today,
    waivers: [...r.waivers, ...waivers]
  }))
  const candidate: Plan = { ...plan, phases: completed }
  const gate = check(candidate, {
    today: options.today,
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    only: deliverables,
    ignoreApplicability: true
  })
  const blocking = gate.findings.filter((f) => f.severity === "error")
  if (blocking.length > 0) {
    return Result.fail(domainError("blocked", { phase: phaseLabels[phase], count: blocking.length }, { findings: blocking, ids: blocking.map((f) => f.code) }))
  }
  return Result.succeed({
    ...candidate,
    phases: withRecord(candidate, next, (r) => ({ ...r, state: "inProgress", startedOn: options.today }))
  })
}
