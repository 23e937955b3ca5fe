/**
 * A small plan on which no rule fires, under the statutory profile (every rule on), on
 * {@link compliantToday}: the 2nd plan of a fictional town for 2017–2019, in force, in the
 * implementation phase, with every deliverable of the six phases, a settled public comment, a
 * schedule whose milestones follow each other and are done, action plans and a monitoring report.
 * The rule breakers (`RuleBreakers.ts`) each break exactly one rule of it.
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import { amend, decodePlan, defaultLevelNames, formatPath, isoDate, type IsoDate, type Plan, type PlanEncoded } from "@kpss/core"

/**
 * The day on which {@link compliantPlan} breaks no rule.
 *
 * @category fixtures
 * @since 0.1.0
 */
export const compliantToday: IsoDate = isoDate("2018-03-01")

type ItemJson = PlanEncoded["strategy"]["items"][number]

const item = (id: string, level: ItemJson["level"], parentId: string | undefined, extra: Partial<ItemJson> = {}): ItemJson => ({
  id,
  level,
  ...(parentId === undefined ? {} : { parentId }),
  code: id.toUpperCase(),
  title: `Položka ${id}`,
  partnerIds: [],
  targetGroupIds: ["tg-seniors"],
  serviceTypes: [],
  needIds: [],
  swotItemIds: [],
  status: "active",
  ...extra
})

const rule = { method: "consensus", quorum: 0.5, abstentionsCount: false, fallback: { method: "simpleMajority", quorum: 0.5, abstentionsCount: false } } as const

const phaseDates: ReadonlyArray<readonly [string, string, string]> = [
  ["start", "2015-01-05", "2015-02-27"],
  ["steeringStructure", "2015-03-02", "2015-04-30"],
  ["understandingNeeds", "2015-05-04", "2015-09-30"],
  ["vision", "2015-10-01", "2015-12-18"],
  ["strategy", "2016-01-04", "2016-09-30"]
]

/**
 * The compliant plan as it is written in JSON.
 *
 * @category fixtures
 * @since 0.1.0
 */
export const compliantPlanJson: PlanEncoded = {
  id: "plan-vzorov-2",
  title: "Komunitní plán sociálních služeb města Vzorov na období 2017–2019",
  territory: { level: "municipality", name: "Vzorov", code: "599999" },
  edition: 2,
  period: { from: 2017, to: 2019 },
  previousPlanId: "plan-vzorov-1",
  previousEvaluation: {
    planId: "plan-vzorov-1",
    edition: 1,
    summary: "Většina aktivit 1. plánu byla splněna.",
    activities: [{ code: "1.1.1", title: "Rozšíření pečovatelské služby", fulfilment: "fulfilled", carriedOver: false }]
  },
  statutory: false,
  phases: [
    ...phaseDates.map(([phase, startedOn, completedOn]) => ({ phase: phase as "start", state: "completed" as const, startedOn, completedOn, waivers: [] })),
    { phase: "implementation", state: "inProgress", startedOn: "2016-10-01", waivers: [] }
  ],
  lifecycle: {
    status: "inForce",
    approval: { body: "assembly", resolution: "ZM/123/2016", date: "2016-09-20", kind: "approved" },
    inForceFrom: "2017-01-01",
    amendments: []
  },
  targetGroups: [{ id: "tg-seniors", name: "Senioři", registerCodes: ["CilovaSkupinaOsoby/24"] }],
  actors: [
    { id: "town", kind: "organisation", name: "Město Vzorov", triadRole: "commissioner", sector: "publicAdministration", contacts: [], active: true },
    { id: "coordinator", kind: "person", name: "Koordinátorka KPSS", triadRole: "commissioner", sector: "publicAdministration", memberOf: "town", contacts: [], active: true },
    { id: "charity", kind: "organisation", name: "Charita Vzorov", triadRole: "provider", sector: "socialServices", contacts: [], active: true },
    { id: "user-rep", kind: "person", name: "Zástupce uživatelů", triadRole: "user", sector: "other", contacts: [], active: true }
  ],
  bodies: [
    {
      id: "coalition", kind: "coalition", name: "Partnerská koalice", open: true,
      members: [{ actorId: "town", role: "member" }, { actorId: "charity", role: "member" }, { actorId: "user-rep", role: "member" }, { actorId: "coordinator", role: "coordinator" }],
      decisionRule: rule, targetGroupIds: [], priorityIds: []
    },
    {
      id: "steering", kind: "steeringGroup", name: "Řídící skupina", open: false,
      members: [{ actorId: "coordinator", role: "coordinator" }, { actorId: "town", role: "member" }, { actorId: "charity", role: "member" }, { actorId: "user-rep", role: "member" }],
      decisionRule: rule,
      rulesOfProcedure: { adoptedOn: "2015-03-20" },
      composition: { administration: 50, users: 25, providers: 25, selection: "appointed" },
      targetGroupIds: [], priorityIds: []
    },
    {
      id: "wg-seniors", kind: "workingGroup", name: "PS Senioři", open: true,
      members: [{ actorId: "charity", role: "leader" }, { actorId: "coordinator", role: "facilitator" }, { actorId: "user-rep", role: "member" }, { actorId: "town", role: "member" }],
      decisionRule: rule, targetGroupIds: ["tg-seniors"], priorityIds: ["p1"]
    }
  ],
  meetings: [{
    id: "m-vision", bodyId: "coalition", date: "2015-12-10", agenda: ["Vize"], agendaSentOn: "2015-12-01", facilitatorId: "coordinator",
    decisionMethodDeclaredOn: "2015-12-01", attendance: ["town", "charity", "user-rep", "coordinator"],
    minutes: { takenBy: "coordinator", publishedOn: "2015-12-15" }
  }],
  decisions: [
    {
      id: "d-vision", bodyId: "coalition", meetingId: "m-vision", date: "2015-12-10", subject: "visionAccepted", text: "Koalice přijímá vizi.", rule,
      votes: [{ actorId: "town", choice: "yes" }, { actorId: "charity", choice: "yes" }, { actorId: "user-rep", choice: "yes" }],
      recusals: [], outcome: "passed", concerns: []
    },
    {
      id: "d-report-2017", bodyId: "steering", date: "2018-02-20", subject: "monitoringReportApproved", text: "Řídící skupina schvaluje zprávu za rok 2017.", rule,
      votes: [{ actorId: "town", choice: "yes" }, { actorId: "charity", choice: "yes" }, { actorId: "user-rep", choice: "yes" }],
      recusals: [], outcome: "passed", concerns: ["mr-2017"]
    }
  ],
  analyses: {
    demography: [{ year: 2015, ageBand: "65+", population: 2100, source: "ČSÚ" }],
    needs: [{ id: "need-1", targetGroupId: "tg-seniors", description: "Více terénní péče", source: "survey", severity: "high", serviceTypes: ["40"] }],
    resources: [{
      id: "res-1", providerId: "charity", providerName: "Charita Vzorov", name: "Pečovatelská služba", serviceType: "40",
      forms: ["field"], capacities: [{ form: "field", unit: "client", count: 80 }], targetGroupIds: ["tg-seniors"], municipalityCodes: ["599999"]
    }],
    swot: [
      { id: "sw-s", bodyId: "wg-seniors", kind: "strength", text: "Dobrá spolupráce" },
      { id: "sw-w", bodyId: "wg-seniors", kind: "weakness", text: "Málo terénních služeb" },
      { id: "sw-o", bodyId: "wg-seniors", kind: "opportunity", text: "Dotace kraje" },
      { id: "sw-t", bodyId: "wg-seniors", kind: "threat", text: "Stárnutí obyvatel" }
    ],
    economicEvaluation: "Město vydává na sociální služby 4 mil. Kč ročně."
  },
  strategy: {
    mission: "Dostupné sociální služby pro všechny.",
    vision: "Senioři mohou žít doma co nejdéle.",
    values: ["partnerství", "dostupnost"],
    levelNames: defaultLevelNames,
    items: [
      item("p1", "priority", undefined, { bodyId: "wg-seniors" }),
      item("g1", "goal", "p1"),
      item("m1", "measure", "g1", { needIds: ["need-1"], swotItemIds: ["sw-w"] }),
      item("a1", "activity", "m1", { responsibleId: "charity", partnerIds: ["town"], deadline: "2019-12-31" }),
      item("a2", "activity", "m1", { responsibleId: "town", deadline: "2018-12-31" })
    ]
  },
  funding: {
    sources: [{ id: "src-town", name: "Rozpočet města", kind: "municipality", commissionerId: "town" }],
    lines: [
      { activityId: "a1", year: 2017, sourceId: "src-town", planned: 500000, secured: 500000, spent: 480000 },
      { activityId: "a2", year: 2018, sourceId: "src-town", planned: 100000, secured: 100000, spent: 0 }
    ]
  },
  indicators: [{
    id: "ind-1", itemId: "m1", name: "Počet klientů terénní péče", dimension: "accessibility", unit: "osob", direction: "higherIsBetter",
    baseline: { year: 2016, value: 60 }, target: { year: 2019, value: 80 }, actuals: [{ year: 2017, value: 68 }]
  }],
  actionPlans: [
    { id: "ap-2017", year: 2017, activityIds: ["a1"], approval: { body: "council", resolution: "RM/410/2016", date: "2016-12-12", kind: "approved" } },
    { id: "ap-2018", year: 2018, activityIds: ["a1", "a2"], approval: { body: "council", resolution: "RM/402/2017", date: "2017-12-11", kind: "approved" } }
  ],
  monitoringReports: [{
    id: "mr-2017", year: 2017, status: "approved", preparedOn: "2018-02-01",
    approval: { body: "steeringGroup", resolution: "ŘS/1/2018", date: "2018-02-20", kind: "approved", decisionId: "d-report-2017" },
    activities: [{ activityId: "a1", fulfilment: "fulfilled", spent: 480000 }],
    indicators: [{ indicatorId: "ind-1", value: 68 }]
  }],
  consultation: {
    periods: [{ id: "cp-1", from: "2016-06-06", to: "2016-06-27", channels: ["web", "email", "paperForm", "publicHearing"] }],
    comments: [
      {
        id: "c-1", periodId: "cp-1", receivedOn: "2016-06-10", channel: "email",
        author: { name: "Jana Nováková", consentToPublish: false }, text: "Doplňte odlehčovací službu.", itemId: "m1",
        settlement: { disposition: "accepted", settledBy: "Řídící skupina", settledOn: "2016-07-12", change: "Doplněno do opatření M1." }
      },
      {
        id: "c-2", periodId: "cp-1", receivedOn: "2016-06-20", channel: "publicHearing",
        author: { name: "Petr Svoboda", consentToPublish: true }, text: "Zrušte aktivitu A2.", section: "Priorita 1",
        settlement: { disposition: "rejected", justification: "Aktivita odpovídá zjištěné potřebě.", settledBy: "Řídící skupina", settledOn: "2016-07-12" }
      }
    ]
  },
  schedule: [
    { id: "ms-tables", title: "Rozeslání finančních tabulek", kind: "task", from: "2016-01-11", to: "2016-02-22", ownerId: "coordinator", after: [], doneOn: "2016-02-22" },
    { id: "ms-swot", title: "SWOT v pracovních skupinách", kind: "task", from: "2016-01-18", to: "2016-02-29", bodyId: "wg-seniors", after: ["ms-tables"], doneOn: "2016-02-29" },
    { id: "ms-opens", title: "Připomínkování začíná", kind: "commentPeriodOpens", from: "2016-06-06", after: [], doneOn: "2016-06-06" },
    { id: "ms-closes", title: "Připomínkování končí", kind: "commentPeriodCloses", from: "2016-06-27", after: [], doneOn: "2016-06-27" },
    { id: "ms-settle", title: "Vypořádání připomínek", kind: "settlement", from: "2016-07-01", to: "2016-07-31", bodyId: "steering", after: [], doneOn: "2016-07-12" },
    { id: "ms-approve", title: "Schválení radou a zastupitelstvem", kind: "approval", from: "2016-07-01", to: "2016-09-30", after: [], doneOn: "2016-09-20" },
    { id: "ms-start", title: "Začátek období plánu", kind: "periodStarts", from: "2017-01-01", after: [], doneOn: "2017-01-01" }
  ]
}

const decoded = decodePlan(compliantPlanJson)
if (Result.isFailure(decoded)) {
  throw new Error(`compliantPlanJson does not decode: ${decoded.failure.problems.map((p) => `${formatPath(p.path)}: ${p.message.en}`).join("; ")}`)
}

/**
 * The compliant plan, decoded.
 *
 * @category fixtures
 * @since 0.1.0
 */
export const compliantPlan: Plan = decoded.success

/**
 * The draft of an amendment of a plan in force (core's `amend`, by its first actor as the coordinator): the
 * version that may change what the adopted one may not — its strategy, money or analyses (a register import).
 *
 * @category plans
 * @since 0.1.0
 */
export const amendmentDraft = (plan: Plan, today: IsoDate = compliantToday): Plan => {
  const actorId = plan.actors[0]?.id
  const draft = amend(plan, { reason: "Aktualizace plánu" }, { actor: { role: "coordinator", ...(actorId === undefined ? {} : { actorId }) }, today })
  if (Result.isFailure(draft)) throw new Error(`amendmentDraft: ${draft.failure.message}`)
  return draft.success
}
