import { decodePlan, encodePlanDocumentJson, publicView } from "@kpss/core"
import { Result } from "effect"
import { strToU8, zipSync } from "fflate"
import { describe, expect, it } from "vitest"
import { czechPangram, czechTextPlan, findMarkers, seededPrivatePlan } from "../src/index.js"

describe("the privacy scan", () => {
  it("finds a marker inside a compressed ZIP entry, in the raw bytes and in the reader's text", () => {
    const zip = zipSync({ "xl/sharedStrings.xml": strToU8("<t>KPSSPRIVATEA1X</t>") }, { level: 9 })
    expect(new TextDecoder("latin1").decode(zip)).not.toContain("KPSSPRIVATEA1X")
    expect(findMarkers(["KPSSPRIVATEA1X", "KPSSPRIVATEB2X"], zip)).toEqual(["KPSSPRIVATEA1X"])
    expect(findMarkers(["KPSSPRIVATEB2X"], strToU8("… KPSSPRIVATEB2X …"))).toEqual(["KPSSPRIVATEB2X"])
    expect(findMarkers(["KPSSPRIVATEC3X"], new Uint8Array([1, 2]), "KPSSPRIVATEC3X")).toEqual(["KPSSPRIVATEC3X"])
  })

  it("seeds a valid plan whose markers show internally and vanish in the public view", () => {
    const { plan, markers } = seededPrivatePlan()
    expect(Result.isSuccess(decodePlan(plan))).toBe(true)
    const internal = new TextEncoder().encode(encodePlanDocumentJson(plan))
    expect(findMarkers(markers, internal)).toEqual(markers)
    expect(findMarkers(markers, new TextEncoder().encode(encodePlanDocumentJson(publicView(plan))))).toEqual([])
  })

  it("puts the Czech pangram into a valid plan", () => {
    const plan = czechTextPlan()
    expect(Result.isSuccess(decodePlan(plan))).toBe(true)
    expect(plan.strategy.items[0]!.title).toContain(czechPangram)
  })
})
