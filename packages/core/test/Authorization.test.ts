import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { actionKinds, adoptedStatuses, advancePhase, authorize, isoDate, LifecycleStatus, Role, type Acting, type ActorId, type BodyId, type Plan } from "../src/index.js"
import { planOf } from "./ruleFixtures.js"

const state = (status: LifecycleStatus, commentPeriodOpen = false) => ({ status, commentPeriodOpen })

describe("authorize", () => {
  it("lets the public comment only while a period is open", () => {
    expect(authorize({ role: "public" }, { kind: "comment" }, state("commentPeriod", true)).allowed).toBe(true)
    expect(authorize({ role: "public" }, { kind: "comment" }, state("commentPeriod", false)).allowed).toBe(false)
    expect(authorize({ role: "public" }, { kind: "comment" }, state("draft", true)).allowed).toBe(false)
  })

  it("lets a working-group leader edit the items of their own group only", () => {
    const leader: Acting = { actorId: "a" as ActorId, role: "workingGroupLeader", bodyId: "wg-1" as BodyId }
    expect(authorize(leader, { kind: "editStrategyItem", bodyId: "wg-1" as BodyId }, state("draft")).allowed).toBe(true)
    const other = authorize(leader, { kind: "editStrategyItem", bodyId: "wg-2" as BodyId }, state("draft"))
    expect(other).toEqual({ allowed: false, reason: { cs: "vedoucí pracovní skupiny upravuje jen položky své skupiny", en: "a working-group leader edits only the items of their own group" } })
    expect(authorize({ role: "member" }, { kind: "editStrategyItem", bodyId: "wg-1" as BodyId }, state("draft")).allowed).toBe(false)
  })

  it("lets only the coordinator advance phases, and nobody edit an adopted version", () => {
    for (const role of Role.literals) {
      expect(authorize({ role }, { kind: "advancePhase" }, state("draft")).allowed).toBe(role === "coordinator")
      for (const status of LifecycleStatus.literals) expect(authorize({ role }, { kind: "editAdopted" }, state(status)).allowed).toBe(false)
      for (const status of adoptedStatuses) expect(authorize({ role }, { kind: "editStrategyItem" }, state(status)).allowed).toBe(false)
    }
  })
})

// A plan in each lifecycle state: one comment period (6.–27. 6. 2016) with one settled comment, one need.
const planIn = (status: LifecycleStatus): Plan => planOf((p) => {
  p.analyses.needs = [{ id: "n-1", targetGroupId: "tg-seniors", description: "Potřeba", source: "survey", severity: "high", serviceTypes: [] }]
  p.consultation = {
    periods: [{ id: "cp-1", from: "2016-06-06", to: "2016-06-27", channels: ["web"] }],
    comments: [{ id: "c-1", periodId: "cp-1", receivedOn: "2016-06-10", channel: "web", author: { name: "Jana", consentToPublish: false }, text: "Text", settlement: { disposition: "accepted", settledBy: "ŘS", settledOn: "2016-07-01" } }]
  }
  p.lifecycle = { status, amendments: [] }
  if ((adoptedStatuses as ReadonlyArray<string>).includes(status)) {
    p.lifecycle.approval = { body: "assembly", resolution: "ZM/1/2016", date: "2016-09-20", kind: "approved" }
    if (status !== "approved") p.lifecycle.inForceFrom = "2017-01-01"
  }
})

// Every operation against the policy (and adopted versions left unchanged): packages/testing/test/OperationPolicy.test.ts.
describe("the policy and the operations", () => {
  it("covers every action kind", () => {
    expect(actionKinds.length).toBe(17)
  })

  it("answers a refusal with notAllowed and the policy's reason in both languages", () => {
    const result = advancePhase(planIn("draft"), { actor: { actorId: "town" as ActorId, role: "member" }, today: isoDate("2016-06-01") })
    expect(Result.isFailure(result) && [result.failure.reason, result.failure.text.cs]).toEqual(["notAllowed", "Akce není dovolena: tuto akci může provést jen koordinátor plánu"])
  })
})
