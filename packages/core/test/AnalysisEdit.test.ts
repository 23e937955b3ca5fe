import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  authorize, isAdopted, LifecycleStatus, planState, Role,
  addDemographyRow, addNeed, addProvider, addService, addSwotItem, changeDemographyRow, changeNeed, changeProvider, changeService, changeSwotItem,
  checkIntegrity, isoDate, referencesTo, removeDemographyRow, removeNeed, removeProvider, removeService, removeSwotItem, resourceProviders,
  type ActorId, type BodyId, type DomainError, type NeedId, type OperationContext, type Plan, type ResourceId, type SwotItemId, type TargetGroupId
} from "../src/index.js"
import { planOf } from "./ruleFixtures.js"

const ctx: OperationContext = { actor: { actorId: "town" as ActorId, role: "coordinator" }, today: isoDate("2016-03-01") }
const leaderOf = (bodyId: string): OperationContext => ({ actor: { actorId: "leader" as ActorId, role: "workingGroupLeader", bodyId: bodyId as BodyId }, today: isoDate("2016-03-01") })
const needId = (s: string) => s as NeedId
const swotId = (s: string) => s as SwotItemId
const resId = (s: string) => s as ResourceId
const tg = (s: string) => s as TargetGroupId

const rule = { method: "simpleMajority", quorum: 0.5, abstentionsCount: false } as const

const base = planOf((p) => {
  p.targetGroups.push({ id: "tg-disabled", name: "Osoby se zdravotním postižením", registerCodes: [] })
  p.actors.push(
    { id: "leader", kind: "person", name: "Vedoucí skupiny", triadRole: "provider", sector: "socialServices", contacts: [], active: true },
    { id: "charity", kind: "organisation", name: "Charita Vzorov", ico: "44478151", triadRole: "provider", sector: "socialServices", contacts: [], active: true }
  )
  p.bodies.push(
    { id: "wg-seniors", kind: "workingGroup", name: "Senioři", members: [{ actorId: "leader", role: "leader" }], decisionRule: rule, open: true, targetGroupIds: ["tg-seniors"], priorityIds: [] },
    { id: "wg-disabled", kind: "workingGroup", name: "Zdravotně postižení", members: [], decisionRule: rule, open: true, targetGroupIds: ["tg-disabled"], priorityIds: [] }
  )
  p.analyses.needs = [
    { id: "n1", targetGroupId: "tg-seniors", description: "Více terénní péče", source: "survey", severity: "high", serviceTypes: ["40"] },
    { id: "n2", targetGroupId: "tg-disabled", description: "Chráněné bydlení", source: "workingGroup", severity: "medium", serviceTypes: ["51"] }
  ]
  p.analyses.demography = [{ year: 2015, ageBand: "65+", population: 2100, source: "ČSÚ" }]
  p.analyses.swot = [
    { id: "sw1", bodyId: "wg-seniors", kind: "weakness", text: "Málo terénních služeb" },
    { id: "sw2", bodyId: "wg-disabled", kind: "threat", text: "Odchod pracovníků" }
  ]
  p.analyses.resources = [
    {
      id: "res-hand", providerName: "Charita Vzorov", ico: "44478151", providerId: "charity", name: "Pečovatelská služba Charity", serviceType: "40",
      forms: ["field"], capacities: [{ form: "field", unit: "client", count: 60 }], targetGroupIds: ["tg-seniors"], municipalityCodes: ["599999"]
    },
    {
      id: "rpss-1000001", providerName: "Domov Vzorov, p. o.", ico: "00574520", name: "Domov pro seniory Vzorov", serviceType: "49", forms: ["residential"],
      capacities: [{ form: "residential", unit: "bed", count: 32 }], targetGroupIds: [], municipalityCodes: ["599999"], registerId: "1000001", registerImportedOn: "2016-01-01"
    },
    { id: "res-club", providerName: "Klub  seniorů ", name: "Klub", serviceType: "other", forms: [], capacities: [], targetGroupIds: [], municipalityCodes: [] }
  ]
  p.strategy.items.find((i) => i.id === "m1")!.needIds = ["n1"]
  p.strategy.items.find((i) => i.id === "g1")!.swotItemIds = ["sw1"]
  p.decisions.push({
    id: "d-1", bodyId: "wg-seniors", date: "2016-02-01", subject: "other", text: "Rozhodnutí o domově",
    rule, votes: [], recusals: [], outcome: "passed", concerns: ["rpss-1000001"]
  })
})

const ok = (r: Result.Result<Plan, DomainError>): Plan => {
  if (Result.isFailure(r)) expect.fail(r.failure.message)
  expect(checkIntegrity(r.success)).toEqual([])
  return r.success
}
const refused = (r: Result.Result<Plan, DomainError>, reason: DomainError["reason"]): DomainError => {
  if (Result.isSuccess(r)) return expect.fail(`expected ${reason}, the operation succeeded`)
  expect(r.failure.reason).toBe(reason)
  expect(r.failure.text.cs).not.toBe(r.failure.text.en)
  expect(r.failure.text.cs.length).toBeGreaterThan(0)
  return r.failure
}

describe("needs", () => {
  it("adds, changes and removes a need", () => {
    const added = ok(addNeed(base, { id: needId("n3"), targetGroupId: tg("tg-seniors"), description: "Odlehčovací služba", source: "interview", severity: "low", serviceTypes: ["44", "44"] }, ctx))
    expect(added.analyses.needs.at(-1)).toEqual({ id: "n3", targetGroupId: "tg-seniors", description: "Odlehčovací služba", source: "interview", severity: "low", serviceTypes: ["44"] })
    const changed = ok(changeNeed(added, { id: needId("n3"), severity: "high", targetGroupId: tg("tg-disabled") }, ctx))
    expect(changed.analyses.needs.at(-1)).toEqual({ id: "n3", targetGroupId: "tg-disabled", description: "Odlehčovací služba", source: "interview", severity: "high", serviceTypes: ["44"] })
    expect(ok(removeNeed(changed, { id: needId("n3") }, ctx)).analyses.needs).toEqual(base.analyses.needs)
  })

  it("refuses unknown ids, a duplicate, an unknown target group, an unknown service type and bad values", () => {
    const snapshot = structuredClone(base)
    refused(addNeed(base, { id: needId("n1"), targetGroupId: tg("tg-seniors"), description: "x", source: "survey", severity: "low" }, ctx), "duplicateId")
    refused(addNeed(base, { id: needId("n9"), targetGroupId: tg("tg-ghost"), description: "x", source: "survey", severity: "low" }, ctx), "unknownId")
    const type = refused(addNeed(base, { id: needId("n9"), targetGroupId: tg("tg-seniors"), description: "x", source: "survey", severity: "low", serviceTypes: ["38"] }, ctx), "unknownServiceType")
    expect(type.text.cs).toContain("„38“")
    refused(addNeed(base, { id: needId("n9"), targetGroupId: tg("tg-seniors"), description: "  ", source: "survey", severity: "low" }, ctx), "invalidValue")
    const severity = refused(addNeed(base, { id: needId("n9"), targetGroupId: tg("tg-seniors"), description: "x", source: "survey", severity: "urgent" as never }, ctx), "invalidValue")
    expect(severity.text.en).toContain("one of low, medium, high")
    refused(changeNeed(base, { id: needId("n9"), severity: "low" }, ctx), "unknownId")
    refused(removeNeed(base, { id: needId("n9") }, ctx), "unknownId")
    expect(base).toEqual(snapshot)
  })

  it("refuses to remove a need a measure answers, and says which", () => {
    const e = refused(removeNeed(base, { id: needId("n1") }, ctx), "referenced")
    expect(e.text.cs).toBe("Nelze odstranit potřebu „n1“ – odkazuje sem: opatření m1 „Položka m1“. Nejprve tyto odkazy odeberte")
    expect(e.text.en).toBe("Cannot remove need \"n1\" – referenced by: measure m1 \"Položka m1\". Remove these references first")
    expect(e.ids).toEqual(["n1", "m1"])
  })

  it("lets a working-group leader edit the needs of their group's target groups only", () => {
    ok(changeNeed(base, { id: needId("n1"), description: "Více terénní péče o seniory" }, leaderOf("wg-seniors")))
    expect(refused(changeNeed(base, { id: needId("n2"), description: "x" }, leaderOf("wg-seniors")), "notAllowed").text.en)
      .toContain("the leader of the working group the part belongs to")
    refused(changeNeed(base, { id: needId("n1"), targetGroupId: tg("tg-disabled") }, leaderOf("wg-seniors")), "notAllowed")
    refused(addNeed(base, { id: needId("n9"), targetGroupId: tg("tg-disabled"), description: "x", source: "survey", severity: "low" }, leaderOf("wg-seniors")), "notAllowed")
  })

  it("refuses every edit of an adopted version", () => {
    const adopted = planOf((p) => {
      p.lifecycle = { status: "approved", amendments: [], approval: { body: "assembly", resolution: "ZM/1/2016", date: "2016-09-20", kind: "approved" } }
    })
    refused(addNeed(adopted, { id: needId("n9"), targetGroupId: tg("tg-seniors"), description: "x", source: "survey", severity: "low" }, ctx), "notAllowed")
  })
})

describe("demography", () => {
  const row = { year: 2016, ageBand: "80+", source: "ČSÚ" }

  it("adds, changes and removes a row identified by year, age band and source", () => {
    const added = ok(addDemographyRow(base, { ...row, population: 640 }, ctx))
    expect(added.analyses.demography.at(-1)).toEqual({ year: 2016, ageBand: "80+", population: 640, source: "ČSÚ" })
    const changed = ok(changeDemographyRow(added, { year: 2016, ageBand: " 80+", source: "čsú", population: 655 }, ctx))
    expect(changed.analyses.demography.at(-1)?.population).toBe(655)
    expect(ok(removeDemographyRow(changed, row, ctx)).analyses.demography).toEqual(base.analyses.demography)
  })

  it("refuses a duplicate row, an unknown row and bad values", () => {
    const dup = refused(addDemographyRow(base, { year: 2015, ageBand: "65+", source: "ČSÚ", population: 1 }, ctx), "duplicateId")
    expect(dup.text.cs).toBe("Řádek demografie „2015 / 65+ / ČSÚ“ v plánu už existuje")
    refused(changeDemographyRow(base, { ...row, population: 1 }, ctx), "unknownId")
    refused(removeDemographyRow(base, row, ctx), "unknownId")
    refused(addDemographyRow(base, { ...row, population: -1 }, ctx), "invalidValue")
    refused(addDemographyRow(base, { ...row, population: 1.5 }, ctx), "invalidValue")
    refused(addDemographyRow(base, { ...row, year: 1890, population: 1 }, ctx), "invalidValue")
    refused(addDemographyRow(base, { ...row, ageBand: "", population: 1 }, ctx), "invalidValue")
  })

  it("is not a working-group leader's to edit", () => {
    refused(addDemographyRow(base, { ...row, population: 640 }, leaderOf("wg-seniors")), "notAllowed")
  })
})

describe("SWOT items", () => {
  it("adds, changes and removes an item of a working group", () => {
    const added = ok(addSwotItem(base, { id: swotId("sw3"), kind: "opportunity", text: "Dotace kraje", bodyId: "wg-seniors" as BodyId }, leaderOf("wg-seniors")))
    expect(added.analyses.swot.at(-1)).toEqual({ id: "sw3", bodyId: "wg-seniors", kind: "opportunity", text: "Dotace kraje" })
    const changed = ok(changeSwotItem(added, { id: swotId("sw3"), kind: "strength", text: "Dotace kraje získána" }, leaderOf("wg-seniors")))
    expect(changed.analyses.swot.at(-1)).toEqual({ id: "sw3", bodyId: "wg-seniors", kind: "strength", text: "Dotace kraje získána" })
    expect(ok(removeSwotItem(changed, { id: swotId("sw3") }, ctx)).analyses.swot).toEqual(base.analyses.swot)
  })

  it("refuses another group's item, an unknown body or kind, and removing an item a goal answers", () => {
    refused(changeSwotItem(base, { id: swotId("sw2"), text: "x" }, leaderOf("wg-seniors")), "notAllowed")
    refused(changeSwotItem(base, { id: swotId("sw1"), bodyId: "wg-disabled" as BodyId }, leaderOf("wg-seniors")), "notAllowed")
    refused(addSwotItem(base, { id: swotId("sw9"), kind: "threat", text: "x", bodyId: "ghost" as BodyId }, ctx), "unknownId")
    refused(addSwotItem(base, { id: swotId("sw9"), kind: "risk" as never, text: "x" }, ctx), "invalidValue")
    refused(addSwotItem(base, { id: swotId("sw1"), kind: "threat", text: "x" }, ctx), "duplicateId")
    const e = refused(removeSwotItem(base, { id: swotId("sw1") }, ctx), "referenced")
    expect(e.text.cs).toContain("cíl g1 „Položka g1“")
  })
})

describe("providers and services", () => {
  const service = { id: resId("res-new"), name: "Odlehčovací služba", serviceType: "44", forms: ["outpatient", "residential"] as const, capacities: [{ form: "residential" as const, unit: "bed" as const, count: 4 }] }

  it("lists providers by IČO, else by name compared without spaces and case", () => {
    const withSecond = ok(addService(base, { provider: { name: "klub seniorů" }, id: resId("res-club-2"), name: "Klub 2", serviceType: "other", forms: [] }, ctx))
    expect(resourceProviders(withSecond)).toEqual([
      { name: "Charita Vzorov", ico: "44478151", providerId: "charity", resourceIds: ["res-hand"], registered: false },
      { name: "Domov Vzorov, p. o.", ico: "00574520", resourceIds: ["rpss-1000001"], registered: true },
      { name: "Klub  seniorů ", resourceIds: ["res-club", "res-club-2"], registered: false }
    ])
  })

  it("adds a provider with its services; a second service goes right after the provider's others", () => {
    const added = ok(addProvider(base, { name: "Spolek Úlehla", ico: "26612345", services: [service] }, ctx))
    expect(added.analyses.resources.at(-1)).toEqual({
      id: "res-new", providerName: "Spolek Úlehla", ico: "26612345", name: "Odlehčovací služba", serviceType: "44",
      forms: ["outpatient", "residential"], capacities: [{ form: "residential", unit: "bed", count: 4 }], targetGroupIds: [], municipalityCodes: []
    })
    const second = ok(addService(base, { provider: { ico: "44478151" }, id: resId("res-hand-2"), name: "Osobní asistence", serviceType: "39", forms: ["field"], municipalityCodes: ["599999"] }, ctx))
    expect(second.analyses.resources.map((r) => r.id)).toEqual(["res-hand", "res-hand-2", "rpss-1000001", "res-club"])
    expect(second.analyses.resources[1]).toMatchObject({ providerName: "Charita Vzorov", ico: "44478151", providerId: "charity" })
  })

  it("refuses a duplicate provider (IČO, or name without an IČO), an unknown service type, a form the law does not allow and a capacity without its form", () => {
    const snapshot = structuredClone(base)
    const dup = refused(addProvider(base, { name: "Oblastní charita", ico: "44478151", services: [service] }, ctx), "duplicateProvider")
    expect(dup.text.cs).toBe("Poskytovatel „Charita Vzorov“ (IČO 44478151) už v analýze zdrojů je; přidejte službu k němu")
    refused(addProvider(base, { name: " charita  vzorov", services: [service] }, ctx), "duplicateProvider")
    refused(addProvider(base, { name: "Domov Vzorov, p. o.", services: [service] }, ctx), "duplicateProvider")
    refused(addProvider(base, { name: "Nový", ico: "123", services: [service] }, ctx), "invalidValue")
    refused(addProvider(base, { name: "Nový", services: [] }, ctx), "invalidValue")
    refused(addProvider(base, { name: "Nový", services: [{ ...service, serviceType: "38" }] }, ctx), "unknownServiceType")
    const form = refused(addProvider(base, { name: "Nový", services: [{ ...service, serviceType: "69", forms: ["residential"], capacities: [] }] }, ctx), "formNotAllowed")
    expect(form.text.cs).toBe("Služba terénní programy (§69) se podle zákona neposkytuje ve formě pobytová")
    refused(addProvider(base, { name: "Nový", services: [{ ...service, forms: ["outpatient"] }] }, ctx), "capacityWithoutForm")
    refused(addProvider(base, { name: "Nový", services: [service, service] }, ctx), "duplicateId")
    refused(addProvider(base, { name: "Nový", services: [{ ...service, id: resId("res-hand") }] }, ctx), "duplicateId")
    refused(addProvider(base, { name: "Nový", services: [{ ...service, targetGroupIds: [tg("ghost")] }] }, ctx), "unknownId")
    refused(addProvider(base, { name: "Nový", services: [{ ...service, municipalityCodes: ["Vzorov"] }] }, ctx), "invalidValue")
    refused(addProvider(base, { name: "Nový", providerId: "ghost" as ActorId, services: [service] }, ctx), "unknownId")
    refused(addService(base, { provider: { ico: "99999999" }, ...service }, ctx), "unknownId")
    expect(base).toEqual(snapshot)
  })

  it("changes a provider on all its services, but not the register's name or IČO of a registered one", () => {
    const renamed = ok(changeProvider(base, { provider: { ico: "44478151" }, name: "Oblastní charita Vzorov" }, ctx))
    expect(renamed.analyses.resources[0]?.providerName).toBe("Oblastní charita Vzorov")
    refused(changeProvider(base, { provider: { ico: "44478151" }, ico: "00574520" }, ctx), "duplicateProvider")
    refused(changeProvider(base, { provider: { ico: "00574520" }, name: "Jiný domov" }, ctx), "fromRegister")
    expect(ok(changeProvider(base, { provider: { ico: "00574520" }, providerId: "charity" as ActorId }, ctx)).analyses.resources[1]?.providerId).toBe("charity")
    refused(changeProvider(base, { provider: { name: "Nikdo" }, name: "x" }, ctx), "unknownId")
  })

  it("changes a service: type and forms checked together; a registered service keeps the register's data", () => {
    const changed = ok(changeService(base, { id: resId("res-hand"), forms: ["field", "outpatient"], capacities: [{ form: "outpatient", unit: "client", count: 10 }], name: "PS Charity" }, ctx))
    expect(changed.analyses.resources[0]).toMatchObject({ name: "PS Charity", forms: ["field", "outpatient"], capacities: [{ form: "outpatient", unit: "client", count: 10 }] })
    refused(changeService(base, { id: resId("res-hand"), serviceType: "49" }, ctx), "formNotAllowed")
    refused(changeService(base, { id: resId("res-hand"), forms: ["outpatient"] }, ctx), "capacityWithoutForm")
    const e = refused(changeService(base, { id: resId("rpss-1000001"), capacities: [] }, ctx), "fromRegister")
    expect(e.text.cs).toContain("pochází z registru poskytovatelů (registr 1000001)")
    expect(ok(changeService(base, { id: resId("rpss-1000001"), name: "Domov Vzorov", targetGroupIds: [tg("tg-seniors")] }, ctx)).analyses.resources[1])
      .toMatchObject({ name: "Domov Vzorov", targetGroupIds: ["tg-seniors"], capacities: [{ form: "residential", unit: "bed", count: 32 }] })
    refused(changeService(base, { id: resId("nope"), name: "x" }, ctx), "unknownId")
  })

  it("removes a service or a provider, unless a decision concerns it", () => {
    expect(ok(removeService(base, { id: resId("res-hand") }, ctx)).analyses.resources.map((r) => r.id)).toEqual(["rpss-1000001", "res-club"])
    expect(ok(removeProvider(base, { provider: { name: "KLUB SENIORŮ" } }, ctx)).analyses.resources.map((r) => r.id)).toEqual(["res-hand", "rpss-1000001"])
    const e = refused(removeService(base, { id: resId("rpss-1000001") }, ctx), "referenced")
    expect(e.text.cs).toBe("Nelze odstranit zdroj „rpss-1000001“ – odkazuje sem: rozhodnutí „d-1“. Nejprve tyto odkazy odeberte")
    expect(refused(removeProvider(base, { provider: { ico: "00574520" } }, ctx), "referenced").ids).toEqual(["00574520", "d-1"])
    expect(referencesTo(base, "res-hand")).toBeUndefined()
  })
})

describe("the policy", () => {
  // Invariant: no operation on the analyses succeeds where the policy says no — whatever the role, the
  // group and the plan's state — and none succeeds on an adopted version.
  const ops: ReadonlyArray<{ readonly name: string; readonly bodyIds: ReadonlyArray<string>; readonly run: (p: Plan, c: OperationContext) => Result.Result<Plan, DomainError> }> = [
    { name: "addNeed", bodyIds: ["wg-seniors"], run: (p, c) => addNeed(p, { id: needId("n9"), targetGroupId: tg("tg-seniors"), description: "x", source: "survey", severity: "low" }, c) },
    { name: "changeNeed", bodyIds: ["wg-disabled"], run: (p, c) => changeNeed(p, { id: needId("n2"), severity: "high" }, c) },
    { name: "removeSwotItem", bodyIds: ["wg-disabled"], run: (p, c) => removeSwotItem(p, { id: swotId("sw2") }, c) },
    { name: "addDemographyRow", bodyIds: [], run: (p, c) => addDemographyRow(p, { year: 2016, ageBand: "80+", source: "ČSÚ", population: 1 }, c) },
    { name: "addService", bodyIds: [], run: (p, c) => addService(p, { provider: { ico: "44478151" }, id: resId("r9"), name: "Služba", serviceType: "other", forms: [] }, c) },
    { name: "removeService", bodyIds: [], run: (p, c) => removeService(p, { id: resId("res-club") }, c) }
  ]
  it("refuses every operation the policy refuses, and every operation on an adopted version", () => {
    const seen = { succeeded: new Set<string>(), refused: new Set<string>() }
    fc.assert(fc.property(
      fc.constantFrom(...Role.literals), fc.constantFrom("wg-seniors", "wg-disabled", undefined), fc.constantFrom(...LifecycleStatus.literals),
      (role, bodyId, status) => {
        const plan = status === "draft" ? base : { ...base, lifecycle: { ...base.lifecycle, status } }
        const acting = { role, actorId: "leader" as ActorId, ...(bodyId === undefined ? {} : { bodyId: bodyId as BodyId }) }
        for (const op of ops) {
          const answer = authorize(acting, { kind: "editAnalyses", bodyIds: op.bodyIds as Array<BodyId> }, planState(plan, ctx.today))
          const result = op.run(plan, { actor: acting, today: ctx.today })
          if (!answer.allowed || isAdopted(plan)) expect(Result.isFailure(result), `${op.name} as ${role} in ${status}`).toBe(true)
          ;(Result.isSuccess(result) ? seen.succeeded : seen.refused).add(op.name)
        }
      }
    ), { numRuns: 200 })
    expect([...seen.succeeded].sort()).toEqual(ops.map((o) => o.name).sort())
    expect([...seen.refused].sort()).toEqual(ops.map((o) => o.name).sort())
  })
})
