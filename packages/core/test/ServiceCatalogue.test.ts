import { describe, expect, it } from "vitest"
import {
  isFormAllowed,
  isKnownServiceType,
  registerCapacityUnits,
  registerForms,
  registerTargetGroupsById,
  serviceCatalogue,
  serviceCategoryLabels,
  serviceTypesByParagraph,
  serviceTypesByRegisterId
} from "../src/index.js"

describe("the service catalogue", () => {
  it("has the 33 types of Act 108/2006, each paragraph once, in three categories", () => {
    expect(serviceCatalogue).toHaveLength(33)
    expect(serviceTypesByParagraph.size).toBe(33)
    const of = (c: string) => serviceCatalogue.filter((t) => t.category === c).map((t) => t.paragraph)
    expect(of("counselling")).toEqual(["37"])
    expect(of("care")).toEqual(["39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52"])
    expect(of("prevention")).toHaveLength(18)
    for (const t of serviceCatalogue) {
      expect(t.name.cs.length).toBeGreaterThan(0)
      expect(t.name.en.length).toBeGreaterThan(0)
      expect(serviceCategoryLabels[t.category].cs.length).toBeGreaterThan(0)
    }
  })

  it("maps the register codes of DOMAIN.md §8 (1, 3–33) one to one; §60a has none", () => {
    const codes = serviceCatalogue.flatMap((t) => (t.registerCode === undefined ? [] : [t.registerCode])).sort((a, b) => a - b)
    expect(codes).toEqual([1, ...Array.from({ length: 31 }, (_, i) => i + 3)])
    expect(serviceTypesByParagraph.get("60a")?.registerCode).toBeUndefined()
    expect(serviceTypesByParagraph.get("60a")?.uncertain).toMatch(/register code/)
    expect(serviceTypesByRegisterId.get("DruhSocialniSluzby/13")?.paragraph).toBe("49")
    expect(serviceTypesByRegisterId.get("DruhSocialniSluzby/32")?.paragraph).toBe("69")
    expect(serviceTypesByRegisterId.size).toBe(32)
  })

  it("allows the forms the law allows", () => {
    expect(serviceTypesByParagraph.get("49")?.forms).toEqual(["residential"])
    expect(serviceTypesByParagraph.get("69")?.forms).toEqual(["field"])
    expect(isFormAllowed("49", "field")).toBe(false)
    expect(isFormAllowed("40", "outpatient")).toBe(true)
    expect(isFormAllowed("63", "outpatient")).toBe(true)
    expect(isFormAllowed("63", "residential")).toBe(false)
    expect(isFormAllowed("other", "field")).toBeUndefined()
    // 19 types may be outpatient: 4 only, 10 with field, 1 with residential, 4 in all three forms.
    const shape = (forms: ReadonlyArray<string>) => [...forms].sort().join("+")
    const counts = new Map<string, number>()
    for (const t of serviceCatalogue) counts.set(shape(t.forms), (counts.get(shape(t.forms)) ?? 0) + 1)
    expect(Object.fromEntries(counts)).toEqual({
      "field": 5,
      "residential": 9,
      "outpatient": 4,
      "field+outpatient": 10,
      "outpatient+residential": 1,
      "field+outpatient+residential": 4
    })
  })

  it("knows the types a plan may use, `other` among them", () => {
    expect(isKnownServiceType("40")).toBe(true)
    expect(isKnownServiceType("other")).toBe(true)
    expect(isKnownServiceType("38")).toBe(false)
  })

  it("has the register's target groups, forms and capacity types", () => {
    expect(registerTargetGroupsById.get("CilovaSkupinaOsoby/24")?.name.cs).toBe("senioři")
    expect(registerTargetGroupsById.get("CilovaSkupinaOsoby/30")?.name.en).toBe("people living with dementia")
    expect([...registerForms.values()].sort()).toEqual(["field", "outpatient", "residential"])
    expect(registerCapacityUnits.get("TypKapacitySocialniSluzby/luzka")).toBe("bed")
    expect(registerCapacityUnits.size).toBe(5)
  })
})
