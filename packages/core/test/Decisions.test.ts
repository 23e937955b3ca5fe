import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { closeDecision, isoDate, recordRecusal, recordVote, type OperationContext, type Plan } from "../src/index.js"
import { planOf } from "./ruleFixtures.js"

const today = isoDate("2016-05-02")
const actor = (id: string, triadRole: string): never => ({ id, kind: "organisation", name: id, triadRole, sector: "other", contacts: [], active: true }) as never

/** A coalition of a user, a provider, a commissioner and the coordinator, with one open decision. */
const plan: Plan = planOf((p) => {
  p.actors.push(actor("user", "user"), actor("prov", "provider"), actor("coord", "commissioner"), actor("outsider", "public"))
  p.bodies.push({
    id: "koalice", kind: "coalition", name: "Koalice", open: true,
    members: ["town", "user", "prov", "coord"].map((actorId) => ({ actorId, role: actorId === "coord" ? "coordinator" : "member" })),
    decisionRule: { method: "simpleMajority", quorum: 0.5, abstentionsCount: false }, targetGroupIds: [], priorityIds: []
  })
  p.decisions.push({
    id: "d-vize", bodyId: "koalice", date: "2016-04-27", subject: "visionAccepted", text: "Přijetí vize",
    rule: { method: "simpleMajority", quorum: 0.5, abstentionsCount: false }, votes: [], recusals: [], outcome: "open", concerns: []
  })
})

const coordinator: OperationContext = { actor: { actorId: "coord" as never, role: "coordinator" }, today }
const self = (id: string): OperationContext => ({ actor: { actorId: id as never, role: "member" }, today })
const did = "d-vize" as never

const expectOk = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(String(r.failure))
  return r.success
}
const expectFail = (r: Result.Result<Plan, { readonly _tag: string }>) => {
  if (Result.isSuccess(r)) throw new Error("expected a failure")
  return r.failure
}

describe("recordVote, recordRecusal and closeDecision", () => {
  it("record votes of members (their own, or by the coordinator) and close the decision with decide's outcome", () => {
    let p = expectOk(recordVote(plan, { decisionId: did, vote: { actorId: "user" as never, choice: "yes" } }, self("user")))
    p = expectOk(recordVote(p, { decisionId: did, vote: { actorId: "town" as never, choice: "yes" } }, coordinator))
    p = expectOk(recordVote(p, { decisionId: did, vote: { actorId: "prov" as never, choice: "no" } }, coordinator))
    const closed = expectOk(closeDecision(p, { decisionId: did }, coordinator))
    expect(closed.decisions[0]).toMatchObject({ outcome: "passed", closedOn: today, votes: [{ actorId: "user" }, { actorId: "town" }, { actorId: "prov" }] })
    expect(plan.decisions[0]!.votes).toEqual([])
  })

  it("ask the policy for a member's own vote or recusal (recordOwnVote): the public and unknown people are refused", () => {
    const asPublic: OperationContext = { actor: { actorId: "user" as never, role: "public" }, today }
    const e = expectFail(recordVote(plan, { decisionId: did, vote: { actorId: "user" as never, choice: "yes" } }, asPublic))
    expect(e).toMatchObject({ _tag: "DomainError", reason: "notAllowed", text: { cs: "Akce není dovolena: hlas nebo střet zájmů zaznamenává sám jen člen orgánu, ne veřejnost" } })
    expect(expectFail(recordRecusal(plan, { decisionId: did, actorId: "user" as never, reason: "Střet zájmů" }, asPublic))).toMatchObject({ reason: "notAllowed" })
    expect(expectFail(recordVote(plan, { decisionId: did, vote: { actorId: "ghost" as never, choice: "yes" } }, self("ghost")))).toMatchObject({ reason: "unknownId" })
    expect(expectOk(recordRecusal(plan, { decisionId: did, actorId: "prov" as never, reason: "Střet zájmů" }, self("prov"))).decisions[0]!.recusals).toHaveLength(1)
  })

  it("refuse to close a decision before its day, in natural Czech and English", () => {
    const early = expectFail(closeDecision(plan, { decisionId: did }, { ...coordinator, today: isoDate("2016-04-20") }))
    expect(early).toMatchObject({
      reason: "datesOutOfOrder",
      ids: ["d-vize"],
      text: { cs: "Uzavření rozhodnutí (20. 4. 2016) nesmí být dříve než den rozhodnutí (27. 4. 2016)", en: "Closing the decision (20/04/2016) cannot be before the day of the decision (27/04/2016)" }
    })
  })

  it("refuse a vote of a non-member and a second vote, with paths, leaving the plan as it was", () => {
    const outsider = expectFail(recordVote(plan, { decisionId: did, vote: { actorId: "outsider" as never, choice: "yes" } }, coordinator))
    expect(outsider).toMatchObject({ _tag: "InvalidInput", problems: [{ path: ["decisions", 0, "votes", 0, "actorId"], code: "notMember" }] })
    const once = expectOk(recordVote(plan, { decisionId: did, vote: { actorId: "user" as never, choice: "yes" } }, coordinator))
    const twice = expectFail(recordVote(once, { decisionId: did, vote: { actorId: "user" as never, choice: "no" } }, coordinator))
    expect(twice).toMatchObject({ _tag: "InvalidInput", problems: [{ path: ["decisions", 0, "votes", 1], code: "duplicateVote" }] })
    expect(once.decisions[0]!.votes).toHaveLength(1)
  })

  it("refuse a vote or a recusal on a closed decision, in Czech and English", () => {
    const p = expectOk(recordVote(plan, { decisionId: did, vote: { actorId: "user" as never, choice: "yes" } }, coordinator))
    const closed = expectOk(closeDecision(expectOk(recordVote(p, { decisionId: did, vote: { actorId: "town" as never, choice: "yes" } }, coordinator)), { decisionId: did }, coordinator))
    const late = expectFail(recordVote(closed, { decisionId: did, vote: { actorId: "prov" as never, choice: "no" } }, coordinator))
    expect(late).toMatchObject({ _tag: "InvalidInput", problems: [{ code: "decisionClosed" }] })
    expect((late as never as { problems: Array<{ message: { cs: string; en: string } }> }).problems[0]!.message).toEqual({
      cs: "Rozhodnutí „d-vize“ je uzavřeno (2. 5. 2016); hlasy ani vyloučení už nelze zaznamenat",
      en: "The decision \"d-vize\" is closed (02/05/2016); no vote or recusal can be recorded any more"
    })
    expect(expectFail(recordRecusal(closed, { decisionId: did, actorId: "prov" as never, reason: "Střet zájmů" }, coordinator))._tag).toBe("InvalidInput")
    expect(expectFail(closeDecision(closed, { decisionId: did }, coordinator))._tag).toBe("InvalidInput")
  })

  it("let a recused member's vote not count", () => {
    let p = expectOk(recordVote(plan, { decisionId: did, vote: { actorId: "prov" as never, choice: "no" } }, self("prov")))
    p = expectOk(recordVote(p, { decisionId: did, vote: { actorId: "user" as never, choice: "no" } }, coordinator))
    p = expectOk(recordVote(p, { decisionId: did, vote: { actorId: "town" as never, choice: "yes" } }, coordinator))
    expect(expectOk(closeDecision(p, { decisionId: did }, coordinator)).decisions[0]!.outcome).toBe("failed")
    p = expectOk(recordRecusal(p, { decisionId: did, actorId: "prov" as never, reason: "Rozhoduje se o financování její služby" }, self("prov")))
    expect(expectOk(closeDecision(p, { decisionId: did }, coordinator)).decisions[0]!.outcome).toBe("failed")
    p = expectOk(recordVote(p, { decisionId: did, vote: { actorId: "coord" as never, choice: "yes" } }, coordinator))
    expect(expectOk(closeDecision(p, { decisionId: did }, coordinator)).decisions[0]).toMatchObject({ outcome: "passed", recusals: [{ actorId: "prov" }] })
  })

  it("refuse a member recording someone else's vote, an unknown decision, and closing before the decision's day", () => {
    expect(expectFail(recordVote(plan, { decisionId: did, vote: { actorId: "town" as never, choice: "yes" } }, self("user")))).toMatchObject({ _tag: "DomainError", reason: "notAllowed" })
    expect(expectFail(recordVote(plan, { decisionId: "nope" as never, vote: { actorId: "town" as never, choice: "yes" } }, coordinator))).toMatchObject({ reason: "unknownId" })
    expect(expectFail(closeDecision(plan, { decisionId: did }, { ...coordinator, today: isoDate("2016-04-01") }))).toMatchObject({ reason: "datesOutOfOrder" })
    expect(expectFail(closeDecision(plan, { decisionId: did }, self("user")))).toMatchObject({ reason: "notAllowed" })
  })

  it("refuse closing under a rule with a quorum above 100 %", () => {
    const bad = { ...plan, decisions: [{ ...plan.decisions[0]!, rule: { ...plan.decisions[0]!.rule, quorum: 1.2 } }] }
    expect(expectFail(closeDecision(bad, { decisionId: did }, coordinator))).toMatchObject({ _tag: "InvalidInput", problems: [{ path: ["decisions", 0, "rule", "quorum"], code: "share" }] })
  })
})
