import { describe, expect, it } from "vitest"
import { commitments, hasCommitments, isoDate } from "../src/index.js"
import { planOf } from "./ruleFixtures.js"

const actor = (id: string, triadRole: string): never => ({ id, kind: "organisation", name: id, triadRole, sector: "other", contacts: [], active: true }) as never
const item = (id: string, level: string, parentId: string | undefined, extra: Record<string, unknown> = {}): never => ({
  id, level, ...(parentId === undefined ? {} : { parentId }), code: id, title: id, partnerIds: [], targetGroupIds: [], serviceTypes: [],
  needIds: [], swotItemIds: [], status: "active", ...extra
}) as never

const plan = planOf((p) => {
  p.actors.push(actor("charita", "provider"), actor("klub", "user"), actor("nikdo", "public"))
  p.strategy.items = [
    item("p1", "priority", undefined, { responsibleId: "town" }),
    item("g1", "goal", "p1"),
    item("m1", "measure", "g1"),
    item("a1", "activity", "m1", { responsibleId: "charita", partnerIds: ["town", "klub"] }),
    item("a2", "activity", "m1", { responsibleId: "charita" }),
    item("a3", "activity", "m1", { responsibleId: "town" }),
    item("a4", "activity", "m1", { responsibleId: "charita", status: "retired", retired: { reason: "Zrušeno", on: "2018-01-01" } })
  ]
  p.funding = {
    sources: [{ id: "src-town", name: "Rozpočet města", kind: "municipality", commissionerId: "town" }],
    lines: [
      { activityId: "a1", year: 2017, sourceId: "src-town", planned: 100, secured: 80, spent: 50 },
      { activityId: "a1", year: 2018, sourceId: "src-town", planned: 100, secured: 100, spent: 0 },
      { activityId: "a3", year: 2017, sourceId: "src-town", planned: 40, secured: 40, spent: 40 },
      { activityId: "a4", year: 2017, sourceId: "src-town", planned: 999, secured: 0, spent: 0 }
    ]
  }
  p.bodies.push({
    id: "ps", kind: "workingGroup", name: "PS", open: true, members: [{ actorId: "charita", role: "leader" }, { actorId: "klub", role: "member" }],
    decisionRule: { method: "consensus", quorum: 0.5, abstentionsCount: false }, targetGroupIds: [], priorityIds: []
  })
  p.schedule = [{ id: "ms", title: "Tabulky", kind: "task", from: "2016-01-04", after: [], ownerId: "town" }]
})

describe("commitments", () => {
  const today = isoDate("2018-03-01")
  const byId = new Map(commitments(plan, today).map((c) => [c.actorId, c]))

  it("lists each actor's responsibilities, partnerships, share of the activities and their money", () => {
    expect(byId.get("charita" as never)).toMatchObject({
      responsibleFor: ["a1", "a2"], partnerIn: [], load: { responsible: 2, share: 2 / 3, planned: 200, secured: 180 },
      memberships: [{ bodyId: "ps", role: "leader" }]
    })
    expect(byId.get("town" as never)).toMatchObject({
      responsibleFor: ["p1", "a3"], partnerIn: ["a1"], load: { responsible: 1, partner: 1, planned: 40, secured: 40 },
      fundingSources: ["src-town"], milestones: ["ms"]
    })
    expect(byId.get("klub" as never)).toMatchObject({ responsibleFor: [], partnerIn: ["a1"], load: { responsible: 0, partner: 1, share: 0 } })
  })

  it("keeps the order of the actors and tells who has no commitment", () => {
    expect(commitments(plan, today).map((c) => c.actorId)).toEqual(plan.actors.map((a) => a.id))
    expect(commitments(plan, today).filter((c) => !hasCommitments(c)).map((c) => c.actorId)).toEqual(["nikdo"])
  })
})
