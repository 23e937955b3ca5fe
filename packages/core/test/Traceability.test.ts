import { fc, test } from "@fast-check/vitest"
import { describe, expect, it } from "vitest"
import { check, isoDate, makeProfile, methodologyProfile, traceability } from "../src/index.js"
import { planOf, type Draft } from "./ruleFixtures.js"

const today = isoDate("2018-03-01")
const codesOf = (draft: (d: Draft) => void, only: ReadonlyArray<string>) =>
  check(planOf(draft), { today, only, ignoreApplicability: true }).findings

const need = (id: string, severity: "low" | "medium" | "high", serviceTypes: Array<string> = [], targetGroupId = "tg-seniors") =>
  ({ id, targetGroupId, description: `Potřeba ${id}`, source: "survey" as const, severity, serviceTypes })

describe("traceability", () => {
  it("links items to needs and SWOT items, marks a priority traced through a descendant, and counts coverage", () => {
    const plan = planOf((d) => {
      d.analyses.needs = [need("n1", "high", ["40"]), need("n2", "low", ["49", "40"])]
      d.analyses.swot = [{ id: "s1", kind: "weakness", text: "Málo služeb" }]
      d.strategy.items.find((i) => i.id === "m1")!.needIds = ["n1"]
      d.strategy.items.find((i) => i.id === "g1")!.swotItemIds = ["s1"]
    })
    const t = traceability(plan)
    expect([...t.needsAnsweredByMeasures]).toEqual(["n1"])
    expect([...t.tracedItems].sort()).toEqual(["g1", "m1", "p1"])
    expect(t.needCoverage).toBe(0.5)
    expect(t.itemsBySwot.get("s1")).toEqual([1])
    expect([...t.neededServiceTypes]).toEqual([["40", 0], ["49", 1]])
    expect(t.needsByTargetGroup.get("tg-seniors")).toEqual([0, 1])
  })

  it("ignores retired items", () => {
    const plan = planOf((d) => {
      d.analyses.needs = [need("n1", "high")]
      const m1 = d.strategy.items.find((i) => i.id === "m1")!
      m1.needIds = ["n1"]
      m1.status = "retired"
      m1.retired = { reason: "Zrušeno", on: "2018-01-01" }
    })
    const t = traceability(plan)
    expect(t.needsAnsweredByMeasures.size).toBe(0)
    expect(t.tracedItems.size).toBe(0)
    expect(t.needCoverage).toBe(0)
  })
})

describe("KPSS-ANAL-001", () => {
  // Invariant: the findings are exactly the high-severity needs that no active measure or activity names.
  test.prop([
    fc.array(fc.constantFrom("low" as const, "medium" as const, "high" as const), { minLength: 1, maxLength: 8 }),
    fc.array(fc.nat(7)),
    fc.array(fc.nat(7)),
    fc.array(fc.nat(7))
  ])("flags exactly the high needs no measure or activity answers", (severities, byMeasure, byActivity, byPriority) => {
    const ids = severities.map((_, i) => `n${i}`)
    const pick = (list: Array<number>) => [...new Set(list.filter((i) => i < ids.length).map((i) => ids[i]!))]
    const findings = codesOf((d) => {
      d.analyses.needs = severities.map((s, i) => need(ids[i]!, s))
      d.strategy.items.find((i) => i.id === "m1")!.needIds = pick(byMeasure)
      d.strategy.items.find((i) => i.id === "a1")!.needIds = pick(byActivity)
      d.strategy.items.find((i) => i.id === "p1")!.needIds = pick(byPriority)
    }, ["KPSS-ANAL-001"])
    const answered = new Set([...pick(byMeasure), ...pick(byActivity)])
    const expected = ids.filter((id, i) => severities[i] === "high" && !answered.has(id))
    expect(findings.flatMap((f) => f.ids).sort()).toEqual(expected.sort())
  })
})

describe("KPSS-ANAL-002", () => {
  // Invariant: a priority is flagged iff nothing in its subtree answers a need or a SWOT item.
  test.prop([fc.constantFrom("p1", "g1", "m1", "a1", undefined), fc.boolean()])("flags a priority iff its subtree traces nothing", (where, bySwot) => {
    const findings = codesOf((d) => {
      d.analyses.needs = [need("n1", "low")]
      d.analyses.swot = [{ id: "s1", kind: "threat", text: "Stárnutí" }]
      if (where !== undefined) {
        const item = d.strategy.items.find((i) => i.id === where)!
        if (bySwot) item.swotItemIds = ["s1"]
        else item.needIds = ["n1"]
      }
    }, ["KPSS-ANAL-002"])
    expect(findings.map((f) => f.ids)).toEqual(where === undefined ? [["p1"]] : [])
  })
})

describe("the other ANAL rules", () => {
  it("KPSS-ANAL-003: a target group with needs and no working group", () => {
    const findings = codesOf((d) => {
      d.targetGroups.push({ id: "tg-families", name: "Rodiny s dětmi", registerCodes: [] })
      d.analyses.needs = [need("n1", "low", [], "tg-families"), need("n2", "low")]
      d.actors.push({ id: "wg-lead", kind: "person", name: "Vedoucí", triadRole: "provider", sector: "socialServices", contacts: [], active: true })
      d.bodies.push({ id: "wg", kind: "workingGroup", name: "PS Senioři", open: true, members: [{ actorId: "wg-lead", role: "leader" }], decisionRule: { method: "consensus", quorum: 0.5, abstentionsCount: false }, targetGroupIds: ["tg-seniors"], priorityIds: [] })
    }, ["KPSS-ANAL-003"])
    expect(findings.map((f) => [f.ids, f.message.cs])).toEqual([[["tg-families"], "Cílová skupina „Rodiny s dětmi“ má zjištěné potřeby (1), ale žádnou pracovní skupinu"]])
  })

  it("KPSS-ANAL-004..007: service types and forms against the catalogue", () => {
    const findings = codesOf((d) => {
      d.analyses.needs = [need("n1", "low", ["40", "49", "99", "other"])]
      d.analyses.resources = [
        { id: "r1", providerName: "Charita", name: "Pečovatelská služba", serviceType: "40", forms: ["field", "residential"], capacities: [{ form: "outpatient", unit: "client", count: 3 }], targetGroupIds: [], municipalityCodes: [] },
        { id: "r2", providerName: "Spolek", name: "Klub", serviceType: "other", forms: ["residential"], capacities: [], targetGroupIds: [], municipalityCodes: [] },
        { id: "r3", providerName: "Spolek", name: "Poradna", serviceType: "38", forms: ["outpatient"], capacities: [], targetGroupIds: [], municipalityCodes: [] }
      ]
    }, ["KPSS-ANAL-004", "KPSS-ANAL-005", "KPSS-ANAL-006", "KPSS-ANAL-007"])
    expect(findings.map((f) => [f.code, f.path.join(".")])).toEqual([
      ["KPSS-ANAL-005", "analyses.needs.0.serviceTypes.2"],
      ["KPSS-ANAL-005", "analyses.resources.2.serviceType"],
      ["KPSS-ANAL-006", "analyses.resources.0.forms.1"],
      ["KPSS-ANAL-007", "analyses.resources.0.capacities.0"],
      ["KPSS-ANAL-004", "analyses.needs.0.serviceTypes"],
      ["KPSS-ANAL-004", "analyses.needs.0.serviceTypes"]
    ])
    expect(findings.find((f) => f.code === "KPSS-ANAL-006")?.message.cs).toBe("Zdroj „Pečovatelská služba“: služba pečovatelská služba (§40) se podle zákona neposkytuje ve formě pobytová")
  })
})

describe("KPSS-ANAL-008", () => {
  const coverageFindings = (total: number, answered: number, minCoverage: number) => {
    const profile = makeProfile(methodologyProfile, { settings: { minCoverage } })
    const plan = planOf((d) => {
      d.analyses.needs = Array.from({ length: total }, (_, i) => need(`n${i}`, "low"))
      // Answered by items of different levels: any active item counts.
      d.strategy.items.find((i) => i.id === "p1")!.needIds = Array.from({ length: answered }, (_, i) => `n${i}`).filter((_, i) => i % 2 === 0)
      d.strategy.items.find((i) => i.id === "a1")!.needIds = Array.from({ length: answered }, (_, i) => `n${i}`).filter((_, i) => i % 2 === 1)
    })
    return check(plan, { today, profile, only: ["KPSS-ANAL-008"], ignoreApplicability: true }).findings
  }

  it("is silent at the threshold and flags the plan just under it, naming the needs nothing answers", () => {
    expect(coverageFindings(5, 4, 0.8)).toEqual([])
    expect(coverageFindings(10, 7, 0.7)).toEqual([])
    const under = coverageFindings(5, 3, 0.8)
    expect(under.map((f) => [f.ids, f.message.cs])).toEqual([[["n3", "n4"], "Strategie odpovídá jen na 3 z 5 zjištěných potřeb (60 %); profil žádá alespoň 80 %"]])
    expect(coverageFindings(10, 7, 0.7000000000000001)).toHaveLength(1)
  })

  it("is silent without needs", () => {
    expect(coverageFindings(0, 0, 1)).toEqual([])
  })

  // Invariant: one finding exactly when the share of answered needs is below the profile's minCoverage.
  test.prop([fc.integer({ min: 1, max: 12 }), fc.nat(12), fc.oneof(fc.double({ min: 0.01, max: 1, noNaN: true }), fc.constantFrom(0.5, 0.75, 0.8, 1))])(
    "flags the plan iff answered ÷ needs < minCoverage",
    (total, k, minCoverage) => {
      const answered = Math.min(k, total)
      const findings = coverageFindings(total, answered, minCoverage)
      expect(findings.length).toBe(answered / total < minCoverage ? 1 : 0)
      for (const f of findings) expect(f.ids).toHaveLength(total - answered)
    }
  )
})
