/**
 * The schedule (harmonogram) of preparing a plan: milestones with a date or a window, an owner, the
 * milestones they must follow, and when they were done. Seed 003's timeline is expressed with it.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { IsoDate } from "./CalendarDate.js"
import { ActorId, BodyId, MilestoneId } from "./Ids.js"
import { Phase } from "./Process.js"
import { Name, Text } from "./Text.js"

/**
 * What a milestone marks, so the process rules can find it.
 *
 * @category schemas
 * @since 0.1.0
 */
export const MilestoneKind = Schema.Literals([
  "task",
  "deadline",
  "meeting",
  "commentPeriodOpens",
  "commentPeriodCloses",
  "settlement",
  "approval",
  "periodStarts",
  "actionPlan",
  "publication"
])

/**
 * @category models
 * @since 0.1.0
 */
export type MilestoneKind = typeof MilestoneKind.Type

/**
 * A milestone: a day (`from` only) or a window (`from`–`to`), with its owner and predecessors.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Milestone = Schema.Struct({
  id: MilestoneId,
  title: Name,
  description: Schema.optionalKey(Text),
  kind: MilestoneKind,
  phase: Schema.optionalKey(Phase),
  from: IsoDate,
  to: Schema.optionalKey(IsoDate),
  ownerId: Schema.optionalKey(ActorId),
  bodyId: Schema.optionalKey(BodyId),
  after: Schema.Array(MilestoneId),
  doneOn: Schema.optionalKey(IsoDate)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Milestone = typeof Milestone.Type
