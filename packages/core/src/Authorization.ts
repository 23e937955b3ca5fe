/**
 * The authorization policy: a pure function of the acting person's role, the action and the plan's
 * state that says whether the action is allowed or why not. The public may comment only while a comment
 * period is open; a working-group leader edits the strategy items of their own group and its part of
 * the analyses (its SWOT items, the needs of its target groups); only the
 * coordinator advances phases, opens and closes comment periods and records approvals; nobody edits an
 * adopted version. Every operation asks it first (`authorizeOperation`).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import type { IsoDate } from "./CalendarDate.js"
import { domainError, entityNames, type DomainError } from "./DomainError.js"
import type { ActorId, BodyId } from "./Ids.js"
import { makeMessages, type LocalizedText } from "./Messages.js"
import type { Plan } from "./Plan.js"
import type { LifecycleStatus } from "./Process.js"
import { adoptedStatuses } from "./Rule.js"

/**
 * The roles people act in.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Role = Schema.Literals(["coordinator", "steeringGroupMember", "workingGroupLeader", "member", "public"])

/**
 * @category models
 * @since 0.1.0
 */
export type Role = typeof Role.Type

/**
 * Who acts: their actor id in the plan (a member of the public may have none), their role, and for a
 * working-group leader the group they lead.
 *
 * @category models
 * @since 0.1.0
 */
export interface Acting {
  readonly actorId?: ActorId
  readonly role: Role
  readonly bodyId?: BodyId
}

/**
 * What someone wants to do.
 *
 * @category models
 * @since 0.1.0
 */
export type Action =
  | { readonly kind: "comment" }
  | { readonly kind: "recordComment" }
  | { readonly kind: "settleComment" }
  | { readonly kind: "editStrategyItem"; readonly bodyId?: BodyId }
  /** Editing the analyses (needs, demography, resources, SWOT); `bodyIds`: the working groups the part belongs to. */
  | { readonly kind: "editAnalyses"; readonly bodyIds?: ReadonlyArray<BodyId> }
  | { readonly kind: "advancePhase" }
  | { readonly kind: "waiveDeliverable" }
  | { readonly kind: "openCommentPeriod" }
  | { readonly kind: "closeCommentPeriod" }
  | { readonly kind: "approve" }
  | { readonly kind: "putInForce" }
  | { readonly kind: "amend" }
  | { readonly kind: "expire" }
  | { readonly kind: "deriveNextEdition" }
  | { readonly kind: "editAdopted" }
  /** Recording implementation: money secured and spent, indicator actuals, action plans, monitoring reports. */
  | { readonly kind: "recordImplementation" }
  /** A member recording their own vote on, or recusal from, a decision of their body. */
  | { readonly kind: "recordOwnVote" }

/**
 * The kinds of action.
 *
 * @category constants
 * @since 0.1.0
 */
export const actionKinds: ReadonlyArray<Action["kind"]> = [
  "comment", "recordComment", "settleComment", "editStrategyItem", "advancePhase", "waiveDeliverable", "openCommentPeriod",
  "closeCommentPeriod", "approve", "putInForce", "amend", "expire", "deriveNextEdition", "editAdopted", "recordImplementation", "editAnalyses",
  "recordOwnVote"
]

/**
 * What the policy needs to know of the plan.
 *
 * @category models
 * @since 0.1.0
 */
export interface PlanState {
  readonly status: LifecycleStatus
  /** Whether a comment period is open on the day. */
  readonly commentPeriodOpen: boolean
}

/**
 * The answer of the policy.
 *
 * @category models
 * @since 0.1.0
 */
export type Authorization = { readonly allowed: true } | { readonly allowed: false; readonly reason: LocalizedText }

const reasons = makeMessages({
  adopted: { cs: "schválenou verzi plánu nesmí nikdo měnit", en: "nobody may change an adopted version of the plan" },
  periodClosed: { cs: "připomínky lze podávat jen v otevřeném období připomínek", en: "comments can be submitted only while a comment period is open" },
  coordinatorOnly: { cs: "tuto akci může provést jen koordinátor plánu", en: "only the plan's coordinator may do this" },
  settlers: { cs: "připomínky vypořádává koordinátor nebo řídící skupina", en: "comments are settled by the coordinator or the steering group" },
  ownGroup: { cs: "vedoucí pracovní skupiny upravuje jen položky své skupiny", en: "a working-group leader edits only the items of their own group" },
  editors: { cs: "strategii upravuje koordinátor, řídící skupina nebo vedoucí příslušné pracovní skupiny", en: "the strategy is edited by the coordinator, the steering group or the leader of the group concerned" },
  voters: { cs: "hlas nebo střet zájmů zaznamenává sám jen člen orgánu, ne veřejnost", en: "only a member of a body records their own vote or recusal, not the public" },
  analysts: { cs: "analýzy upravuje koordinátor, řídící skupina nebo vedoucí pracovní skupiny, které se část analýzy týká", en: "the analyses are edited by the coordinator, the steering group or the leader of the working group the part belongs to" }
})

const allowed: Authorization = { allowed: true }
const deny = (key: Parameters<typeof reasons>[0]): Authorization => ({ allowed: false, reason: reasons(key) })

/** Actions that change the adopted content of the plan (not its lifecycle or process record). */
const editsContent: ReadonlySet<Action["kind"]> = new Set(["comment", "recordComment", "settleComment", "editStrategyItem", "editAnalyses", "openCommentPeriod", "closeCommentPeriod", "editAdopted"])

/**
 * Whether a role may take an action on a plan in a state.
 *
 * @category authorization
 * @since 0.1.0
 */
export const authorize = (acting: Acting, action: Action, state: PlanState): Authorization => {
  if (action.kind === "editAdopted" || (editsContent.has(action.kind) && adoptedStatuses.includes(state.status))) return deny("adopted")
  switch (action.kind) {
    case "comment":
      return state.status === "commentPeriod" && state.commentPeriodOpen ? allowed : deny("periodClosed")
    case "settleComment":
      return acting.role === "coordinator" || acting.role === "steeringGroupMember" ? allowed : deny("settlers")
    case "editStrategyItem":
      if (acting.role === "coordinator" || acting.role === "steeringGroupMember") return allowed
      if (acting.role === "workingGroupLeader") {
        return acting.bodyId !== undefined && acting.bodyId === action.bodyId ? allowed : deny("ownGroup")
      }
      return deny("editors")
    case "recordOwnVote":
      return acting.role === "public" ? deny("voters") : allowed
    case "editAnalyses":
      if (acting.role === "coordinator" || acting.role === "steeringGroupMember") return allowed
      return acting.role === "workingGroupLeader" && acting.bodyId !== undefined && action.bodyIds?.includes(acting.bodyId) === true ? allowed : deny("analysts")
    default:
      return acting.role === "coordinator" ? allowed : deny("coordinatorOnly")
  }
}

/**
 * The state of a plan on a day, as the policy sees it.
 *
 * @category authorization
 * @since 0.1.0
 */
export const planState = (plan: Plan, today: IsoDate): PlanState => ({
  status: plan.lifecycle.status,
  commentPeriodOpen: plan.consultation.periods.some((p) => p.from <= today && today <= p.to)
})

/**
 * What every operation takes besides its own input: who acts, and the day.
 *
 * @category models
 * @since 0.1.0
 */
export interface OperationContext {
  readonly actor: Acting
  readonly today: IsoDate
}

/**
 * The check every operation runs first: the acting person exists in the plan (unless they act as the
 * public), and the policy allows the action. Returns the error, or `undefined` when allowed.
 *
 * @category authorization
 * @since 0.1.0
 */
export const authorizeOperation = (plan: Plan, ctx: OperationContext, action: Action): DomainError | undefined => {
  const { actorId } = ctx.actor
  if (ctx.actor.role !== "public" && (actorId === undefined || !plan.actors.some((a) => a.id === actorId))) {
    return domainError("unknownId", { kind: entityNames.actor, id: actorId ?? "?" }, { ids: actorId === undefined ? [] : [actorId] })
  }
  const answer = authorize(ctx.actor, action, planState(plan, ctx.today))
  return answer.allowed ? undefined : domainError("notAllowed", { why: answer.reason }, actorId === undefined ? {} : { ids: [actorId] })
}
