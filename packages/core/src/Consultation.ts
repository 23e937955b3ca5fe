/**
 * Public comment (připomínkování): comment periods with their channels, the comments received — who
 * sent them (kept private unless the author consented to publication), what they concern — and the
 * settlement (vypořádání) of each.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { IsoDate } from "./CalendarDate.js"
import { ActorId, CommentId, CommentPeriodId, StrategyItemId } from "./Ids.js"
import { Name, Text } from "./Text.js"

/**
 * How a comment came in.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Channel = Schema.Literals(["web", "email", "paperForm", "publicHearing", "meeting"])

/**
 * @category models
 * @since 0.1.0
 */
export type Channel = typeof Channel.Type

/**
 * A period in which the draft is open for comment (both days included).
 *
 * @category schemas
 * @since 0.1.0
 */
export const CommentPeriod = Schema.Struct({
  id: CommentPeriodId,
  from: IsoDate,
  to: IsoDate,
  channels: Schema.Array(Channel),
  announcement: Schema.optionalKey(Text)
})

/**
 * @category models
 * @since 0.1.0
 */
export type CommentPeriod = typeof CommentPeriod.Type

/**
 * The author of a comment. Name and contact are personal data: published only with consent.
 *
 * @category schemas
 * @since 0.1.0
 */
export const CommentAuthor = Schema.Struct({
  name: Name,
  contact: Schema.optionalKey(Name),
  actorId: Schema.optionalKey(ActorId),
  consentToPublish: Schema.Boolean
})

/**
 * How a comment was settled.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Disposition = Schema.Literals(["accepted", "partlyAccepted", "rejected", "noted"])

/**
 * @category models
 * @since 0.1.0
 */
export type Disposition = typeof Disposition.Type

/**
 * The settlement of a comment: the disposition, the justification (mandatory unless accepted), who
 * settled it and when, and the change it caused.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Settlement = Schema.Struct({
  disposition: Disposition,
  justification: Schema.optionalKey(Text),
  settledBy: Name,
  settledOn: IsoDate,
  change: Schema.optionalKey(Text)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Settlement = typeof Settlement.Type

/**
 * A comment on the draft.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Comment = Schema.Struct({
  id: CommentId,
  periodId: CommentPeriodId,
  receivedOn: IsoDate,
  channel: Channel,
  author: CommentAuthor,
  text: Text,
  /** The strategy item it concerns, or a section of the text when it concerns no item. */
  itemId: Schema.optionalKey(StrategyItemId),
  section: Schema.optionalKey(Name),
  settlement: Schema.optionalKey(Settlement)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Comment = typeof Comment.Type

/**
 * The public comment of a plan.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Consultation = Schema.Struct({
  periods: Schema.Array(CommentPeriod),
  comments: Schema.Array(Comment)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Consultation = typeof Consultation.Type
