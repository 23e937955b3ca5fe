/**
 * Public comment as operations: a comment is added (by a member of the public while a period is open,
 * or recorded by the coordinator from any channel — a late one is kept and flagged by KPSS-CONS-003,
 * never dropped), and settled (accepted / partly accepted / rejected / noted, with a justification
 * unless accepted, who settled it and when, and the change it caused).
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import { authorizeOperation, type OperationContext } from "./Authorization.js"
import type { IsoDate } from "./CalendarDate.js"
import { Channel, Disposition, type Comment } from "./Consultation.js"
import { datesOutOfOrder, domainError, entityNames, notAfterToday, unknownId, type DomainError } from "./DomainError.js"
import type { ActorId, CommentId, CommentPeriodId, StrategyItemId } from "./Ids.js"
import type { Plan } from "./Plan.js"
import { checkDate, checkFlag, checkId, checkName, checkOneOf, checkText, firstError } from "./PlanEdit.js"

/**
 * A comment to add.
 *
 * @category models
 * @since 0.1.0
 */
export interface CommentInput {
  readonly id: CommentId
  readonly periodId: CommentPeriodId
  /** The day it came in; a member of the public submits it today. */
  readonly receivedOn?: IsoDate
  readonly channel: Channel
  readonly author: { readonly name: string; readonly contact?: string; readonly actorId?: ActorId; readonly consentToPublish: boolean }
  readonly text: string
  readonly itemId?: StrategyItemId
  readonly section?: string
}

/**
 * Adds a comment. A member of the public (any role but the coordinator) comments while a period is
 * open, today; the coordinator records a comment received on any day by any channel.
 *
 * @category public comment
 * @since 0.1.0
 */
export const addComment = (plan: Plan, input: CommentInput, ctx: OperationContext): Result.Result<Plan, DomainError> => {
  const recording = ctx.actor.role === "coordinator"
  const denied = authorizeOperation(plan, ctx, { kind: recording ? "recordComment" : "comment" })
  if (denied !== undefined) return Result.fail(denied)
  const author = (input.author ?? {}) as Partial<CommentInput["author"]>
  const invalid = firstError(
    checkId("id", input.id),
    recording && input.receivedOn !== undefined ? checkDate("receivedOn", input.receivedOn) : undefined,
    checkOneOf("channel", input.channel, Channel.literals),
    checkName("author.name", author.name),
    author.contact === undefined ? undefined : checkName("author.contact", author.contact),
    checkFlag("author.consentToPublish", author.consentToPublish),
    checkText("text", input.text ?? null),
    input.section === undefined ? undefined : checkName("section", input.section)
  )
  if (invalid !== undefined) return Result.fail(invalid)
  if (plan.consultation.comments.some((c) => c.id === input.id)) return Result.fail(domainError("duplicateId", { kind: entityNames.comment, id: input.id }, { ids: [input.id] }))
  if (!plan.consultation.periods.some((p) => p.id === input.periodId)) {
    return Result.fail(unknownId(entityNames.period, input.periodId))
  }
  if (input.itemId !== undefined && !plan.strategy.items.some((i) => i.id === input.itemId)) {
    return Result.fail(unknownId(entityNames.item, input.itemId))
  }
  if (input.author.actorId !== undefined && !plan.actors.some((a) => a.id === input.author.actorId)) {
    return Result.fail(unknownId(entityNames.actor, input.author.actorId))
  }
  const receivedOn = recording ? input.receivedOn ?? ctx.today : ctx.today
  if (receivedOn > ctx.today) {
    return Result.fail(notAfterToday({ cs: "Přijetí připomínky", en: "The receipt of the comment" }, receivedOn, ctx.today))
  }
  const comment: Comment = {
    id: input.id,
    periodId: input.periodId,
    receivedOn,
    channel: input.channel,
    author: {
      name: input.author.name,
      consentToPublish: input.author.consentToPublish,
      ...(input.author.contact === undefined ? {} : { contact: input.author.contact }),
      ...(input.author.actorId === undefined ? {} : { actorId: input.author.actorId })
    },
    text: input.text,
    ...(input.itemId === undefined ? {} : { itemId: input.itemId }),
    ...(input.section === undefined ? {} : { section: input.section })
  }
  return Result.succeed({ ...plan, consultation: { ...plan.consultation, comments: [...plan.consultation.comments, comment] } })
}

/**
 * A settlement to record.
 *
 * @category models
 * @since 0.1.0
 */
export interface SettlementInput {
  readonly commentId: CommentId
  readonly disposition: Disposition
  readonly justification?: string
  readonly change?: string
}

/**
 * Settles a comment today, in the name of the acting person. A justification is mandatory unless the
 * comment is accepted.
 *
 * @category public comment
 * @since 0.1.0
 */
export const settleComment = (plan: Plan, input: SettlementInput, ctx: OperationContext): Result.Result<Plan, DomainError> => {
  const denied = authorizeOperation(plan, ctx, { kind: "settleComment" })
  if (denied !== undefined) return Result.fail(denied)
  const position = plan.consultation.comments.findIndex((c) => c.id === input.commentId)
  if (position < 0) return Result.fail(unknownId(entityNames.comment, input.commentId))
  const comment = plan.consultation.comments[position]!
  const invalid = firstError(
    checkOneOf("disposition", input.disposition, Disposition.literals),
    checkText("justification", input.justification),
    checkText("change", input.change)
  )
  if (invalid !== undefined) return Result.fail(invalid)
  if (input.disposition !== "accepted" && (input.justification ?? "").trim() === "") {
    return Result.fail(domainError("missingJustification", { id: comment.id }, { ids: [comment.id] }))
  }
  if (ctx.today < comment.receivedOn) {
    return Result.fail(datesOutOfOrder({ cs: "Vypořádání", en: "The settlement" }, ctx.today, { cs: "přijetí připomínky", en: "the receipt of the comment" }, comment.receivedOn))
  }
  const actor = plan.actors.find((a) => a.id === ctx.actor.actorId)
  const settled: Comment = {
    ...comment,
    settlement: {
      disposition: input.disposition,
      settledBy: actor?.name ?? ctx.actor.actorId ?? "?",
      settledOn: ctx.today,
      ...(input.justification === undefined ? {} : { justification: input.justification }),
      ...(input.change === undefined ? {} : { change: input.change })
    }
  }
  return Result.succeed({
    ...plan,
    consultation: { ...plan.consultation, comments: plan.consultation.comments.map((c, i) => (i === position ? settled : c)) }
  })
}
