import { Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  addItem, check, checkIntegrity, editItem, isoDate, linkItem, moveItem, removeItem, reparentItem, retireItem, setLevelNames, setStrategyStatement,
  type ActorId, type BodyId, type DomainError, type NeedId, type OperationContext, type Plan, type StrategyItemId, type SwotItemId
} from "../src/index.js"
import { planOf } from "./ruleFixtures.js"

const ctx: OperationContext = { actor: { actorId: "town" as ActorId, role: "coordinator" }, today: isoDate("2018-03-01") }
const id = (s: string) => s as StrategyItemId

const base = planOf((p) => {
  p.strategy.items.push(
    { id: "m2", level: "measure", parentId: "g1", code: "1.1.2", title: "Opatření 2", partnerIds: [], targetGroupIds: [], serviceTypes: [], needIds: [], swotItemIds: [], status: "active" },
    { id: "a2", level: "activity", parentId: "m1", code: "1.1.1.2", title: "Aktivita 2", partnerIds: [], targetGroupIds: [], serviceTypes: [], needIds: [], swotItemIds: [], status: "active" }
  )
})

const ok = (r: Result.Result<Plan, DomainError>): Plan => {
  if (Result.isFailure(r)) expect.fail(r.failure.message)
  expect(checkIntegrity(r.success)).toEqual([])
  return r.success
}
const refused = (r: Result.Result<Plan, DomainError>, reason: DomainError["reason"]) => {
  expect(Result.isFailure(r) && r.failure.reason).toBe(reason)
  if (Result.isFailure(r)) {
    expect(r.failure.text.cs).not.toBe(r.failure.text.en)
    expect(r.failure.text.cs.length).toBeGreaterThan(0)
  }
}
const order = (plan: Plan, parent: string) => plan.strategy.items.filter((i) => i.parentId === parent).map((i) => i.id)

describe("strategy tree operations", () => {
  it("adds an item under a parent of the level above, last or before a sibling", () => {
    const added = ok(addItem(base, { id: id("a3"), level: "activity", parentId: id("m1"), code: "1.1.1.3", title: "Nová aktivita", responsibleId: "town" as ActorId }, ctx))
    expect(order(added, "m1")).toEqual(["a1", "a2", "a3"])
    const first = ok(addItem(base, { id: id("a0"), level: "activity", parentId: id("m1"), code: "1.1.1.0", title: "První", before: id("a1") }, ctx))
    expect(order(first, "m1")).toEqual(["a0", "a1", "a2"])
    const priority = ok(addItem(base, { id: id("p2"), level: "priority", code: "2", title: "Priorita 2" }, ctx))
    expect(priority.strategy.items.at(-1)).toMatchObject({ id: "p2", status: "active", partnerIds: [] })
  })

  it("refuses a wrong level, a missing parent, a duplicate id, an empty title and unknown actors", () => {
    const snapshot = structuredClone(base)
    refused(addItem(base, { id: id("x"), level: "activity", parentId: id("g1"), code: "x", title: "x" }, ctx), "wrongLevel")
    refused(addItem(base, { id: id("x"), level: "goal", code: "x", title: "x" }, ctx), "wrongLevel")
    refused(addItem(base, { id: id("x"), level: "goal", parentId: id("nope"), code: "x", title: "x" }, ctx), "unknownId")
    refused(addItem(base, { id: id("a1"), level: "activity", parentId: id("m1"), code: "x", title: "x" }, ctx), "duplicateId")
    refused(addItem(base, { id: id("x"), level: "activity", parentId: id("m1"), code: "x", title: "  " }, ctx), "invalidValue")
    refused(addItem(base, { id: id("x"), level: "activity", parentId: id("m1"), code: "x", title: "x", responsibleId: "ghost" as ActorId }, ctx), "unknownId")
    refused(addItem(base, { id: id("x"), level: "activity", parentId: id("m1"), code: "x", title: "x", before: id("m2") }, ctx), "notSibling")
    expect(base).toEqual(snapshot)
  })

  it("renames an item: code, title and description; an empty description removes it; nothing else changes", () => {
    const renamed = ok(editItem(base, { id: id("a1"), code: "1.1.1.9", title: "Nový název", description: "Popis" }, ctx))
    const a1 = renamed.strategy.items.find((i) => i.id === "a1")!
    const before = base.strategy.items.find((i) => i.id === "a1")!
    expect(a1).toEqual({ ...before, code: "1.1.1.9", title: "Nový název", description: "Popis" })
    expect(renamed.strategy.items.filter((i) => i.id !== "a1")).toEqual(base.strategy.items.filter((i) => i.id !== "a1"))
    expect(ok(editItem(renamed, { id: id("a1"), description: "" }, ctx)).strategy.items.find((i) => i.id === "a1")).toEqual({ ...before, code: "1.1.1.9", title: "Nový název" })
    expect(JSON.stringify(ok(editItem(base, { id: id("a1") }, ctx)))).toBe(JSON.stringify(base))
    refused(editItem(base, { id: id("a1"), title: " " }, ctx), "invalidValue")
    refused(editItem(base, { id: id("a1"), code: "" }, ctx), "invalidValue")
    refused(editItem(base, { id: id("nope"), title: "x" }, ctx), "unknownId")
    const retired = ok(retireItem(base, { id: id("a1"), reason: "Zrušeno" }, ctx))
    refused(editItem(retired, { id: id("a1"), title: "x" }, ctx), "retired")
    refused(editItem({ ...base, lifecycle: { ...base.lifecycle, status: "approved" } }, { id: id("a1"), title: "x" }, ctx), "notAllowed")
  })

  it("links an item to the needs and SWOT items it answers, so the traceability rules can be satisfied", () => {
    const analysed = planOf((p) => {
      p.analyses.needs = [{ id: "n1", targetGroupId: "tg-seniors", description: "Chybí terénní péče", source: "survey", severity: "high", serviceTypes: [] }]
      p.analyses.swot = [{ id: "s1", kind: "weakness", text: "Málo služeb" }, { id: "s2", kind: "threat", text: "Stárnutí" }]
    }, base)
    const anal = (plan: Plan) => check(plan, { today: ctx.today, only: ["KPSS-ANAL-001", "KPSS-ANAL-002"], ignoreApplicability: true }).findings.map((f) => f.code).sort()
    expect(anal(analysed)).toEqual(["KPSS-ANAL-001", "KPSS-ANAL-002"])
    const linked = ok(linkItem(analysed, { id: id("m1"), needIds: ["n1", "n1"] as Array<NeedId>, swotItemIds: ["s1"] as Array<SwotItemId> }, ctx))
    const m1 = linked.strategy.items.find((i) => i.id === "m1")!
    expect(m1).toEqual({ ...analysed.strategy.items.find((i) => i.id === "m1")!, needIds: ["n1"], swotItemIds: ["s1"] })
    expect(linked.strategy.items.filter((i) => i.id !== "m1")).toEqual(analysed.strategy.items.filter((i) => i.id !== "m1"))
    expect(anal(linked)).toEqual([])
    // A list left out stays; an empty list removes the links.
    const swotOnly = ok(linkItem(linked, { id: id("m1"), swotItemIds: ["s2"] as Array<SwotItemId> }, ctx)).strategy.items.find((i) => i.id === "m1")!
    expect([swotOnly.needIds, swotOnly.swotItemIds]).toEqual([["n1"], ["s2"]])
    const cleared = ok(linkItem(linked, { id: id("m1"), needIds: [], swotItemIds: [] }, ctx))
    expect(anal(cleared)).toEqual(["KPSS-ANAL-001", "KPSS-ANAL-002"])
    expect(JSON.stringify(ok(linkItem(linked, { id: id("m1") }, ctx)))).toBe(JSON.stringify(linked))
  })

  it("refuses links to what does not exist, on a retired or unknown item, and where the policy says no", () => {
    const analysed = planOf((p) => {
      p.analyses.needs = [{ id: "n1", targetGroupId: "tg-seniors", description: "Potřeba", source: "survey", severity: "low", serviceTypes: [] }]
      p.analyses.swot = [{ id: "s1", kind: "weakness", text: "Málo služeb" }]
      p.bodies = [{ id: "wg-1", kind: "workingGroup", name: "Senioři", open: true, members: [], decisionRule: { method: "simpleMajority", quorum: 0.5, abstentionsCount: false }, targetGroupIds: [], priorityIds: [] }]
      p.strategy.items.find((i) => i.id === "m2")!.bodyId = "wg-1"
    }, base)
    const snapshot = structuredClone(analysed)
    const unknownNeed = linkItem(analysed, { id: id("m1"), needIds: ["n1", "ghost"] as Array<NeedId> }, ctx)
    refused(unknownNeed, "unknownId")
    expect(Result.isFailure(unknownNeed) && [unknownNeed.failure.text.cs, unknownNeed.failure.ids]).toEqual(["Potřeba „ghost“ v plánu neexistuje", ["ghost"]])
    // A need's id is not a SWOT item's.
    const wrongKind = linkItem(analysed, { id: id("m1"), swotItemIds: ["n1"] as Array<SwotItemId> }, ctx)
    expect(Result.isFailure(wrongKind) && wrongKind.failure.text).toEqual({ cs: "Položka SWOT „n1“ v plánu neexistuje", en: "SWOT item \"n1\" does not exist in the plan" })
    refused(linkItem(analysed, { id: id("m1"), needIds: "n1" as never }, ctx), "invalidValue")
    refused(linkItem(analysed, { id: id("nope"), needIds: [] }, ctx), "unknownId")
    const retired = ok(retireItem(analysed, { id: id("m1"), reason: "Zrušeno" }, ctx))
    refused(linkItem(retired, { id: id("a1"), needIds: ["n1"] as Array<NeedId> }, ctx), "retired")
    refused(linkItem({ ...analysed, lifecycle: { ...analysed.lifecycle, status: "inForce" } }, { id: id("m1"), needIds: ["n1"] as Array<NeedId> }, ctx), "notAllowed")
    refused(linkItem(analysed, { id: id("m1"), needIds: ["n1"] as Array<NeedId> }, { ...ctx, actor: { role: "public" } }), "notAllowed")
    // A working-group leader links the items of their own group only.
    const leader: OperationContext = { ...ctx, actor: { actorId: "town" as ActorId, role: "workingGroupLeader", bodyId: "wg-1" as BodyId } }
    ok(linkItem(analysed, { id: id("m2"), needIds: ["n1"] as Array<NeedId> }, leader))
    refused(linkItem(analysed, { id: id("m1"), needIds: ["n1"] as Array<NeedId> }, leader), "notAllowed")
    expect(analysed).toEqual(snapshot)
  })

  it("re-orders siblings and changes nothing else", () => {
    const moved = ok(moveItem(base, { id: id("a2"), before: id("a1") }, ctx))
    expect(order(moved, "m1")).toEqual(["a2", "a1"])
    expect(new Set(moved.strategy.items)).toEqual(new Set(base.strategy.items))
    const back = ok(moveItem(moved, { id: id("a2") }, ctx))
    expect(order(back, "m1")).toEqual(["a1", "a2"])
  })

  it("re-parents within the level and refuses cycles and wrong levels", () => {
    const moved = ok(reparentItem(base, { id: id("a1"), parentId: id("m2") }, ctx))
    expect(moved.strategy.items.find((i) => i.id === "a1")!.parentId).toBe("m2")
    refused(reparentItem(base, { id: id("m1"), parentId: id("a1") }, ctx), "cycle")
    refused(reparentItem(base, { id: id("g1"), parentId: id("g1") }, ctx), "cycle")
    refused(reparentItem(base, { id: id("a1"), parentId: id("g1") }, ctx), "wrongLevel")
    refused(reparentItem(base, { id: id("p1"), parentId: id("m1") }, ctx), "cycle")
  })

  it("retires an item with its subtree, the reason and the day; never deletes one with money", () => {
    const retired = ok(retireItem(base, { id: id("m1"), reason: "Sloučeno s opatřením 1.1.2" }, ctx))
    for (const x of retired.strategy.items.filter((i) => ["m1", "a1", "a2"].includes(i.id))) {
      expect(x).toMatchObject({ status: "retired", retired: { reason: "Sloučeno s opatřením 1.1.2", on: "2018-03-01" } })
    }
    refused(retireItem(retired, { id: id("a1"), reason: "znovu" }, ctx), "retired")
    refused(retireItem(base, { id: id("a1"), reason: "" }, ctx), "invalidValue")
    refused(removeItem(base, { id: id("a1") }, ctx), "hasHistory")
    refused(removeItem(base, { id: id("m1") }, ctx), "hasChildren")
    refused(reparentItem(retired, { id: id("a1"), parentId: id("m1") }, ctx), "retired")
    const removed = ok(removeItem(base, { id: id("a2") }, ctx))
    expect(removed.strategy.items.some((i) => i.id === "a2")).toBe(false)
  })

  it("asks the authorization policy: nobody edits the strategy of an adopted plan, a member of the public never", () => {
    const adopted = { ...base, lifecycle: { ...base.lifecycle, status: "inForce" as const } }
    refused(retireItem(adopted, { id: id("a1"), reason: "Zrušeno" }, ctx), "notAllowed")
    refused(addItem(base, { id: id("x"), level: "priority", code: "x", title: "x" }, { ...ctx, actor: { role: "public" } }), "notAllowed")
  })

  it("edits the mission, vision, values and level names", () => {
    const edited = ok(setStrategyStatement(base, { mission: "Poslání", vision: "Vize", values: ["partnerství"] }, ctx))
    expect(edited.strategy).toMatchObject({ mission: "Poslání", vision: "Vize", values: ["partnerství"] })
    expect(ok(setStrategyStatement(edited, { vision: "" }, ctx)).strategy.vision).toBeUndefined()
    refused(setStrategyStatement(base, { values: [""] }, ctx), "invalidValue")
    const names = { ...base.strategy.levelNames, priority: { cs: "Prioritní oblast", en: "Priority area" } }
    expect(ok(setLevelNames(base, names, ctx)).strategy.levelNames.priority.cs).toBe("Prioritní oblast")
    refused(setLevelNames(base, { ...names, goal: { cs: "", en: "Goal" } }, ctx), "invalidValue")
  })
})
