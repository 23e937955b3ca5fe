/**
 * Meetings of a body and the decisions taken at them: the agenda and when it was sent, the facilitator,
 * attendance, when the decision method was declared, the minutes and when they were published, and
 * each decision with its votes, objections and recusals (seed 004: agenda sent in advance, a capable
 * facilitator, the way of deciding defined in advance, minutes taken and published).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { IsoDate } from "./CalendarDate.js"
import { DecisionRule } from "./DecisionRule.js"
import { ActorId, AnyId, BodyId, DecisionId, MeetingId } from "./Ids.js"
import { LifecycleStatus } from "./Process.js"
import { Name, Text, Url } from "./Text.js"

/**
 * Minutes of a meeting.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Minutes = Schema.Struct({
  takenBy: ActorId,
  publishedOn: Schema.optionalKey(IsoDate),
  reference: Schema.optionalKey(Url)
})

/**
 * A meeting of a body.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Meeting = Schema.Struct({
  id: MeetingId,
  bodyId: BodyId,
  date: IsoDate,
  place: Schema.optionalKey(Name),
  agenda: Schema.Array(Name),
  agendaSentOn: Schema.optionalKey(IsoDate),
  facilitatorId: Schema.optionalKey(ActorId),
  decisionMethodDeclaredOn: Schema.optionalKey(IsoDate),
  attendance: Schema.Array(ActorId),
  minutes: Schema.optionalKey(Minutes)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Meeting = typeof Meeting.Type

/**
 * A vote: yes, no, abstain, a block (consensus) or a reasoned objection (consent).
 *
 * @category schemas
 * @since 0.1.0
 */
export const VoteChoice = Schema.Literals(["yes", "no", "abstain", "block", "objection"])

/**
 * @category models
 * @since 0.1.0
 */
export type VoteChoice = typeof VoteChoice.Type

/**
 * One member's vote, with the reason (required for a block or an objection by the rules).
 *
 * @category schemas
 * @since 0.1.0
 */
export const Vote = Schema.Struct({
  actorId: ActorId,
  choice: VoteChoice,
  reason: Schema.optionalKey(Text)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Vote = typeof Vote.Type

/**
 * What a decision decided, so the process can rely on it.
 *
 * @category schemas
 * @since 0.1.0
 */
export const DecisionSubject = Schema.Literals([
  "rulesOfProcedure",
  "steeringStructure",
  "visionAccepted",
  "prioritiesAgreed",
  "strategyAgreed",
  "versionApproved",
  "settlementApproved",
  "actionPlanApproved",
  "monitoringReportApproved",
  "amendment",
  "other"
])

/**
 * @category models
 * @since 0.1.0
 */
export type DecisionSubject = typeof DecisionSubject.Type

/**
 * A decision of a body, the rule it was taken under, the votes and recusals, the recorded outcome, and
 * the plan items it concerns (strategy items, comments, action plans, …) by id.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Decision = Schema.Struct({
  id: DecisionId,
  bodyId: BodyId,
  meetingId: Schema.optionalKey(MeetingId),
  date: IsoDate,
  subject: DecisionSubject,
  text: Text,
  rule: DecisionRule,
  votes: Schema.Array(Vote),
  recusals: Schema.Array(Schema.Struct({ actorId: ActorId, reason: Text })),
  outcome: Schema.Literals(["passed", "failed", "noQuorum", "open"]),
  closedOn: Schema.optionalKey(IsoDate),
  /** Ids of the plan items the decision concerns. */
  concerns: Schema.Array(AnyId),
  /** For a version approval: the lifecycle state the decision moves the plan to. */
  lifecycleStatus: Schema.optionalKey(LifecycleStatus)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Decision = typeof Decision.Type
