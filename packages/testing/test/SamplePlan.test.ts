import { Result } from "effect"
import { decodePlanDocument, encodePlanDocument, encodePlanDocumentJson, triad, type Plan } from "@kpss/core"
import { describe, expect, it } from "vitest"
import { samplePlan, samplePlanDocument } from "../src/SamplePlan.js"

const activities = samplePlan.strategy.items.filter((i) => i.level === "activity")
const actorIds = new Set(samplePlan.actors.map((a) => a.id))

const milestoneOn = (plan: Plan, kind: Plan["schedule"][number]["kind"], date: string) =>
  plan.schedule.find((m) => m.kind === kind && m.from === date)

describe("samplePlan", () => {
  it("decodes from its document, as a value and as JSON text, with no problem", () => {
    for (const input of [samplePlanDocument, JSON.stringify(samplePlanDocument)]) {
      const result = decodePlanDocument(input)
      if (Result.isFailure(result)) expect.fail(result.failure.problems.map((p) => p.message.en).join("\n"))
      expect(result.success).toEqual(samplePlan)
    }
  })

  it("round-trips: encoding gives the document back and decoding that gives the plan back", () => {
    expect(encodePlanDocument(samplePlan)).toEqual(samplePlanDocument)
    const again = decodePlanDocument(encodePlanDocumentJson(samplePlan))
    expect(Result.isSuccess(again) && again.success).toEqual(samplePlan)
  })

  it("is the 4th plan of a municipality for 2017–2019, in force after the assembly's approval", () => {
    expect(samplePlan.edition).toBe(4)
    expect(samplePlan.period).toEqual({ from: 2017, to: 2019 })
    expect(samplePlan.territory.level).toBe("municipality")
    expect(samplePlan.territory.code).toMatch(/^\d{6}$/)
    expect(samplePlan.lifecycle.status).toBe("inForce")
    expect(samplePlan.lifecycle.approval).toMatchObject({ body: "assembly", kind: "approved" })
    expect(samplePlan.lifecycle.inForceFrom).toBe("2017-01-01")
    expect(samplePlan.phases.map((p) => p.state)).toEqual(["completed", "completed", "completed", "completed", "completed", "inProgress"])
  })

  it("has at least 5 priorities and 40 activities, each activity with a responsible actor", () => {
    expect(samplePlan.strategy.items.filter((i) => i.level === "priority").length).toBeGreaterThanOrEqual(5)
    expect(activities.length).toBeGreaterThanOrEqual(40)
    for (const a of activities) {
      expect(a.responsibleId, a.code).toBeDefined()
      expect(actorIds.has(a.responsibleId!), a.code).toBe(true)
    }
  })

  it("has the five working groups of seed 003, each open, led, facilitated and with all three triad roles", () => {
    const names = [
      "Senioři",
      "Osoby ohrožené sociálním vyloučením a krizí",
      "Zdravotně postižení",
      "Osoby s mentálním a kombinovaným postižením",
      "Rodiny s dětmi a děti a mládež"
    ]
    const roleOf = new Map(samplePlan.actors.map((a) => [a.id, a.triadRole]))
    for (const name of names) {
      const group = samplePlan.bodies.find((b) => b.kind === "workingGroup" && b.name === `Pracovní skupina ${name}`)
      expect(group, name).toBeDefined()
      expect(group!.open).toBe(true)
      expect(group!.members.some((m) => m.role === "leader")).toBe(true)
      expect(group!.members.some((m) => m.role === "facilitator")).toBe(true)
      const roles = new Set(group!.members.map((m) => roleOf.get(m.actorId)))
      for (const role of triad) expect(roles.has(role), `${name}: ${role}`).toBe(true)
    }
    expect(samplePlan.bodies.filter((b) => b.kind === "coalition")).toHaveLength(1)
    expect(samplePlan.bodies.find((b) => b.kind === "steeringGroup")?.composition).toBeDefined()
  })

  it("keeps seed 003's dates and their order in the schedule", () => {
    const tables = milestoneOn(samplePlan, "deadline", "2016-02-22")
    const handIn = milestoneOn(samplePlan, "deadline", "2016-05-27")
    const opens = milestoneOn(samplePlan, "commentPeriodOpens", "2016-06-06")
    const closes = milestoneOn(samplePlan, "commentPeriodCloses", "2016-06-27")
    const settlement = samplePlan.schedule.find((m) => m.kind === "settlement")
    const approval = samplePlan.schedule.find((m) => m.kind === "approval" && settlement !== undefined && m.after.includes(settlement.id))
    for (const m of [tables, handIn, opens, closes, settlement, approval]) expect(m).toBeDefined()
    expect(closes!.after).toContain(opens!.id)
    expect(settlement!.after).toContain(closes!.id)
    expect(settlement!.from >= "2016-07-01" && (settlement!.to ?? "") <= "2016-07-15").toBe(true)
    expect(approval!.from >= "2016-07-01" && (approval!.to ?? "") <= "2016-09-30").toBe(true)
    expect(samplePlan.consultation.periods[0]).toMatchObject({ from: "2016-06-06", to: "2016-06-27" })
  })

  it("orders every milestone after the ones it follows", () => {
    const byId = new Map(samplePlan.schedule.map((m) => [m.id, m]))
    for (const m of samplePlan.schedule) {
      for (const id of m.after) {
        const before = byId.get(id)!
        expect(m.from >= before.from, `${m.id} after ${id}`).toBe(true)
      }
    }
  })

  it("has a funding gap and an over-commitment, and money spent only in 2017", () => {
    const lines = samplePlan.funding.lines
    expect(lines.some((l) => l.secured < l.planned * 0.5)).toBe(true)
    expect(lines.some((l) => l.secured > l.planned)).toBe(true)
    expect(lines.filter((l) => l.year !== 2017).every((l) => l.spent === 0)).toBe(true)
    expect(lines.every((l) => l.spent <= l.secured)).toBe(true)
  })

  it("has a 2017 monitoring report covering every activity of the 2017 action plan", () => {
    const report = samplePlan.monitoringReports.find((r) => r.year === 2017)
    const actionPlan = samplePlan.actionPlans.find((p) => p.year === 2017)
    expect(report?.approval).toBeDefined()
    expect(report!.activities.map((a) => a.activityId)).toEqual(actionPlan!.activityIds)
    const fulfilments = new Set(report!.activities.map((a) => a.fulfilment))
    expect(fulfilments.has("fulfilled") && fulfilments.has("partlyFulfilled")).toBe(true)
    for (const a of report!.activities.filter((x) => x.fulfilment !== "fulfilled")) expect(a.comment).toBeDefined()
  })

  it("settles every comment, justifies every one not accepted, and settles a late one too", () => {
    const period = samplePlan.consultation.periods[0]!
    const comments = samplePlan.consultation.comments
    expect(comments.length).toBeGreaterThanOrEqual(12)
    for (const c of comments) {
      expect(c.settlement, c.id).toBeDefined()
      if (c.settlement!.disposition !== "accepted") expect(c.settlement!.justification, c.id).toBeDefined()
    }
    expect(comments.some((c) => c.receivedOn > period.to && c.settlement !== undefined)).toBe(true)
  })

  it("keeps the contacts of persons private", () => {
    for (const a of samplePlan.actors.filter((x) => x.kind === "person")) {
      expect(a.contacts.every((c) => c.visibility === "private"), a.id).toBe(true)
    }
  })
})
