import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  addFundingSource, assignResponsible, checkIntegrity, departedActors, isoDate, responsibility, responsibilityOf, setFundingLine, setFundingLines,
  type ActorId, type DomainError, type FundingSourceId, type OperationContext, type Plan, type StrategyItemId
} from "../src/index.js"
import { planOf } from "./ruleFixtures.js"

const today = isoDate("2018-03-01")
const ctx: OperationContext = { actor: { actorId: "town" as ActorId, role: "coordinator" }, today }
const activity = (id: string, responsibleId?: string, partnerIds: Array<string> = []) => ({
  id, level: "activity" as const, parentId: "m1", code: id, title: id, ...(responsibleId === undefined ? {} : { responsibleId }),
  partnerIds, targetGroupIds: [], serviceTypes: [], needIds: [], swotItemIds: [], status: "active" as const
})

const plan = planOf((p) => {
  p.actors.push(
    { id: "charity", kind: "organisation", name: "Charita", triadRole: "provider", sector: "socialServices", contacts: [], active: true },
    { id: "gone", kind: "organisation", name: "Spolek", triadRole: "provider", sector: "socialServices", contacts: [], active: true },
    { id: "closed", kind: "organisation", name: "Zaniklá o. p. s.", triadRole: "provider", sector: "socialServices", contacts: [], active: false }
  )
  p.bodies.push({
    id: "coalition", kind: "coalition", name: "Koalice", open: true, targetGroupIds: [], priorityIds: [],
    members: [{ actorId: "town", role: "member" }, { actorId: "charity", role: "member" }, { actorId: "gone", role: "member", until: "2017-12-31" }],
    decisionRule: { method: "consensus", quorum: 0.5, abstentionsCount: false }
  })
  p.strategy.items.push(activity("a2", "charity", ["town", "town"]), activity("a3", "gone"), activity("a4"), activity("a5", "closed"))
  p.funding.lines.push({ activityId: "a2", year: 2018, sourceId: "s1", planned: 50000, secured: 50000, spent: 0 })
})

const failed = (r: Result.Result<Plan, DomainError>, reason: DomainError["reason"]) => expect(Result.isFailure(r) && r.failure.reason).toBe(reason)
const ok = (r: Result.Result<Plan, DomainError>): Plan => {
  if (Result.isFailure(r)) expect.fail(r.failure.message)
  expect(checkIntegrity(r.success)).toEqual([])
  return r.success
}

describe("responsibility", () => {
  it("counts each actor's activities, partnerships, share and money, and the activities left without a live responsible party", () => {
    const view = responsibility(plan, today)
    expect(view.activities).toBe(5)
    expect(view.load("town")).toMatchObject({ responsible: 1, partner: 1, share: 0.2, planned: 100000, secured: 80000, left: false })
    expect(view.load("charity")).toMatchObject({ responsible: 1, partner: 0, planned: 50000, left: false })
    expect(view.load("gone")?.left).toBe(true)
    expect(view.unassigned.map((i) => plan.strategy.items[i]!.id)).toEqual(["a4"])
    expect(view.departed.map((i) => plan.strategy.items[i]!.id)).toEqual(["a3", "a5"])
    expect([...departedActors(plan, isoDate("2017-06-01"))]).toEqual(["closed"])
  })

  it("is computed once per plan and day: the rules of one check share the view", () => {
    const view = responsibilityOf(plan, today)
    expect(responsibilityOf(plan, today)).toBe(view)
    expect({ ...view, load: undefined }).toEqual({ ...responsibility(plan, today), load: undefined })
    const earlier = responsibilityOf(plan, isoDate("2017-06-01"))
    expect(earlier).not.toBe(view)
    expect(earlier.departed.map((i) => plan.strategy.items[i]!.id)).toEqual(["a5"])
    const edited = ok(assignResponsible(plan, { itemId: "a4" as StrategyItemId, responsibleId: "charity" as ActorId }, ctx))
    expect(responsibilityOf(edited, today).unassigned).toEqual([])
  })

  it("assigns a responsible party and partners; refuses an unknown actor, one who has left, a retired item", () => {
    const assigned = ok(assignResponsible(plan, { itemId: "a4" as StrategyItemId, responsibleId: "charity" as ActorId, partnerIds: ["town" as ActorId] }, ctx))
    expect(assigned.strategy.items.find((i) => i.id === "a4")).toMatchObject({ responsibleId: "charity", partnerIds: ["town"] })
    failed(assignResponsible(plan, { itemId: "a4" as StrategyItemId, responsibleId: "ghost" as ActorId }, ctx), "unknownId")
    failed(assignResponsible(plan, { itemId: "a4" as StrategyItemId, responsibleId: "gone" as ActorId }, ctx), "inactiveActor")
    failed(assignResponsible(plan, { itemId: "nope" as StrategyItemId, responsibleId: "town" as ActorId }, ctx), "unknownId")
  })
})

describe("funding lines", () => {
  const cell = { activityId: "a1" as StrategyItemId, sourceId: "s1" as FundingSourceId }
  it("sets an existing cell or creates one; amounts left out stay", () => {
    const updated = ok(setFundingLine(plan, { ...cell, year: 2017, secured: 100000 }, ctx))
    expect(updated.funding.lines[0]).toMatchObject({ planned: 100000, secured: 100000, spent: 0 })
    const created = ok(setFundingLine(plan, { ...cell, year: 2019, planned: 7 }, ctx))
    expect(created.funding.lines.at(-1)).toMatchObject({ year: 2019, planned: 7, secured: 0, spent: 0 })
  })

  it("refuses negative, fractional and unsafe money, a year outside the period, unknown sources and non-activities; the plan stays", () => {
    const before = structuredClone(plan)
    for (const planned of [-1, 0.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN, Infinity]) failed(setFundingLine(plan, { ...cell, year: 2017, planned }, ctx), "invalidValue")
    failed(setFundingLine(plan, { ...cell, year: 2016, planned: 1 }, ctx), "outsidePeriod")
    failed(setFundingLine(plan, { ...cell, year: 2020.5, planned: 1 }, ctx), "outsidePeriod")
    failed(setFundingLine(plan, { ...cell, sourceId: "nope" as FundingSourceId, year: 2017, planned: 1 }, ctx), "unknownId")
    failed(setFundingLine(plan, { ...cell, activityId: "m1" as StrategyItemId, year: 2017, planned: 1 }, ctx), "wrongLevel")
    expect(plan).toEqual(before)
    const r = setFundingLine(plan, { ...cell, year: 2017, planned: -5 }, ctx)
    expect(Result.isFailure(r) && r.failure.text.cs).toContain("celé nezáporné číslo korun")
  })

  it("lets the coordinator record money secured and spent in a plan in force, but not change what was planned", () => {
    const inForce = { ...plan, lifecycle: { ...plan.lifecycle, status: "inForce" as const } }
    ok(setFundingLine(inForce, { ...cell, year: 2017, spent: 60000 }, ctx))
    failed(setFundingLine(inForce, { ...cell, year: 2017, planned: 1 }, ctx), "notAllowed")
  })

  it("sets many cells at once: all of them, or none and the first error; a new cell without money adds no line", () => {
    const both = ok(setFundingLines(plan, [{ ...cell, year: 2017, secured: 1 }, { ...cell, year: 2019, planned: 2 }, { ...cell, year: 2018, planned: 0 }], ctx))
    expect(both.funding.lines.map((l) => [l.activityId, l.year, l.planned, l.secured])).toEqual([
      ...plan.funding.lines.map((l) => [l.activityId, l.year, l.planned, l.year === 2017 && l.activityId === "a1" ? 1 : l.secured]),
      ["a1", 2019, 2, 0]
    ])
    const bad = setFundingLines(plan, [{ ...cell, year: 2017, secured: 1 }, { ...cell, year: 2016, planned: 1 }], ctx)
    failed(bad, "outsidePeriod")
    expect(ok(setFundingLines(plan, [{ ...cell, year: 2019, planned: 5 }, { ...cell, year: 2019, secured: 3 }], ctx)).funding.lines.at(-1))
      .toMatchObject({ year: 2019, planned: 5, secured: 3 })
  })

  it("sets many cells exactly as setting them one by one does (property)", () => {
    const input = fc.record({
      activityId: fc.constantFrom("a1", "a2", "a4", "m1", "nope"),
      sourceId: fc.constantFrom("s1", "nope"),
      year: fc.integer({ min: 2016, max: 2020 }),
      planned: fc.option(fc.integer({ min: -1, max: 3 }), { nil: undefined }),
      secured: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined })
    }, { requiredKeys: ["activityId", "sourceId", "year"] })
    fc.assert(fc.property(fc.array(input, { maxLength: 8 }), (cells) => {
      const typed = cells as unknown as Parameters<typeof setFundingLines>[1]
      const batch = setFundingLines(plan, typed, ctx)
      let folded: Result.Result<Plan, DomainError> = Result.succeed(plan)
      for (const c of typed) if (Result.isSuccess(folded)) folded = setFundingLine(folded.success, c, ctx)
      expect(Result.isSuccess(batch)).toBe(Result.isSuccess(folded))
      if (Result.isSuccess(batch) && Result.isSuccess(folded)) {
        expect(batch.success.funding.lines).toEqual(folded.success.funding.lines)
        expect(checkIntegrity(batch.success)).toEqual([])
      }
      if (Result.isFailure(batch) && Result.isFailure(folded)) expect(batch.failure.reason).toBe(folded.failure.reason)
    }), { numRuns: 300 })
  })

  it("adds a source behind a commissioner", () => {
    const added = ok(addFundingSource(plan, { id: "s2" as FundingSourceId, name: "Kraj", kind: "region", commissionerId: "town" as ActorId }, ctx))
    expect(added.funding.sources.map((s) => s.id)).toEqual(["s1", "s2"])
    failed(addFundingSource(plan, { id: "s1" as FundingSourceId, name: "Kraj", kind: "region" }, ctx), "duplicateId")
  })
})
