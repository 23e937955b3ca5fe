import { Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  addComment, check, closeCommentPeriod, isoDate, openCommentPeriod, settleComment, type ActorId, type CommentId,
  type CommentPeriodId, type DomainError, type OperationContext, type Plan, type StrategyItemId
} from "../src/index.js"
import { planOf } from "./ruleFixtures.js"

const coordinator = (day: string): OperationContext => ({ actor: { actorId: "town" as ActorId, role: "coordinator" }, today: isoDate(day) })
const publicOn = (day: string): OperationContext => ({ actor: { role: "public" }, today: isoDate(day) })
const ok = (r: Result.Result<Plan, DomainError>): Plan => {
  if (Result.isFailure(r)) throw new Error(r.failure.text.en)
  return r.success
}
const fail = (r: Result.Result<Plan, DomainError>): DomainError => {
  if (Result.isSuccess(r)) throw new Error("expected a failure")
  return r.failure
}
const open = ok(openCommentPeriod(planOf(), { id: "cp-1" as CommentPeriodId, from: isoDate("2016-06-06"), to: isoDate("2016-06-27"), channels: ["web"] }, coordinator("2016-06-01")))
const input = (id: string, extra: object = {}) => ({ id: id as CommentId, periodId: "cp-1" as CommentPeriodId, channel: "web" as const, author: { name: "Jana", consentToPublish: false }, text: "Text", ...extra })

describe("addComment", () => {
  it("takes a public comment while the period is open, dated today, tied to the item it concerns", () => {
    const plan = ok(addComment(open, input("c-1", { itemId: "m1" as StrategyItemId, receivedOn: isoDate("2016-01-01") }), publicOn("2016-06-10")))
    expect(plan.consultation.comments[0]).toMatchObject({ id: "c-1", receivedOn: "2016-06-10", itemId: "m1" })
  })

  it("refuses a public comment outside the open period", () => {
    const e = fail(addComment(open, input("c-1"), publicOn("2016-06-28")))
    expect(e.reason).toBe("notAllowed")
    expect(e.text.cs).toBe("Akce není dovolena: připomínky lze podávat jen v otevřeném období připomínek")
  })

  it("keeps a late comment recorded by the coordinator and flags it", () => {
    const closed = ok(closeCommentPeriod(open, coordinator("2016-06-28")))
    const plan = ok(addComment(closed, input("c-late", { receivedOn: isoDate("2016-06-29"), channel: "paperForm" }), coordinator("2016-06-30")))
    expect(plan.consultation.comments.map((c) => c.id)).toEqual(["c-late"])
    const finding = check(plan, { today: isoDate("2016-07-01") }).findings.find((f) => f.code === "KPSS-CONS-003")
    expect(finding?.message.cs).toBe("Připomínka c-late přišla 29. 6. 2016, mimo období připomínek 6. 6. 2016–27. 6. 2016")
  })

  it("refuses unknown periods, items and authors, duplicate ids and a receipt in the future", () => {
    const withOne = ok(addComment(open, input("c-1"), publicOn("2016-06-10")))
    expect(fail(addComment(withOne, input("c-1"), publicOn("2016-06-10"))).reason).toBe("duplicateId")
    expect(fail(addComment(open, { ...input("c-2"), periodId: "nope" as CommentPeriodId }, publicOn("2016-06-10"))).reason).toBe("unknownId")
    expect(fail(addComment(open, input("c-2", { itemId: "nope" }), publicOn("2016-06-10"))).reason).toBe("unknownId")
    expect(fail(addComment(open, input("c-2", { author: { name: "X", actorId: "nope", consentToPublish: true } }), publicOn("2016-06-10"))).reason).toBe("unknownId")
    expect(fail(addComment(open, input("c-2", { receivedOn: isoDate("2016-07-01") }), coordinator("2016-06-10"))).reason).toBe("datesOutOfOrder")
  })
})

describe("settleComment", () => {
  const withOne = ok(addComment(open, input("c-1"), publicOn("2016-06-10")))

  it("records disposition, justification, change, who and when", () => {
    const plan = ok(settleComment(withOne, { commentId: "c-1" as CommentId, disposition: "partlyAccepted", justification: "Zčásti", change: "Upraveno M1" }, coordinator("2016-07-12")))
    expect(plan.consultation.comments[0]!.settlement).toEqual({ disposition: "partlyAccepted", justification: "Zčásti", change: "Upraveno M1", settledBy: "Město Vzorov", settledOn: "2016-07-12" })
  })

  it("requires a justification unless accepted", () => {
    for (const disposition of ["partlyAccepted", "rejected", "noted"] as const) {
      expect(fail(settleComment(withOne, { commentId: "c-1" as CommentId, disposition }, coordinator("2016-07-12"))).reason).toBe("missingJustification")
    }
    expect(Result.isSuccess(settleComment(withOne, { commentId: "c-1" as CommentId, disposition: "accepted" }, coordinator("2016-07-12")))).toBe(true)
  })

  it("refuses an unknown comment, a settlement before receipt, and settlers other than coordinator or steering group", () => {
    const e = fail(settleComment(withOne, { commentId: "c-9" as CommentId, disposition: "accepted" }, coordinator("2016-07-12")))
    expect([e.reason, e.text.cs, e.text.en]).toEqual(["unknownId", "Připomínka „c-9“ v plánu neexistuje", "Comment \"c-9\" does not exist in the plan"])
    expect(fail(settleComment(withOne, { commentId: "c-1" as CommentId, disposition: "accepted" }, coordinator("2016-06-09"))).reason).toBe("datesOutOfOrder")
    expect(fail(settleComment(withOne, { commentId: "c-1" as CommentId, disposition: "accepted" }, { actor: { actorId: "town" as ActorId, role: "member" }, today: isoDate("2016-07-12") })).reason).toBe("notAllowed")
    expect(Result.isSuccess(settleComment(withOne, { commentId: "c-1" as CommentId, disposition: "accepted" }, { actor: { actorId: "town" as ActorId, role: "steeringGroupMember" }, today: isoDate("2016-07-12") }))).toBe(true)
  })
})
