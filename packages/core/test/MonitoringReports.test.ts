import { Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  approveActionPlan, approveMonitoringReport, checkIntegrity, deriveNextEdition, compareYears, draftActionPlan, draftMonitoringReport, isoDate, setActivityFulfilment,
  type ActionPlanId, type ActorId, type Approval, type DomainError, type MonitoringReportId, type OperationContext, type Plan, type PlanId, type StrategyItemId
} from "../src/index.js"
import { planOf } from "./ruleFixtures.js"

const ctx: OperationContext = { actor: { actorId: "town" as ActorId, role: "coordinator" }, today: isoDate("2018-02-15") }
const approval = { body: "council", resolution: "RM/1/2018", date: "2018-02-20", kind: "approved" } as Approval
const a1 = "a1" as StrategyItemId
const ok = (r: Result.Result<Plan, DomainError>): Plan => {
  if (Result.isFailure(r)) expect.fail(r.failure.message)
  expect(checkIntegrity(r.success)).toEqual([])
  return r.success
}
const reason = (r: Result.Result<Plan, DomainError>) => Result.isFailure(r) && r.failure.reason

const plan = planOf((p) => {
  p.lifecycle = { status: "inForce", amendments: [] }
  p.funding.lines = [
    { activityId: "a1", year: 2017, sourceId: "s1", planned: 100000, secured: 90000, spent: 85000 },
    { activityId: "a1", year: 2018, sourceId: "s1", planned: 100000, secured: 50000, spent: 0 }
  ]
  p.indicators = [{ id: "i1", itemId: "m1", name: "Klienti", dimension: "output", unit: "osob", direction: "higherIsBetter", actuals: [{ year: 2017, value: 12 }] }]
})

describe("action plans and monitoring reports", () => {
  it("drafts and approves the action plan of a year; an approved one never changes", () => {
    const drafted = ok(draftActionPlan(plan, { id: "ap-2017" as ActionPlanId, year: 2017 }, ctx))
    expect(drafted.actionPlans).toEqual([{ id: "ap-2017", year: 2017, activityIds: ["a1"] }])
    expect(reason(draftActionPlan(drafted, { id: "ap-x" as ActionPlanId, year: 2017 }, ctx))).toBe("yearTaken")
    expect(reason(draftActionPlan(plan, { id: "ap-x" as ActionPlanId, year: 2021 }, ctx))).toBe("outsidePeriod")
    // Malformed approvals are refused with the field (the plan would no longer decode).
    for (const [bad, field] of [[{ body: "senate" }, "approval.body"], [{ date: "2017-02-30" }, "approval.date"], [{ kind: "noted" }, "approval.kind"]] as const) {
      const e = approveActionPlan(drafted, { id: "ap-2017" as ActionPlanId, approval: { ...approval, ...bad } as never }, ctx)
      expect(Result.isFailure(e) && [e.failure.reason, e.failure.text.en.includes(`"${field}"`)]).toEqual(["invalidValue", true])
    }
    const approvedPlan = ok(approveActionPlan(drafted, { id: "ap-2017" as ActionPlanId, approval }, ctx))
    expect(reason(approveActionPlan(approvedPlan, { id: "ap-2017" as ActionPlanId, approval }, ctx))).toBe("approvedRecord")
  })

  it("drafts a report with the money spent by the lines and the indicators' actuals, revises it, approves it, and then refuses any change", () => {
    const id = "mr-2017" as MonitoringReportId
    const drafted = ok(draftMonitoringReport(plan, { id, year: 2017 }, ctx))
    expect(drafted.monitoringReports[0]).toEqual({
      id, year: 2017, status: "draft", preparedOn: "2018-02-15",
      activities: [{ activityId: "a1", fulfilment: "notFulfilled", spent: 85000 }],
      indicators: [{ indicatorId: "i1", value: 12 }]
    })
    const revised = ok(setActivityFulfilment(drafted, { reportId: id, activityId: a1, fulfilment: "partlyFulfilled", comment: "Chyběli pracovníci", spent: 80000 }, ctx))
    expect(revised.monitoringReports[0]!.activities[0]).toEqual({ activityId: "a1", fulfilment: "partlyFulfilled", comment: "Chyběli pracovníci", spent: 80000 })
    expect(reason(setActivityFulfilment(drafted, { reportId: id, activityId: a1, fulfilment: "fulfilled", spent: -3 }, ctx))).toBe("invalidValue")
    expect(reason(setActivityFulfilment(drafted, { reportId: id, activityId: "m1" as StrategyItemId, fulfilment: "fulfilled" }, ctx))).toBe("unknownId")
    const approved = ok(approveMonitoringReport(revised, { reportId: id, approval, summary: "Částečně splněno." }, ctx))
    expect(approved.monitoringReports[0]).toMatchObject({ status: "approved", approval, summary: "Částečně splněno." })
    const frozen = structuredClone(approved)
    expect(reason(setActivityFulfilment(approved, { reportId: id, activityId: a1, fulfilment: "fulfilled" }, ctx))).toBe("approvedRecord")
    expect(reason(approveMonitoringReport(approved, { reportId: id, approval }, ctx))).toBe("approvedRecord")
    expect(approved).toEqual(frozen)
  })

  it("moves activities moved to the next year into its action plan, and compares two years", () => {
    const y17 = ok(setActivityFulfilment(ok(draftMonitoringReport(plan, { id: "mr-2017" as MonitoringReportId, year: 2017 }, ctx)),
      { reportId: "mr-2017" as MonitoringReportId, activityId: a1, fulfilment: "movedToNextYear" }, ctx))
    const noMoney2019 = { ...y17, funding: { ...y17.funding, lines: y17.funding.lines.filter((l) => l.year !== 2018) } }
    expect(ok(draftActionPlan(noMoney2019, { id: "ap-2018" as ActionPlanId, year: 2018 }, ctx)).actionPlans[0]!.activityIds).toEqual(["a1"])
    const y18 = ok(setActivityFulfilment(ok(draftMonitoringReport(y17, { id: "mr-2018" as MonitoringReportId, year: 2018 }, ctx)),
      { reportId: "mr-2018" as MonitoringReportId, activityId: a1, fulfilment: "fulfilled", spent: 99000 }, ctx))
    const cmp = compareYears(y18, 2017, 2018)
    expect(cmp.rows).toEqual([{ activityId: "a1", before: { fulfilment: "movedToNextYear", spent: 85000 }, after: { fulfilment: "fulfilled", spent: 99000 } }])
    expect(cmp.counts[0].movedToNextYear).toBe(1)
    expect(cmp.counts[1].fulfilled).toBe(1)
    expect(cmp.spent).toEqual([85000, 99000])
    expect(cmp.indicators).toEqual([{ indicatorId: "i1", before: 12 }])
  })
})

describe("carry-over to the next edition (deriveNextEdition, issue 3)", () => {
  it("takes the activities the last approved report did not finish, and the report's evaluation", () => {
    const two = planOf((p) => {
      p.lifecycle = { status: "inForce", amendments: [] }
      p.strategy.items.push({ id: "a2", level: "activity", parentId: "m1", code: "a2", title: "Aktivita 2", responsibleId: "town", partnerIds: [], targetGroupIds: [], serviceTypes: [], needIds: [], swotItemIds: [], status: "active" })
      p.funding.lines.push({ activityId: "a1", year: 2019, sourceId: "s1", planned: 500, secured: 500, spent: 200 }, { activityId: "a2", year: 2019, sourceId: "s1", planned: 1000, secured: 1000, spent: 1000 })
    })
    const rid = "mr-2019" as MonitoringReportId
    let p = ok(draftMonitoringReport(two, { id: rid, year: 2019 }, ctx))
    p = ok(setActivityFulfilment(p, { reportId: rid, activityId: "a2" as StrategyItemId, fulfilment: "fulfilled" }, ctx))
    p = ok(setActivityFulfilment(p, { reportId: rid, activityId: a1, fulfilment: "partlyFulfilled" }, ctx))
    p = ok(approveMonitoringReport(p, { reportId: rid, approval, summary: "Aktivita a1 pokračuje." }, ctx))
    const next = ok(deriveNextEdition(p, { id: "plan-2" as PlanId, title: "KPSS 2020–2022", period: { from: 2020 as never, to: 2022 as never } }, ctx))
    expect(next.strategy.items.filter((i) => i.level === "activity").map((i) => i.carriedOverFrom)).toEqual(["a1"])
    expect(next.previousEvaluation).toMatchObject({ summary: "Aktivita a1 pokračuje.", activities: [{ code: "a1", fulfilment: "partlyFulfilled", carriedOver: true }, { code: "a2", fulfilment: "fulfilled", carriedOver: false }] })
  })
})
