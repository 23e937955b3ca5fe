// The authorization property over every operation of the core that takes an operation context: for a
// random role, group, plan state and day, no operation succeeds where the policy says no. Each row of
// the table names the policy's action for the drawn person (some depend on the input: the group of the
// item edited, the person whose vote is recorded) and runs the operation with an input that can succeed
// on the base plan in some state. The property is not vacuous: every operation both succeeds and is
// refused in some case.
import {
  changesAdoptedContent,
  isAdopted,
  addComment, addDemographyRow, addFundingSource, addItem, addNeed, addProvider, addService, addSwotItem, advancePhase, amend, approve,
  approveActionPlan, approveMonitoringReport, assignResponsible, authorize, changeDemographyRow, changeNeed, changeProvider, changeService,
  changeSwotItem, closeCommentPeriod, closeDecision, deriveNextEdition, draftActionPlan, draftMonitoringReport, editItem, expire, linkItem,
  extendValidity, isoDate, LifecycleStatus, linkResourceToRegister, mergeRegisterServices, moveItem, openCommentPeriod, planState, putInForce,
  recordIndicatorActual, recordRecusal, recordVote, removeDemographyRow, removeItem, removeNeed, removeProvider, removeService,
  removeSwotItem, reparentItem, retireItem, Role, setActivityFulfilment, setFundingLine, setFundingLines, setLevelNames,
  setStrategyStatement, settleComment,
  type Acting, type Action, type ActorId, type BodyId, type IsoDate, type OperationContext, type Plan
} from "@kpss/core"
import { Result } from "effect"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { compliantPlan, editPlan } from "../src/index.js"

/**
 * The compliant plan with what the operations on implementation need: an open decision of the working
 * group, the action plan of 2018 not yet approved, a draft monitoring report for 2018, a resource
 * entered by hand, an activity and a need nothing refers to, and the strategy phase still in progress.
 */
const base: Plan = editPlan(compliantPlan, (p) => {
  // The strategy phase in progress (the compliant plan has its deliverables), implementation not started.
  p.phases = p.phases.filter((r) => r.phase !== "implementation").map((r) => (r.phase === "strategy" ? { phase: r.phase, state: "inProgress", startedOn: r.startedOn!, waivers: [] } : r))
  p.strategy.items.push({ ...p.strategy.items.find((i) => i.id === "a2")!, id: "a3", code: "1.1.1.3", title: "Nová aktivita" })
  p.analyses.needs.push({ id: "need-2", targetGroupId: "tg-seniors", description: "Odlehčovací služba", source: "survey", severity: "low", serviceTypes: [] })
  p.decisions.push({
    id: "d-open", bodyId: "wg-seniors", date: "2018-03-01", subject: "other", text: "Otevřené rozhodnutí",
    rule: { method: "simpleMajority", quorum: 0.5, abstentionsCount: false }, votes: [], recusals: [], outcome: "open", concerns: []
  })
  p.actionPlans = p.actionPlans.map((ap) => (ap.id === "ap-2018" ? { id: ap.id, year: ap.year, activityIds: ap.activityIds } : ap))
  p.monitoringReports.push({ id: "mr-2018", year: 2018, status: "draft", activities: [{ activityId: "a2", fulfilment: "partlyFulfilled" }], indicators: [] })
  p.analyses.resources.push({
    id: "res-hand", providerId: "town", providerName: "Město Vzorov", name: "Klub seniorů", serviceType: "other", forms: [], capacities: [],
    targetGroupIds: [], municipalityCodes: []
  })
})

const inState = (status: LifecycleStatus): Plan => ({ ...base, lifecycle: { ...base.lifecycle, status } })

type Run = (plan: Plan, ctx: OperationContext) => Result.Result<unknown, unknown>
/** The plan an operation returned (the register import returns it with its statistics). */
const planOf = (value: unknown): Plan => ("lifecycle" in (value as object) ? value : (value as { plan: Plan }).plan) as Plan
interface Row {
  /** The policy's action for the person acting. */
  readonly action: (acting: Acting) => Action
  readonly run: Run
}

const strategy = (bodyId?: string) => (): Action => ({ kind: "editStrategyItem", ...(bodyId === undefined ? {} : { bodyId: bodyId as BodyId }) })
const analyses = (...bodyIds: ReadonlyArray<string>) => (): Action => ({ kind: "editAnalyses", ...(bodyIds.length === 0 ? {} : { bodyIds: bodyIds as Array<BodyId> }) })
const just = (kind: Exclude<Action["kind"], "editStrategyItem" | "editAnalyses">) => (): Action => ({ kind })
/** A vote or recusal of `actorId`: their own, or recorded by someone else. */
const voteOf = (actorId: string) => (acting: Acting): Action => ({ kind: acting.actorId === actorId ? "recordOwnVote" : "recordImplementation" })
const approval = { body: "council" as const, resolution: "RM/1/2018", date: isoDate("2018-03-01"), kind: "approved" as const }
const id = <A>(s: string | number) => s as unknown as A

/**
 * Every operation taking an operation context (49), advancing a phase with waivers, and the register
 * import (which takes an optional actor).
 */
const operations: Record<string, Row> = {
  // The lifecycle (PlanLifecycle.ts)
  openCommentPeriod: { action: just("openCommentPeriod"), run: (p, c) => openCommentPeriod(p, { id: id("cp-2"), from: c.today, to: c.today, channels: ["web"] }, c) },
  closeCommentPeriod: { action: just("closeCommentPeriod"), run: (p, c) => closeCommentPeriod(p, c) },
  approve: { action: just("approve"), run: (p, c) => approve(p, { body: "assembly", resolution: "ZM/2/2016", date: isoDate("2016-09-20") }, c) },
  putInForce: { action: just("putInForce"), run: (p, c) => putInForce(p, { from: isoDate("2017-01-01") }, c) },
  amend: { action: just("amend"), run: (p, c) => amend(p, { reason: "Změna" }, c) },
  expire: { action: just("expire"), run: (p, c) => expire(p, { on: isoDate("2019-12-31") }, c) },
  deriveNextEdition: { action: just("deriveNextEdition"), run: (p, c) => deriveNextEdition(p, { id: id("plan-next"), title: "Další", period: { from: id(2020), to: id(2022) } }, c) },
  extendValidity: { action: just("amend"), run: (p, c) => extendValidity(p, { to: 2020, approval: { body: "assembly", resolution: "ZM/3/2016", date: isoDate("2016-09-21") } }, c) },
  // Public comment (PublicComment.ts)
  addComment: {
    action: (a) => ({ kind: a.role === "coordinator" ? "recordComment" : "comment" }),
    run: (p, c) => addComment(p, { id: id("c-new"), periodId: id("cp-1"), channel: "web", author: { name: "Jana", consentToPublish: false }, text: "Text" }, c)
  },
  settleComment: { action: just("settleComment"), run: (p, c) => settleComment(p, { commentId: id("c-1"), disposition: "accepted" }, c) },
  // Phases (PhaseProcess.ts)
  advancePhase: { action: just("advancePhase"), run: (p, c) => advancePhase(p, c) },
  // With waivers, the policy's waiveDeliverable is asked too (both are the coordinator's today; the row checks the second).
  advancePhaseWithWaivers: { action: just("waiveDeliverable"), run: (p, c) => advancePhase(p, { ...c, waivers: [{ deliverable: "KPSS-PROC-053", reason: "Schváleno jinak" }] }) },
  // Decisions (Decisions.ts)
  recordVote: { action: voteOf("charity"), run: (p, c) => recordVote(p, { decisionId: id("d-open"), vote: { actorId: id("charity"), choice: "yes" } }, c) },
  recordRecusal: { action: voteOf("charity"), run: (p, c) => recordRecusal(p, { decisionId: id("d-open"), actorId: id("charity"), reason: "Střet zájmů" }, c) },
  closeDecision: { action: just("recordImplementation"), run: (p, c) => closeDecision(p, { decisionId: id("d-open") }, c) },
  // Money (FundingLines.ts): a change of the planned money edits the strategy, the rest records implementation.
  setFundingLine: { action: strategy(), run: (p, c) => setFundingLine(p, { activityId: id("a1"), year: 2017, sourceId: id("src-town"), planned: 510000 }, c) },
  setFundingLines: { action: just("recordImplementation"), run: (p, c) => setFundingLines(p, [{ activityId: id("a2"), year: 2018, sourceId: id("src-town"), spent: 1000 }], c) },
  addFundingSource: { action: strategy(), run: (p, c) => addFundingSource(p, { id: id("src-region"), name: "Dotace kraje", kind: "region" }, c) },
  // Implementation (IndicatorStatus.ts, MonitoringReports.ts)
  recordIndicatorActual: { action: just("recordImplementation"), run: (p, c) => recordIndicatorActual(p, { indicatorId: id("ind-1"), year: 2018, value: 70 }, c) },
  draftActionPlan: { action: just("recordImplementation"), run: (p, c) => draftActionPlan(p, { id: id("ap-2019"), year: 2019 }, c) },
  approveActionPlan: { action: just("approve"), run: (p, c) => approveActionPlan(p, { id: id("ap-2018"), approval }, c) },
  draftMonitoringReport: { action: just("recordImplementation"), run: (p, c) => draftMonitoringReport(p, { id: id("mr-2019"), year: 2019 }, c) },
  setActivityFulfilment: { action: just("recordImplementation"), run: (p, c) => setActivityFulfilment(p, { reportId: id("mr-2018"), activityId: id("a2"), fulfilment: "fulfilled" }, c) },
  approveMonitoringReport: { action: just("approve"), run: (p, c) => approveMonitoringReport(p, { reportId: id("mr-2018"), approval }, c) },
  // The strategy (StrategyTree.ts, Responsibility.ts): the group of the item edited (p1 belongs to wg-seniors).
  addItem: { action: strategy("wg-seniors"), run: (p, c) => addItem(p, { id: id("g2"), level: "goal", parentId: id("p1"), code: "1.2", title: "Nový cíl" }, c) },
  editItem: { action: strategy("wg-seniors"), run: (p, c) => editItem(p, { id: id("p1"), title: "Senioři doma" }, c) },
  linkItem: { action: strategy("wg-seniors"), run: (p, c) => linkItem(p, { id: id("p1"), needIds: p.analyses.needs.slice(0, 1).map((n) => n.id) }, c) },
  moveItem: { action: strategy(), run: (p, c) => moveItem(p, { id: id("a2"), before: id("a1") }, c) },
  reparentItem: { action: strategy(), run: (p, c) => reparentItem(p, { id: id("a2"), parentId: id("m1"), before: id("a1") }, c) },
  retireItem: { action: strategy(), run: (p, c) => retireItem(p, { id: id("a2"), reason: "Nahrazeno" }, c) },
  removeItem: { action: strategy(), run: (p, c) => removeItem(p, { id: id("a3") }, c) },
  setStrategyStatement: { action: strategy(), run: (p, c) => setStrategyStatement(p, { mission: "Služby pro všechny." }, c) },
  setLevelNames: { action: strategy(), run: (p, c) => setLevelNames(p, base.strategy.levelNames, c) },
  assignResponsible: { action: strategy("wg-seniors"), run: (p, c) => assignResponsible(p, { itemId: id("p1"), responsibleId: id("town") }, c) },
  // The analyses (AnalysisEdit.ts, RegisterLink.ts): the working groups of the target group or the SWOT item.
  addNeed: { action: analyses("wg-seniors"), run: (p, c) => addNeed(p, { id: id("need-9"), targetGroupId: id("tg-seniors"), description: "Potřeba", source: "survey", severity: "low" }, c) },
  changeNeed: { action: analyses("wg-seniors"), run: (p, c) => changeNeed(p, { id: id("need-1"), severity: "medium" }, c) },
  removeNeed: { action: analyses("wg-seniors"), run: (p, c) => removeNeed(p, { id: id("need-2") }, c) },
  addDemographyRow: { action: analyses(), run: (p, c) => addDemographyRow(p, { year: 2016, ageBand: "90+", source: "ČSÚ", population: 1 }, c) },
  changeDemographyRow: { action: analyses(), run: (p, c) => changeDemographyRow(p, { ...demographyKey(), population: 2 }, c) },
  removeDemographyRow: { action: analyses(), run: (p, c) => removeDemographyRow(p, demographyKey(), c) },
  addSwotItem: { action: analyses("wg-seniors"), run: (p, c) => addSwotItem(p, { id: id("sw-9"), kind: "threat", text: "Nedostatek pracovníků", bodyId: id("wg-seniors") }, c) },
  changeSwotItem: { action: analyses("wg-seniors"), run: (p, c) => changeSwotItem(p, { id: id("sw-s"), text: "Výborná spolupráce" }, c) },
  removeSwotItem: { action: analyses("wg-seniors"), run: (p, c) => removeSwotItem(p, { id: id("sw-s") }, c) },
  addProvider: { action: analyses(), run: (p, c) => addProvider(p, { name: "Nový poskytovatel", services: [{ id: id("res-9"), name: "Služba", serviceType: "other", forms: [] }] }, c) },
  changeProvider: { action: analyses(), run: (p, c) => changeProvider(p, { provider: { name: "Město Vzorov" }, name: "Statutární město Vzorov" }, c) },
  removeProvider: { action: analyses(), run: (p, c) => removeProvider(p, { provider: { name: "Město Vzorov" } }, c) },
  addService: { action: analyses(), run: (p, c) => addService(p, { provider: { name: "Město Vzorov" }, id: id("res-8"), name: "Služba", serviceType: "other", forms: [] }, c) },
  changeService: { action: analyses(), run: (p, c) => changeService(p, { id: id("res-hand"), name: "Klub seniorů Vzorov" }, c) },
  removeService: { action: analyses(), run: (p, c) => removeService(p, { id: id("res-hand") }, c) },
  linkResourceToRegister: { action: analyses(), run: (p, c) => linkResourceToRegister(p, { resourceId: id("res-hand"), registerId: "7777777" }, c) },
  // The register import (RegisterImport.ts) with the person importing.
  mergeRegisterServices: { action: analyses(), run: (p, c) => mergeRegisterServices(p, [], { importedOn: c.today, territory: { municipalityCodes: ["599999"] }, actor: c.actor }) }
}

function demographyKey() {
  const row = base.analyses.demography[0]!
  return { year: row.year, ageBand: row.ageBand, source: row.source }
}

/** Mostly the coordinator or the steering group, who may do most (so that every operation also succeeds), any role. */
const acting: fc.Arbitrary<Acting> = fc.record({
  role: fc.oneof({ weight: 2, arbitrary: fc.constantFrom<Role>("coordinator", "steeringGroupMember") }, { weight: 3, arbitrary: fc.constantFrom(...Role.literals) }),
  actorId: fc.constantFrom("coordinator", "charity", "town", "ghost", undefined),
  bodyId: fc.constantFrom("wg-seniors", "steering", undefined)
}).map(({ role, actorId, bodyId }) => ({ role, ...(actorId === undefined ? {} : { actorId: actorId as ActorId }), ...(bodyId === undefined ? {} : { bodyId: bodyId as BodyId }) }))

/** Days in the comment period, after the approval, in the plan period and after it. */
const days: ReadonlyArray<IsoDate> = ["2016-06-10", "2016-09-21", "2018-03-15", "2020-01-15"].map(isoDate)

describe("the policy over every operation", () => {
  it("lists the 49 operations, advancing with waivers and the register import", () => {
    expect(Object.keys(operations).length).toBe(51)
  })

  // A next edition and an extension are new versions; every other operation leaves an adopted version's content as it was.
  const newVersions = new Set(["deriveNextEdition", "extendValidity"])
  it("no operation succeeds where the policy says no, and none changes an adopted version's content", () => {
    const succeeded = new Set<string>(), refused = new Set<string>()
    fc.assert(fc.property(acting, fc.constantFrom(...LifecycleStatus.literals), fc.constantFrom(...days), (who, status, today) => {
      const plan = inState(status)
      const before = structuredClone(plan)
      for (const [name, op] of Object.entries(operations)) {
        const answer = authorize(who, op.action(who), planState(plan, today))
        const result = op.run(plan, { actor: who, today })
        expect(plan).toEqual(before)
        if (!answer.allowed) expect(Result.isFailure(result), `${name} as ${JSON.stringify(who)} in ${status} on ${today}`).toBe(true)
        if (Result.isSuccess(result) && isAdopted(plan) && !newVersions.has(name)) {
          expect(changesAdoptedContent(plan, planOf(result.success)), `${name} in ${status}`).toBe(false)
        }
        ;(Result.isSuccess(result) ? succeeded : refused).add(name)
      }
    }), { numRuns: 300, seed: 42 })
    expect(Object.keys(operations).filter((n) => !succeeded.has(n))).toEqual([])
    expect(Object.keys(operations).filter((n) => !refused.has(n))).toEqual([])
  }, 60_000)
})
