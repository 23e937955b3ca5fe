/**
 * The process of planning: the six phases of the methodology (seed 000) with their state, deliverables
 * waived with a reason, and the legal lifecycle of the plan document (draft → comment period →
 * settlement → approved → in force → amended → expired) with its approvals.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { IsoDate, Year } from "./CalendarDate.js"
import { ActorId, DecisionId } from "./Ids.js"
import { IntBetween } from "./Refinement.js"
import { Name, Text } from "./Text.js"

/**
 * The six phases of community planning, in order (seed 000).
 *
 * @category schemas
 * @since 0.1.0
 */
export const Phase = Schema.Literals([
  "start",
  "steeringStructure",
  "understandingNeeds",
  "vision",
  "strategy",
  "implementation"
])

/**
 * @category models
 * @since 0.1.0
 */
export type Phase = typeof Phase.Type

/**
 * The phases in their order.
 *
 * @category constants
 * @since 0.1.0
 */
export const phases: ReadonlyArray<Phase> = Phase.literals

/**
 * Where a phase stands.
 *
 * @category schemas
 * @since 0.1.0
 */
export const PhaseState = Schema.Literals(["notStarted", "inProgress", "completed"])

/**
 * @category models
 * @since 0.1.0
 */
export type PhaseState = typeof PhaseState.Type

/**
 * A deliverable of a phase that the coordinator waived, with the reason and who decided.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Waiver = Schema.Struct({
  deliverable: Name,
  reason: Text,
  by: ActorId,
  on: IsoDate
})

/**
 * @category models
 * @since 0.1.0
 */
export type Waiver = typeof Waiver.Type

/**
 * One phase of the plan's process.
 *
 * @category schemas
 * @since 0.1.0
 */
export const PhaseRecord = Schema.Struct({
  phase: Phase,
  state: PhaseState,
  startedOn: Schema.optionalKey(IsoDate),
  completedOn: Schema.optionalKey(IsoDate),
  waivers: Schema.Array(Waiver)
})

/**
 * @category models
 * @since 0.1.0
 */
export type PhaseRecord = typeof PhaseRecord.Type

/**
 * The legal lifecycle of the plan document.
 *
 * @category schemas
 * @since 0.1.0
 */
export const LifecycleStatus = Schema.Literals([
  "draft",
  "commentPeriod",
  "settlement",
  "approved",
  "inForce",
  "amended",
  "expired"
])

/**
 * @category models
 * @since 0.1.0
 */
export type LifecycleStatus = typeof LifecycleStatus.Type

/**
 * The bodies that approve or take note of documents: the municipal assembly (zastupitelstvo), the
 * council (rada), the steering group, or the regional assembly.
 *
 * @category schemas
 * @since 0.1.0
 */
export const ApprovingBody = Schema.Literals(["assembly", "council", "steeringGroup", "regionalAssembly", "regionalCouncil"])

/**
 * @category models
 * @since 0.1.0
 */
export type ApprovingBody = typeof ApprovingBody.Type

/**
 * An approval: which body, the resolution number (číslo usnesení), the date, and whether the body
 * approved the document or only took note of it (vzato na vědomí).
 *
 * @category schemas
 * @since 0.1.0
 */
export const Approval = Schema.Struct({
  body: ApprovingBody,
  resolution: Name,
  date: IsoDate,
  kind: Schema.Literals(["approved", "tookNote"]),
  decisionId: Schema.optionalKey(DecisionId)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Approval = typeof Approval.Type

/**
 * An extension of the plan's validity (prodloužení platnosti): the end of the plan period before and
 * after it, as the assembly resolved (2017–2019 → 2017–2020: `{ previousTo: 2019, to: 2020 }`).
 *
 * @category schemas
 * @since 0.1.0
 */
export const Extension = Schema.Struct({
  previousTo: Year,
  to: Year
})

/**
 * @category models
 * @since 0.1.0
 */
export type Extension = typeof Extension.Type

/**
 * An amendment of an adopted plan: its number, the reason, its approval, and — for an extension of
 * validity — the period's old and new end.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Amendment = Schema.Struct({
  number: IntBetween(1, 1000),
  reason: Text,
  approval: Schema.optionalKey(Approval),
  extension: Schema.optionalKey(Extension)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Amendment = typeof Amendment.Type

/**
 * The plan's legal state: its status, the approval that made it valid, the date it comes into force,
 * the day its validity ends when that is not the end of the period (set when it expired), and its
 * amendments (an extension of validity among them).
 *
 * @category schemas
 * @since 0.1.0
 */
export const Lifecycle = Schema.Struct({
  status: LifecycleStatus,
  approval: Schema.optionalKey(Approval),
  inForceFrom: Schema.optionalKey(IsoDate),
  validUntil: Schema.optionalKey(IsoDate),
  amendments: Schema.Array(Amendment)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Lifecycle = typeof Lifecycle.Type
