import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { checkIntegrity, isoDate, linkResourceToRegister, proposeRegisterLinks, type ActorId, type OperationContext, type Plan, type ResourceId } from "../src/index.js"
import { planOf, type Draft } from "./ruleFixtures.js"

const ctx: OperationContext = { actor: { actorId: "town" as ActorId, role: "coordinator" }, today: isoDate("2016-03-01") }
const resId = (s: string) => s as ResourceId

type ResourceDraft = Draft["analyses"]["resources"][number]
const resource = (id: string, extra: Partial<ResourceDraft>): ResourceDraft => ({
  id, providerName: "Charita Vzorov", name: "Pečovatelská služba", serviceType: "40", forms: ["field"], capacities: [], targetGroupIds: [], municipalityCodes: [], ...extra
})
const imported = (id: string, extra: Partial<ResourceDraft>): ResourceDraft =>
  resource(`rpss-${id}`, { registerId: id, registerImportedOn: "2016-01-01", facilities: [], ...extra })

const planWith = (...resources: Array<ResourceDraft>): Plan => planOf((p) => {
  p.targetGroups.push({ id: "tg-carers", name: "Pečující", registerCodes: [] })
  p.actors.push({ id: "charity", kind: "organisation", name: "Charita Vzorov", ico: "44478151", triadRole: "provider", sector: "socialServices", contacts: [], active: true })
  p.analyses.resources = resources
})

describe("proposeRegisterLinks", () => {
  it("proposes a hand-entered service for the imported one with the same IČO, type and a form in common, before name matches", () => {
    const plan = planWith(
      resource("hand", { ico: "44478151", name: "PS Charity" }),
      imported("1", { ico: "44478151", name: "Pečovatelská služba Cheb", forms: ["field", "outpatient"] }),
      imported("2", { ico: "44478151", name: "Pečovatelská služba Aš", forms: ["outpatient"] }),
      imported("3", { ico: "44478151", serviceType: "39", name: "Osobní asistence" }),
      imported("4", { ico: "11111111", providerName: "Jiná charita", name: "PS Charity" }),
      imported("5", { providerName: "Jiný", name: "  ps  CHARITY " })
    )
    expect(proposeRegisterLinks(plan)).toEqual([
      { resourceId: "hand", registerResourceId: "rpss-1", registerId: "1", match: "ico" },
      // The same provider, but no form in common: only the provider's name matches.
      { resourceId: "hand", registerResourceId: "rpss-2", registerId: "2", match: "name" },
      { resourceId: "hand", registerResourceId: "rpss-5", registerId: "5", match: "name" }
    ])
  })

  it("matches by a facility's name, and never proposes a registered resource for linking", () => {
    const plan = planWith(
      resource("hand", { providerName: "Město Vzorov", name: "Domov  Slunce" }),
      imported("1", { providerName: "Domov Slunce, p. o.", serviceType: "40", name: "Domovy", facilities: [{ name: "domov slunce", municipalityCode: "599999" }] })
    )
    expect(proposeRegisterLinks(plan)).toEqual([{ resourceId: "hand", registerResourceId: "rpss-1", registerId: "1", match: "name" }])
    expect(proposeRegisterLinks(planWith(imported("1", {}), imported("2", {})))).toEqual([])
  })
})

describe("linkResourceToRegister", () => {
  const ok = (r: ReturnType<typeof linkResourceToRegister>): Plan => {
    if (Result.isFailure(r)) return expect.fail(r.failure.message)
    expect(checkIntegrity(r.success)).toEqual([])
    return r.success
  }

  it("joins the imported resource into the hand-entered one: its id, name and links stay, the register's id and data come in", () => {
    const plan = planWith(
      resource("hand", { ico: "44478151", name: "PS Charity", providerId: "charity", targetGroupIds: ["tg-seniors"], capacities: [{ form: "field", unit: "client", count: 120 }] }),
      imported("1", {
        ico: "44478151", name: "Pečovatelská služba Cheb", forms: ["field", "outpatient"], targetGroupIds: ["tg-carers"], municipalityCodes: ["554481"],
        capacities: [{ form: "field", unit: "client", count: 80 }, { form: "outpatient", unit: "client", count: 20 }], facilities: [{ name: "PS Cheb", municipalityCode: "554481" }]
      })
    )
    const linked = ok(linkResourceToRegister(plan, { resourceId: resId("hand"), registerId: "1" }, ctx))
    expect(linked.analyses.resources).toEqual([{
      id: "hand", providerId: "charity", providerName: "Charita Vzorov", ico: "44478151", name: "PS Charity", serviceType: "40", forms: ["field", "outpatient"],
      capacities: [{ form: "field", unit: "client", count: 80 }, { form: "outpatient", unit: "client", count: 20 }],
      targetGroupIds: ["tg-seniors", "tg-carers"], municipalityCodes: ["554481"], registerId: "1", registerImportedOn: "2016-01-01",
      facilities: [{ name: "PS Cheb", municipalityCode: "554481" }]
    }])
    expect(proposeRegisterLinks(linked)).toEqual([])
  })

  it("only sets the register id when the service has not been imported yet", () => {
    const plan = planWith(resource("hand", { name: "PS Charity" }))
    expect(ok(linkResourceToRegister(plan, { resourceId: resId("hand"), registerId: "1000002" }, ctx)).analyses.resources).toEqual([
      { ...plan.analyses.resources[0], registerId: "1000002" }
    ])
  })

  it("refuses an unknown resource, one already linked, an empty register id, and an imported resource a decision concerns", () => {
    const plan = planOf((p) => {
      p.analyses.resources = [resource("hand", {}), imported("1", {})]
      p.bodies.push({ id: "steering", kind: "steeringGroup", name: "Řídící skupina", open: false, members: [], decisionRule: { method: "simpleMajority", quorum: 0.5, abstentionsCount: false }, targetGroupIds: [], priorityIds: [] })
      p.decisions.push({ id: "d-1", bodyId: "steering", date: "2016-02-01", subject: "other", text: "O službě", rule: { method: "simpleMajority", quorum: 0.5, abstentionsCount: false }, votes: [], recusals: [], outcome: "passed", concerns: ["rpss-1"] })
    })
    const reason = (r: ReturnType<typeof linkResourceToRegister>) => (Result.isFailure(r) ? r.failure.reason : "succeeded")
    expect(reason(linkResourceToRegister(plan, { resourceId: resId("ghost"), registerId: "1" }, ctx))).toBe("unknownId")
    expect(reason(linkResourceToRegister(plan, { resourceId: resId("rpss-1"), registerId: "2" }, ctx))).toBe("alreadyLinked")
    expect(reason(linkResourceToRegister(plan, { resourceId: resId("hand"), registerId: " " }, ctx))).toBe("invalidValue")
    const refused = linkResourceToRegister(plan, { resourceId: resId("hand"), registerId: "1" }, ctx)
    expect(reason(refused)).toBe("referenced")
    expect(Result.isFailure(refused) && refused.failure.text.en).toBe("Cannot remove resource \"rpss-1\" – referenced by: decision \"d-1\". Remove these references first")
    expect(reason(linkResourceToRegister(plan, { resourceId: resId("hand"), registerId: "1" }, { ...ctx, actor: { role: "member", actorId: "town" as ActorId } }))).toBe("notAllowed")
  })
})
