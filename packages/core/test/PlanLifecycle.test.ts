import { describe, expect, it } from "vitest"
import {
  addComment, amend, approve, changesAdoptedContent, check, closeCommentPeriod, deriveNextEdition, diffPlans, expire, extendValidity, isoDate,
  openCommentPeriod, putInForce, settleComment, type ActorId, type CommentId, type CommentPeriodId,
  type OperationContext, type Plan, type PlanId
} from "../src/index.js"
import { failure as fail, ok, planOf } from "./ruleFixtures.js"

const at = (day: string): OperationContext => ({ actor: { actorId: "town" as ActorId, role: "coordinator" }, today: isoDate(day) })
const period = { id: "cp-1" as CommentPeriodId, from: isoDate("2016-06-06"), to: isoDate("2016-06-27"), channels: ["web", "publicHearing"] as const }
const comment = (id: string) => ({ id: id as CommentId, periodId: "cp-1" as CommentPeriodId, channel: "web" as const, author: { name: "Jana", consentToPublish: false }, text: "Doplňte službu." })

/** Draft → comment → settlement → approved → in force, as seed 003 dates it. */
const adopted = (): Plan => {
  let plan = ok(openCommentPeriod(planOf(), period, at("2016-06-01")))
  plan = ok(addComment(plan, comment("c-1"), { actor: { role: "public" }, today: isoDate("2016-06-10") }))
  plan = ok(closeCommentPeriod(plan, at("2016-06-28")))
  plan = ok(settleComment(plan, { commentId: "c-1" as CommentId, disposition: "rejected", justification: "Není v gesci města." }, at("2016-07-12")))
  plan = ok(approve(plan, { body: "assembly", resolution: "ZM/123/2016", date: isoDate("2016-09-20") }, at("2016-09-21")))
  return ok(putInForce(plan, { from: isoDate("2017-01-01") }, at("2016-09-21")))
}

describe("the lifecycle", () => {
  it("walks draft → comment period → settlement → approved → in force", () => {
    const plan = adopted()
    expect(plan.lifecycle).toEqual({
      status: "inForce",
      approval: { body: "assembly", resolution: "ZM/123/2016", date: "2016-09-20", kind: "approved" },
      inForceFrom: "2017-01-01",
      amendments: []
    })
    expect(plan.consultation.comments[0]!.settlement).toEqual({ disposition: "rejected", justification: "Není v gesci města.", settledBy: "Město Vzorov", settledOn: "2016-07-12" })
    const codes = check(plan, { today: isoDate("2016-10-01") }).findings.map((f) => f.code)
    expect(codes.filter((c) => c.startsWith("KPSS-CONS") || c.startsWith("KPSS-LIFE"))).toEqual([])
  })

  it("refuses approval while a comment is unsettled, before the period ended, or in the future", () => {
    let plan = ok(openCommentPeriod(planOf(), period, at("2016-06-01")))
    plan = ok(addComment(plan, comment("c-1"), { actor: { role: "public" }, today: isoDate("2016-06-10") }))
    plan = ok(closeCommentPeriod(plan, at("2016-06-28")))
    const unsettled = fail(approve(plan, { body: "assembly", resolution: "1", date: isoDate("2016-09-20") }, at("2016-09-21")))
    expect([unsettled.reason, unsettled.ids]).toEqual(["unsettledComments", ["c-1"]])
    expect(unsettled.text.cs).toBe("Plán nelze schválit, počet nevypořádaných připomínek: 1")
    plan = ok(settleComment(plan, { commentId: "c-1" as CommentId, disposition: "accepted" }, at("2016-07-01")))
    expect(fail(approve(plan, { body: "assembly", resolution: "1", date: isoDate("2016-06-20") }, at("2016-09-21"))).reason).toBe("datesOutOfOrder")
    expect(fail(approve(plan, { body: "assembly", resolution: "1", date: isoDate("2016-09-30") }, at("2016-09-21"))).reason).toBe("datesOutOfOrder")
    expect(fail(approve(plan, { body: "assembly", resolution: "1", date: isoDate("2016-09-20"), decisionId: "nope" as never }, at("2016-09-21"))).reason).toBe("unknownId")
  })

  it("refuses malformed inputs of the lifecycle and comment operations with the field, in Czech and English; never throws", () => {
    const bad = (r: Parameters<typeof fail>[0]) => {
      const e = fail(r)
      return [e.reason, e.text.cs.match(/„([^“]+)“/)?.[1], e.text.en.match(/ in "([^"]+)"/)?.[1]]
    }
    const draft = planOf()
    const before = structuredClone(draft)
    expect(bad(openCommentPeriod(draft, { ...period, from: "2016-02-30" as never }, at("2016-06-01")))).toEqual(["invalidValue", "from", "from"])
    expect(bad(openCommentPeriod(draft, { ...period, id: "" as never }, at("2016-06-01")))).toEqual(["invalidValue", "id", "id"])
    expect(bad(openCommentPeriod(draft, { ...period, channels: ["fax" as never] }, at("2016-06-01")))).toEqual(["invalidValue", "channels", "channels"])
    expect(draft).toEqual(before)
    let plan = ok(openCommentPeriod(planOf(), period, at("2016-06-01")))
    expect(bad(addComment(plan, { ...comment("c-1"), author: { name: "", consentToPublish: false } }, at("2016-06-10")))).toEqual(["invalidValue", "author.name", "author.name"])
    expect(bad(addComment(plan, { ...comment("c-1"), channel: "fax" as never }, at("2016-06-10")))).toEqual(["invalidValue", "channel", "channel"])
    plan = ok(addComment(plan, comment("c-1"), at("2016-06-10")))
    plan = ok(closeCommentPeriod(plan, at("2016-06-28")))
    expect(bad(settleComment(plan, { commentId: "c-1" as CommentId, disposition: "maybe" as never, justification: "x" }, at("2016-07-01")))).toEqual(["invalidValue", "disposition", "disposition"])
    plan = ok(settleComment(plan, { commentId: "c-1" as CommentId, disposition: "accepted" }, at("2016-07-01")))
    const e = fail(approve(plan, { body: "assembly", resolution: "", date: isoDate("2016-09-20") }, at("2016-09-21")))
    expect(e.text.cs).toBe("Neplatná hodnota \"\" v položce „resolution“: očekáváno neprázdný text nejvýše 500 znaků")
    expect(e.text.en).toBe("Invalid value \"\" in \"resolution\": expected a non-empty text of at most 500 characters")
    expect(bad(approve(plan, { body: "senate" as never, resolution: "ZM/1", date: isoDate("2016-09-20") }, at("2016-09-21")))).toEqual(["invalidValue", "body", "body"])
    const approved = ok(approve(plan, { body: "assembly", resolution: "ZM/1", date: isoDate("2016-09-20") }, at("2016-09-21")))
    expect(bad(putInForce(approved, { from: "2017-1-1" as never }, at("2016-09-21")))).toEqual(["invalidValue", "from", "from"])
    const inForce = ok(putInForce(approved, { from: isoDate("2017-01-01") }, at("2016-09-21")))
    expect(bad(deriveNextEdition(inForce, { id: "next" as PlanId, title: "", period: { from: 2020, to: 2022 } as never }, at("2019-01-01")))).toEqual(["invalidValue", "title", "title"])
    expect(bad(expire(inForce, { on: "zítra" as never }, at("2019-01-01")))).toEqual(["invalidValue", "on", "on"])
  })

  it("refuses an approval dated before a comment's settlement (which KPSS-CONS-001 would flag), in Czech and English", () => {
    let plan = ok(openCommentPeriod(planOf(), period, at("2016-06-01")))
    plan = ok(addComment(plan, comment("c-1"), at("2016-06-10")))
    plan = ok(addComment(plan, comment("c-2"), at("2016-06-11")))
    plan = ok(closeCommentPeriod(plan, at("2016-06-28")))
    plan = ok(settleComment(plan, { commentId: "c-1" as CommentId, disposition: "accepted" }, at("2016-07-01")))
    plan = ok(settleComment(plan, { commentId: "c-2" as CommentId, disposition: "accepted" }, at("2016-08-15")))
    const before = structuredClone(plan)
    const e = fail(approve(plan, { body: "assembly", resolution: "ZM/1", date: isoDate("2016-08-14") }, at("2016-09-21")))
    expect([e.reason, e.ids]).toEqual(["datesOutOfOrder", ["c-2"]])
    expect(e.text.cs).toContain("vypořádání připomínky c-2")
    expect(e.text.en).toContain("the settlement of comment c-2")
    expect(plan).toEqual(before)
    const approved = ok(approve(plan, { body: "assembly", resolution: "ZM/1", date: isoDate("2016-08-15") }, at("2016-09-21")))
    expect(check(approved, { today: isoDate("2016-09-21") }).findings.map((f) => f.code)).not.toContain("KPSS-CONS-001")
  })

  it("refuses a transition from the wrong state with both languages, leaving the plan unchanged", () => {
    const draft = planOf()
    const before = structuredClone(draft)
    const e = fail(closeCommentPeriod(draft, at("2016-06-28")))
    expect(e.reason).toBe("wrongState")
    expect(e.text.cs).toBe("Operaci „ukončit připomínkování“ nelze provést, když je plán ve stavu „návrh“ (možné ve stavu: připomínkování)")
    expect(e.text.en).toBe("The operation \"close the comment period\" cannot run while the plan is \"draft\" (possible when: public comment)")
    expect(fail(putInForce(draft, { from: isoDate("2017-01-01") }, at("2017-01-01"))).reason).toBe("wrongState")
    expect(fail(expire(draft, { on: isoDate("2017-01-01") }, at("2017-01-01"))).reason).toBe("wrongState")
    expect(fail(amend(draft, { reason: "x" }, at("2017-01-01"))).reason).toBe("wrongState")
    expect(fail(openCommentPeriod(draft, { ...period, to: isoDate("2016-06-01") }, at("2016-06-01"))).reason).toBe("datesOutOfOrder")
    expect(draft).toEqual(before)
  })

  it("freezes an adopted version: its content cannot change, only its lifecycle moves on", () => {
    const plan = adopted()
    const frozen = structuredClone(plan)
    expect(fail(openCommentPeriod(plan, { ...period, id: "cp-2" as CommentPeriodId }, at("2017-02-01"))).reason).toBe("notAllowed")
    expect(fail(settleComment(plan, { commentId: "c-1" as CommentId, disposition: "accepted" }, at("2017-02-01"))).reason).toBe("notAllowed")
    expect(fail(addComment(plan, comment("c-9"), at("2017-02-01"))).reason).toBe("notAllowed")
    const expired = ok(expire(plan, { on: isoDate("2019-12-31") }, at("2020-01-02")))
    expect(changesAdoptedContent(plan, expired)).toBe(false)
    expect(diffPlans(plan, expired).fields.map((f) => f.path).sort()).toEqual(["lifecycle.status", "lifecycle.validUntil"])
    expect(plan).toEqual(frozen)
  })

  it("amends by a new version with its own approval, and diffs the two versions", () => {
    const plan = adopted()
    const draftAmendment = ok(amend(plan, { reason: "Nová aktivita" }, at("2018-01-10")))
    expect(draftAmendment.lifecycle.status).toBe("draft")
    expect(plan.lifecycle.status).toBe("inForce")
    const edited: Plan = { ...draftAmendment, title: `${draftAmendment.title} (změna č. 1)` }
    const amended = ok(approve(edited, { body: "assembly", resolution: "ZM/12/2018", date: isoDate("2018-02-15") }, at("2018-02-16")))
    expect(amended.lifecycle.status).toBe("amended")
    expect(amended.lifecycle.amendments).toEqual([{ number: 1, reason: "Nová aktivita", approval: { body: "assembly", resolution: "ZM/12/2018", date: "2018-02-15", kind: "approved" } }])
    expect(amended.lifecycle.approval).toEqual(plan.lifecycle.approval)
    const diff = diffPlans(plan, amended)
    expect(diff.fields.map((f) => f.path).sort()).toEqual(["lifecycle.amendments", "lifecycle.status", "title"])
    expect(diff.collections).toEqual([])
    expect(check(amended, { today: isoDate("2018-03-01") }).findings.map((f) => f.code)).not.toContain("KPSS-LIFE-003")
  })

  it("derives the next edition with the unfinished activities and the evaluation of the old plan", () => {
    const plan = planOf((p) => {
      p.lifecycle = { status: "inForce", approval: { body: "assembly", resolution: "1", date: "2016-09-20", kind: "approved" }, inForceFrom: "2017-01-01", amendments: [] }
      p.strategy.items.push({ ...p.strategy.items[3]!, id: "a2", code: "1.1.1.2", title: "Hotová aktivita" })
      p.monitoringReports = [{ id: "mr", year: 2018, status: "approved", activities: [{ activityId: "a1", fulfilment: "partlyFulfilled" }, { activityId: "a2", fulfilment: "fulfilled" }], indicators: [], summary: "Splněno z poloviny." }]
    })
    const next = ok(deriveNextEdition(plan, { id: "plan-2" as PlanId, title: "KPSS 2020–2022", period: { from: 2020 as never, to: 2022 as never } }, at("2019-06-01")))
    expect([next.edition, next.previousPlanId, next.lifecycle.status, next.phases]).toEqual([2, "plan-1", "draft", []])
    expect(next.strategy.items.map((i) => [i.id, i.carriedOverFrom])).toEqual([["p1", "p1"], ["g1", "g1"], ["m1", "m1"], ["a1", "a1"]])
    expect(next.previousEvaluation).toEqual({
      planId: "plan-1", edition: 1, summary: "Splněno z poloviny.",
      activities: [
        { code: "a1", title: "Položka a1", fulfilment: "partlyFulfilled", carriedOver: true },
        { code: "1.1.1.2", title: "Hotová aktivita", fulfilment: "fulfilled", carriedOver: false }
      ]
    })
    expect(fail(deriveNextEdition(planOf(), { id: "plan-2" as PlanId, title: "x", period: { from: 2020 as never, to: 2022 as never } }, at("2019-06-01"))).reason).toBe("wrongState")
    expect(fail(deriveNextEdition(plan, { id: "plan-1" as PlanId, title: "x", period: { from: 2020 as never, to: 2022 as never } }, at("2019-06-01"))).reason).toBe("duplicateId")
  })
})

describe("extending the validity", () => {
  const assembly = { body: "assembly" as const, resolution: "ZM/45/2019", date: isoDate("2019-11-20") }

  it("makes a new version whose period ends later, with the assembly's approval recorded as an amendment", () => {
    const plan = adopted()
    const frozen = structuredClone(plan)
    const extended = ok(extendValidity(plan, { to: 2020, approval: assembly }, at("2019-11-25")))
    expect(extended.period).toEqual({ from: 2017, to: 2020 })
    expect(extended.lifecycle.status).toBe("amended")
    expect(extended.lifecycle.amendments).toEqual([{
      number: 1,
      reason: "Prodloužení platnosti plánu do roku 2020",
      approval: { body: "assembly", resolution: "ZM/45/2019", date: "2019-11-20", kind: "approved" },
      extension: { previousTo: 2019, to: 2020 }
    }])
    expect(plan).toEqual(frozen)
    const diff = diffPlans(plan, extended)
    expect(diff.fields.map((f) => f.path).sort()).toEqual(["lifecycle.amendments", "lifecycle.status", "period.to"])
    expect(diff.collections).toEqual([])
    // The lapsed validity was what KPSS-LIFE-004 warned about on 1 Jan 2020; the extension answers it.
    const lapsed = (p: Plan) => check(p, { today: isoDate("2020-01-02") }).findings.filter((f) => f.code === "KPSS-LIFE-004" || f.code === "KPSS-LIFE-003")
    expect(lapsed(plan).map((f) => f.code)).toEqual(["KPSS-LIFE-004"])
    expect(lapsed(extended)).toEqual([])
  })

  it("refuses a wrong state, a new end not after the old one, a missing approval and approvals dated wrong, in Czech and English; the plan unchanged", () => {
    const plan = adopted()
    const frozen = structuredClone(plan)
    const draft = fail(extendValidity(planOf(), { to: 2020, approval: assembly }, at("2019-11-25")))
    expect(draft.reason).toBe("wrongState")
    expect(draft.text.cs).toBe("Operaci „prodloužit platnost“ nelze provést, když je plán ve stavu „návrh“ (možné ve stavu: schválen, v platnosti, aktualizován)")
    const same = fail(extendValidity(plan, { to: 2019, approval: assembly }, at("2019-11-25")))
    expect([same.reason, same.text.cs]).toEqual(["invalidValue",
      "Neplatná hodnota 2019 v položce „to“: očekáváno rok, kterým skončí období i platnost později než dosud (období do roku 2019, platnost do 31. 12. 2019), nejvýše 2100"])
    expect(same.text.en).toBe("Invalid value 2019 in \"to\": expected a year that ends the period and the validity later than now (the period ends in 2019, the validity on 31/12/2019), at most 2100")
    expect(fail(extendValidity(plan, { to: 2018, approval: assembly }, at("2019-11-25"))).reason).toBe("invalidValue")
    expect(fail(extendValidity(plan, { to: 2101, approval: assembly }, at("2019-11-25"))).reason).toBe("invalidValue")
    const missing = fail(extendValidity(plan, { to: 2020 } as never, at("2019-11-25")))
    expect([missing.reason, missing.text.cs]).toEqual(["invalidValue", "Neplatná hodnota — v položce „approval“: očekáváno schválení zastupitelstvem (orgán, číslo usnesení, datum)"])
    expect(fail(extendValidity(plan, { to: 2020, approval: { ...assembly, resolution: " " } }, at("2019-11-25"))).text.en).toContain("\"approval.resolution\"")
    expect(fail(extendValidity(plan, { to: 2020, approval: { ...assembly, decisionId: "nope" as never } }, at("2019-11-25"))).reason).toBe("unknownId")
    const future = fail(extendValidity(plan, { to: 2020, approval: assembly }, at("2019-11-19")))
    expect([future.reason, future.text.cs]).toEqual(["datesOutOfOrder", "Schválení prodloužení (20. 11. 2019) nesmí být později než dnes (19. 11. 2019)"])
    expect(future.text.en).toBe("The approval of the extension (20/11/2019) cannot be later than today (19/11/2019)")
    const early = fail(extendValidity(plan, { to: 2020, approval: { ...assembly, date: isoDate("2016-09-01") } }, at("2019-11-25")))
    expect([early.reason, early.text.cs]).toEqual(["datesOutOfOrder", "Schválení prodloužení (1. 9. 2016) nesmí být dříve než schválení plánu usnesením ZM/123/2016 (20. 9. 2016)"])
    expect(fail(extendValidity(plan, { to: 2020, approval: assembly }, { actor: { actorId: "town" as ActorId, role: "steeringGroupMember" }, today: isoDate("2019-11-25") })).reason).toBe("notAllowed")
    const expired = ok(expire(plan, { on: isoDate("2019-12-31") }, at("2020-01-02")))
    expect(fail(extendValidity(expired, { to: 2020, approval: assembly }, at("2020-01-02"))).reason).toBe("wrongState")
    expect(plan).toEqual(frozen)
  })

  it("extends again after an extension, from the new end, dated no earlier than the last approval", () => {
    const once = ok(extendValidity(adopted(), { to: 2020, approval: assembly }, at("2019-11-25")))
    expect(fail(extendValidity(once, { to: 2021, approval: { ...assembly, date: isoDate("2019-10-01") } }, at("2020-11-25"))).reason).toBe("datesOutOfOrder")
    const twice = ok(extendValidity(once, { to: 2022, approval: { ...assembly, resolution: "ZM/7/2020", date: isoDate("2020-11-18") }, reason: "Čeká se na novou metodiku kraje" }, at("2020-11-25")))
    expect(twice.period.to).toBe(2022)
    expect(twice.lifecycle.amendments.map((a) => [a.number, a.reason, a.extension])).toEqual([
      [1, "Prodloužení platnosti plánu do roku 2020", { previousTo: 2019, to: 2020 }],
      [2, "Čeká se na novou metodiku kraje", { previousTo: 2020, to: 2022 }]
    ])
  })
})
