/**
 * The legal lifecycle of a plan as operations: draft → comment period → settlement → approved (body,
 * resolution, date) → in force → amended → expired, and a new edition derived from the last. Adoption
 * freezes a version: its adopted content ({@link adoptedContent}) never changes — an operation that
 * would change it fails — and an amendment is a new version (a draft carrying the amendment) with its
 * own approval. Only the lifecycle record and the implementation records (phases, meetings, action
 * plans, monitoring) of an adopted version move on. `diffPlans` (PlanDiff.ts) compares any two versions.
 *
 * Every operation is pure, asks the authorization policy first and returns the new plan or a
 * `DomainError`, leaving the given plan as it was.
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import { authorizeOperation, type OperationContext } from "./Authorization.js"
import type { IsoDate, Year } from "./CalendarDate.js"
import { Channel, type CommentPeriod } from "./Consultation.js"
import { datesOutOfOrder, domainError, entityNames, notAfterToday, unknownId, type DomainError } from "./DomainError.js"
import type { CommentPeriodId, DecisionId, PlanId, StrategyItemId } from "./Ids.js"
import { lifecycleLabels } from "./Labels.js"
import type { LocalizedText } from "./Messages.js"
import type { Fulfilment } from "./Monitoring.js"
import type { Plan, PlanPeriod } from "./Plan.js"
import { checkApproval, checkCalendarYear, checkDate, checkFilledText, checkId, checkName, checkOneOf, checkText, firstError } from "./PlanEdit.js"
import { ApprovingBody, type Amendment, type Approval, type LifecycleStatus } from "./Process.js"
import { adoptedStatuses, dateParam } from "./Rule.js"
import type { StrategyItem } from "./Strategy.js"

const operationNames = {
  openCommentPeriod: { cs: "otevřít připomínkování", en: "open the comment period" },
  closeCommentPeriod: { cs: "ukončit připomínkování", en: "close the comment period" },
  approve: { cs: "schválit", en: "approve" },
  putInForce: { cs: "uvést v platnost", en: "put in force" },
  amend: { cs: "změnit plán", en: "amend" },
  expire: { cs: "ukončit platnost", en: "expire" },
  deriveNextEdition: { cs: "odvodit další vydání", en: "derive the next edition" },
  extendValidity: { cs: "prodloužit platnost", en: "extend the validity" }
} as const satisfies Record<string, LocalizedText>

const wrongState = (operation: keyof typeof operationNames, plan: Plan, allowed: ReadonlyArray<LifecycleStatus>): DomainError =>
  domainError("wrongState", {
    operation: operationNames[operation],
    status: lifecycleLabels[plan.lifecycle.status],
    allowed: { cs: allowed.map((s) => lifecycleLabels[s].cs).join(", "), en: allowed.map((s) => lifecycleLabels[s].en).join(", ") }
  })

/**
 * Whether a version is adopted (approved, in force, amended or expired) and so frozen.
 *
 * @category lifecycle
 * @since 0.1.0
 */
export const isAdopted = (plan: Plan): boolean => adoptedStatuses.includes(plan.lifecycle.status)

/**
 * The adopted content of a plan: everything the approval covered — the document's identity, analyses,
 * strategy, planned money, indicators' definitions and the public comment. What moves on after
 * adoption (the lifecycle and process record, meetings and decisions, action plans, monitoring, money
 * secured and spent, indicator actuals, the schedule) is left out.
 *
 * @category lifecycle
 * @since 0.1.0
 */
export const adoptedContent = (plan: Plan) => ({
  id: plan.id,
  title: plan.title,
  territory: plan.territory,
  edition: plan.edition,
  period: plan.period,
  statutory: plan.statutory,
  targetGroups: plan.targetGroups,
  analyses: plan.analyses,
  strategy: plan.strategy,
  fundingSources: plan.funding.sources,
  planned: plan.funding.lines.map((l) => [l.activityId, l.year, l.sourceId, l.planned]),
  indicators: plan.indicators.map(({ actuals: _, ...definition }) => definition),
  consultation: plan.consultation
})

/**
 * Whether `after` changes the adopted content of `before`.
 *
 * @category lifecycle
 * @since 0.1.0
 */
export const changesAdoptedContent = (before: Plan, after: Plan): boolean =>
  JSON.stringify(adoptedContent(before)) !== JSON.stringify(adoptedContent(after))

/**
 * A new comment period to open.
 *
 * @category models
 * @since 0.1.0
 */
export interface CommentPeriodInput {
  readonly id: CommentPeriodId
  readonly from: IsoDate
  readonly to: IsoDate
  readonly channels: ReadonlyArray<Channel>
  readonly announcement?: string
}

/**
 * Opens public comment on a draft: adds the period and moves the plan to `commentPeriod`.
 *
 * @category lifecycle
 * @since 0.1.0
 */
export const openCommentPeriod = (plan: Plan, input: CommentPeriodInput, ctx: OperationContext): Result.Result<Plan, DomainError> => {
  const denied = authorizeOperation(plan, ctx, { kind: "openCommentPeriod" })
  if (denied !== undefined) return Result.fail(denied)
  if (plan.lifecycle.status !== "draft") return Result.fail(wrongState("openCommentPeriod", plan, ["draft"]))
  const invalid = firstError(
    checkId("id", input.id),
    checkDate("from", input.from),
    checkDate("to", input.to),
    ...(Array.isArray(input.channels) ? input.channels : [input.channels]).map((c) => checkOneOf("channels", c, Channel.literals)),
    checkText("announcement", input.announcement)
  )
  if (invalid !== undefined) return Result.fail(invalid)
  if (plan.consultation.periods.some((p) => p.id === input.id)) return Result.fail(domainError("duplicateId", { kind: entityNames.period, id: input.id }, { ids: [input.id] }))
  if (input.to < input.from) {
    return Result.fail(datesOutOfOrder({ cs: "Konec připomínek", en: "The end of the comment period" }, input.to, { cs: "jejich začátek", en: "its start" }, input.from))
  }
  const period: CommentPeriod = {
    id: input.id,
    from: input.from,
    to: input.to,
    channels: input.channels,
    ...(input.announcement === undefined ? {} : { announcement: input.announcement })
  }
  return Result.succeed({
    ...plan,
    lifecycle: { ...plan.lifecycle, status: "commentPeriod" },
    consultation: { ...plan.consultation, periods: [...plan.consultation.periods, period] }
  })
}

/**
 * Closes public comment: the plan moves to `settlement`. Comments can still be recorded (a late one is
 * flagged by KPSS-CONS-003, never dropped).
 *
 * @category lifecycle
 * @since 0.1.0
 */
export const closeCommentPeriod = (plan: Plan, ctx: OperationContext): Result.Result<Plan, DomainError> => {
  const denied = authorizeOperation(plan, ctx, { kind: "closeCommentPeriod" })
  if (denied !== undefined) return Result.fail(denied)
  if (plan.lifecycle.status !== "commentPeriod") return Result.fail(wrongState("closeCommentPeriod", plan, ["commentPeriod"]))
  return Result.succeed({ ...plan, lifecycle: { ...plan.lifecycle, status: "settlement" } })
}

/**
 * The approval to record.
 *
 * @category models
 * @since 0.1.0
 */
export interface ApprovalInput {
  readonly body: ApprovingBody
  readonly resolution: string
  readonly date: IsoDate
  readonly decisionId?: DecisionId
}

const pendingAmendment = (plan: Plan): number =>
  plan.lifecycle.amendments.findIndex((a) => a.approval === undefined)

const thePlanApproval = { cs: "Schválení", en: "The approval" }

/** The refusal of a decision id the plan does not record (none when the id is left out). */
const unknownDecision = (plan: Plan, id: DecisionId | undefined): DomainError | undefined =>
  id === undefined || plan.decisions.some((d) => d.id === id) ? undefined : unknownId(entityNames.decision, id)

/**
 * Records the approval of the plan (or of its pending amendment): the body, the resolution number and
 * the date. Refused while a comment is unsettled, before the comment period ended, before a comment's
 * settlement, or in the future; and for malformed values (an unknown body, an empty resolution, a date
 * that does not exist).
 * A plan moves from `settlement` to `approved`; an amendment version from `draft` or `settlement` to
 * `amended`.
 *
 * @category lifecycle
 * @since 0.1.0
 */
export const approve = (plan: Plan, input: ApprovalInput, ctx: OperationContext): Result.Result<Plan, DomainError> => {
  const denied = authorizeOperation(plan, ctx, { kind: "approve" })
  if (denied !== undefined) return Result.fail(denied)
  const amendment = pendingAmendment(plan)
  const allowed: ReadonlyArray<LifecycleStatus> = amendment >= 0 ? ["draft", "settlement"] : ["settlement"]
  if (!allowed.includes(plan.lifecycle.status)) return Result.fail(wrongState("approve", plan, allowed))
  const invalid = firstError(checkApproval("", input), unknownDecision(plan, input.decisionId))
  if (invalid !== undefined) return Result.fail(invalid)
  const unsettled = plan.consultation.comments.filter((c) => c.settlement === undefined)
  if (unsettled.length > 0) return Result.fail(domainError("unsettledComments", { count: unsettled.length }, { ids: unsettled.map((c) => c.id) }))
  if (input.date > ctx.today) return Result.fail(notAfterToday(thePlanApproval, input.date, ctx.today))
  // Not before a settlement: the approval covers the settled comments (KPSS-CONS-001), all settled by now.
  const lastSettled = plan.consultation.comments
    .flatMap((c) => (c.settlement === undefined ? [] : [{ id: c.id, on: c.settlement.settledOn }]))
    .reduce<{ readonly id: string; readonly on: IsoDate } | undefined>((m, x) => (m === undefined || x.on > m.on ? x : m), undefined)
  if (lastSettled !== undefined && input.date < lastSettled.on) {
    return Result.fail(datesOutOfOrder(
      thePlanApproval, input.date,
      { cs: `vypořádání připomínky ${lastSettled.id}`, en: `the settlement of comment ${lastSettled.id}` }, lastSettled.on,
      [lastSettled.id]
    ))
  }
  for (const p of plan.consultation.periods) {
    if (input.date <= p.to) {
      return Result.fail(datesOutOfOrder(thePlanApproval, input.date, { cs: "konec připomínek", en: "the end of the comment period" }, p.to))
    }
  }
  const approval: Approval = {
    body: input.body,
    resolution: input.resolution,
    date: input.date,
    kind: "approved",
    ...(input.decisionId === undefined ? {} : { decisionId: input.decisionId })
  }
  if (amendment >= 0) {
    return Result.succeed({
      ...plan,
      lifecycle: {
        ...plan.lifecycle,
        status: "amended",
        amendments: plan.lifecycle.amendments.map((a, i) => (i === amendment ? { ...a, approval } : a))
      }
    })
  }
  return Result.succeed({ ...plan, lifecycle: { ...plan.lifecycle, status: "approved", approval } })
}

/**
 * Puts an approved plan in force from a day (on or after its approval).
 *
 * @category lifecycle
 * @since 0.1.0
 */
export const putInForce = (plan: Plan, input: { readonly from: IsoDate }, ctx: OperationContext): Result.Result<Plan, DomainError> => {
  const denied = authorizeOperation(plan, ctx, { kind: "putInForce" })
  if (denied !== undefined) return Result.fail(denied)
  if (plan.lifecycle.status !== "approved") return Result.fail(wrongState("putInForce", plan, ["approved"]))
  const invalid = checkDate("from", input.from)
  if (invalid !== undefined) return Result.fail(invalid)
  const approved = plan.lifecycle.approval?.date
  if (approved !== undefined && input.from < approved) {
    return Result.fail(datesOutOfOrder({ cs: "Účinnost", en: "Coming into force" }, input.from, { cs: "schválení", en: "the approval" }, approved))
  }
  return Result.succeed({ ...plan, lifecycle: { ...plan.lifecycle, status: "inForce", inForceFrom: input.from } })
}

/**
 * Starts an amendment of a plan in force: returns the **new version** — a draft carrying the
 * amendment with its number and reason, to be edited and approved on its own. The adopted version is
 * not touched.
 *
 * @category lifecycle
 * @since 0.1.0
 */
export const amend = (plan: Plan, input: { readonly reason: string }, ctx: OperationContext): Result.Result<Plan, DomainError> => {
  const denied = authorizeOperation(plan, ctx, { kind: "amend" })
  if (denied !== undefined) return Result.fail(denied)
  if (plan.lifecycle.status !== "inForce" && plan.lifecycle.status !== "amended") return Result.fail(wrongState("amend", plan, ["inForce", "amended"]))
  const invalid = checkFilledText("reason", input.reason)
  if (invalid !== undefined) return Result.fail(invalid)
  const number = plan.lifecycle.amendments.length + 1
  return Result.succeed({
    ...plan,
    lifecycle: { ...plan.lifecycle, status: "draft", amendments: [...plan.lifecycle.amendments, { number, reason: input.reason }] }
  })
}

/**
 * Ends a plan's validity on a day (not before it came into force).
 *
 * @category lifecycle
 * @since 0.1.0
 */
export const expire = (plan: Plan, input: { readonly on: IsoDate }, ctx: OperationContext): Result.Result<Plan, DomainError> => {
  const denied = authorizeOperation(plan, ctx, { kind: "expire" })
  if (denied !== undefined) return Result.fail(denied)
  if (plan.lifecycle.status !== "inForce" && plan.lifecycle.status !== "amended") return Result.fail(wrongState("expire", plan, ["inForce", "amended"]))
  const invalid = checkDate("on", input.on)
  if (invalid !== undefined) return Result.fail(invalid)
  const from = plan.lifecycle.inForceFrom
  if (from !== undefined && input.on < from) {
    return Result.fail(datesOutOfOrder({ cs: "Konec platnosti", en: "The end of validity" }, input.on, { cs: "začátek účinnosti", en: "coming into force" }, from))
  }
  return Result.succeed({ ...plan, lifecycle: { ...plan.lifecycle, status: "expired", validUntil: input.on } })
}

/**
 * The last day of a plan's validity: the day set in its lifecycle (when it expired), otherwise the last
 * day of its period.
 *
 * @category lifecycle
 * @since 0.1.0
 */
export const validityEnd = (plan: Plan): IsoDate => plan.lifecycle.validUntil ?? (`${plan.period.to}-12-31` as IsoDate)

/**
 * What {@link extendValidity} takes: the new last year of the period, the assembly's approval of the
 * extension, and the reason recorded with the amendment (a Czech default names the new end).
 *
 * @category models
 * @since 0.1.0
 */
export interface ExtensionInput {
  readonly to: number
  readonly approval: ApprovalInput
  readonly reason?: string
}

const extensionName = { cs: "Prodloužení platnosti plánu", en: "An extension of the plan's validity" }
const theApproval = { cs: "Schválení prodloužení", en: "The approval of the extension" }

/** The input's own problems (none of them depends on the plan's state beyond its period and approvals). */
const extensionInputError = (plan: Plan, input: ExtensionInput, ctx: OperationContext): DomainError | undefined => {
  const a = input.approval as Partial<ApprovalInput> | undefined
  if (a === undefined || a.body === undefined || a.resolution === undefined || a.date === undefined) {
    return domainError("invalidValue", {
      field: "approval", found: "—",
      expected: { cs: "schválení zastupitelstvem (orgán, číslo usnesení, datum)", en: "the assembly's approval (body, resolution number, date)" }
    })
  }
  // Never shorter: the period ends later, and so does the validity (which an earlier decision may have set apart).
  const to = input.to
  const until = validityEnd(plan)
  if (!Number.isInteger(to) || to <= plan.period.to || `${to}-12-31` <= until || to > 2100) {
    const end = dateParam(until)
    return domainError("invalidValue", {
      field: "to", found: String(to),
      expected: {
        cs: `rok, kterým skončí období i platnost později než dosud (období do roku ${plan.period.to}, platnost do ${end.cs}), nejvýše 2100`,
        en: `a year that ends the period and the validity later than now (the period ends in ${plan.period.to}, the validity on ${end.en}), at most 2100`
      }
    })
  }
  const invalid = firstError(checkApproval("approval.", a), checkText("reason", input.reason), unknownDecision(plan, a.decisionId))
  if (invalid !== undefined) return invalid
  if (a.date > ctx.today) return notAfterToday(theApproval, a.date, ctx.today)
  // Not before the approval it extends: the plan's, or its latest amendment's.
  const approvals = [plan.lifecycle.approval, ...plan.lifecycle.amendments.map((x) => x.approval)].filter((x) => x !== undefined)
  const latest = approvals.reduce<Approval | undefined>((m, x) => (m === undefined || x.date > m.date ? x : m), undefined)
  if (latest !== undefined && a.date < latest.date) {
    return datesOutOfOrder(theApproval, a.date, { cs: `schválení plánu usnesením ${latest.resolution}`, en: `the plan's approval by resolution ${latest.resolution}` }, latest.date)
  }
  return undefined
}

/**
 * Extends the validity of an adopted plan (prodloužení platnosti): the assembly resolves to move the end
 * of the plan period to a later year (2017–2019 → 2017–2020). Returns the **new version**: the period
 * ends in `to`, the extension is recorded as an amendment with its number, reason, approval (body,
 * resolution, date) and the old and new end, and the plan is `amended` (an approved plan not yet in
 * force stays `approved`). A validity end set in the lifecycle moves to the new end of the period.
 * The adopted version is not touched.
 *
 * Money and action plans: nothing is invented for the added years. The funding lines, indicators
 * (their targets keep their years) and action plans stay as adopted; the added years get their money
 * and activities through the annual action plan (`KPSS-SCHED-008` asks for it when the year comes) and
 * a change of the strategy through an amendment (`amend`).
 *
 * Refused (the plan unchanged): for anyone but the coordinator (the policy's `amend`), in a state other
 * than approved, in force or amended, without the approval, with a new end not after the current one
 * (or after 2100), an unknown decision, an approval in the future or before the approval it extends.
 *
 * @category lifecycle
 * @since 0.1.0
 */
export const extendValidity = (plan: Plan, input: ExtensionInput, ctx: OperationContext): Result.Result<Plan, DomainError> => {
  const denied = authorizeOperation(plan, ctx, { kind: "amend" })
  if (denied !== undefined) return Result.fail(denied)
  const allowed: ReadonlyArray<LifecycleStatus> = ["approved", "inForce", "amended"]
  if (!allowed.includes(plan.lifecycle.status)) return Result.fail(wrongState("extendValidity", plan, allowed))
  const error = extensionInputError(plan, input, ctx)
  if (error !== undefined) return Result.fail(error)
  const { body, resolution, date, decisionId } = input.approval
  const to = input.to as Year
  const approval: Approval = { body, resolution, date, kind: "approved", ...(decisionId === undefined ? {} : { decisionId }) }
  const amendment: Amendment = {
    number: plan.lifecycle.amendments.length + 1,
    reason: input.reason ?? `${extensionName.cs} do roku ${to}`,
    approval,
    extension: { previousTo: plan.period.to, to }
  }
  return Result.succeed({
    ...plan,
    period: { ...plan.period, to },
    lifecycle: {
      ...plan.lifecycle,
      status: plan.lifecycle.status === "approved" ? "approved" : "amended",
      ...(plan.lifecycle.validUntil === undefined ? {} : { validUntil: `${to}-12-31` as IsoDate }),
      amendments: [...plan.lifecycle.amendments, amendment]
    }
  })
}

/**
 * The latest fulfilment of each activity in the plan's monitoring reports.
 *
 * @category lifecycle
 * @since 0.1.0
 */
export const latestFulfilment = (plan: Plan): ReadonlyMap<string, Fulfilment> => {
  const out = new Map<string, { year: number; fulfilment: Fulfilment }>()
  for (const report of plan.monitoringReports) {
    for (const a of report.activities) {
      const seen = out.get(a.activityId)
      if (seen === undefined || seen.year <= report.year) out.set(a.activityId, { year: report.year, fulfilment: a.fulfilment })
    }
  }
  return new Map([...out].map(([id, v]) => [id, v.fulfilment]))
}

const finished: ReadonlySet<Fulfilment> = new Set(["fulfilled", "cancelled"])

/**
 * The next edition's identity.
 *
 * @category models
 * @since 0.1.0
 */
export interface NextEditionInput {
  readonly id: PlanId
  readonly title: string
  readonly period: PlanPeriod
}

/**
 * Derives the next edition from an adopted plan: a new draft with the next edition number, the same
 * territory, partners, bodies, target groups, funding sources and registered resources, the
 * unfinished activities carried over (with the priorities, goals and measures above them; each
 * remembers its id in the old plan) and the evaluation of the old plan (how each of its activities
 * ended). Phases, decisions, analyses of needs and SWOT, money, comments and the schedule start afresh.
 *
 * @category lifecycle
 * @since 0.1.0
 */
export const deriveNextEdition = (plan: Plan, input: NextEditionInput, ctx: OperationContext): Result.Result<Plan, DomainError> => {
  const denied = authorizeOperation(plan, ctx, { kind: "deriveNextEdition" })
  if (denied !== undefined) return Result.fail(denied)
  if (!isAdopted(plan) || plan.lifecycle.status === "approved") {
    return Result.fail(wrongState("deriveNextEdition", plan, ["inForce", "amended", "expired"]))
  }
  const period = input.period as Partial<PlanPeriod> | undefined
  const invalid = firstError(
    checkId("id", input.id),
    checkName("title", input.title),
    checkCalendarYear("period.from", period?.from),
    checkCalendarYear("period.to", period?.to)
  )
  if (invalid !== undefined) return Result.fail(invalid)
  if (input.period.to < input.period.from) {
    return Result.fail(domainError("datesOutOfOrder", {
      later: { cs: "Konec období", en: "The end of the period" }, laterDate: String(input.period.to),
      earlier: { cs: "jeho začátek", en: "its start" }, earlierDate: String(input.period.from)
    }))
  }
  if (input.id === plan.id) return Result.fail(domainError("duplicateId", { kind: { cs: "Plán", en: "Plan" }, id: input.id }, { ids: [input.id] }))
  const fulfilment = latestFulfilment(plan)
  const byId = new Map(plan.strategy.items.map((i) => [i.id, i]))
  const carried = new Set<string>()
  const activities = plan.strategy.items.filter((i) => i.level === "activity" && i.status === "active")
  for (const a of activities) {
    const f = fulfilment.get(a.id)
    if (f !== undefined && finished.has(f)) continue
    for (let item: StrategyItem | undefined = a; item !== undefined && !carried.has(item.id); item = item.parentId === undefined ? undefined : byId.get(item.parentId)) {
      carried.add(item.id)
    }
  }
  const items: Array<StrategyItem> = plan.strategy.items
    .filter((i) => carried.has(i.id))
    .map(({ needIds: _n, swotItemIds: _s, retired: _r, ...i }) => ({ ...i, needIds: [], swotItemIds: [], status: "active" as const, carriedOverFrom: i.id as StrategyItemId }))
  const lastReport = [...plan.monitoringReports].sort((a, b) => b.year - a.year)[0]
  return Result.succeed({
    id: input.id,
    title: input.title,
    territory: plan.territory,
    edition: plan.edition + 1,
    period: input.period,
    previousPlanId: plan.id,
    previousEvaluation: {
      planId: plan.id,
      edition: plan.edition,
      ...(lastReport?.summary === undefined ? {} : { summary: lastReport.summary }),
      activities: activities.map((a) => {
        const f = fulfilment.get(a.id)
        return { code: a.code, title: a.title, ...(f === undefined ? {} : { fulfilment: f }), carriedOver: carried.has(a.id) }
      })
    },
    statutory: plan.statutory,
    phases: [],
    lifecycle: { status: "draft", amendments: [] },
    targetGroups: plan.targetGroups,
    actors: plan.actors,
    bodies: plan.bodies.map((b) => ({ ...b, priorityIds: b.priorityIds.filter((id) => carried.has(id)) })),
    meetings: [],
    decisions: [],
    analyses: { demography: [], needs: [], resources: plan.analyses.resources, swot: [] },
    strategy: {
      ...(plan.strategy.mission === undefined ? {} : { mission: plan.strategy.mission }),
      ...(plan.strategy.vision === undefined ? {} : { vision: plan.strategy.vision }),
      values: plan.strategy.values,
      levelNames: plan.strategy.levelNames,
      items
    },
    funding: { sources: plan.funding.sources, lines: [] },
    indicators: plan.indicators.filter((i) => carried.has(i.itemId)).map((i) => ({ ...i, actuals: [] })),
    actionPlans: [],
    monitoringReports: [],
    consultation: { periods: [], comments: [] },
    schedule: []
  })
}
