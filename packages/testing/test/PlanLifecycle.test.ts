// Properties of extending a plan's validity (`extendValidity`) on generated plans in every lifecycle
// state: it succeeds exactly when the coordinator asks, the plan is adopted and not expired, the new end
// is later (period and validity) and the approval is complete and dated between the approval it
// extends and today; an extension never shortens anything; the given version never changes; and the
// diff between the two versions is exactly the period's end and the approval recorded as an amendment.
import {
  adoptedContent, ApprovingBody, decodePlan, diffPlans, encodePlanDocument, extendValidity, plusDays, validityEnd,
  LifecycleStatus, type ActorId, type IsoDate, type Plan, type Role
} from "@kpss/core"
import { Result } from "effect"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbitraryPlan } from "../src/index.js"

const day = (plan: Plan, n: number): IsoDate =>
  plusDays(`${plan.period.from - 1}-01-01` as IsoDate, n % ((plan.period.to - plan.period.from + 4) * 366))

/** Mostly an adopted plan (the states an extension is for), sometimes any state. */
const adoptedMostly = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<LifecycleStatus>("approved", "inForce", "amended") },
  { weight: 1, arbitrary: fc.constantFrom(...LifecycleStatus.literals) }
)

const cases = fc.tuple(arbitraryPlan({ maxActivities: 4 }), adoptedMostly).chain(([generated, s]) => {
  const plan: Plan = { ...generated, lifecycle: { ...generated.lifecycle, status: s } }
  return fc.record({
    plan: fc.constant(plan),
    to: fc.integer({ min: -2, max: 4 }).map((k) => plan.period.to + k),
    body: fc.constantFrom(...ApprovingBody.literals),
    resolution: fc.oneof({ weight: 4, arbitrary: fc.constant("ZM/45/2019") }, { weight: 1, arbitrary: fc.constantFrom("", "  ") }),
    approvedOn: fc.nat().map((n) => day(plan, n)),
    // Mostly on or after the approval, sometimes any day.
    later: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 400 }) }, { weight: 1, arbitrary: fc.constant(undefined) }),
    anyDay: fc.nat(),
    role: fc.oneof({ weight: 4, arbitrary: fc.constant<Role>("coordinator") }, { weight: 1, arbitrary: fc.constantFrom<Role>("steeringGroupMember", "public") })
  }).map(({ later, anyDay, ...c }) => ({ ...c, today: later === undefined ? day(plan, anyDay) : plusDays(c.approvedOn, later) }))
})

const changedPaths = (before: Plan, after: Plan): Array<string> => {
  const diff = diffPlans(before, after)
  return [...diff.fields.map((f) => f.path), ...diff.collections.map((c) => c.path)].sort()
}

describe("extending the validity (properties)", () => {
  it("succeeds exactly when allowed and well dated, never shortens, never touches the given version, and changes only the period and the amendments", () => {
    let succeeded = 0, failed = 0
    fc.assert(fc.property(cases, ({ plan, to, body, resolution, approvedOn, today, role }) => {
      const before = structuredClone(plan)
      const actorId = plan.actors[0]!.id as ActorId
      const result = extendValidity(plan, { to, approval: { body, resolution, date: approvedOn } }, { actor: { role, actorId }, today })
      expect(plan).toEqual(before)

      const { status, approval, amendments } = plan.lifecycle
      const extended = [approval, ...amendments.map((a) => a.approval)].filter((a) => a !== undefined).map((a) => a.date).sort().at(-1)
      const expected = role === "coordinator" && ["approved", "inForce", "amended"].includes(status) &&
        to > plan.period.to && `${to}-12-31` > validityEnd(plan) && to <= 2100 && resolution.trim() !== "" &&
        approvedOn <= today && (extended === undefined || approvedOn >= extended)
      expect(Result.isSuccess(result), Result.isFailure(result) ? result.failure.text.en : "succeeded").toBe(expected)
      if (Result.isFailure(result)) {
        failed++
        return
      }
      succeeded++
      const next = result.success
      expect(next.period).toEqual({ from: plan.period.from, to })
      expect(validityEnd(next) > validityEnd(plan)).toBe(true)
      expect(next.lifecycle.status).toBe(status === "approved" ? "approved" : "amended")
      expect(next.lifecycle.amendments.slice(0, -1)).toEqual(amendments)
      expect(next.lifecycle.amendments.at(-1)).toMatchObject({
        number: amendments.length + 1,
        approval: { body, resolution, date: approvedOn, kind: "approved" },
        extension: { previousTo: plan.period.to, to }
      })
      // Exactly the period's end, the lifecycle status (when it moves), the amendments, and a validity end that was set.
      const allowedChanges = new Set(["period.to", "lifecycle.status", "lifecycle.amendments", "lifecycle.validUntil"])
      const changed = changedPaths(plan, next)
      expect(changed.filter((p) => !allowedChanges.has(p))).toEqual([])
      expect(changed).toEqual(expect.arrayContaining(["period.to", "lifecycle.amendments"]))
      expect({ ...adoptedContent(next), period: plan.period }).toEqual(adoptedContent(plan))
      // The new version is a valid document.
      expect(Result.isSuccess(decodePlan(encodePlanDocument(next).plan))).toBe(true)
    }), { numRuns: 200 })
    expect(succeeded).toBeGreaterThan(0)
    expect(failed).toBeGreaterThan(0)
  })
})
