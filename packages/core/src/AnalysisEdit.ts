/**
 * Editing the analyses of phase 3 by hand: needs (target group, source, severity, description, the
 * service types that would answer them), demography rows, providers and their services (the
 * resources: type from the catalogue of Act 108/2006 Sb., forms the law allows, capacity per form,
 * territory) and the SWOT items of the working groups.
 *
 * Every operation is pure, `(plan, input, context) → Result<Plan, DomainError>`, asks the authorization
 * policy first (`editAnalyses`: the coordinator, the steering group, or the leader of the working group
 * the part belongs to — the group of a SWOT item, the groups of a need's target group) and leaves the
 * plan unchanged on an error. Nothing that traceability still points at is removed: a need or a SWOT
 * item named by a strategy item, or anything a decision concerns, is refused with the list of what
 * refers to it.
 *
 * A provider is not an entity of its own: it is the provider of one or more resources, known by its
 * IČO, or by its name (compared with {@link comparableName}) when it has none. A service imported from
 * the providers register keeps the register's data (provider, IČO, type, forms, capacities,
 * municipalities): changing it by hand is refused, because the next import would overwrite it; its
 * name, target groups and provider actor are the plan's own and can change.
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import { Capacity as CapacitySchema, NeedSource, ServiceForm, Severity, SwotKind, type Analyses, type DemographyRow, type Need, type Resource, type SwotItem } from "./Analysis.js"
import { authorizeOperation, type OperationContext } from "./Authorization.js"
import { domainError, entityNames, unknownId, type DomainError } from "./DomainError.js"
import { Ico } from "./Ico.js"
import type { ActorId, BodyId, NeedId, ResourceId, SwotItemId, TargetGroupId } from "./Ids.js"
import { serviceFormLabels } from "./Labels.js"
import type { LocalizedText } from "./Messages.js"
import type { Plan } from "./Plan.js"
import { checkCalendarYear, checkCount, checkFilledText, checkId, checkName, checkOneOf, firstError } from "./PlanEdit.js"
import { isFormAllowed, isKnownServiceType, serviceTypeName } from "./ServiceCatalogue.js"
import { TerritoryCode } from "./Territory.js"
import { comparableName } from "./Text.js"

type EditResult = Result.Result<Plan, DomainError>
type Capacity = Resource["capacities"][number]
/** The fields of an input, each optional (left out or undefined: unchanged). */
type Changes<A> = { readonly [K in keyof A]?: A[K] | undefined }

const isIco = Schema.is(Ico)
const isTerritoryCode = Schema.is(TerritoryCode)
const capacityUnits: ReadonlyArray<Capacity["unit"]> = CapacitySchema.fields.unit.literals

/**
 * What a removal names in its error (the accusative: „Nelze odstranit potřebu …“).
 *
 * @category constants
 * @since 0.1.0
 */
export const removedKinds = {
  need: { cs: "potřebu", en: "need" },
  swot: { cs: "položku SWOT", en: "SWOT item" },
  resource: { cs: "zdroj", en: "resource" },
  provider: { cs: "poskytovatele", en: "provider" }
} as const

const withAnalyses = (plan: Plan, analyses: Partial<Analyses>): Plan => ({ ...plan, analyses: { ...plan.analyses, ...analyses } })

const unknownEntity = (kind: LocalizedText, id: string | undefined): DomainError => unknownId(kind, String(id))

/** The old value with the given fields replaced (fields left out, or undefined, stay). */
const patched = <A extends object>(old: A, changes: Changes<A>): A => {
  const out: Record<string, unknown> = { ...(old as Record<string, unknown>) }
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) out[key] = value
  return out as A
}

const unique = <A>(list: ReadonlyArray<A> | undefined): Array<A> => [...new Set(list ?? [])]

const clipped = (s: string): string => (s.length <= 60 ? s : `${s.slice(0, 59)}…`)

/**
 * What refers to a part of the analyses.
 *
 * @category models
 * @since 0.1.0
 */
export interface References {
  /** The referring strategy items and decisions, for a person (at most five named). */
  readonly text: LocalizedText
  readonly ids: ReadonlyArray<string>
}

/**
 * What in the plan refers to an id — the strategy items that name it in `field` (`needIds` for a
 * need, `swotItemIds` for a SWOT item) and the decisions that concern it — or `undefined` when
 * nothing does.
 *
 * @category views
 * @since 0.1.0
 */
export const referencesTo = (plan: Plan, id: string, field?: "needIds" | "swotItemIds"): References | undefined => {
  const cs: Array<string> = [], en: Array<string> = [], ids: Array<string> = []
  if (field !== undefined) {
    for (const item of plan.strategy.items) {
      if (!(item[field] as ReadonlyArray<string>).includes(id)) continue
      const level = plan.strategy.levelNames[item.level]
      cs.push(`${level.cs.toLocaleLowerCase("cs")} ${item.code} „${clipped(item.title)}“`)
      en.push(`${level.en.toLowerCase()} ${item.code} "${clipped(item.title)}"`)
      ids.push(item.id)
    }
  }
  for (const d of plan.decisions) {
    if (!d.concerns.includes(id)) continue
    cs.push(`rozhodnutí „${d.id}“`)
    en.push(`decision "${d.id}"`)
    ids.push(d.id)
  }
  if (ids.length === 0) return undefined
  const shown = 5
  const join = (list: Array<string>, more: string) => list.slice(0, shown).join(", ") + (list.length > shown ? ` ${more} ${list.length - shown}` : "")
  return { text: { cs: join(cs, "a další"), en: join(en, "and") + (ids.length > shown ? " more" : "") }, ids }
}

/**
 * The error of removing something that is still referred to.
 *
 * @category constructors
 * @since 0.1.0
 */
export const referencedError = (what: LocalizedText, id: string, by: References): DomainError =>
  domainError("referenced", { what, id, by: by.text }, { ids: [id, ...by.ids] })

const checkTargetGroup = (plan: Plan, id: string | undefined): DomainError | undefined =>
  plan.targetGroups.some((g) => g.id === id) ? undefined : unknownEntity(entityNames.targetGroup, id)

const checkActor = (plan: Plan, id: string | undefined): DomainError | undefined =>
  id === undefined || plan.actors.some((a) => a.id === id) ? undefined : unknownEntity(entityNames.actor, id)

const checkServiceType = (type: unknown): DomainError | undefined =>
  typeof type === "string" && isKnownServiceType(type) ? undefined : domainError("unknownServiceType", { type: String(type).slice(0, 40) })

const checkIco = (value: unknown): DomainError | undefined =>
  isIco(value) ? undefined : domainError("invalidValue", { field: "ico", found: JSON.stringify(String(value).slice(0, 40)), expected: { cs: "IČO z 8 číslic", en: "an IČO of 8 digits" } })

const checkMunicipality = (value: unknown): DomainError | undefined =>
  isTerritoryCode(value)
    ? undefined
    : domainError("invalidValue", { field: "municipalityCodes", found: JSON.stringify(String(value).slice(0, 40)), expected: { cs: "kód obce (1–12 číslic)", en: "a municipality code (1–12 digits)" } })

const mayEdit = (plan: Plan, context: OperationContext, bodyIds: ReadonlyArray<BodyId>): DomainError | undefined =>
  authorizeOperation(plan, context, { kind: "editAnalyses", ...(bodyIds.length === 0 ? {} : { bodyIds }) })

// --- needs -------------------------------------------------------------------------------------------

/**
 * A need to add.
 *
 * @category models
 * @since 0.1.0
 */
export interface NeedInput {
  readonly id: NeedId
  readonly targetGroupId: TargetGroupId
  readonly description: string
  readonly source: Need["source"]
  readonly severity: Need["severity"]
  /** Paragraphs of Act 108/2006 (or "other") of the services that would answer it. */
  readonly serviceTypes?: ReadonlyArray<string> | undefined
}

/**
 * A change of a need: the fields given replace the need's; those left out stay.
 *
 * @category models
 * @since 0.1.0
 */
export interface NeedChange extends Changes<Omit<NeedInput, "id">> {
  readonly id: NeedId
}

/** The working groups of a target group: their leaders may edit its needs. */
const groupsOfTargetGroup = (plan: Plan, targetGroupId: string | undefined): Array<BodyId> =>
  targetGroupId === undefined ? [] : plan.bodies.filter((b) => b.kind === "workingGroup" && b.targetGroupIds.includes(targetGroupId as TargetGroupId)).map((b) => b.id)

/** Checks the fields of a need that are given (all of them when `all`). */
const checkNeed = (plan: Plan, input: Changes<NeedInput>, all: boolean): DomainError | undefined =>
  firstError(
    all || input.targetGroupId !== undefined ? checkTargetGroup(plan, input.targetGroupId) : undefined,
    all || input.description !== undefined ? checkFilledText("description", input.description) : undefined,
    all || input.source !== undefined ? checkOneOf("source", input.source, NeedSource.literals) : undefined,
    all || input.severity !== undefined ? checkOneOf("severity", input.severity, Severity.literals) : undefined,
    ...(input.serviceTypes ?? []).map(checkServiceType)
  )

const findNeed = (plan: Plan, id: string): number => plan.analyses.needs.findIndex((n) => n.id === id)

/**
 * Adds a need of a target group.
 *
 * @category operations
 * @since 0.1.0
 */
export const addNeed = (plan: Plan, input: NeedInput, context: OperationContext): EditResult => {
  const error = firstError(
    mayEdit(plan, context, groupsOfTargetGroup(plan, input.targetGroupId)),
    checkId("id", input.id),
    findNeed(plan, input.id) === -1 ? undefined : domainError("duplicateId", { kind: entityNames.need, id: input.id }, { ids: [input.id] }),
    checkNeed(plan, input, true)
  )
  if (error !== undefined) return Result.fail(error)
  const need: Need = {
    id: input.id,
    targetGroupId: input.targetGroupId,
    description: input.description,
    source: input.source,
    severity: input.severity,
    serviceTypes: unique(input.serviceTypes)
  }
  return Result.succeed(withAnalyses(plan, { needs: [...plan.analyses.needs, need] }))
}

/**
 * Changes a need: its target group, description, source, severity or service types. Moving a need to
 * another target group needs the right to edit both groups' needs.
 *
 * @category operations
 * @since 0.1.0
 */
export const changeNeed = (plan: Plan, input: NeedChange, context: OperationContext): EditResult => {
  const i = findNeed(plan, input.id)
  const old = plan.analyses.needs[i]
  const error = firstError(
    mayEdit(plan, context, groupsOfTargetGroup(plan, old?.targetGroupId)),
    input.targetGroupId === undefined ? undefined : mayEdit(plan, context, groupsOfTargetGroup(plan, input.targetGroupId)),
    old === undefined ? unknownEntity(entityNames.need, input.id) : undefined,
    checkNeed(plan, input, false)
  )
  if (error !== undefined) return Result.fail(error)
  const { id: _, serviceTypes, ...fields } = input
  const need = patched(old!, { ...fields, ...(serviceTypes === undefined ? {} : { serviceTypes: unique(serviceTypes) }) })
  return Result.succeed(withAnalyses(plan, { needs: plan.analyses.needs.map((n, j) => (j === i ? need : n)) }))
}

/**
 * Removes a need no strategy item answers and no decision concerns.
 *
 * @category operations
 * @since 0.1.0
 */
export const removeNeed = (plan: Plan, input: { readonly id: NeedId }, context: OperationContext): EditResult => {
  const i = findNeed(plan, input.id)
  const old = plan.analyses.needs[i]
  const refs = referencesTo(plan, input.id, "needIds")
  const error = firstError(
    mayEdit(plan, context, groupsOfTargetGroup(plan, old?.targetGroupId)),
    old === undefined ? unknownEntity(entityNames.need, input.id) : undefined,
    refs === undefined ? undefined : referencedError(removedKinds.need, input.id, refs)
  )
  if (error !== undefined) return Result.fail(error)
  return Result.succeed(withAnalyses(plan, { needs: plan.analyses.needs.filter((_, j) => j !== i) }))
}

// --- demography --------------------------------------------------------------------------------------

/**
 * What identifies a demography row: the year, the age band and the source (compared with their spaces
 * trimmed and case ignored).
 *
 * @category models
 * @since 0.1.0
 */
export interface DemographyRowKey {
  readonly year: number
  readonly ageBand: string
  readonly source: string
}

const sameRow = (row: DemographyRow, key: DemographyRowKey): boolean =>
  row.year === key.year && comparableName(row.ageBand) === comparableName(key.ageBand) && comparableName(row.source) === comparableName(key.source)

const rowName = (key: DemographyRowKey): string => `${key.year} / ${key.ageBand} / ${key.source}`

const findRow = (plan: Plan, key: DemographyRowKey): number => plan.analyses.demography.findIndex((r) => sameRow(r, key))

/**
 * Adds a demography row: the population of an age band in a year, with its source. A second row with
 * the same year, age band and source is refused.
 *
 * @category operations
 * @since 0.1.0
 */
export const addDemographyRow = (plan: Plan, input: DemographyRowKey & { readonly population: number }, context: OperationContext): EditResult => {
  const error = firstError(
    mayEdit(plan, context, []),
    checkCalendarYear("year", input.year),
    checkName("ageBand", input.ageBand),
    checkName("source", input.source),
    checkCount("population", input.population),
    findRow(plan, input) === -1 ? undefined : domainError("duplicateId", { kind: entityNames.demography, id: rowName(input) })
  )
  if (error !== undefined) return Result.fail(error)
  const row = { year: input.year, ageBand: input.ageBand, population: input.population, source: input.source } as DemographyRow
  return Result.succeed(withAnalyses(plan, { demography: [...plan.analyses.demography, row] }))
}

/**
 * Changes the population of a demography row.
 *
 * @category operations
 * @since 0.1.0
 */
export const changeDemographyRow = (plan: Plan, input: DemographyRowKey & { readonly population: number }, context: OperationContext): EditResult => {
  const i = findRow(plan, input)
  const error = firstError(
    mayEdit(plan, context, []),
    i === -1 ? unknownEntity(entityNames.demography, rowName(input)) : undefined,
    checkCount("population", input.population)
  )
  if (error !== undefined) return Result.fail(error)
  const demography = plan.analyses.demography.map((r, j) => (j === i ? { ...r, population: input.population as DemographyRow["population"] } : r))
  return Result.succeed(withAnalyses(plan, { demography }))
}

/**
 * Removes a demography row.
 *
 * @category operations
 * @since 0.1.0
 */
export const removeDemographyRow = (plan: Plan, input: DemographyRowKey, context: OperationContext): EditResult => {
  const i = findRow(plan, input)
  const error = firstError(mayEdit(plan, context, []), i === -1 ? unknownEntity(entityNames.demography, rowName(input)) : undefined)
  if (error !== undefined) return Result.fail(error)
  return Result.succeed(withAnalyses(plan, { demography: plan.analyses.demography.filter((_, j) => j !== i) }))
}

// --- SWOT --------------------------------------------------------------------------------------------

/**
 * A SWOT item to add, usually of a working group.
 *
 * @category models
 * @since 0.1.0
 */
export interface SwotItemInput {
  readonly id: SwotItemId
  readonly kind: SwotItem["kind"]
  readonly text: string
  readonly bodyId?: BodyId | undefined
}

/**
 * A change of a SWOT item: the fields given replace the item's. Moving it to another group needs the
 * right to edit both groups' analyses.
 *
 * @category models
 * @since 0.1.0
 */
export interface SwotItemChange extends Changes<Omit<SwotItemInput, "id">> {
  readonly id: SwotItemId
}

const findSwot = (plan: Plan, id: string): number => plan.analyses.swot.findIndex((s) => s.id === id)

const groupOf = (bodyId: BodyId | undefined): Array<BodyId> => (bodyId === undefined ? [] : [bodyId])

const checkSwot = (plan: Plan, input: Changes<SwotItemInput>, all: boolean): DomainError | undefined =>
  firstError(
    all || input.kind !== undefined ? checkOneOf("kind", input.kind, SwotKind.literals) : undefined,
    all || input.text !== undefined ? checkFilledText("text", input.text) : undefined,
    input.bodyId === undefined || plan.bodies.some((b) => b.id === input.bodyId) ? undefined : unknownEntity(entityNames.body, input.bodyId)
  )

/**
 * Adds a SWOT item.
 *
 * @category operations
 * @since 0.1.0
 */
export const addSwotItem = (plan: Plan, input: SwotItemInput, context: OperationContext): EditResult => {
  const error = firstError(
    mayEdit(plan, context, groupOf(input.bodyId)),
    checkId("id", input.id),
    findSwot(plan, input.id) === -1 ? undefined : domainError("duplicateId", { kind: entityNames.swot, id: input.id }, { ids: [input.id] }),
    checkSwot(plan, input, true)
  )
  if (error !== undefined) return Result.fail(error)
  const item: SwotItem = { id: input.id, ...(input.bodyId === undefined ? {} : { bodyId: input.bodyId }), kind: input.kind, text: input.text }
  return Result.succeed(withAnalyses(plan, { swot: [...plan.analyses.swot, item] }))
}

/**
 * Changes a SWOT item: its kind, text or working group.
 *
 * @category operations
 * @since 0.1.0
 */
export const changeSwotItem = (plan: Plan, input: SwotItemChange, context: OperationContext): EditResult => {
  const i = findSwot(plan, input.id)
  const old = plan.analyses.swot[i]
  const error = firstError(
    mayEdit(plan, context, groupOf(old?.bodyId)),
    input.bodyId === undefined ? undefined : mayEdit(plan, context, groupOf(input.bodyId)),
    old === undefined ? unknownEntity(entityNames.swot, input.id) : undefined,
    checkSwot(plan, input, false)
  )
  if (error !== undefined) return Result.fail(error)
  const { id: _, ...fields } = input
  return Result.succeed(withAnalyses(plan, { swot: plan.analyses.swot.map((s, j) => (j === i ? patched(s, fields) : s)) }))
}

/**
 * Removes a SWOT item no strategy item answers and no decision concerns.
 *
 * @category operations
 * @since 0.1.0
 */
export const removeSwotItem = (plan: Plan, input: { readonly id: SwotItemId }, context: OperationContext): EditResult => {
  const i = findSwot(plan, input.id)
  const old = plan.analyses.swot[i]
  const refs = referencesTo(plan, input.id, "swotItemIds")
  const error = firstError(
    mayEdit(plan, context, groupOf(old?.bodyId)),
    old === undefined ? unknownEntity(entityNames.swot, input.id) : undefined,
    refs === undefined ? undefined : referencedError(removedKinds.swot, input.id, refs)
  )
  if (error !== undefined) return Result.fail(error)
  return Result.succeed(withAnalyses(plan, { swot: plan.analyses.swot.filter((_, j) => j !== i) }))
}

// --- providers and their services --------------------------------------------------------------------

/**
 * How an operation names a provider: by its IČO, or — for a provider without one — by its name.
 *
 * @category models
 * @since 0.1.0
 */
export type ProviderRef = { readonly ico: string } | { readonly name: string }

/**
 * A provider of the resource analysis: the provider of one or more resources.
 *
 * @category models
 * @since 0.1.0
 */
export interface ResourceProvider {
  readonly name: string
  readonly ico?: string
  /** The actor of the plan that is the provider, when one is linked. */
  readonly providerId?: ActorId
  /** Its services, in the order of the plan. */
  readonly resourceIds: ReadonlyArray<ResourceId>
  /** Whether one of its services comes from the providers register. */
  readonly registered: boolean
}

const providerKey = (r: { readonly ico?: string | undefined; readonly providerName: string }): string =>
  r.ico !== undefined ? `ico:${r.ico}` : `name:${comparableName(r.providerName)}`

const refKey = (ref: ProviderRef): string =>
  "ico" in ref && typeof ref.ico === "string" ? `ico:${ref.ico}` : `name:${comparableName((ref as { readonly name: string }).name ?? "")}`

const refName = (ref: ProviderRef): string => ("ico" in ref && typeof ref.ico === "string" ? ref.ico : String((ref as { readonly name: string }).name))

/**
 * The providers of the resource analysis, each with its services: resources with the same IČO belong
 * to one provider, and resources without an IČO to the provider of the same name.
 *
 * @category views
 * @since 0.1.0
 */
export const resourceProviders = (plan: Plan): ReadonlyArray<ResourceProvider> => {
  const byKey = new Map<string, { name: string; ico?: string; providerId?: ActorId; resourceIds: Array<ResourceId>; registered: boolean }>()
  for (const r of plan.analyses.resources) {
    const key = providerKey(r)
    const p = byKey.get(key)
    if (p === undefined) {
      byKey.set(key, {
        name: r.providerName,
        ...(r.ico === undefined ? {} : { ico: r.ico }),
        ...(r.providerId === undefined ? {} : { providerId: r.providerId }),
        resourceIds: [r.id],
        registered: r.registerId !== undefined
      })
    } else {
      p.resourceIds.push(r.id)
      if (p.providerId === undefined && r.providerId !== undefined) p.providerId = r.providerId
      if (r.registerId !== undefined) p.registered = true
    }
  }
  return [...byKey.values()]
}

/** The positions of a provider's resources. */
const providerResources = (plan: Plan, ref: ProviderRef): Array<number> => {
  const key = refKey(ref)
  const out: Array<number> = []
  plan.analyses.resources.forEach((r, i) => {
    if (providerKey(r) === key) out.push(i)
  })
  return out
}

/** The resource of another provider that a new or renamed provider would duplicate: the same IČO, or — when either has none — the same name. */
const duplicateOf = (plan: Plan, candidate: { readonly name: string; readonly ico?: string | undefined }, except: ReadonlySet<number>): DomainError | undefined => {
  const name = comparableName(candidate.name)
  const other = plan.analyses.resources.find((r, i) =>
    !except.has(i) && (candidate.ico !== undefined && r.ico !== undefined ? r.ico === candidate.ico : comparableName(r.providerName) === name))
  return other === undefined
    ? undefined
    : domainError("duplicateProvider", { name: other.providerName, ico: other.ico === undefined ? { cs: "bez IČO", en: "no IČO" } : `IČO ${other.ico}` }, { ids: [other.id] })
}

/**
 * A service of a provider: one resource of the analysis.
 *
 * @category models
 * @since 0.1.0
 */
export interface ServiceInput {
  readonly id: ResourceId
  readonly name: string
  /** A paragraph of Act 108/2006 (e.g. "40") or "other". */
  readonly serviceType: string
  readonly forms: ReadonlyArray<Resource["forms"][number]>
  /** Capacity per form (and unit); each in a form the service is provided in. */
  readonly capacities?: ReadonlyArray<Capacity> | undefined
  readonly targetGroupIds?: ReadonlyArray<TargetGroupId> | undefined
  /** The municipalities (RÚIAN codes) where it is provided. */
  readonly municipalityCodes?: ReadonlyArray<string> | undefined
}

/**
 * A change of a service: the fields given replace the resource's.
 *
 * @category models
 * @since 0.1.0
 */
export interface ServiceChange extends Changes<Omit<ServiceInput, "id">> {
  readonly id: ResourceId
}

/** The fields of a service that the register fills (see `mergeRegisterServices`; the provider's are in {@link changeProvider}). */
const registerFields = ["serviceType", "forms", "capacities", "municipalityCodes"] as const

/** What a service is after a change: the type, forms and capacities its checks are made against. */
interface ServiceShape {
  readonly serviceType: string
  readonly forms: ReadonlyArray<string>
  readonly capacities: ReadonlyArray<Capacity>
}

/** Checks the fields of a service that are given (all of them when `all`), and its forms and capacities as they will be. */
const checkService = (plan: Plan, input: Changes<ServiceInput>, all: boolean, result: ServiceShape): DomainError | undefined => {
  const typeOrForms = all || input.serviceType !== undefined || input.forms !== undefined
  const formsOrCapacities = all || input.forms !== undefined || input.capacities !== undefined
  const isForm = (f: string) => (ServiceForm.literals as ReadonlyArray<string>).includes(f)
  return firstError(
    all || input.name !== undefined ? checkName("name", input.name) : undefined,
    all || input.serviceType !== undefined ? checkServiceType(input.serviceType) : undefined,
    ...(input.forms ?? []).map((f) => checkOneOf("forms", f, ServiceForm.literals)),
    ...(input.capacities ?? []).flatMap((c) => [
      checkOneOf("capacities.form", c.form, ServiceForm.literals),
      checkOneOf("capacities.unit", c.unit, capacityUnits),
      checkCount("capacities.count", c.count)
    ]),
    ...(typeOrForms ? result.forms : []).map((f) =>
      isForm(f) && isFormAllowed(result.serviceType, f as ServiceForm) === false
        ? domainError("formNotAllowed", { type: serviceTypeName(result.serviceType), form: serviceFormLabels[f as ServiceForm] })
        : undefined),
    ...(formsOrCapacities ? result.capacities : []).map((c) =>
      !isForm(c.form) || result.forms.includes(c.form) ? undefined : domainError("capacityWithoutForm", { form: serviceFormLabels[c.form as ServiceForm] })),
    ...(input.targetGroupIds ?? []).map((id) => checkTargetGroup(plan, id)),
    ...(input.municipalityCodes ?? []).map(checkMunicipality)
  )
}

const resourceOf = (provider: Pick<Resource, "providerName" | "ico" | "providerId">, s: ServiceInput): Resource => ({
  id: s.id,
  ...(provider.providerId === undefined ? {} : { providerId: provider.providerId }),
  providerName: provider.providerName,
  ...(provider.ico === undefined ? {} : { ico: provider.ico }),
  name: s.name,
  serviceType: s.serviceType,
  forms: unique(s.forms),
  capacities: [...(s.capacities ?? [])],
  targetGroupIds: unique(s.targetGroupIds),
  municipalityCodes: unique(s.municipalityCodes) as Resource["municipalityCodes"]
} as Resource)

/** Checks new services: ids of the right shape, unique among the resources and among themselves, and their fields. */
const checkNewServices = (plan: Plan, services: ReadonlyArray<ServiceInput>): DomainError | undefined => {
  const taken = new Set<string>(plan.analyses.resources.map((r) => r.id))
  for (const s of services) {
    const error = firstError(
      checkId("id", s.id),
      taken.has(s.id) ? domainError("duplicateId", { kind: entityNames.resource, id: s.id }, { ids: [s.id] }) : undefined,
      checkService(plan, s, true, { serviceType: s.serviceType, forms: s.forms ?? [], capacities: s.capacities ?? [] })
    )
    if (error !== undefined) return error
    taken.add(s.id)
  }
  return undefined
}

/**
 * A provider to add with its services.
 *
 * @category models
 * @since 0.1.0
 */
export interface ProviderInput {
  readonly name: string
  readonly ico?: string | undefined
  /** The actor of the plan that is the provider. */
  readonly providerId?: ActorId | undefined
  /** At least one. */
  readonly services: ReadonlyArray<ServiceInput>
}

/**
 * Adds a provider with its services. A provider already in the analysis (the same IČO, or the same
 * name where one of the two has no IČO — an imported one included) is refused: add the service to it.
 *
 * @category operations
 * @since 0.1.0
 */
export const addProvider = (plan: Plan, input: ProviderInput, context: OperationContext): EditResult => {
  const error = firstError(
    mayEdit(plan, context, []),
    checkName("name", input.name),
    input.ico === undefined ? undefined : checkIco(input.ico),
    checkActor(plan, input.providerId),
    input.services.length > 0 ? undefined : domainError("invalidValue", { field: "services", found: "[]", expected: { cs: "alespoň jedna služba", en: "at least one service" } }),
    duplicateOf(plan, input, new Set()),
    checkNewServices(plan, input.services)
  )
  if (error !== undefined) return Result.fail(error)
  const provider = { providerName: input.name, ico: input.ico, providerId: input.providerId } as Pick<Resource, "providerName" | "ico" | "providerId">
  return Result.succeed(withAnalyses(plan, { resources: [...plan.analyses.resources, ...input.services.map((s) => resourceOf(provider, s))] }))
}

const unknownProvider = (ref: ProviderRef): DomainError => unknownEntity(entityNames.provider, refName(ref))

const fromRegister = (r: Resource, field: string): DomainError =>
  domainError("fromRegister", { field, id: r.id, registerId: r.registerId ?? "" }, { ids: [r.id] })

/**
 * A change of a provider: its name, IČO or the plan's actor that is the provider, for all its services.
 *
 * @category models
 * @since 0.1.0
 */
export interface ProviderChange {
  readonly provider: ProviderRef
  readonly name?: string | undefined
  readonly ico?: string | undefined
  readonly providerId?: ActorId | undefined
}

/**
 * Changes a provider on all its services. The name and IČO of a provider with a registered service
 * come from the register and are refused; a new IČO or name that another provider has is refused.
 *
 * @category operations
 * @since 0.1.0
 */
export const changeProvider = (plan: Plan, input: ProviderChange, context: OperationContext): EditResult => {
  const positions = providerResources(plan, input.provider)
  const mine = positions.map((i) => plan.analyses.resources[i]!)
  const registered = mine.find((r) => r.registerId !== undefined)
  const first = mine[0]
  const error = firstError(
    mayEdit(plan, context, []),
    first === undefined ? unknownProvider(input.provider) : undefined,
    input.name === undefined ? undefined : checkName("name", input.name),
    input.ico === undefined ? undefined : checkIco(input.ico),
    checkActor(plan, input.providerId),
    registered !== undefined && input.name !== undefined && input.name !== registered.providerName ? fromRegister(registered, "providerName") : undefined,
    registered !== undefined && input.ico !== undefined && input.ico !== registered.ico ? fromRegister(registered, "ico") : undefined,
    first === undefined || (input.name === undefined && input.ico === undefined)
      ? undefined
      : duplicateOf(plan, { name: input.name ?? first.providerName, ico: input.ico ?? first.ico }, new Set(positions))
  )
  if (error !== undefined) return Result.fail(error)
  const at = new Set(positions)
  const resources = plan.analyses.resources.map((r, i) =>
    at.has(i) ? patched(r, { providerName: input.name, ico: input.ico, providerId: input.providerId } as Changes<Resource>) : r)
  return Result.succeed(withAnalyses(plan, { resources }))
}

/**
 * Removes a provider with all its services, unless a decision concerns one of them. A registered
 * service removed by hand comes back with the next import of the register.
 *
 * @category operations
 * @since 0.1.0
 */
export const removeProvider = (plan: Plan, input: { readonly provider: ProviderRef }, context: OperationContext): EditResult => {
  const positions = new Set(providerResources(plan, input.provider))
  const refs = [...positions].map((i) => referencesTo(plan, plan.analyses.resources[i]!.id)).find((r) => r !== undefined)
  const error = firstError(
    mayEdit(plan, context, []),
    positions.size === 0 ? unknownProvider(input.provider) : undefined,
    refs === undefined ? undefined : referencedError(removedKinds.provider, refName(input.provider), refs)
  )
  if (error !== undefined) return Result.fail(error)
  return Result.succeed(withAnalyses(plan, { resources: plan.analyses.resources.filter((_, i) => !positions.has(i)) }))
}

/**
 * Adds a service to a provider already in the analysis (it takes the provider's name, IČO and actor),
 * right after the provider's other services.
 *
 * @category operations
 * @since 0.1.0
 */
export const addService = (plan: Plan, input: ServiceInput & { readonly provider: ProviderRef }, context: OperationContext): EditResult => {
  const positions = providerResources(plan, input.provider)
  const error = firstError(
    mayEdit(plan, context, []),
    positions.length === 0 ? unknownProvider(input.provider) : undefined,
    checkNewServices(plan, [input])
  )
  if (error !== undefined) return Result.fail(error)
  const mine = positions.map((i) => plan.analyses.resources[i]!)
  const providerId = mine.find((r) => r.providerId !== undefined)?.providerId
  const provider = { ...mine[0]!, ...(providerId === undefined ? {} : { providerId }) }
  const { provider: _, ...service } = input
  const at = positions[positions.length - 1]! + 1
  const resources = plan.analyses.resources
  return Result.succeed(withAnalyses(plan, { resources: [...resources.slice(0, at), resourceOf(provider, service), ...resources.slice(at)] }))
}

const findResource = (plan: Plan, id: string): number => plan.analyses.resources.findIndex((r) => r.id === id)

/**
 * Changes a service: its name, type, forms, capacities, target groups or municipalities. The type,
 * forms, capacities and municipalities of a registered service come from the register and are refused.
 *
 * @category operations
 * @since 0.1.0
 */
export const changeService = (plan: Plan, input: ServiceChange, context: OperationContext): EditResult => {
  const i = findResource(plan, input.id)
  const old = plan.analyses.resources[i]
  const changedRegisterField = old?.registerId === undefined ? undefined : registerFields.find((f) => input[f] !== undefined)
  const error = firstError(
    mayEdit(plan, context, []),
    old === undefined ? unknownEntity(entityNames.resource, input.id) : undefined,
    changedRegisterField === undefined ? undefined : fromRegister(old!, changedRegisterField),
    old === undefined
      ? undefined
      : checkService(plan, input, false, { serviceType: input.serviceType ?? old.serviceType, forms: input.forms ?? old.forms, capacities: input.capacities ?? old.capacities })
  )
  if (error !== undefined) return Result.fail(error)
  const { id: _, ...fields } = input
  const changed = patched(old!, {
    ...fields,
    ...(fields.forms === undefined ? {} : { forms: unique(fields.forms) }),
    ...(fields.targetGroupIds === undefined ? {} : { targetGroupIds: unique(fields.targetGroupIds) }),
    ...(fields.municipalityCodes === undefined ? {} : { municipalityCodes: unique(fields.municipalityCodes) }),
    ...(fields.capacities === undefined ? {} : { capacities: [...fields.capacities] })
  } as Changes<Resource>)
  return Result.succeed(withAnalyses(plan, { resources: plan.analyses.resources.map((r, j) => (j === i ? changed : r)) }))
}

/**
 * Removes a service no decision concerns. A registered service removed by hand comes back with the
 * next import of the register.
 *
 * @category operations
 * @since 0.1.0
 */
export const removeService = (plan: Plan, input: { readonly id: ResourceId }, context: OperationContext): EditResult => {
  const i = findResource(plan, input.id)
  const refs = referencesTo(plan, input.id)
  const error = firstError(
    mayEdit(plan, context, []),
    i === -1 ? unknownEntity(entityNames.resource, input.id) : undefined,
    refs === undefined ? undefined : referencedError(removedKinds.resource, input.id, refs)
  )
  if (error !== undefined) return Result.fail(error)
  return Result.succeed(withAnalyses(plan, { resources: plan.analyses.resources.filter((_, j) => j !== i) }))
}
