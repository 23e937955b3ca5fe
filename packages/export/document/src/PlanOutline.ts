/**
 * The plan document as an outline — every part a plan contains (Act 108/2006 §3 h, seed 002; DOMAIN
 * §5): basic data; how it was prepared (phases, the coalition and groups with their triad composition,
 * the actors); the analyses (demography, needs, resources, economic evaluation); SWOT; mission, vision
 * and values; the strategy tree with responsibilities and money; funding tables and charts; indicators;
 * the schedule with its Gantt chart; how fulfilment is monitored; how the plan is changed; the
 * evaluation of the previous plan; and the settlement of comments as an annex.
 *
 * Money comes from the `fundingTotals` / `fundingMatrix` views, never summed here. The outline renders
 * whatever plan it is given: the export port hands exporters the public view for the public.
 *
 * @since 0.1.0
 */
import {
  bodyKindLabels,
  channelLabels,
  decisionMethodLabels,
  dispositionLabels,
  formatDate,
  formatDateShort,
  formatMoney,
  formatNumber,
  formatPercent,
  fulfilmentLabels,
  fundingMatrix,
  indicatorDimensionLabels,
  lifecycleLabels,
  phaseLabels,
  phases,
  serviceFormLabels,
  sectorLabels,
  territoryLevelLabels,
  triadRoleLabels,
  triad,
  approvingBodyLabels,
  type Approval,
  type IsoDate,
  type Locale,
  type Plan,
  type StrategyItem,
  type TriadRole
} from "@kpss/core"
import { coverageChart, fundingChart, ganttChart, milestoneWhen } from "@kpss/export-charts"
import type { Block, DocumentOutline, TableColumn } from "./DocumentOutline.js"
import { documentMessages, type DocumentMessageKey } from "./DocumentMessages.js"

/**
 * Options of the plan document.
 *
 * @category models
 * @since 0.1.0
 */
export interface PlanOutlineOptions {
  readonly locale: Locale
  readonly audience: "public" | "internal"
  readonly today: IsoDate
}

/** The small vocabulary every outline builder shares. */
export interface Writer {
  readonly locale: Locale
  readonly t: (key: DocumentMessageKey, params?: Record<string, string | number>) => string
  readonly money: (n: number) => string
  readonly date: (d: IsoDate | undefined) => string
  readonly col: (key: DocumentMessageKey, align?: "left" | "right", weight?: number) => TableColumn
  readonly actorName: (id: string | undefined) => string
  readonly approval: (a: Approval | undefined) => string
}

/**
 * The shared vocabulary of the outline builders for a plan and a language.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeWriter = (plan: Plan, locale: Locale): Writer => {
  const t = (key: DocumentMessageKey, params?: Record<string, string | number>) => documentMessages(key, params)[locale]
  const actors = new Map(plan.actors.map((a) => [a.id as string, a.name]))
  const date = (d: IsoDate | undefined) => (d === undefined ? t("none") : formatDateShort(d, locale))
  return {
    locale,
    t,
    money: (n) => formatMoney(n, locale),
    date,
    col: (key, align = "left", weight = 1) => ({ label: t(key), align, weight }),
    actorName: (id) => (id === undefined ? t("none") : actors.get(id) ?? id),
    approval: (a) => a === undefined ? t("none") : t("approvedBy", {
      kind: t(a.kind === "approved" ? "approvedKind" : "tookNoteKind"),
      body: approvingBodyLabels[a.body][locale],
      resolution: a.resolution,
      date: formatDate(a.date, locale)
    })
  }
}

/** Numbers chapters and sections: `s1`, `s1-2`. */
class Numbering {
  #chapter = 0
  #section = 0
  readonly blocks: Array<Block> = []
  chapter(text: string): void {
    this.#chapter++
    this.#section = 0
    this.blocks.push({ kind: "heading", level: 1, text: `${this.#chapter} ${text}`, id: `s${this.#chapter}` })
  }
  section(text: string): void {
    this.#section++
    this.blocks.push({ kind: "heading", level: 2, text: `${this.#chapter}.${this.#section} ${text}`, id: `s${this.#chapter}-${this.#section}` })
  }
  annex(text: string): void {
    this.blocks.push({ kind: "pageBreak" }, { kind: "heading", level: 1, text, id: "annex" })
  }
  push(...blocks: ReadonlyArray<Block>): void {
    this.blocks.push(...blocks)
  }
}

const severityKey = { low: "severityLow", medium: "severityMedium", high: "severityHigh" } as const
const needSourceKey = { survey: "needSurvey", interview: "needInterview", data: "needData", workingGroup: "needWorkingGroup", other: "needOther" } as const
const stateKey = { notStarted: "stateNotStarted", inProgress: "stateInProgress", completed: "stateCompleted" } as const

/**
 * The title page lines shared by the plan document and the monitoring report.
 *
 * @category constructors
 * @since 0.1.0
 */
export const titlePageLines = (plan: Plan, w: Writer, audience: "public" | "internal", today: IsoDate): ReadonlyArray<string> => [
  w.t("territory", { name: plan.territory.name, level: territoryLevelLabels[plan.territory.level][w.locale] }),
  w.t("status", { status: lifecycleLabels[plan.lifecycle.status][w.locale] }),
  ...(plan.lifecycle.approval === undefined ? [] : [w.approval(plan.lifecycle.approval)]),
  w.t("asOf", { date: formatDate(today, w.locale) }),
  ...(audience === "internal" ? [w.t("internal")] : [])
]

/**
 * The plan's subtitle: "4. komunitní plán sociálních služeb na období 2017–2019".
 *
 * @category constructors
 * @since 0.1.0
 */
export const planSubtitle = (plan: Plan, w: Writer): string =>
  w.t("planSubtitle", { edition: plan.edition, from: plan.period.from, to: plan.period.to })

/**
 * Builds the outline of the plan document.
 *
 * @category constructors
 * @since 0.1.0
 */
export const planOutline = (plan: Plan, options: PlanOutlineOptions): DocumentOutline => {
  const { locale } = options
  const w = makeWriter(plan, locale)
  const { t } = w
  const doc = new Numbering()
  const matrix = fundingMatrix(plan)
  const totals = matrix.totals
  const items = plan.strategy.items
  const levelNames = plan.strategy.levelNames

  // 1 Basic data
  doc.chapter(t("chBasics"))
  doc.push({
    kind: "table", caption: t("basicsCaption"), rowHeaders: true,
    columns: [w.col("field", "left", 1), w.col("value", "left", 2)],
    rows: [
      [t("fTerritory"), `${plan.territory.name} (${territoryLevelLabels[plan.territory.level][locale]})`],
      [t("fPeriod"), `${plan.period.from}–${plan.period.to}`],
      [t("fEdition"), String(plan.edition)],
      [t("fStatus"), lifecycleLabels[plan.lifecycle.status][locale]],
      [t("fApproval"), w.approval(plan.lifecycle.approval)],
      [t("fInForce"), w.date(plan.lifecycle.inForceFrom)],
      [t("fValidUntil"), w.date(plan.lifecycle.validUntil)],
      [t("fStatutory"), t(plan.statutory ? "yes" : "no")]
    ]
  })

  // 2 Process and participants
  doc.chapter(t("chProcess"))
  doc.push({ kind: "paragraph", text: t("processIntro") })
  const phaseRecords = new Map(plan.phases.map((r) => [r.phase, r]))
  doc.push({
    kind: "table", caption: t("phasesCaption"), rowHeaders: true,
    columns: [w.col("phase", "left", 3), w.col("phaseState"), w.col("started"), w.col("completed")],
    rows: phases.map((phase, i) => {
      const r = phaseRecords.get(phase)
      return [`${i + 1}. ${phaseLabels[phase][locale]}`, t(stateKey[r?.state ?? "notStarted"]), w.date(r?.startedOn), w.date(r?.completedOn)]
    })
  })
  doc.section(t("chParticipants"))
  const roleOf = new Map(plan.actors.map((a) => [a.id as string, a.triadRole]))
  const roles: ReadonlyArray<TriadRole> = [...triad, "public"]
  doc.push({
    kind: "table", caption: t("bodiesCaption"), rowHeaders: true,
    columns: [w.col("body", "left", 3), w.col("bodyKind", "left", 2), w.col("leader", "left", 2), w.col("facilitator", "left", 2), w.col("decisionRule", "left", 2),
      ...roles.map((r) => ({ label: triadRoleLabels[r][locale], align: "right" as const, weight: 1 }))],
    rows: plan.bodies.map((b) => {
      const counts = roles.map((r) => b.members.filter((m) => m.until === undefined && roleOf.get(m.actorId) === r).length)
      const named = (role: string) => b.members.filter((m) => m.role === role).map((m) => w.actorName(m.actorId)).join(", ") || t("none")
      return [b.name, bodyKindLabels[b.kind][locale], named("leader"), named("facilitator"), decisionMethodLabels[b.decisionRule.method][locale], ...counts.map(String)]
    })
  })
  doc.push({
    kind: "table", caption: t("actorsCaption"), rowHeaders: true,
    columns: [w.col("actor", "left", 3), w.col("triadRole"), w.col("sector"), w.col("contacts", "left", 3)],
    rows: plan.actors.filter((a) => a.active).map((a) => [
      a.name, triadRoleLabels[a.triadRole][locale], sectorLabels[a.sector][locale],
      a.contacts.map((c) => c.value).join(", ") || t("none")
    ])
  })
  doc.push({ kind: "paragraph", text: t("meetingsSummary", { count: plan.meetings.length, published: plan.meetings.filter((m) => m.minutes?.publishedOn !== undefined).length }) })

  // 3 Analyses
  doc.chapter(t("chAnalyses"))
  doc.section(t("chDemography"))
  doc.push(plan.analyses.demography.length === 0 ? { kind: "paragraph", text: t("noData") } : {
    kind: "table", caption: t("demographyCaption"), rowHeaders: false,
    columns: [w.col("year", "left"), w.col("ageBand", "left", 2), w.col("population", "right"), w.col("source", "left", 2)],
    rows: plan.analyses.demography.map((d) => [String(d.year), d.ageBand, formatNumber(d.population, locale), d.source])
  })
  doc.section(t("chNeeds"))
  const groups = new Map(plan.targetGroups.map((g) => [g.id as string, g.name]))
  doc.push(plan.analyses.needs.length === 0 ? { kind: "paragraph", text: t("noData") } : {
    kind: "table", caption: t("needsCaption"), rowHeaders: false,
    columns: [w.col("targetGroup", "left", 2), w.col("need", "left", 4), w.col("source"), w.col("severity")],
    rows: plan.analyses.needs.map((n) => [groups.get(n.targetGroupId) ?? n.targetGroupId, n.description, t(needSourceKey[n.source]), t(severityKey[n.severity])])
  })
  doc.section(t("chResources"))
  doc.push(plan.analyses.resources.length === 0 ? { kind: "paragraph", text: t("noData") } : {
    kind: "table", caption: t("resourcesCaption"), rowHeaders: false,
    columns: [w.col("provider", "left", 3), w.col("service", "left", 3), w.col("serviceType"), w.col("forms", "left", 2), w.col("capacity", "right")],
    rows: plan.analyses.resources.map((r) => [
      r.providerName, r.name, r.serviceType === "other" ? t("none") : `§ ${r.serviceType}`,
      r.forms.map((f) => serviceFormLabels[f][locale]).join(", "),
      r.capacities.map((c) => formatNumber(c.count, locale)).join(" + ") || t("none")
    ])
  })
  doc.section(t("chEconomic"))
  doc.push({ kind: "paragraph", text: plan.analyses.economicEvaluation ?? t("noData") })

  // 4 SWOT
  doc.chapter(t("chSwot"))
  for (const kind of ["strength", "weakness", "opportunity", "threat"] as const) {
    const list = plan.analyses.swot.filter((s) => s.kind === kind).map((s) => s.text)
    doc.section(t(kind))
    doc.push(list.length === 0 ? { kind: "paragraph", text: t("noData") } : { kind: "list", items: list })
  }

  // 5 Mission, vision, values
  doc.chapter(t("chVision"))
  doc.section(t("mission"))
  doc.push({ kind: "paragraph", text: plan.strategy.mission ?? t("noData") })
  doc.section(t("vision"))
  doc.push({ kind: "paragraph", text: plan.strategy.vision ?? t("noData") })
  doc.section(t("values"))
  doc.push(plan.strategy.values.length === 0 ? { kind: "paragraph", text: t("noData") } : { kind: "list", items: plan.strategy.values })

  // 6 Strategy
  doc.chapter(t("chStrategy"))
  doc.push({ kind: "paragraph", text: t("strategyIntro", {
    priority: levelNames.priority[locale], goal: levelNames.goal[locale], measure: levelNames.measure[locale], activity: levelNames.activity[locale]
  }) })
  const children = new Map<string, Array<StrategyItem>>()
  for (const item of items) {
    if (item.parentId === undefined || item.status !== "active") continue
    const list = children.get(item.parentId)
    if (list === undefined) children.set(item.parentId, [item])
    else list.push(item)
  }
  for (const priority of items.filter((i) => i.level === "priority" && i.status === "active")) {
    doc.section(`${levelNames.priority[locale]} ${priority.code} ${priority.title}`)
    if (priority.description !== undefined && priority.description.length > 0) doc.push({ kind: "paragraph", text: priority.description })
    const rows: Array<Array<string>> = []
    const walk = (item: StrategyItem): void => {
      rows.push([
        item.code, `${levelNames[item.level][locale]}: ${item.title}`, w.actorName(item.responsibleId),
        item.partnerIds.map((id) => w.actorName(id)).join(", ") || t("none"), w.date(item.deadline), w.money(matrix.item(item.id).planned)
      ])
      for (const child of children.get(item.id) ?? []) walk(child)
    }
    for (const child of children.get(priority.id) ?? []) walk(child)
    doc.push({
      kind: "table", caption: t("strategyCaption", { code: priority.code, title: priority.title }), rowHeaders: true,
      columns: [w.col("code"), w.col("item", "left", 5), w.col("responsible", "left", 2), w.col("partners", "left", 2), w.col("deadline", "left", 1.4), w.col("plannedMoney", "right", 2)],
      rows,
      footer: [t("total"), "", "", "", "", w.money(matrix.item(priority.id).planned)]
    })
  }

  // 7 Funding
  doc.chapter(t("chFunding"))
  const cov = totals.total.planned === 0 ? 0 : totals.total.secured / totals.total.planned
  doc.push({ kind: "paragraph", text: t("fundingIntro", { planned: w.money(totals.total.planned), secured: w.money(totals.total.secured), coverage: formatPercent(cov, locale) }) })
  doc.push({ kind: "chart", chart: fundingChart(plan, { locale, showTitle: false, idPrefix: "chart-funding" }) })
  doc.push({
    kind: "table", caption: t("fundingBySourceCaption"), rowHeaders: true,
    columns: [w.col("source", "left", 3), ...totals.years.map((y) => ({ label: String(y), align: "right" as const, weight: 2 })), w.col("total", "right", 2)],
    rows: totals.sources.map((s) => [s.name, ...totals.years.map((y) => w.money(totals.cell(s.id, y).planned)), w.money(totals.bySource(s.id).planned)]),
    footer: [t("total"), ...totals.years.map((y) => w.money(totals.byYear(y).planned)), w.money(totals.total.planned)]
  })
  doc.push({
    kind: "table", caption: t("fundingByYearCaption"), rowHeaders: true,
    columns: [w.col("year"), w.col("planned", "right", 2), w.col("secured", "right", 2), w.col("spent", "right", 2), w.col("coverage", "right")],
    rows: totals.years.map((y) => {
      const a = totals.byYear(y)
      return [String(y), w.money(a.planned), w.money(a.secured), w.money(a.spent), a.planned === 0 ? t("none") : formatPercent(a.secured / a.planned, locale)]
    }),
    footer: [t("total"), w.money(totals.total.planned), w.money(totals.total.secured), w.money(totals.total.spent), formatPercent(cov, locale)]
  })
  const coverageRows = matrix.coverageRows("priority")
  doc.push({ kind: "chart", chart: coverageChart(plan, { locale, showTitle: false, idPrefix: "chart-coverage" }) })
  doc.push({
    kind: "table", caption: t("coverageCaption"), rowHeaders: true,
    columns: [w.col("item", "left", 4), w.col("planned", "right", 2), w.col("secured", "right", 2), w.col("coverage", "right")],
    rows: coverageRows.map((r) => [
      `${items[r.position]!.code} ${items[r.position]!.title}`, w.money(r.amounts.planned), w.money(r.amounts.secured),
      r.coverage === undefined ? t("none") : formatPercent(r.coverage, locale)
    ])
  })

  // 8 Indicators
  doc.chapter(t("chIndicators"))
  const itemCode = new Map(items.map((i) => [i.id as string, i.code]))
  doc.push(plan.indicators.length === 0 ? { kind: "paragraph", text: t("noData") } : {
    kind: "table", caption: t("indicatorsCaption"), rowHeaders: false,
    columns: [w.col("code"), w.col("indicator", "left", 4), w.col("dimension", "left", 2), w.col("unit"), w.col("baseline", "right"), w.col("target", "right"), w.col("actual", "right")],
    rows: plan.indicators.map((ind) => {
      const last = ind.actuals.reduce<typeof ind.actuals[number] | undefined>((best, a) => (best === undefined || a.year > best.year ? a : best), undefined)
      const yv = (v: { readonly year: number; readonly value: number } | undefined) => (v === undefined ? t("none") : `${formatNumber(v.value, locale)} (${v.year})`)
      return [itemCode.get(ind.itemId) ?? ind.itemId, ind.name, indicatorDimensionLabels[ind.dimension][locale], ind.unit, yv(ind.baseline), yv(ind.target), yv(last)]
    })
  })

  // 9 Schedule
  doc.chapter(t("chSchedule"))
  if (plan.schedule.length > 0) doc.push({ kind: "chart", chart: ganttChart(plan, { locale, showTitle: false, idPrefix: "chart-schedule" }) })
  doc.push(plan.schedule.length === 0 ? { kind: "paragraph", text: t("noData") } : {
    kind: "table", caption: t("scheduleCaption"), rowHeaders: true,
    columns: [w.col("milestone", "left", 4), w.col("when", "left", 2), w.col("owner", "left", 2), w.col("done")],
    rows: [...plan.schedule].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
      .map((m) => [m.title, milestoneWhen(m, locale), w.actorName(m.ownerId), w.date(m.doneOn)])
  })

  // 10 Monitoring
  doc.chapter(t("chMonitoring"))
  doc.push({ kind: "paragraph", text: t("monitoringText") })
  if (plan.actionPlans.length > 0) {
    doc.push({
      kind: "table", caption: t("actionPlansCaption"), rowHeaders: true,
      columns: [w.col("year"), w.col("activities", "right"), w.col("approval", "left", 4)],
      rows: plan.actionPlans.map((a) => [String(a.year), formatNumber(a.activityIds.length, locale), w.approval(a.approval)])
    })
  }
  if (plan.monitoringReports.length > 0) {
    doc.push({
      kind: "table", caption: t("reportsCaption"), rowHeaders: true,
      columns: [w.col("year"), w.col("reportStatus"), w.col("approval", "left", 4)],
      rows: plan.monitoringReports.map((r) => [String(r.year), t(r.status), w.approval(r.approval)])
    })
  }

  // 11 Changes
  doc.chapter(t("chChanges"))
  doc.push({ kind: "paragraph", text: t("changesText") })
  if (plan.lifecycle.amendments.length > 0) {
    doc.push({
      kind: "table", caption: t("amendmentsCaption"), rowHeaders: true,
      columns: [w.col("amendment"), w.col("reason", "left", 4), w.col("approval", "left", 3)],
      rows: plan.lifecycle.amendments.map((a) => [String(a.number), a.reason, w.approval(a.approval)])
    })
  }

  // 12 Previous plan
  const previous = plan.previousEvaluation
  if (previous !== undefined) {
    doc.chapter(t("chPrevious"))
    if (previous.summary !== undefined) doc.push({ kind: "paragraph", text: previous.summary })
    doc.push({
      kind: "table", caption: t("previousCaption", { edition: previous.edition }), rowHeaders: true,
      columns: [w.col("code"), w.col("item", "left", 5), w.col("fulfilment", "left", 2), w.col("carriedOver")],
      rows: previous.activities.map((a) => [a.code, a.title, a.fulfilment === undefined ? t("none") : fulfilmentLabels[a.fulfilment][locale], t(a.carriedOver ? "yes" : "no")])
    })
  }

  // Annex: settlement of comments
  doc.annex(t("chAnnex"))
  doc.push(...settlementBlocks(plan, w))

  return {
    locale,
    title: plan.title,
    subtitle: planSubtitle(plan, w),
    titlePage: titlePageLines(plan, w, options.audience, options.today),
    contentsTitle: t("contents"),
    pageLabel: t("page"),
    tableLabel: t("tableLabel"),
    blocks: doc.blocks
  }
}

/**
 * The settlement of comments (the official annex): the comment periods, every comment with its author
 * as the given plan shows it, and its disposition and justification.
 *
 * @category constructors
 * @since 0.1.0
 */
export const settlementBlocks = (plan: Plan, w: Writer): ReadonlyArray<Block> => {
  const { t, locale } = w
  const comments = plan.consultation.comments
  const itemLabel = new Map(plan.strategy.items.map((i) => [i.id as string, `${i.code} ${i.title}`]))
  const periods = plan.consultation.periods.map((p) => `${w.date(p.from)} – ${w.date(p.to)}`).join(", ") || t("none")
  if (comments.length === 0) return [{ kind: "paragraph", text: t("noComments") }]
  return [
    { kind: "paragraph", text: t("annexIntro", { periods, count: comments.length, settled: comments.filter((c) => c.settlement !== undefined).length }) },
    {
      kind: "table", caption: t("commentsCaption"), rowHeaders: true,
      columns: [w.col("commentNo"), w.col("received"), w.col("author", "left", 2), w.col("channel"), w.col("comment", "left", 5), w.col("concerns", "left", 2), w.col("disposition"), w.col("justification", "left", 4)],
      rows: comments.map((c, i) => [
        String(i + 1), w.date(c.receivedOn), c.author.name, channelLabels[c.channel][locale], c.text,
        c.itemId !== undefined ? itemLabel.get(c.itemId) ?? c.itemId : c.section ?? t("none"),
        c.settlement === undefined ? t("unsettled") : dispositionLabels[c.settlement.disposition][locale],
        c.settlement === undefined ? t("none") : [c.settlement.justification, c.settlement.change].filter((s) => s !== undefined && s.length > 0).join(" ") || t("none")
      ])
    }
  ]
}
