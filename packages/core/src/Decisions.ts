/**
 * Decisions of bodies as operations: a member's vote is recorded, a member steps aside for a conflict
 * of interest (a recusal with its reason), and the decision is closed — its outcome is what
 * {@link decide} says on its votes under its rule, never typed in by hand. A member records their own
 * vote or recusal; the coordinator records anyone's from the minutes and closes decisions.
 *
 * Bad input is answered with `InvalidInput` (a vote of a non-member, a second vote, a vote or recusal
 * on a closed decision, a rule with a quorum outside (0, 1]); a refused action or an unknown id with a
 * `DomainError`. Either way the plan is left as it was.
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import { authorizeOperation, type OperationContext } from "./Authorization.js"
import { datesOutOfOrder, entityNames, unknownId, type DomainError } from "./DomainError.js"
import type { ActorId, DecisionId } from "./Ids.js"
import type { Decision, Vote } from "./Meeting.js"
import { makeMessages } from "./Messages.js"
import type { Plan } from "./Plan.js"
import { InvalidInput, type PathSegment } from "./Problem.js"
import { dateParam, renderMessage } from "./Rule.js"
import { decide, triadRoles, voteProblems, type VoteProblem } from "./Voting.js"

const closed = {
  cs: "Rozhodnutí „{id}“ je uzavřeno ({closedOn}); hlasy ani vyloučení už nelze zaznamenat",
  en: "The decision \"{id}\" is closed ({closedOn}); no vote or recusal can be recorded any more"
}

const texts = makeMessages({
  closing: { cs: "Uzavření rozhodnutí", en: "Closing the decision" },
  decisionDay: { cs: "den rozhodnutí", en: "the day of the decision" }
})

/**
 * The input of {@link recordVote}.
 *
 * @category models
 * @since 0.1.0
 */
export interface VoteInput {
  readonly decisionId: DecisionId
  readonly vote: Vote
}

/**
 * The input of {@link recordRecusal}: the member and the declared conflict of interest.
 *
 * @category models
 * @since 0.1.0
 */
export interface RecusalInput {
  readonly decisionId: DecisionId
  readonly actorId: ActorId
  readonly reason: string
}

type Located = { readonly index: number; readonly decision: Decision }

const locate = (plan: Plan, id: DecisionId): Result.Result<Located, DomainError> => {
  const index = plan.decisions.findIndex((d) => d.id === id)
  return index < 0
    ? Result.fail(unknownId(entityNames.decision, id))
    : Result.succeed({ index, decision: plan.decisions[index]! })
}

const invalid = (at: number, problems: ReadonlyArray<VoteProblem>): InvalidInput =>
  new InvalidInput({ input: "decision", problems: problems.map((p) => ({ ...p, path: ["decisions", at, ...p.path] as Array<PathSegment> })) })

const closedError = (at: number, d: Decision): InvalidInput =>
  invalid(at, [{
    path: [],
    code: "decisionClosed",
    message: renderMessage(closed, { id: d.id, closedOn: d.closedOn === undefined ? d.outcome : dateParam(d.closedOn) })
  }])

const isClosed = (d: Decision): boolean => d.outcome !== "open" || d.closedOn !== undefined

const withDecision = (plan: Plan, at: number, decision: Decision): Plan => ({
  ...plan,
  decisions: plan.decisions.map((d, i) => (i === at ? decision : d))
})

/** A member records their own vote or recusal (the policy's `recordOwnVote`); anyone else's is recorded by whoever may record implementation. */
const authorizeFor = (plan: Plan, ctx: OperationContext, actorId: ActorId): DomainError | undefined =>
  authorizeOperation(plan, ctx, { kind: ctx.actor.actorId === actorId ? "recordOwnVote" : "recordImplementation" })

const bodyOf = (plan: Plan, d: Decision): Result.Result<Plan["bodies"][number], DomainError> => {
  const body = plan.bodies.find((b) => b.id === d.bodyId)
  return body === undefined ? Result.fail(unknownId(entityNames.body, d.bodyId)) : Result.succeed(body)
}

/**
 * Records a member's vote on an open decision.
 *
 * @category decisions
 * @since 0.1.0
 */
export const recordVote = (plan: Plan, input: VoteInput, ctx: OperationContext): Result.Result<Plan, DomainError | InvalidInput> =>
  Result.gen(function*() {
    const { index, decision } = yield* locate(plan, input.decisionId)
    const denied = authorizeFor(plan, ctx, input.vote.actorId)
    if (denied !== undefined) return yield* Result.fail(denied)
    if (isClosed(decision)) return yield* Result.fail(closedError(index, decision))
    const body = yield* bodyOf(plan, decision)
    const votes = [...decision.votes, input.vote]
    const problems = voteProblems(decision.rule, body, votes, { recusals: decision.recusals, on: decision.date })
    if (problems.length > 0) return yield* Result.fail(invalid(index, problems))
    return withDecision(plan, index, { ...decision, votes })
  })

/**
 * Records that a member steps aside from an open decision for a conflict of interest (e.g. a provider
 * when its own funding is decided). Their vote, if any, no longer counts.
 *
 * @category decisions
 * @since 0.1.0
 */
export const recordRecusal = (plan: Plan, input: RecusalInput, ctx: OperationContext): Result.Result<Plan, DomainError | InvalidInput> =>
  Result.gen(function*() {
    const { index, decision } = yield* locate(plan, input.decisionId)
    const denied = authorizeFor(plan, ctx, input.actorId)
    if (denied !== undefined) return yield* Result.fail(denied)
    if (isClosed(decision)) return yield* Result.fail(closedError(index, decision))
    const body = yield* bodyOf(plan, decision)
    const recusals = [...decision.recusals.filter((r) => r.actorId !== input.actorId), { actorId: input.actorId, reason: input.reason }]
    const problems = voteProblems(decision.rule, body, decision.votes, { recusals, on: decision.date })
    if (problems.length > 0) return yield* Result.fail(invalid(index, problems))
    return withDecision(plan, index, { ...decision, recusals })
  })

/**
 * Closes an open decision today: its outcome is what {@link decide} gives on its votes.
 *
 * @category decisions
 * @since 0.1.0
 */
export const closeDecision = (plan: Plan, input: { readonly decisionId: DecisionId }, ctx: OperationContext): Result.Result<Plan, DomainError | InvalidInput> =>
  Result.gen(function*() {
    const { index, decision } = yield* locate(plan, input.decisionId)
    const denied = authorizeOperation(plan, ctx, { kind: "recordImplementation" })
    if (denied !== undefined) return yield* Result.fail(denied)
    if (isClosed(decision)) return yield* Result.fail(closedError(index, decision))
    if (ctx.today < decision.date) {
      return yield* Result.fail(datesOutOfOrder(texts("closing"), ctx.today, texts("decisionDay"), decision.date, [decision.id]))
    }
    const body = yield* bodyOf(plan, decision)
    const result = decide(decision.rule, body, decision.votes, { roles: triadRoles(plan.actors), recusals: decision.recusals, on: decision.date })
    if (Result.isFailure(result)) {
      return yield* Result.fail(invalid(index, result.failure.problems as ReadonlyArray<VoteProblem>))
    }
    return withDecision(plan, index, { ...decision, outcome: result.success.outcome, closedOn: ctx.today })
  })
