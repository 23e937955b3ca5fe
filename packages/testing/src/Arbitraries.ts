/**
 * fast-check arbitraries of plans and their pieces. {@link arbitraryPlan} generates **valid** plans:
 * ids unique per kind, every reference pointing at an entity that exists, the strategy tree priority →
 * goal → measure → activity, funding lines on activities only with one line per (activity, year, source),
 * years within the plan period, dates that exist, money as safe non-negative integers — every value
 * decodes with `decodePlanDocument(encodePlanDocument(plan))`.
 *
 * It is built so that shrinking works: one `fc.record` of plain drafts, mapped once. Entity ids follow
 * from positions (`actor-3`), and references are drawn as natural numbers resolved against the ids that
 * exist (`n mod count`), so removing an entity or shrinking a number never breaks a reference — a failing
 * property shrinks to a small plan. Entities that need a reference of a kind the plan lacks (a meeting
 * without any body) are left out.
 *
 * The pieces (dates, money, names, actors, bodies, the strategy tree, funding lines, …) are exported too,
 * for tests that build a plan breaking exactly one rule. Those that refer to other entities take the ids
 * they may refer to ({@link IdPools}).
 *
 * @since 0.1.0
 */
import {
  isId,
  phases as allPhases,
  type Actor,
  type ActionPlanId,
  type ActorId,
  type Body,
  type BodyId,
  type CommentId,
  type CommentPeriodId,
  type Decision,
  type DecisionId,
  type DecisionRule,
  type FundingLine,
  type FundingSourceId,
  type Indicator,
  type IndicatorId,
  type IsoDate,
  type Meeting,
  type MeetingId,
  type MilestoneId,
  type Money,
  type MonitoringReportId,
  type NeedId,
  type Plan,
  type PlanId,
  type PlanPeriod,
  type ResourceId,
  type StrategyItem,
  type StrategyItemId,
  type StrategyLevel,
  type SwotItemId,
  type TargetGroupId,
  type Territory,
  type Year
} from "@kpss/core"
import * as fc from "fast-check"

/** `fc.record` with ordinary objects only: a plan never holds objects without a prototype. */
const record = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> =>
  fc.record(model, { noNullPrototype: true }) as fc.Arbitrary<T>

// ---------------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------------

const dayMs = 24 * 60 * 60 * 1000
const dayNumber = (year: number, month = 1, day = 1): number => Date.UTC(year, month - 1, day) / dayMs
const dateOfDay = (day: number): IsoDate => new Date(day * dayMs).toISOString().slice(0, 10) as IsoDate

/**
 * An ISO calendar date that exists, between two years (both included; default 1990–2100). It shrinks
 * towards the first of January of `from`.
 *
 * @category values
 * @since 0.1.0
 */
export const arbitraryIsoDate = (options: { readonly from?: number; readonly to?: number } = {}): fc.Arbitrary<IsoDate> =>
  fc.integer({ min: dayNumber(options.from ?? 1990), max: dayNumber((options.to ?? 2100) + 1) - 1 }).map(dateOfDay)

/**
 * A year of a plan, 1990–2100 (or a narrower range).
 *
 * @category values
 * @since 0.1.0
 */
export const arbitraryYear = (options: { readonly from?: number; readonly to?: number } = {}): fc.Arbitrary<Year> =>
  fc.integer({ min: options.from ?? 1990, max: options.to ?? 2100 }) as fc.Arbitrary<Year>

/**
 * An amount of money: a safe non-negative integer of crowns, mostly of a realistic size (up to 50
 * million) and sometimes anywhere up to `Number.MAX_SAFE_INTEGER`. It shrinks towards 0.
 *
 * @category values
 * @since 0.1.0
 */
export const arbitraryMoney = (): fc.Arbitrary<Money> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 50_000_000 }) },
    { weight: 1, arbitrary: fc.maxSafeNat() }
  ) as fc.Arbitrary<Money>

const words = [
  "Senioři", "rodiny", "s", "dětmi", "Domov", "pro", "osoby", "se", "zdravotním", "postižením", "Azylový", "dům",
  "Terénní", "služby", "Pečovatelská", "služba", "Sociální", "rehabilitace", "Odborné", "sociální", "poradenství",
  "Nízkoprahové", "zařízení", "mládež", "Chráněné", "bydlení", "Denní", "stacionář", "Krizová", "pomoc", "Žďár",
  "nad", "Sázavou", "Kutná", "Hora", "Ústí", "Červený", "Kostelec", "Třebíč", "Říčany", "Šumperk", "a", "v", "kraji",
  "podpora", "síť", "dostupnost", "kvalita", "financování", "dobrovolníci", "„pilotní“", "projekt", "č.", "2", "—"
]

const isNameText = (s: string): boolean => s.length > 0 && s.length <= 500 && s.trim().length > 0
// Ids allow anything but control characters; names and texts allow them, JSON escapes them.
const isIdText = isId

/**
 * A name: non-empty, at most 500 characters, not only spaces. Mostly Czech words (with diacritics and
 * typographic quotes), sometimes any Unicode text.
 *
 * @category values
 * @since 0.1.0
 */
export const arbitraryName = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }).map((w) => w.join(" ")) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }).filter(isNameText) }
  )

/**
 * A text (prose, possibly empty, possibly several lines), at most a few hundred characters.
 *
 * @category values
 * @since 0.1.0
 */
export const arbitraryText = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.array(fc.constantFrom(...words, "\n"), { maxLength: 30 }).map((w) => w.join(" ")) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) }
  )

const idTag = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constant("") },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }).filter((s) => s.length <= 100 && isIdText(s)) }
  )

/**
 * An id: usually `prefix-n`, sometimes with any Unicode text after it (ids are opaque strings of 1–200
 * characters without control characters).
 *
 * @category values
 * @since 0.1.0
 */
export const arbitraryId = (prefix = "id"): fc.Arbitrary<string> =>
  fc.tuple(fc.nat({ max: 9999 }), idTag()).map(([n, tag]) => entityId(prefix, n, tag))

// `prefix-<digits>` or `prefix-<digits>-<tag>`: the digits end at the first "-", so distinct numbers
// give distinct ids whatever the tags.
const entityId = (prefix: string, n: number, tag: string): string => (tag === "" ? `${prefix}-${n}` : `${prefix}-${n}-${tag}`)

/**
 * A share greater than 0 and at most 1, in hundredths.
 *
 * @category values
 * @since 0.1.0
 */
export const arbitraryFraction = (): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: 1, max: 100 }).map((k) => k / 100), fc.constantFrom(1 / 2, 2 / 3, 3 / 5, 3 / 4))

/**
 * A finite number as indicators carry: whole numbers, decimals, and any finite double (never -0, which
 * JSON cannot carry).
 *
 * @category values
 * @since 0.1.0
 */
export const arbitraryIndicatorValue = (): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
    { weight: 2, arbitrary: fc.integer({ min: -10_000, max: 1_000_000 }).map((n) => n / 100) },
    { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x + 0) }
  )

/**
 * The period of a plan: 1–6 years starting 2000–2040.
 *
 * @category values
 * @since 0.1.0
 */
export const arbitraryPeriod = (): fc.Arbitrary<PlanPeriod> =>
  record({ from: fc.integer({ min: 2000, max: 2040 }), years: fc.integer({ min: 1, max: 6 }) })
    .map(({ from, years }) => ({ from: from as Year, to: (from + years - 1) as Year }))

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max })

/**
 * A territory with official codes.
 *
 * @category values
 * @since 0.1.0
 */
export const arbitraryTerritory = (): fc.Arbitrary<Territory> =>
  record({
    level: fc.constantFrom("municipality", "orp", "microregion", "region"),
    name: arbitraryName(),
    code: digits(1, 12),
    regionCode: fc.option(digits(4, 4), { nil: undefined }),
    municipalityCodes: fc.option(fc.array(digits(6, 6), { maxLength: 5 }), { nil: undefined })
  }).map(defined)

const ruleFields = {
  method: fc.constantFrom("consensus", "consent", "unanimity", "simpleMajority", "qualifiedMajority", "triadMajority"),
  quorum: arbitraryFraction(),
  chamberQuorum: fc.option(arbitraryFraction(), { nil: undefined }),
  threshold: fc.option(arbitraryFraction(), { nil: undefined }),
  abstentionsCount: fc.boolean()
} as const

/**
 * A declared decision rule, sometimes with a fallback rule.
 *
 * @category values
 * @since 0.1.0
 */
export const arbitraryDecisionRule = (): fc.Arbitrary<DecisionRule> =>
  record({ ...ruleFields, fallback: fc.option(record(ruleFields).map(defined), { nil: undefined }) }).map(defined)

// ---------------------------------------------------------------------------------------------------
// References
// ---------------------------------------------------------------------------------------------------

/**
 * The ids a piece may refer to, and the plan period its years and dates fall in. Empty lists mean
 * "refer to nothing of that kind".
 *
 * @category models
 * @since 0.1.0
 */
export interface IdPools {
  readonly period: PlanPeriod
  readonly actors: ReadonlyArray<ActorId>
  readonly bodies: ReadonlyArray<BodyId>
  readonly meetings: ReadonlyArray<MeetingId>
  readonly decisions: ReadonlyArray<DecisionId>
  readonly targetGroups: ReadonlyArray<TargetGroupId>
  readonly needs: ReadonlyArray<NeedId>
  readonly swotItems: ReadonlyArray<SwotItemId>
  readonly priorities: ReadonlyArray<StrategyItemId>
  readonly measures: ReadonlyArray<StrategyItemId>
  readonly activities: ReadonlyArray<StrategyItemId>
  readonly items: ReadonlyArray<StrategyItemId>
  readonly sources: ReadonlyArray<FundingSourceId>
  readonly indicators: ReadonlyArray<IndicatorId>
  readonly periods: ReadonlyArray<CommentPeriodId>
  readonly milestones: ReadonlyArray<MilestoneId>
  /** Ids of any kind (what a decision may concern). */
  readonly any: ReadonlyArray<string>
}

/**
 * Pools with nothing to refer to, in the period 2020–2022.
 *
 * @category constructors
 * @since 0.1.0
 */
export const emptyIdPools: IdPools = {
  period: { from: 2020 as Year, to: 2022 as Year },
  actors: [], bodies: [], meetings: [], decisions: [], targetGroups: [], needs: [], swotItems: [], priorities: [],
  measures: [], activities: [], items: [], sources: [], indicators: [], periods: [], milestones: [], any: []
}

type Draft<A> = (pools: IdPools, id: string) => A
type Undefinable<A> = { [K in keyof A]: A[K] | undefined }

/** Drops keys whose value is `undefined`: optional keys of the model are absent, never undefined. */
function defined<A extends object>(o: Undefinable<A>): A
function defined(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k in o) if (o[k] !== undefined) out[k] = o[k]
  return out
}

const pick = <A>(pool: ReadonlyArray<A>, n: number | undefined): A | undefined =>
  n === undefined || pool.length === 0 ? undefined : pool[n % pool.length]

const pickMany = <A>(pool: ReadonlyArray<A>, ns: ReadonlyArray<number>): Array<A> => {
  if (pool.length === 0) return []
  const out = new Set<A>()
  for (const n of ns) out.add(pool[n % pool.length]!)
  return [...out]
}

const ref = () => fc.nat()
const optionalRef = () => fc.option(fc.nat(), { nil: undefined, freq: 2 })
const refs = (maxLength = 3) => fc.array(fc.nat(), { maxLength })
const maybe = <A>(arb: fc.Arbitrary<A>) => fc.option(arb, { nil: undefined })
/** A value once in `n` draws, otherwise `undefined` (`fc.option`'s `freq` is the other way round: nil once in `freq`). */
const rarely = <A>(arb: fc.Arbitrary<A>, n: number) =>
  fc.oneof({ weight: n - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb })

/** A date around the plan period (from a year before it to a year after it), drawn as a day number. */
const dateIn = (period: PlanPeriod, n: number): IsoDate => {
  const first = dayNumber(period.from - 1)
  return dateOfDay(first + (n % (dayNumber(period.to + 2) - first)))
}
const optionalDate = (period: PlanPeriod, n: number | undefined) => (n === undefined ? undefined : dateIn(period, n))
const yearIn = (period: PlanPeriod, n: number): Year => (period.from + (n % (period.to - period.from + 1))) as Year
const dateRef = () => fc.nat()
const optionalDateRef = () => maybe(fc.nat())
/** Two dates in order. */
const orderedDates = (period: PlanPeriod, a: number, b: number): [IsoDate, IsoDate] => {
  const x = dateIn(period, a), y = dateIn(period, b)
  return x <= y ? [x, y] : [y, x]
}

const fromDraft = <A>(prefix: string, draft: fc.Arbitrary<Draft<A>>, pools: Partial<IdPools>): fc.Arbitrary<A> => {
  const all = { ...emptyIdPools, ...pools }
  return fc.tuple(arbitraryId(prefix), draft).map(([id, d]) => d(all, id))
}

// ---------------------------------------------------------------------------------------------------
// Entities (drafts: the random choices; resolved against the ids of the plan)
// ---------------------------------------------------------------------------------------------------

const contact = record({
  kind: fc.constantFrom("email", "phone", "address", "web"),
  value: arbitraryName(),
  visibility: fc.constantFrom("public", "private")
})

const actorDraft: fc.Arbitrary<Draft<Actor>> = record({
  kind: fc.constantFrom("organisation", "person"),
  name: arbitraryName(),
  triadRole: fc.constantFrom("user", "provider", "commissioner", "public"),
  sector: fc.constantFrom("publicAdministration", "socialServices", "health", "housing", "employment", "education", "other"),
  ico: maybe(digits(8, 8)),
  represents: optionalRef(),
  memberOf: optionalRef(),
  contacts: fc.array(contact, { maxLength: 2 }),
  active: fc.boolean()
}).map((a) => (p, id) => defined<Actor>({
  ...a,
  id: id as ActorId,
  represents: pick(p.actors, a.represents),
  memberOf: pick(p.actors, a.memberOf)
}))

/**
 * An actor, whose `represents` and `memberOf` point at the given actors.
 *
 * @category entities
 * @since 0.1.0
 */
export const arbitraryActor = (pools: Partial<IdPools> = {}): fc.Arbitrary<Actor> => fromDraft("actor", actorDraft, pools)

const bodyDraft: fc.Arbitrary<Draft<Body>> = record({
  kind: fc.constantFrom("coalition", "steeringGroup", "workingGroup", "managementTeam", "other"),
  name: arbitraryName(),
  open: fc.boolean(),
  members: fc.array(record({
    actor: ref(),
    role: fc.constantFrom("member", "leader", "facilitator", "externalExpert", "coordinator"),
    from: optionalDateRef(),
    until: optionalDateRef()
  }), { maxLength: 5 }),
  decisionRule: arbitraryDecisionRule(),
  rulesOfProcedure: maybe(record({ adoptedOn: dateRef(), reference: maybe(arbitraryName()), summary: maybe(arbitraryText()) })),
  composition: maybe(record({
    administration: fc.integer({ min: 0, max: 100 }),
    users: fc.integer({ min: 0, max: 100 }),
    providers: fc.integer({ min: 0, max: 100 }),
    selection: fc.constantFrom("elected", "appointed")
  })),
  targetGroups: refs(),
  priorities: refs(2)
}).map((b) => (p, id) => {
  const members = p.actors.length === 0 ? [] : b.members.map((m) => {
    const [from, until] = m.from !== undefined && m.until !== undefined
      ? orderedDates(p.period, m.from, m.until)
      : [optionalDate(p.period, m.from), optionalDate(p.period, m.until)]
    return defined<Body["members"][number]>({ actorId: pick(p.actors, m.actor)!, role: m.role, from, until })
  })
  return defined<Body>({
    id: id as BodyId,
    kind: b.kind,
    name: b.name,
    open: b.open,
    members,
    decisionRule: b.decisionRule,
    rulesOfProcedure: b.rulesOfProcedure === undefined ? undefined : defined<NonNullable<Body["rulesOfProcedure"]>>({
      adoptedOn: dateIn(p.period, b.rulesOfProcedure.adoptedOn),
      reference: b.rulesOfProcedure.reference,
      summary: b.rulesOfProcedure.summary
    }),
    composition: b.composition,
    targetGroupIds: pickMany(p.targetGroups, b.targetGroups),
    priorityIds: pickMany(p.priorities, b.priorities)
  })
})

/**
 * A body whose members, target groups and priorities are drawn from the given ids.
 *
 * @category entities
 * @since 0.1.0
 */
export const arbitraryBody = (pools: Partial<IdPools> = {}): fc.Arbitrary<Body> => fromDraft("body", bodyDraft, pools)

const meetingDraft: fc.Arbitrary<Draft<Meeting>> = record({
  body: ref(),
  date: dateRef(),
  place: maybe(arbitraryName()),
  agenda: fc.array(arbitraryName(), { maxLength: 4 }),
  agendaSentDaysBefore: maybe(fc.integer({ min: 0, max: 21 })),
  facilitator: optionalRef(),
  decisionMethodDeclared: fc.boolean(),
  attendance: refs(6),
  minutes: maybe(record({ takenBy: ref(), publishedDaysAfter: maybe(fc.integer({ min: 0, max: 60 })), reference: maybe(arbitraryName()) }))
}).map((m) => (p, id) => {
  const date = dateIn(p.period, m.date)
  const shift = (days: number) => dateOfDay(dayNumber(+date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10)) + days)
  return defined<Meeting>({
    id: id as MeetingId,
    bodyId: pick(p.bodies, m.body)!,
    date,
    place: m.place,
    agenda: m.agenda,
    agendaSentOn: m.agendaSentDaysBefore === undefined ? undefined : shift(-m.agendaSentDaysBefore),
    facilitatorId: pick(p.actors, m.facilitator),
    decisionMethodDeclaredOn: m.decisionMethodDeclared ? date : undefined,
    attendance: pickMany(p.actors, m.attendance),
    minutes: m.minutes === undefined || p.actors.length === 0 ? undefined : defined<NonNullable<Meeting["minutes"]>>({
      takenBy: pick(p.actors, m.minutes.takenBy)!,
      publishedOn: m.minutes.publishedDaysAfter === undefined ? undefined : shift(m.minutes.publishedDaysAfter),
      reference: m.minutes.reference
    })
  })
})

/**
 * A meeting of one of the given bodies (there must be at least one).
 *
 * @category entities
 * @since 0.1.0
 */
export const arbitraryMeeting = (pools: Partial<IdPools> & { readonly bodies: ReadonlyArray<BodyId> }): fc.Arbitrary<Meeting> =>
  fromDraft("meeting", meetingDraft, nonEmpty(pools, "bodies"))

const nonEmpty = <P extends Partial<IdPools>>(pools: P, key: keyof IdPools): P => {
  const pool = pools[key]
  if (!Array.isArray(pool) || pool.length === 0) throw new TypeError(`the pool "${key}" must not be empty`)
  return pools
}

const lifecycleStatus = fc.constantFrom("draft", "commentPeriod", "settlement", "approved", "inForce", "amended", "expired")

const decisionDraft: fc.Arbitrary<Draft<Decision>> = record({
  body: ref(),
  meeting: optionalRef(),
  date: dateRef(),
  subject: fc.constantFrom(
    "rulesOfProcedure", "steeringStructure", "visionAccepted", "prioritiesAgreed", "strategyAgreed", "versionApproved",
    "settlementApproved", "actionPlanApproved", "monitoringReportApproved", "amendment", "other"
  ),
  text: arbitraryText(),
  rule: arbitraryDecisionRule(),
  votes: fc.array(record({ actor: ref(), choice: fc.constantFrom("yes", "no", "abstain", "block", "objection"), reason: maybe(arbitraryText()) }), { maxLength: 5 }),
  recusals: fc.array(record({ actor: ref(), reason: arbitraryText() }), { maxLength: 1 }),
  outcome: fc.constantFrom("passed", "failed", "noQuorum", "open"),
  closed: fc.boolean(),
  concerns: refs(3),
  lifecycleStatus: maybe(lifecycleStatus)
}).map((d) => (p, id) => {
  const byActor = <A extends { readonly actor: number }>(list: ReadonlyArray<A>) => {
    const seen = new Set<ActorId>()
    const out: Array<A & { actorId: ActorId }> = []
    if (p.actors.length > 0) {
      for (const x of list) {
        const actorId = pick(p.actors, x.actor)!
        if (!seen.has(actorId)) seen.add(actorId), out.push({ ...x, actorId })
      }
    }
    return out
  }
  const date = dateIn(p.period, d.date)
  return defined<Decision>({
    id: id as DecisionId,
    bodyId: pick(p.bodies, d.body)!,
    meetingId: pick(p.meetings, d.meeting),
    date,
    subject: d.subject,
    text: d.text,
    rule: d.rule,
    votes: byActor(d.votes).map((v) => defined<Decision["votes"][number]>({ actorId: v.actorId, choice: v.choice, reason: v.reason })),
    recusals: byActor(d.recusals).map((r) => ({ actorId: r.actorId, reason: r.reason })),
    outcome: d.outcome,
    closedOn: d.closed && d.outcome !== "open" ? date : undefined,
    concerns: pickMany(p.any, d.concerns),
    lifecycleStatus: d.lifecycleStatus
  })
})

/**
 * A decision of one of the given bodies (there must be at least one).
 *
 * @category entities
 * @since 0.1.0
 */
export const arbitraryDecision = (pools: Partial<IdPools> & { readonly bodies: ReadonlyArray<BodyId> }): fc.Arbitrary<Decision> =>
  fromDraft("decision", decisionDraft, nonEmpty(pools, "bodies"))

const serviceTypes = fc.array(fc.constantFrom("37", "38", "39", "40", "43", "44", "45", "46", "48", "50", "57", "60", "62", "65", "66", "69", "70"), { maxLength: 3 })
  .map((s) => [...new Set(s)])

/** One strategy item's own choices (everything but its id, level and parent). */
const itemChoices = record({
  tag: idTag(),
  title: arbitraryName(),
  description: maybe(arbitraryText()),
  responsible: optionalRef(),
  partners: refs(2),
  body: optionalRef(),
  targetGroups: refs(2),
  serviceTypes,
  needs: refs(2),
  swot: refs(2),
  start: optionalDateRef(),
  deadline: optionalDateRef(),
  retired: rarely(record({ reason: arbitraryText(), on: dateRef() }), 8),
  carriedOverFrom: rarely(arbitraryId("previous"), 6)
})
type ItemChoices = typeof itemChoices extends fc.Arbitrary<infer A> ? A : never

const levelPrefix: Record<StrategyLevel, string> = { priority: "priority", goal: "goal", measure: "measure", activity: "activity" }

/** The skeleton of the tree: which items exist at which level and under which parent. */
interface TreeSkeleton {
  readonly priorities: ReadonlyArray<ItemChoices>
  readonly goals: ReadonlyArray<ItemChoices & { readonly parent: number }>
  readonly measures: ReadonlyArray<ItemChoices & { readonly parent: number }>
  readonly activities: ReadonlyArray<ItemChoices & { readonly parent: number }>
}

const treeSkeleton = (options: { readonly minActivities: number; readonly maxActivities: number }): fc.Arbitrary<TreeSkeleton> => {
  // A tree with room for activities has at least one item per level above them.
  const upper = options.maxActivities > 0 ? 1 : 0
  const child = record({ parent: fc.nat(), choices: itemChoices }).map(({ parent, choices }) => ({ ...choices, parent }))
  return record({
    priorities: fc.array(itemChoices, { minLength: upper, maxLength: 4 }),
    goals: fc.array(child, { minLength: upper, maxLength: 6 }),
    measures: fc.array(child, { minLength: upper, maxLength: 10 }),
    // The whole range, not fast-check's default small sizes: callers ask for up to ~50 activities.
    activities: fc.array(child, { minLength: options.minActivities, maxLength: options.maxActivities, size: "max" })
  })
}

interface TreeNode { readonly id: StrategyItemId; readonly level: StrategyLevel; readonly choices: ItemChoices; readonly children: Array<TreeNode> }

/** Lays out the skeleton as nodes with ids; items whose level above is empty are left out. */
const layoutTree = (s: TreeSkeleton): { roots: ReadonlyArray<TreeNode>; byLevel: Record<StrategyLevel, ReadonlyArray<TreeNode>> } => {
  const make = (level: StrategyLevel, choices: ItemChoices, i: number): TreeNode =>
    ({ id: entityId(levelPrefix[level], i + 1, choices.tag) as StrategyItemId, level, choices, children: [] })
  const roots = s.priorities.map((c, i) => make("priority", c, i))
  const under = (parents: ReadonlyArray<TreeNode>, level: StrategyLevel, list: TreeSkeleton["goals"]) =>
    parents.length === 0 ? [] : list.map((c, i) => {
      const node = make(level, c, i)
      parents[c.parent % parents.length]!.children.push(node)
      return node
    })
  const goals = under(roots, "goal", s.goals)
  const measures = under(goals, "measure", s.measures)
  const activities = under(measures, "activity", s.activities)
  return { roots, byLevel: { priority: roots, goal: goals, measure: measures, activity: activities } }
}

/** The items depth first, each with a code people cite ("2.1.3") and its references resolved. */
const resolveTree = (roots: ReadonlyArray<TreeNode>, p: IdPools): Array<StrategyItem> => {
  const out: Array<StrategyItem> = []
  const visit = (node: TreeNode, parentId: StrategyItemId | undefined, code: string) => {
    const c = node.choices
    const [startOn, deadline] = c.start !== undefined && c.deadline !== undefined
      ? orderedDates(p.period, c.start, c.deadline)
      : [optionalDate(p.period, c.start), optionalDate(p.period, c.deadline)]
    out.push(defined<StrategyItem>({
      id: node.id,
      level: node.level,
      parentId,
      code,
      title: c.title,
      description: c.description,
      // Every activity has a responsible party (seed 001) when there is anyone to be responsible.
      responsibleId: pick(p.actors, node.level === "activity" ? (c.responsible ?? 0) : c.responsible),
      partnerIds: pickMany(p.actors, c.partners),
      bodyId: pick(p.bodies, c.body),
      targetGroupIds: pickMany(p.targetGroups, c.targetGroups),
      serviceTypes: c.serviceTypes,
      needIds: pickMany(p.needs, c.needs),
      swotItemIds: pickMany(p.swotItems, c.swot),
      startOn,
      deadline,
      status: c.retired === undefined ? "active" : "retired",
      retired: c.retired === undefined ? undefined : { reason: c.retired.reason, on: dateIn(p.period, c.retired.on) },
      carriedOverFrom: c.carriedOverFrom as StrategyItemId | undefined
    }))
    node.children.forEach((child, i) => visit(child, node.id, `${code}.${i + 1}`))
  }
  roots.forEach((root, i) => visit(root, undefined, `${i + 1}`))
  return out
}

/**
 * A strategy tree (priority → goal → measure → activity), depth first, with between `minActivities`
 * and `maxActivities` activities (default 0–20); its items refer to the given actors, bodies, target
 * groups, needs and SWOT items.
 *
 * @category entities
 * @since 0.1.0
 */
export const arbitraryStrategyItems = (
  options: { readonly minActivities?: number; readonly maxActivities?: number } & Partial<IdPools> = {}
): fc.Arbitrary<ReadonlyArray<StrategyItem>> => {
  const pools = { ...emptyIdPools, ...options }
  return treeSkeleton({ minActivities: options.minActivities ?? 0, maxActivities: options.maxActivities ?? 20 })
    .map((s) => resolveTree(layoutTree(s).roots, pools))
}

const fundingLineDraft = record({
  activity: ref(),
  year: fc.nat(),
  source: ref(),
  planned: arbitraryMoney(),
  secured: arbitraryMoney(),
  spent: arbitraryMoney()
})
type FundingLineDraft = typeof fundingLineDraft extends fc.Arbitrary<infer A> ? A : never

const resolveFundingLines = (drafts: ReadonlyArray<FundingLineDraft>, p: IdPools): Array<FundingLine> => {
  if (p.activities.length === 0 || p.sources.length === 0) return []
  const cells = new Set<string>()
  const out: Array<FundingLine> = []
  for (const d of drafts) {
    const line: FundingLine = {
      activityId: pick(p.activities, d.activity)!,
      year: yearIn(p.period, d.year),
      sourceId: pick(p.sources, d.source)!,
      planned: d.planned,
      secured: d.secured,
      spent: d.spent
    }
    const cell = JSON.stringify([line.activityId, line.year, line.sourceId])
    if (!cells.has(cell)) cells.add(cell), out.push(line)
  }
  return out
}

/**
 * Funding lines over the given activities, sources and period: at most one line per (activity, year,
 * source). Empty when there is no activity or no source.
 *
 * @category entities
 * @since 0.1.0
 */
export const arbitraryFundingLines = (
  pools: Partial<IdPools> & { readonly maxLength?: number } = {}
): fc.Arbitrary<ReadonlyArray<FundingLine>> => {
  const all = { ...emptyIdPools, ...pools }
  return fc.array(fundingLineDraft, { maxLength: pools.maxLength ?? 30 }).map((d) => resolveFundingLines(d, all))
}

const yearValue = record({ year: fc.nat(), value: arbitraryIndicatorValue() })

const indicatorDraft: fc.Arbitrary<Draft<Indicator>> = record({
  item: ref(),
  name: arbitraryName(),
  dimension: fc.constantFrom("quality", "efficiency", "accessibility", "cost", "output"),
  unit: fc.constantFrom("klientů", "hodin", "Kč", "%", "lůžek", "kontaktů"),
  direction: fc.constantFrom("higherIsBetter", "lowerIsBetter"),
  baseline: maybe(yearValue),
  target: maybe(yearValue),
  actuals: fc.array(record({ year: fc.nat(), value: arbitraryIndicatorValue(), comment: maybe(arbitraryText()) }), { maxLength: 3 }),
  source: maybe(arbitraryName())
}).map((d) => (p, id) => {
  const years = new Set<number>()
  const firstPerYear = <A extends { readonly year: number }>(a: A) => !years.has(a.year) && (years.add(a.year), true)
  return defined<Indicator>({
    id: id as IndicatorId,
    // Indicators belong to measures (seed 001) when there are any, otherwise to any item.
    itemId: pick(p.measures.length > 0 ? p.measures : p.items, d.item)!,
    name: d.name,
    dimension: d.dimension,
    unit: d.unit,
    direction: d.direction,
    baseline: d.baseline && { year: (p.period.from - 1) as Year, value: d.baseline.value },
    target: d.target && { year: p.period.to, value: d.target.value },
    actuals: d.actuals
      .map((a) => defined<Indicator["actuals"][number]>({ year: yearIn(p.period, a.year), value: a.value, comment: a.comment }))
      .filter(firstPerYear),
    source: d.source
  })
})

/**
 * An indicator of one of the given measures (or items; there must be at least one item).
 *
 * @category entities
 * @since 0.1.0
 */
export const arbitraryIndicator = (pools: Partial<IdPools> & { readonly items: ReadonlyArray<StrategyItemId> }): fc.Arbitrary<Indicator> =>
  fromDraft("indicator", indicatorDraft, nonEmpty(pools, "items"))

// ---------------------------------------------------------------------------------------------------
// The plan
// ---------------------------------------------------------------------------------------------------

const approvalDraft = record({
  body: fc.constantFrom("assembly", "council", "steeringGroup", "regionalAssembly", "regionalCouncil"),
  resolution: fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 60 })).map(([n, s]) => `ZM/${n}/${s}`),
  date: dateRef(),
  kind: fc.constantFrom("approved", "tookNote"),
  decision: optionalRef()
})
type ApprovalDraft = typeof approvalDraft extends fc.Arbitrary<infer A> ? A : never
const resolveApproval = (a: ApprovalDraft | undefined, p: IdPools) =>
  a === undefined ? undefined : defined<NonNullable<Plan["lifecycle"]["approval"]>>({
    body: a.body,
    resolution: a.resolution,
    date: dateIn(p.period, a.date),
    kind: a.kind,
    decisionId: pick(p.decisions, a.decision)
  })

const withTag = <A>(arb: fc.Arbitrary<A>) => record({ tag: idTag(), value: arb })

const planChoices = (options: Required<PlanOptions>) => record({
  id: arbitraryId("plan"),
  title: arbitraryName(),
  territory: arbitraryTerritory(),
  edition: fc.integer({ min: 1, max: 12 }),
  period: arbitraryPeriod(),
  previousPlanId: maybe(arbitraryId("plan")),
  statutory: fc.boolean(),
  // Each of the six phases, in order, or left out.
  phases: fc.tuple(...allPhases.map((phase) => maybe(record({
    phase: fc.constant(phase),
    state: fc.constantFrom("notStarted", "inProgress", "completed"),
    startedOn: optionalDateRef(),
    completedOn: optionalDateRef(),
    waivers: fc.array(record({ deliverable: arbitraryName(), reason: arbitraryText(), by: ref(), on: dateRef() }), { maxLength: 1 })
  })))),
  lifecycle: record({
    status: lifecycleStatus,
    approval: maybe(approvalDraft),
    inForceFrom: optionalDateRef(),
    validUntil: optionalDateRef(),
    amendments: fc.array(record({ reason: arbitraryText(), approval: maybe(approvalDraft) }), { maxLength: 2 })
  }),
  targetGroups: fc.array(withTag(record({ name: arbitraryName(), registerCodes: fc.array(digits(1, 3), { maxLength: 2 }) })), { maxLength: 5 }),
  actors: fc.array(withTag(actorDraft), { minLength: options.minActors, maxLength: options.maxActors }),
  bodies: fc.array(withTag(bodyDraft), { maxLength: 4 }),
  meetings: fc.array(withTag(meetingDraft), { maxLength: 5 }),
  decisions: fc.array(withTag(decisionDraft), { maxLength: 5 }),
  demography: fc.array(record({
    year: fc.nat(),
    ageBand: fc.constantFrom("0–14", "15–64", "65–79", "80+"),
    population: fc.integer({ min: 0, max: 2_000_000 }),
    source: fc.constant("ČSÚ")
  }), { maxLength: 4 }),
  needs: fc.array(withTag(record({
    targetGroup: ref(),
    description: arbitraryText(),
    source: fc.constantFrom("survey", "interview", "data", "workingGroup", "other"),
    severity: fc.constantFrom("low", "medium", "high"),
    serviceTypes
  })), { maxLength: 6 }),
  resources: fc.array(withTag(record({
    provider: optionalRef(),
    providerName: arbitraryName(),
    ico: maybe(digits(8, 8)),
    name: arbitraryName(),
    serviceType: fc.constantFrom("40", "43", "44", "48", "50", "other"),
    forms: fc.subarray(["residential", "outpatient", "field"] as const),
    capacities: fc.array(record({
      form: fc.constantFrom("residential", "outpatient", "field"),
      unit: fc.constantFrom("client", "contact", "intervention", "bed", "call"),
      count: fc.integer({ min: 0, max: 500 })
    }), { maxLength: 2 }),
    targetGroups: refs(2),
    municipalityCodes: fc.array(digits(6, 6), { maxLength: 2 }),
    registerId: maybe(digits(7, 7))
  })), { maxLength: 4 }),
  swot: fc.array(withTag(record({
    body: optionalRef(),
    kind: fc.constantFrom("strength", "weakness", "opportunity", "threat"),
    text: arbitraryText()
  })), { maxLength: 6 }),
  economicEvaluation: maybe(arbitraryText()),
  mission: maybe(arbitraryText()),
  vision: maybe(arbitraryText()),
  values: fc.array(arbitraryName(), { maxLength: 3 }),
  levelNames: fc.constantFrom(
    { priority: { cs: "Priorita", en: "Priority" }, goal: { cs: "Cíl", en: "Goal" }, measure: { cs: "Opatření", en: "Measure" }, activity: { cs: "Aktivita", en: "Activity" } },
    { priority: { cs: "Prioritní oblast", en: "Priority area" }, goal: { cs: "Strategický cíl", en: "Strategic goal" }, measure: { cs: "Dílčí cíl", en: "Specific goal" }, activity: { cs: "Aktivita", en: "Activity" } }
  ),
  tree: treeSkeleton(options),
  sources: fc.array(withTag(record({
    name: arbitraryName(),
    kind: fc.constantFrom("municipality", "region", "state", "eu", "healthInsurance", "userPayments", "fundraising", "other"),
    commissioner: optionalRef()
  })), { maxLength: 4 }),
  lines: fc.array(fundingLineDraft, { maxLength: options.maxActivities * 3, size: "max" }),
  indicators: fc.array(withTag(indicatorDraft), { maxLength: Math.min(10, options.maxActivities) }),
  actionPlans: fc.array(withTag(record({ year: fc.nat(), activities: refs(5), approval: maybe(approvalDraft) })), { maxLength: 3 }),
  reports: fc.array(withTag(record({
    year: fc.nat(),
    status: fc.constantFrom("draft", "approved"),
    preparedOn: optionalDateRef(),
    approval: maybe(approvalDraft),
    activities: fc.array(record({
      activity: ref(),
      fulfilment: fc.constantFrom("fulfilled", "partlyFulfilled", "notFulfilled", "cancelled", "movedToNextYear"),
      comment: maybe(arbitraryText()),
      spent: maybe(arbitraryMoney())
    }), { maxLength: 4 }),
    indicators: fc.array(record({ indicator: ref(), value: arbitraryIndicatorValue(), comment: maybe(arbitraryText()) }), { maxLength: 3 }),
    summary: maybe(arbitraryText())
  })), { maxLength: 2 }),
  periods: fc.array(withTag(record({
    from: dateRef(),
    to: dateRef(),
    channels: fc.subarray(["web", "email", "paperForm", "publicHearing", "meeting"] as const),
    announcement: maybe(arbitraryText())
  })), { maxLength: 2 }),
  comments: fc.array(withTag(record({
    period: ref(),
    receivedOn: dateRef(),
    channel: fc.constantFrom("web", "email", "paperForm", "publicHearing", "meeting"),
    author: record({ name: arbitraryName(), contact: maybe(arbitraryName()), actor: optionalRef(), consentToPublish: fc.boolean() }),
    text: arbitraryText(),
    item: optionalRef(),
    section: maybe(arbitraryName()),
    settlement: maybe(record({
      disposition: fc.constantFrom("accepted", "partlyAccepted", "rejected", "noted"),
      justification: maybe(arbitraryText()),
      settledBy: arbitraryName(),
      settledOn: dateRef(),
      change: maybe(arbitraryText())
    }))
  })), { maxLength: 6 }),
  schedule: fc.array(withTag(record({
    title: arbitraryName(),
    description: maybe(arbitraryText()),
    kind: fc.constantFrom("task", "deadline", "meeting", "commentPeriodOpens", "commentPeriodCloses", "settlement", "approval", "periodStarts", "actionPlan", "publication"),
    phase: maybe(fc.constantFrom(...allPhases)),
    from: dateRef(),
    to: optionalDateRef(),
    owner: optionalRef(),
    body: optionalRef(),
    after: refs(2),
    doneOn: optionalDateRef()
  })), { maxLength: 6 })
})
type PlanChoices = ReturnType<typeof planChoices> extends fc.Arbitrary<infer A> ? A : never

/**
 * Options of {@link arbitraryPlan}.
 *
 * @category models
 * @since 0.1.0
 */
export interface PlanOptions {
  /** Fewest activities (default 0). */
  readonly minActivities?: number
  /** Most activities (default 20). */
  readonly maxActivities?: number
  /** Fewest actors (default 1, so activities have someone responsible). */
  readonly minActors?: number
  /** Most actors (default 8). */
  readonly maxActors?: number
}

const ids = <A>(prefix: string, list: ReadonlyArray<{ readonly tag: string; readonly value: A }>) =>
  list.map((x, i) => entityId(prefix, i + 1, x.tag))

const buildPlan = (c: PlanChoices): Plan => {
  const period = c.period
  const tree = layoutTree(c.tree)
  // Entities that need a reference of a kind the plan lacks are left out before any id is handed out.
  const bodies = c.bodies
  const meetings = bodies.length === 0 ? [] : c.meetings
  const decisions = bodies.length === 0 ? [] : c.decisions
  const needs = c.targetGroups.length === 0 ? [] : c.needs
  const indicators = tree.byLevel.priority.length === 0 ? [] : c.indicators
  const comments = c.periods.length === 0 ? [] : c.comments
  const itemIds = (level: StrategyLevel) => tree.byLevel[level].map((n) => n.id)
  const idsOf = {
    actors: ids("actor", c.actors) as Array<ActorId>,
    bodies: ids("body", bodies) as Array<BodyId>,
    meetings: ids("meeting", meetings) as Array<MeetingId>,
    decisions: ids("decision", decisions) as Array<DecisionId>,
    targetGroups: ids("tg", c.targetGroups) as Array<TargetGroupId>,
    needs: ids("need", needs) as Array<NeedId>,
    resources: ids("resource", c.resources) as Array<ResourceId>,
    swotItems: ids("swot", c.swot) as Array<SwotItemId>,
    sources: ids("source", c.sources) as Array<FundingSourceId>,
    indicators: ids("indicator", indicators) as Array<IndicatorId>,
    actionPlans: ids("ap", c.actionPlans) as Array<ActionPlanId>,
    reports: ids("report", c.reports) as Array<MonitoringReportId>,
    periods: ids("period", c.periods) as Array<CommentPeriodId>,
    comments: ids("comment", comments) as Array<CommentId>,
    milestones: ids("milestone", c.schedule) as Array<MilestoneId>
  }
  const items = [...itemIds("priority"), ...itemIds("goal"), ...itemIds("measure"), ...itemIds("activity")]
  const p: IdPools = {
    period,
    ...idsOf,
    priorities: itemIds("priority"),
    measures: itemIds("measure"),
    activities: itemIds("activity"),
    items,
    any: [...items, ...idsOf.comments, ...idsOf.actionPlans, ...idsOf.reports, ...idsOf.needs, ...idsOf.swotItems]
  }
  const resolve = <A>(list: ReadonlyArray<{ readonly value: Draft<A> }>, listIds: ReadonlyArray<string>) =>
    list.map((x, i) => x.value(p, listIds[i]!))
  const date = (n: number) => dateIn(period, n)
  const optional = (n: number | undefined) => optionalDate(period, n)
  const plan = {
    id: c.id as PlanId,
    title: c.title,
    territory: c.territory,
    edition: c.edition,
    period,
    previousPlanId: c.edition > 1 ? (c.previousPlanId as PlanId | undefined) : undefined,
    statutory: c.statutory,
    phases: c.phases.filter((ph) => ph !== undefined).map((ph) => defined<Plan["phases"][number]>({
      phase: ph.phase,
      state: ph.state,
      startedOn: ph.state === "notStarted" ? undefined : optional(ph.startedOn),
      completedOn: ph.state === "completed" ? optional(ph.completedOn) : undefined,
      waivers: p.actors.length === 0 ? [] : ph.waivers.map((w) => ({ deliverable: w.deliverable, reason: w.reason, by: pick(p.actors, w.by)!, on: date(w.on) }))
    })),
    lifecycle: defined<Plan["lifecycle"]>({
      status: c.lifecycle.status,
      approval: resolveApproval(c.lifecycle.approval, p),
      inForceFrom: optional(c.lifecycle.inForceFrom),
      validUntil: optional(c.lifecycle.validUntil),
      amendments: c.lifecycle.amendments.map((a, i) => defined<Plan["lifecycle"]["amendments"][number]>({
        number: i + 1,
        reason: a.reason,
        approval: resolveApproval(a.approval, p)
      }))
    }),
    targetGroups: c.targetGroups.map((t, i) => ({ id: p.targetGroups[i]!, ...t.value })),
    actors: resolve(c.actors, p.actors),
    bodies: resolve(bodies, p.bodies),
    meetings: resolve(meetings, p.meetings),
    decisions: resolve(decisions, p.decisions),
    analyses: defined<Plan["analyses"]>({
      demography: c.demography.map((d) => ({ ...d, year: yearIn({ from: (period.from - 3) as Year, to: period.from }, d.year) })),
      needs: needs.map((n, i) => ({
        id: p.needs[i]!,
        targetGroupId: pick(p.targetGroups, n.value.targetGroup)!,
        description: n.value.description,
        source: n.value.source,
        severity: n.value.severity,
        serviceTypes: n.value.serviceTypes
      })),
      resources: c.resources.map((r, i) => defined<Plan["analyses"]["resources"][number]>({
        id: idsOf.resources[i] as ResourceId,
        providerId: pick(p.actors, r.value.provider),
        providerName: r.value.providerName,
        ico: r.value.ico,
        name: r.value.name,
        serviceType: r.value.serviceType,
        forms: r.value.forms,
        capacities: r.value.capacities,
        targetGroupIds: pickMany(p.targetGroups, r.value.targetGroups),
        municipalityCodes: r.value.municipalityCodes,
        registerId: r.value.registerId
      })),
      swot: c.swot.map((s, i) => defined<Plan["analyses"]["swot"][number]>({
        id: p.swotItems[i]!,
        bodyId: pick(p.bodies, s.value.body),
        kind: s.value.kind,
        text: s.value.text
      })),
      economicEvaluation: c.economicEvaluation
    }),
    strategy: defined<Plan["strategy"]>({
      mission: c.mission,
      vision: c.vision,
      values: c.values,
      levelNames: c.levelNames,
      items: resolveTree(tree.roots, p)
    }),
    funding: {
      sources: c.sources.map((s, i) => defined<Plan["funding"]["sources"][number]>({
        id: p.sources[i]!,
        name: s.value.name,
        kind: s.value.kind,
        commissionerId: pick(p.actors, s.value.commissioner)
      })),
      lines: resolveFundingLines(c.lines, p)
    },
    indicators: resolve(indicators, p.indicators),
    actionPlans: c.actionPlans.map((a, i) => defined<Plan["actionPlans"][number]>({
      id: idsOf.actionPlans[i] as ActionPlanId,
      year: yearIn(period, a.value.year),
      activityIds: pickMany(p.activities, a.value.activities),
      approval: resolveApproval(a.value.approval, p)
    })),
    monitoringReports: c.reports.map((r, i) => defined<Plan["monitoringReports"][number]>({
      id: idsOf.reports[i] as MonitoringReportId,
      year: yearIn(period, r.value.year),
      status: r.value.status,
      preparedOn: optional(r.value.preparedOn),
      approval: resolveApproval(r.value.approval, p),
      activities: p.activities.length === 0 ? [] : r.value.activities.map((a) => defined<Plan["monitoringReports"][number]["activities"][number]>({
        activityId: pick(p.activities, a.activity)!,
        fulfilment: a.fulfilment,
        comment: a.comment,
        spent: a.spent
      })),
      indicators: p.indicators.length === 0 ? [] : r.value.indicators.map((x) => defined<Plan["monitoringReports"][number]["indicators"][number]>({
        indicatorId: pick(p.indicators, x.indicator)!,
        value: x.value,
        comment: x.comment
      })),
      summary: r.value.summary
    })),
    consultation: {
      periods: c.periods.map((x, i) => {
        const [from, to] = orderedDates(period, x.value.from, x.value.to)
        return defined<Plan["consultation"]["periods"][number]>({
          id: p.periods[i]!,
          from,
          to,
          channels: x.value.channels,
          announcement: x.value.announcement
        })
      }),
      comments: comments.map((x, i) => {
        const v = x.value
        return defined<Plan["consultation"]["comments"][number]>({
          id: idsOf.comments[i] as CommentId,
          periodId: pick(p.periods, v.period)!,
          receivedOn: date(v.receivedOn),
          channel: v.channel,
          author: defined<Plan["consultation"]["comments"][number]["author"]>({
            name: v.author.name,
            contact: v.author.contact,
            actorId: pick(p.actors, v.author.actor),
            consentToPublish: v.author.consentToPublish
          }),
          text: v.text,
          itemId: pick(p.items, v.item),
          section: v.section,
          settlement: v.settlement === undefined ? undefined : defined<NonNullable<Plan["consultation"]["comments"][number]["settlement"]>>({
            disposition: v.settlement.disposition,
            justification: v.settlement.justification,
            settledBy: v.settlement.settledBy,
            settledOn: date(v.settlement.settledOn),
            change: v.settlement.change
          })
        })
      })
    },
    schedule: c.schedule.map((m, i) => {
      const v = m.value
      const [from, to] = v.to === undefined ? [date(v.from), undefined] : orderedDates(period, v.from, v.to)
      return defined<Plan["schedule"][number]>({
        id: p.milestones[i]!,
        title: v.title,
        description: v.description,
        kind: v.kind,
        phase: v.phase,
        from,
        to,
        ownerId: pick(p.actors, v.owner),
        bodyId: pick(p.bodies, v.body),
        // Only earlier milestones, so the ordering has no cycle.
        after: i === 0 ? [] : pickMany(p.milestones.slice(0, i), v.after),
        doneOn: optional(v.doneOn)
      })
    })
  }
  return defined<Plan>(plan)
}

/**
 * Valid plans: every reference consistent, the strategy tree well formed, funding cells unique, years
 * in the period, dates that exist, money safe. Between `minActivities` and `maxActivities` activities
 * (default 0–20). Shrinks to small plans.
 *
 * @category plans
 * @since 0.1.0
 */
export const arbitraryPlan = (options: PlanOptions = {}): fc.Arbitrary<Plan> => {
  const all: Required<PlanOptions> = {
    minActivities: options.minActivities ?? 0,
    maxActivities: Math.max(options.maxActivities ?? 20, options.minActivities ?? 0),
    minActors: options.minActors ?? 1,
    maxActors: Math.max(options.maxActors ?? 8, options.minActors ?? 1)
  }
  return planChoices(all).map(buildPlan)
}
