import { fc, test } from "@fast-check/vitest"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  checkIntegrity, defaultSettings, expectedValue, indicatorStatus, indicatorStatusLabels, isoDate, recordIndicatorActual,
  type ActorId, type Indicator, type IndicatorId, type OperationContext
} from "../src/index.js"
import { planOf } from "./ruleFixtures.js"

const indicator = (over: Partial<Indicator> = {}): Indicator => ({
  id: "i1", itemId: "m1", name: "Klienti", dimension: "accessibility", unit: "osob", direction: "higherIsBetter",
  baseline: { year: 2016, value: 60 }, target: { year: 2019, value: 90 }, actuals: [], ...over
} as Indicator)

describe("indicator status (linear path, tolerance from the profile)", () => {
  it("expects values on the line from baseline to target, and the target after it", () => {
    expect([2015, 2016, 2017, 2018, 2019, 2020].map((y) => expectedValue(indicator(), y))).toEqual([60, 60, 70, 80, 90, 90])
  })

  it("is on track within the tolerance, at risk within the off-track share, off track beyond", () => {
    const at = (value: number, over: Partial<Indicator> = {}) =>
      indicatorStatus(indicator({ actuals: [{ year: 2017, value }] as Indicator["actuals"], ...over }), defaultSettings).status
    expect(at(70)).toBe("onTrack") // on the path
    expect(at(80)).toBe("onTrack") // ahead
    expect(at(67)).toBe("onTrack") // 3 of 30 behind = 0.1
    expect(at(66)).toBe("atRisk")
    expect(at(62.5)).toBe("atRisk") // 0.25
    expect(at(62)).toBe("offTrack")
    // Lower is better: waiting days from 30 down to 0.
    const lower = { direction: "lowerIsBetter" as const, baseline: { year: 2016, value: 30 }, target: { year: 2019, value: 0 } } as Partial<Indicator>
    expect(at(20, lower)).toBe("onTrack")
    expect(at(26, lower)).toBe("atRisk")
    expect(at(29, lower)).toBe("offTrack")
    expect(indicatorStatus({ ...indicator(), baseline: undefined } as unknown as Indicator, defaultSettings).status).toBe("noTarget")
    expect(indicatorStatus(indicator(), defaultSettings).status).toBe("noActual")
    expect(indicatorStatusLabels.atRisk.cs).toBe("ohroženo")
  })

  test.prop([fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 2017, max: 2019 })])(
    "doing better never worsens the status", (baseline, target, actual, year) => {
      const rank = { onTrack: 0, atRisk: 1, offTrack: 2, noTarget: 3, noActual: 3 }
      const ind = (v: number) => indicator({ baseline: { year: 2016, value: baseline }, target: { year: 2019, value: target }, actuals: [{ year, value: v }] } as Partial<Indicator>)
      expect(rank[indicatorStatus(ind(actual + 1), defaultSettings).status]).toBeLessThanOrEqual(rank[indicatorStatus(ind(actual), defaultSettings).status])
    })
})

describe("recordIndicatorActual", () => {
  const ctx: OperationContext = { actor: { actorId: "town" as ActorId, role: "coordinator" }, today: isoDate("2018-03-01") }
  const plan = planOf((p) => { p.indicators = [{ ...indicator(), actuals: [{ year: 2017, value: 65 }] } as never] })
  const id = "i1" as IndicatorId

  it("records or replaces the actual of a year of the period", () => {
    const r = recordIndicatorActual(plan, { indicatorId: id, year: 2017, value: 70, comment: "opraveno" }, ctx)
    expect(Result.isSuccess(r) && r.success.indicators[0]!.actuals).toEqual([{ year: 2017, value: 70, comment: "opraveno" }])
    if (Result.isSuccess(r)) expect(checkIntegrity(r.success)).toEqual([])
  })

  it("refuses a year outside the period, a value that is not a finite number and an unknown indicator; the plan stays", () => {
    const before = structuredClone(plan)
    const reason = (r: ReturnType<typeof recordIndicatorActual>) => Result.isFailure(r) && r.failure.reason
    expect(reason(recordIndicatorActual(plan, { indicatorId: id, year: 2020, value: 1 }, ctx))).toBe("outsidePeriod")
    expect(reason(recordIndicatorActual(plan, { indicatorId: id, year: 2017, value: Number.NaN }, ctx))).toBe("invalidValue")
    expect(reason(recordIndicatorActual(plan, { indicatorId: "x" as IndicatorId, year: 2017, value: 1 }, ctx))).toBe("unknownId")
    expect(plan).toEqual(before)
  })
})
