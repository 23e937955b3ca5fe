/**
 * A fast deterministic generator of large valid plans, for benchmarks and tests of scale. Unlike the
 * fast-check arbitraries it makes one realistic-shaped plan of exactly the size asked for, from a seed,
 * in linear time (100,000 activities in about a second): goals and measures in proportion to the
 * activities, funding lines for every activity × year × source, indicators per measure, actors, bodies
 * with members, meetings and decisions, needs, SWOT, an action plan per year, a monitoring report and
 * public comments. The same seed gives the same plan.
 *
 * @since 0.1.0
 */
import { defaultLevelNames, type Plan, type PlanEncoded } from "@kpss/core"
import { prng } from "./internal/prng.js"

/**
 * Options of {@link generatePlan}.
 *
 * @category models
 * @since 0.1.0
 */
export interface GeneratePlanOptions {
  /** The seed of the generator (default 1). */
  readonly seed?: number
  /** The years of the plan period (default 3). */
  readonly years?: number
  /** The funding sources (default 2). */
  readonly sources?: number
}

const targetGroupNames = [
  "Senioři",
  "Osoby se zdravotním postižením",
  "Rodiny s dětmi, děti a mládež",
  "Osoby ohrožené sociálním vyloučením",
  "Osoby s duševním onemocněním"
]
const serviceNames = [
  "Pečovatelská služba", "Osobní asistence", "Odborné sociální poradenství", "Denní stacionář", "Azylový dům",
  "Nízkoprahové zařízení pro děti a mládež", "Sociálně aktivizační služby pro rodiny s dětmi", "Chráněné bydlení",
  "Terénní programy", "Domov pro seniory", "Odlehčovací služby", "Sociální rehabilitace"
]
const verbs = ["Zajištění", "Rozšíření kapacity", "Podpora", "Udržení", "Zřízení", "Zvýšení dostupnosti"]
const serviceTypes = ["40", "39", "37", "46", "57", "62", "65", "51", "69", "49", "44", "70"]
const sourceKinds = ["municipality", "region", "state", "eu", "healthInsurance", "userPayments", "fundraising", "other"] as const
const sourceNames = ["Rozpočet města", "Dotace kraje (§101a)", "Dotace MPSV", "OP Zaměstnanost+", "Zdravotní pojišťovny", "Úhrady uživatelů", "Sbírky a dary", "Jiné zdroje"]
const roles = ["user", "provider", "commissioner", "public"] as const
const sectors = ["publicAdministration", "socialServices", "health", "housing", "employment", "education", "other"] as const

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`)

/**
 * Generates a valid plan with exactly `activities` activities. Deterministic for a seed; no fast-check.
 *
 * @category plans
 * @since 0.1.0
 */
export const generatePlan = (activities: number, options: GeneratePlanOptions = {}): Plan => {
  if (!Number.isSafeInteger(activities) || activities < 0) throw new RangeError(`activities must be a whole number ≥ 0, got ${activities}`)
  const random = prng(options.seed ?? 1)
  const int = (n: number) => Math.floor(random() * n)
  const choose = <A>(list: ReadonlyArray<A>): A => list[int(list.length)]!
  const years = Math.max(1, options.years ?? 3)
  const sourceCount = Math.max(1, options.sources ?? 2)
  const from = 2025
  const to = from + years - 1

  const measureCount = Math.ceil(activities / 4)
  const goalCount = Math.ceil(measureCount / 3)
  const priorityCount = Math.ceil(goalCount / 3)
  const actorCount = 6 + Math.ceil(activities / 20)

  const targetGroups = targetGroupNames.map((name, i) => ({ id: `tg-${i + 1}`, name, registerCodes: [`${i + 1}`] }))
  const actors = Array.from({ length: actorCount }, (_, i) => {
    const organisation = i === 0 || i % 3 !== 0
    return {
      id: `actor-${i + 1}`,
      kind: organisation ? "organisation" : "person",
      name: i === 0 ? "Město Vzorov" : organisation ? `${choose(serviceNames)} Vzorov, z. s. (${i + 1})` : `Jana Nováková (${i + 1})`,
      triadRole: i === 0 ? "commissioner" : roles[i % roles.length]!,
      sector: i === 0 ? "publicAdministration" : sectors[i % sectors.length]!,
      ...(organisation ? { ico: String(10_000_000 + i * 7).slice(-8) } : { represents: "actor-1" }),
      contacts: [{ kind: "email", value: `kontakt${i + 1}@example.cz`, visibility: organisation ? "public" : "private" }],
      active: true
    }
  })
  const actorId = () => `actor-${1 + int(actorCount)}`
  const rule = { method: "consensus", quorum: 0.5, abstentionsCount: false, fallback: { method: "qualifiedMajority", quorum: 0.5, threshold: 2 / 3, abstentionsCount: false } }
  const body = (id: string, kind: string, name: string, targetGroupIds: ReadonlyArray<string>, priorityIds: ReadonlyArray<string>) => ({
    id, kind, name,
    open: kind === "workingGroup",
    members: Array.from({ length: Math.min(actorCount, 8) }, (_, j) => ({
      actorId: `actor-${1 + ((j * 7 + id.length) % actorCount)}`,
      role: j === 0 ? "leader" : j === 1 ? "facilitator" : "member",
      from: `${from - 1}-09-01`
    })).filter((m, j, all) => all.findIndex((x) => x.actorId === m.actorId) === j),
    decisionRule: rule,
    rulesOfProcedure: { adoptedOn: `${from - 1}-10-01` },
    targetGroupIds,
    priorityIds
  })

  // The tree, depth first; contiguous blocks of children per parent keep the numbering readable.
  const items: Array<Record<string, unknown>> = []
  const activityIds: Array<string> = []
  const measureIds: Array<string> = []
  const priorityIds: Array<string> = []
  const item = (id: string, level: string, parentId: string | undefined, code: string, title: string, extra: Record<string, unknown>) =>
    items.push({
      id, level, ...(parentId === undefined ? {} : { parentId }), code, title,
      partnerIds: [], targetGroupIds: [`tg-${1 + (items.length % targetGroups.length)}`], serviceTypes: [], needIds: [], swotItemIds: [],
      status: "active", ...extra
    })
  const block = (i: number, parents: number, children: number) => [Math.ceil((i * children) / parents), Math.ceil(((i + 1) * children) / parents)] as const
  for (let p = 0; p < priorityCount; p++) {
    const pid = `priority-${p + 1}`
    priorityIds.push(pid)
    item(pid, "priority", undefined, `${p + 1}`, `${targetGroupNames[p % targetGroupNames.length]} — priorita ${p + 1}`, { description: "Zachovat a rozvíjet síť služeb podle potřeb uživatelů." })
    const [g0, g1] = block(p, priorityCount, goalCount)
    for (let g = g0; g < g1; g++) {
      const gid = `goal-${g + 1}`, gcode = `${p + 1}.${g - g0 + 1}`
      item(gid, "goal", pid, gcode, `Cíl ${gcode}: dostupné služby v celém území`, {})
      const [m0, m1] = block(g, goalCount, measureCount)
      for (let m = m0; m < m1; m++) {
        const mid = `measure-${m + 1}`, mcode = `${gcode}.${m - m0 + 1}`
        measureIds.push(mid)
        item(mid, "measure", gid, mcode, `${choose(verbs)}: ${choose(serviceNames)}`, { serviceTypes: [choose(serviceTypes)] })
        const [a0, a1] = block(m, measureCount, activities)
        for (let a = a0; a < a1; a++) {
          const aid = `activity-${a + 1}`, acode = `${mcode}.${a - a0 + 1}`
          activityIds.push(aid)
          const start = from + int(years)
          item(aid, "activity", mid, acode, `${choose(verbs)} — ${choose(serviceNames)} (${acode})`, {
            responsibleId: actorId(),
            partnerIds: random() < 0.3 ? [actorId()].filter((x) => x !== "actor-1") : [],
            bodyId: `body-${3 + (a % targetGroups.length)}`,
            serviceTypes: [choose(serviceTypes)],
            startOn: `${start}-01-01`,
            deadline: `${start + int(to - start + 1)}-12-31`
          })
        }
      }
    }
  }

  const bodies = [
    body("body-1", "coalition", "Partnerská koalice", [], []),
    body("body-2", "steeringGroup", "Řídící pracovní skupina", [], []),
    ...targetGroups.map((tg, i) => body(`body-${3 + i}`, "workingGroup", `Pracovní skupina ${tg.name}`, [tg.id],
      priorityIds.filter((_, j) => j % targetGroups.length === i)))
  ]
  const sources = Array.from({ length: sourceCount }, (_, i) => ({
    id: `source-${i + 1}`,
    name: sourceNames[i % sourceNames.length]! + (i >= sourceNames.length ? ` ${i + 1}` : ""),
    kind: sourceKinds[i % sourceKinds.length]!,
    ...(i === 0 ? { commissionerId: "actor-1" } : {})
  }))
  const lines: Array<Record<string, unknown>> = []
  for (const activityId of activityIds) {
    for (let y = from; y <= to; y++) {
      for (const source of sources) {
        const planned = 1000 * (10 + int(2000))
        const secured = y === from ? planned - 1000 * int(10) : 0
        lines.push({ activityId, year: y, sourceId: source.id, planned, secured, spent: y === from ? Math.floor(secured / 2) : 0 })
      }
    }
  }
  const indicators = measureIds.map((itemId, i) => ({
    id: `indicator-${i + 1}`,
    itemId,
    name: "Počet podpořených klientů",
    dimension: (["output", "accessibility", "quality", "efficiency", "cost"] as const)[i % 5],
    unit: "klientů",
    direction: "higherIsBetter",
    baseline: { year: from - 1, value: 20 + int(80) },
    target: { year: to, value: 100 + int(100) },
    actuals: [{ year: from, value: 30 + int(90) }]
  }))
  const needs = targetGroups.flatMap((tg, i) => [0, 1, 2].map((k) => ({
    id: `need-${3 * i + k + 1}`,
    targetGroupId: tg.id,
    description: `Chybí ${choose(serviceNames).toLowerCase()} v odlehlých částech území.`,
    source: (["survey", "interview", "data"] as const)[k],
    severity: (["high", "medium", "low"] as const)[k],
    serviceTypes: [choose(serviceTypes)]
  })))
  const swot = bodies.slice(2).flatMap((b, i) => (["strength", "weakness", "opportunity", "threat"] as const).map((kind, k) => ({
    id: `swot-${4 * i + k + 1}`, bodyId: b.id, kind, text: `${kind === "strength" ? "Fungující" : "Chybějící"} spolupráce poskytovatelů`
  })))
  const meetings = bodies.flatMap((b, i) => Array.from({ length: years * 2 }, (_, k) => {
    const year = from + Math.floor(k / 2)
    const day = `${year}-${k % 2 === 0 ? "03" : "10"}-${pad(10 + i)}`
    return {
      id: `meeting-${i * years * 2 + k + 1}`,
      bodyId: b.id,
      date: day,
      agenda: ["Zahájení", "Plnění akčního plánu", "Různé"],
      agendaSentOn: `${day.slice(0, 8)}01`,
      facilitatorId: b.members[1]?.actorId ?? "actor-1",
      decisionMethodDeclaredOn: day,
      attendance: b.members.map((m) => m.actorId),
      minutes: { takenBy: b.members[0]?.actorId ?? "actor-1", publishedOn: `${day.slice(0, 8)}28` }
    }
  }))
  const decisions = meetings.filter((_, i) => i % 2 === 0).map((m, i) => ({
    id: `decision-${i + 1}`,
    bodyId: m.bodyId,
    meetingId: m.id,
    date: m.date,
    subject: "actionPlanApproved",
    text: "Pracovní skupina schvaluje návrh akčního plánu.",
    rule,
    votes: m.attendance.map((actorId) => ({ actorId, choice: "yes" })),
    recusals: [],
    outcome: "passed",
    closedOn: m.date,
    concerns: [`ap-${1 + (i % years)}`]
  }))
  // The first year's action plan is approved; the later ones are drafts of a few activities each.
  const actionPlans = Array.from({ length: years }, (_, i) => ({
    id: `ap-${i + 1}`,
    year: from + i,
    activityIds: i === 0 ? activityIds : activityIds.slice(0, 10),
    ...(i === 0 ? { approval: { body: "council", resolution: `RM/100/${from - 1}`, date: `${from - 1}-12-10`, kind: "approved" } } : {})
  }))
  const report = {
    id: "report-1",
    year: from,
    status: "draft",
    preparedOn: `${from + 1}-03-31`,
    activities: activityIds.map((activityId) => ({ activityId, fulfilment: random() < 0.8 ? "fulfilled" : "partlyFulfilled" })),
    indicators: indicators.map((ind) => ({ indicatorId: ind.id, value: ind.actuals[0]!.value })),
    summary: "Většina aktivit byla naplněna."
  }
  const commentCount = Math.ceil(activities / 50)
  const comments = Array.from({ length: commentCount }, (_, i) => ({
    id: `comment-${i + 1}`,
    periodId: "period-1",
    receivedOn: `${from - 1}-11-${pad(1 + (i % 28))}`,
    channel: (["web", "email", "paperForm"] as const)[i % 3],
    author: { name: `Občan ${i + 1}`, consentToPublish: i % 2 === 0 },
    text: "Navrhuji rozšířit provozní dobu služby.",
    ...(activityIds.length > 0 ? { itemId: activityIds[int(activityIds.length)] } : {}),
    settlement: { disposition: "partlyAccepted", justification: "Rozšíření bude zváženo v příštím akčním plánu.", settledBy: "Řídící pracovní skupina", settledOn: `${from - 1}-12-05` }
  }))

  const plan = {
    id: `plan-${options.seed ?? 1}`,
    title: `Komunitní plán sociálních služeb města Vzorov na období ${from}–${to}`,
    territory: { level: "orp", name: "Vzorov", code: "599999", regionCode: "3026", municipalityCodes: ["599999", "599998"] },
    edition: 3,
    period: { from, to },
    previousPlanId: "plan-previous",
    statutory: false,
    phases: ["start", "steeringStructure", "understandingNeeds", "vision", "strategy", "implementation"].map((phase, i) => ({
      phase: phase as PlanEncoded["phases"][number]["phase"],
      state: i < 5 ? "completed" : "inProgress",
      startedOn: `${from - 2}-${pad(1 + 2 * i)}-01`,
      ...(i < 5 ? { completedOn: `${from - 2}-${pad(2 + 2 * i)}-28` } : {}),
      waivers: []
    })),
    lifecycle: {
      status: "inForce",
      approval: { body: "assembly", resolution: `ZM/12/${from - 1}`, date: `${from - 1}-12-15`, kind: "approved", decisionId: "decision-1" },
      inForceFrom: `${from}-01-01`,
      validUntil: `${to}-12-31`,
      amendments: []
    },
    targetGroups,
    actors,
    bodies,
    meetings,
    decisions,
    analyses: {
      demography: [0, 1, 2, 3].map((k) => ({ year: from - 2, ageBand: ["0–14", "15–64", "65–79", "80+"][k]!, population: 1000 + int(20_000), source: "ČSÚ" })),
      needs,
      resources: actors.slice(1, 11).map((a, i) => ({
        id: `resource-${i + 1}`,
        providerId: a.id,
        providerName: a.name,
        name: choose(serviceNames),
        serviceType: choose(serviceTypes),
        forms: ["outpatient"],
        capacities: [{ form: "outpatient", unit: "client", count: 10 + int(90) }],
        targetGroupIds: [choose(targetGroups).id],
        municipalityCodes: ["599999"]
      })),
      swot
    },
    strategy: {
      mission: "Dostupné a kvalitní sociální služby pro všechny, kdo je potřebují.",
      vision: `V roce ${to} je ve Vzorově síť služeb, která odpovídá potřebám obyvatel.`,
      values: ["Partnerství", "Dostupnost", "Kvalita"],
      levelNames: defaultLevelNames,
      items: items as unknown as PlanEncoded["strategy"]["items"]
    },
    funding: { sources, lines: lines as unknown as PlanEncoded["funding"]["lines"] },
    indicators,
    actionPlans,
    monitoringReports: [report],
    consultation: {
      periods: [{ id: "period-1", from: `${from - 1}-10-15`, to: `${from - 1}-11-30`, channels: ["web", "email", "paperForm"] }],
      comments
    },
    schedule: [
      { id: "milestone-1", title: "Připomínkování návrhu", kind: "commentPeriodOpens", phase: "strategy", from: `${from - 1}-10-15`, to: `${from - 1}-11-30`, ownerId: "actor-1", after: [] },
      { id: "milestone-2", title: "Schválení plánu zastupitelstvem", kind: "approval", phase: "strategy", from: `${from - 1}-12-15`, bodyId: "body-2", after: ["milestone-1"], doneOn: `${from - 1}-12-15` }
    ]
  } as PlanEncoded
  // The model transforms nothing on decoding, so the encoded shape is the plan itself.
  return plan as unknown as Plan
}
