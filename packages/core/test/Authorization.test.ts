import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  actionKinds, addComment, adoptedStatuses, advancePhase, amend, approve, authorize, changesAdoptedContent, closeCommentPeriod,
  deriveNextEdition, expire, extendValidity, isAdopted, isoDate, linkItem, LifecycleStatus, openCommentPeriod, planState, putInForce, Role, settleComment,
  type Acting, type Action, type ActorId, type BodyId, type CommentId, type CommentPeriodId, type DomainError, type IsoDate, type NeedId, type StrategyItemId,
  type OperationContext, type Plan, type PlanId
} from "../src/index.js"
import { planOf } from "./ruleFixtures.js"

const state = (status: LifecycleStatus, commentPeriodOpen = false) => ({ status, commentPeriodOpen })

describe("authorize", () => {
  it("lets the public comment only while a period is open", () => {
    expect(authorize({ role: "public" }, { kind: "comment" }, state("commentPeriod", true)).allowed).toBe(true)
    expect(authorize({ role: "public" }, { kind: "comment" }, state("commentPeriod", false)).allowed).toBe(false)
    expect(authorize({ role: "public" }, { kind: "comment" }, state("draft", true)).allowed).toBe(false)
  })

  it("lets a working-group leader edit the items of their own group only", () => {
    const leader: Acting = { actorId: "a" as ActorId, role: "workingGroupLeader", bodyId: "wg-1" as BodyId }
    expect(authorize(leader, { kind: "editStrategyItem", bodyId: "wg-1" as BodyId }, state("draft")).allowed).toBe(true)
    const other = authorize(leader, { kind: "editStrategyItem", bodyId: "wg-2" as BodyId }, state("draft"))
    expect(other).toEqual({ allowed: false, reason: { cs: "vedoucí pracovní skupiny upravuje jen položky své skupiny", en: "a working-group leader edits only the items of their own group" } })
    expect(authorize({ role: "member" }, { kind: "editStrategyItem", bodyId: "wg-1" as BodyId }, state("draft")).allowed).toBe(false)
  })

  it("lets only the coordinator advance phases, and nobody edit an adopted version", () => {
    for (const role of Role.literals) {
      expect(authorize({ role }, { kind: "advancePhase" }, state("draft")).allowed).toBe(role === "coordinator")
      for (const status of LifecycleStatus.literals) expect(authorize({ role }, { kind: "editAdopted" }, state(status)).allowed).toBe(false)
      for (const status of adoptedStatuses) expect(authorize({ role }, { kind: "editStrategyItem" }, state(status)).allowed).toBe(false)
    }
  })
})

// A plan in each lifecycle state: one comment period (6.–27. 6. 2016) with one settled comment, one need.
const planIn = (status: LifecycleStatus): Plan => planOf((p) => {
  p.analyses.needs = [{ id: "n-1", targetGroupId: "tg-seniors", description: "Potřeba", source: "survey", severity: "high", serviceTypes: [] }]
  p.consultation = {
    periods: [{ id: "cp-1", from: "2016-06-06", to: "2016-06-27", channels: ["web"] }],
    comments: [{ id: "c-1", periodId: "cp-1", receivedOn: "2016-06-10", channel: "web", author: { name: "Jana", consentToPublish: false }, text: "Text", settlement: { disposition: "accepted", settledBy: "ŘS", settledOn: "2016-07-01" } }]
  }
  p.lifecycle = { status, amendments: [] }
  if ((adoptedStatuses as ReadonlyArray<string>).includes(status)) {
    p.lifecycle.approval = { body: "assembly", resolution: "ZM/1/2016", date: "2016-09-20", kind: "approved" }
    if (status !== "approved") p.lifecycle.inForceFrom = "2017-01-01"
  }
})

interface Op {
  readonly name: string
  readonly action: (acting: Acting) => Action
  readonly run: (plan: Plan, ctx: OperationContext) => Result.Result<Plan, DomainError>
}

const ops: ReadonlyArray<Op> = [
  { name: "addComment", action: (a) => ({ kind: a.role === "coordinator" ? "recordComment" : "comment" }), run: (p, c) => addComment(p, { id: "c-new" as CommentId, periodId: "cp-1" as CommentPeriodId, channel: "web", author: { name: "X", consentToPublish: false }, text: "T" }, c) },
  { name: "settleComment", action: () => ({ kind: "settleComment" }), run: (p, c) => settleComment(p, { commentId: "c-1" as CommentId, disposition: "accepted" }, c) },
  { name: "linkItem", action: () => ({ kind: "editStrategyItem" }), run: (p, c) => linkItem(p, { id: "m1" as StrategyItemId, needIds: ["n-1" as NeedId] }, c) },
  { name: "advancePhase", action: () => ({ kind: "advancePhase" }), run: (p, c) => advancePhase(p, c) },
  { name: "openCommentPeriod", action: () => ({ kind: "openCommentPeriod" }), run: (p, c) => openCommentPeriod(p, { id: "cp-2" as CommentPeriodId, from: c.today, to: c.today, channels: ["web"] }, c) },
  { name: "closeCommentPeriod", action: () => ({ kind: "closeCommentPeriod" }), run: (p, c) => closeCommentPeriod(p, c) },
  { name: "approve", action: () => ({ kind: "approve" }), run: (p, c) => approve(p, { body: "assembly", resolution: "ZM/2/2016", date: isoDate("2016-09-20") }, c) },
  { name: "putInForce", action: () => ({ kind: "putInForce" }), run: (p, c) => putInForce(p, { from: isoDate("2017-01-01") }, c) },
  { name: "amend", action: () => ({ kind: "amend" }), run: (p, c) => amend(p, { reason: "Změna" }, c) },
  { name: "expire", action: () => ({ kind: "expire" }), run: (p, c) => expire(p, { on: isoDate("2019-12-31") }, c) },
  { name: "deriveNextEdition", action: () => ({ kind: "deriveNextEdition" }), run: (p, c) => deriveNextEdition(p, { id: "plan-next" as PlanId, title: "Další", period: { from: 2020 as never, to: 2022 as never } }, c) },
  { name: "extendValidity", action: () => ({ kind: "amend" }), run: (p, c) => extendValidity(p, { to: 2020, approval: { body: "assembly", resolution: "ZM/3/2019", date: isoDate("2016-09-21") } }, c) }
]

const arbitraryActing: fc.Arbitrary<Acting> = fc.record({
  role: fc.constantFrom(...Role.literals),
  actorId: fc.constantFrom("town" as ActorId, undefined),
  bodyId: fc.constantFrom("wg-1" as BodyId, undefined)
}).map(({ role, actorId, bodyId }) => ({ role, ...(actorId === undefined ? {} : { actorId }), ...(bodyId === undefined ? {} : { bodyId }) }))

const days: ReadonlyArray<IsoDate> = ["2016-06-01", "2016-06-10", "2016-06-27", "2016-09-21", "2020-01-15"].map(isoDate)

describe("the policy and the operations", () => {
  it("covers every action kind", () => {
    expect(actionKinds.length).toBe(17)
  })

  it("no operation succeeds where the policy says no, and none changes an adopted version's content", () => {
    const succeeded = new Set<string>()
    const refused = new Set<string>()
    // Every operation on each drawn case, so each is tried as often as there are runs.
    fc.assert(fc.property(
      arbitraryActing, fc.constantFrom(...LifecycleStatus.literals), fc.constantFrom(...days),
      (acting, status, today) => {
        const plan = planIn(status)
        const before = structuredClone(plan)
        for (const op of ops) {
          const result = op.run(plan, { actor: acting, today })
          const answer = authorize(acting, op.action(acting), planState(plan, today))
          expect(plan).toEqual(before)
          if (!answer.allowed) {
            expect(Result.isFailure(result), `${op.name} as ${acting.role} in ${status}`).toBe(true)
          }
          if (!answer.allowed) refused.add(op.name)
          if (Result.isSuccess(result)) {
            succeeded.add(op.name)
            expect(answer.allowed).toBe(true)
            // A next edition and an extension are new versions; the adopted one itself never changes (checked above).
            if (isAdopted(plan) && op.name !== "deriveNextEdition" && op.name !== "extendValidity") expect(changesAdoptedContent(plan, result.success)).toBe(false)
          }
        }
      }
    ), { numRuns: 500, seed: 42 })
    // The property is not vacuous: every operation both succeeded and was refused in some case.
    expect([...succeeded].sort()).toEqual(ops.map((o) => o.name).sort())
    expect([...refused].sort()).toEqual(ops.map((o) => o.name).sort())
  })

  it("answers a refusal with notAllowed and the policy's reason in both languages", () => {
    const result = advancePhase(planIn("draft"), { actor: { actorId: "town" as ActorId, role: "member" }, today: isoDate("2016-06-01") })
    expect(Result.isFailure(result) && [result.failure.reason, result.failure.text.cs]).toEqual(["notAllowed", "Akce není dovolena: tuto akci může provést jen koordinátor plánu"])
  })
})
