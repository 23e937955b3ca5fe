/**
 * A small valid plan document for unit tests of the core (the realistic sample and the generators live
 * in @kpss/testing, which depends on core and so cannot be used here).
 */
import { defaultLevelNames } from "../src/Strategy.js"

const item = (id: string, level: string, parentId?: string, extra: Record<string, unknown> = {}) => ({
  id,
  level,
  ...(parentId === undefined ? {} : { parentId }),
  code: id,
  title: `Položka ${id}`,
  partnerIds: [],
  targetGroupIds: [],
  serviceTypes: [],
  needIds: [],
  swotItemIds: [],
  status: "active",
  ...extra
})

export const minimalPlanJson = {
  id: "plan-1",
  title: "Komunitní plán sociálních služeb města Vzorov na období 2017–2019",
  territory: { level: "municipality", name: "Vzorov", code: "599999" },
  edition: 1,
  period: { from: 2017, to: 2019 },
  statutory: false,
  phases: [],
  lifecycle: { status: "draft", amendments: [] },
  targetGroups: [{ id: "tg-seniors", name: "Senioři", registerCodes: [] }],
  actors: [
    { id: "town", kind: "organisation", name: "Město Vzorov", triadRole: "commissioner", sector: "publicAdministration", contacts: [], active: true }
  ],
  bodies: [],
  meetings: [],
  decisions: [],
  analyses: { demography: [], needs: [], resources: [], swot: [] },
  strategy: {
    values: [],
    levelNames: defaultLevelNames,
    items: [
      item("p1", "priority"),
      item("g1", "goal", "p1"),
      item("m1", "measure", "g1"),
      item("a1", "activity", "m1", { responsibleId: "town", deadline: "2018-12-31" })
    ]
  },
  funding: {
    sources: [{ id: "s1", name: "Rozpočet města", kind: "municipality", commissionerId: "town" }],
    lines: [{ activityId: "a1", year: 2017, sourceId: "s1", planned: 100000, secured: 80000, spent: 0 }]
  },
  indicators: [],
  actionPlans: [],
  monitoringReports: [],
  consultation: { periods: [], comments: [] },
  schedule: []
}
