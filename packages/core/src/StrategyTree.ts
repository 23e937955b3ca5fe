/**
 * Operations on the strategy tree (seed 001; DOMAIN.md §4): add an item under a parent of the level
 * above, rename it (code, title, description), re-order siblings, move an item under another parent
 * (the level must fit and no cycle may arise), retire an item with a reason (with its whole subtree),
 * delete an item that has no history, and edit the mission, vision, values and the names of the
 * levels, and link an item to the needs and SWOT items it answers (traceability). An item with money or monitoring history is never deleted — only retired. Every operation is
 * pure and leaves the plan unchanged on an error; after a successful one the plan keeps its integrity
 * (`checkIntegrity` finds nothing new).
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import { authorizeOperation, type OperationContext } from "./Authorization.js"
import { domainError, entityNames, unknownId, type DomainError } from "./DomainError.js"
import type { ActorId, BodyId, NeedId, StrategyItemId, SwotItemId } from "./Ids.js"
import type { LocalizedText } from "./Messages.js"
import type { Plan } from "./Plan.js"
import { checkId, checkIdsAmong, checkName, checkText, firstError } from "./PlanEdit.js"
import { parentLevel, strategyLevels, type LevelNames, type StrategyItem, type StrategyLevel } from "./Strategy.js"

type Items = ReadonlyArray<StrategyItem>
type EditResult = Result.Result<Plan, DomainError>

const unknownItem = (id: string) => unknownId(entityNames.item, id)
const retiredItem = (id: string) => domainError("retired", { id }, { ids: [id] })

/** The policy's answer for editing an item of a working group (the item's own group, else its parent's). */
const allowed = (plan: Plan, context: OperationContext, item: StrategyItem | undefined): DomainError | undefined => {
  const parent = item?.parentId === undefined ? undefined : plan.strategy.items.find((x) => x.id === item.parentId)
  const bodyId = item?.bodyId ?? parent?.bodyId
  return authorizeOperation(plan, context, { kind: "editStrategyItem", ...(bodyId === undefined ? {} : { bodyId }) })
}

const withItems = (plan: Plan, items: Items): Plan => ({ ...plan, strategy: { ...plan.strategy, items } })

const findItem = (plan: Plan, id: string): number => plan.strategy.items.findIndex((i) => i.id === id)

/** An item to change in place: its position, and what refuses it (the policy, a missing or retired item). */
const activeItem = (plan: Plan, context: OperationContext, id: string): { readonly i: number; readonly item: StrategyItem | undefined; readonly refused: DomainError | undefined } => {
  const i = findItem(plan, id)
  const item = plan.strategy.items[i]
  const refused = firstError(
    allowed(plan, context, item),
    item === undefined ? unknownItem(id) : undefined,
    item?.status === "retired" ? retiredItem(id) : undefined
  )
  return { i, item, refused }
}

const replaceAt = (plan: Plan, i: number, item: StrategyItem): Plan => withItems(plan, plan.strategy.items.map((x, j) => (j === i ? item : x)))

const wrongLevel = (plan: Plan, level: StrategyLevel, expected: StrategyLevel | undefined): DomainError => {
  const names = plan.strategy.levelNames
  return domainError("wrongLevel", { level: names[level], parentLevel: expected === undefined ? { cs: "žádná", en: "none" } : names[expected] })
}

/** Checks that `parentId` may hold an item of `level`; the parent must exist and be active. */
const checkParent = (plan: Plan, level: StrategyLevel, parentId: string | undefined): DomainError | undefined => {
  const expected = parentLevel[level]
  if (parentId === undefined) return expected === undefined ? undefined : wrongLevel(plan, level, expected)
  const p = findItem(plan, parentId)
  if (p === -1) return unknownItem(parentId)
  const parent = plan.strategy.items[p]!
  if (parent.level !== expected) return wrongLevel(plan, level, expected)
  if (parent.status !== "active") return retiredItem(parentId)
  return undefined
}

const checkActor = (plan: Plan, id: string | undefined): DomainError | undefined =>
  id === undefined || plan.actors.some((a) => a.id === id) ? undefined : unknownId(entityNames.actor, id)

/**
 * A new strategy item.
 *
 * @category models
 * @since 0.1.0
 */
export interface NewStrategyItem {
  readonly id: StrategyItemId
  readonly level: StrategyLevel
  readonly parentId?: StrategyItemId
  readonly code: string
  readonly title: string
  readonly description?: string
  readonly responsibleId?: ActorId
  readonly partnerIds?: ReadonlyArray<ActorId>
  readonly bodyId?: BodyId
  /** Insert before this sibling; by default the item becomes the last child of its parent. */
  readonly before?: StrategyItemId | undefined
}

/** The position to insert at so the item comes right before `before` among its siblings, or last. */
const insertionPoint = (plan: Plan, id: string, parentId: string | undefined, before: string | undefined): number | DomainError => {
  const items = plan.strategy.items
  if (before === undefined) return items.length
  const b = findItem(plan, before)
  if (b === -1) return unknownItem(before)
  if (items[b]!.parentId !== parentId || before === id) return domainError("notSibling", { id, before }, { ids: [id, before] })
  return b
}

const insertAt = (items: Items, at: number, item: StrategyItem): Items => [...items.slice(0, at), item, ...items.slice(at)]

/**
 * Adds an item to the tree under a parent of the level above (a priority has none).
 *
 * @category operations
 * @since 0.1.0
 */
export const addItem = (plan: Plan, input: NewStrategyItem, context: OperationContext): EditResult => {
  const parent = input.parentId === undefined ? undefined : plan.strategy.items.find((x) => x.id === input.parentId)
  const error = firstError(
    authorizeOperation(plan, context, { kind: "editStrategyItem", ...(input.bodyId ?? parent?.bodyId) === undefined ? {} : { bodyId: (input.bodyId ?? parent?.bodyId)! } }),
    checkId("id", input.id),
    findItem(plan, input.id) === -1 ? undefined : domainError("duplicateId", { kind: entityNames.item, id: input.id }, { ids: [input.id] }),
    checkName("code", input.code),
    checkName("title", input.title),
    checkText("description", input.description),
    checkParent(plan, input.level, input.parentId),
    checkActor(plan, input.responsibleId),
    ...(input.partnerIds ?? []).map((id) => checkActor(plan, id)),
    input.bodyId === undefined || plan.bodies.some((b) => b.id === input.bodyId) ? undefined : domainError("unknownId", { kind: entityNames.body, id: input.bodyId })
  )
  if (error !== undefined) return Result.fail(error)
  const at = insertionPoint(plan, input.id, input.parentId, input.before)
  if (typeof at !== "number") return Result.fail(at)
  const item: StrategyItem = {
    id: input.id,
    level: input.level,
    ...(input.parentId === undefined ? {} : { parentId: input.parentId }),
    code: input.code,
    title: input.title,
    ...(input.description === undefined ? {} : { description: input.description }),
    ...(input.responsibleId === undefined ? {} : { responsibleId: input.responsibleId }),
    partnerIds: [...new Set(input.partnerIds ?? [])],
    ...(input.bodyId === undefined ? {} : { bodyId: input.bodyId }),
    targetGroupIds: [],
    serviceTypes: [],
    needIds: [],
    swotItemIds: [],
    status: "active"
  }
  return Result.succeed(withItems(plan, insertAt(plan.strategy.items, at, item)))
}

/**
 * A change of an item's wording: a field left out stays; an empty description removes it.
 *
 * @category models
 * @since 0.1.0
 */
export interface StrategyItemWording {
  readonly id: StrategyItemId
  readonly code?: string | undefined
  readonly title?: string | undefined
  readonly description?: string | undefined
}

/**
 * Renames an item: its code, title or description (what people read and cite). A retired item keeps
 * the wording it was retired with.
 *
 * @category operations
 * @since 0.1.0
 */
export const editItem = (plan: Plan, input: StrategyItemWording, context: OperationContext): EditResult => {
  const { i, item, refused } = activeItem(plan, context, input.id)
  const error = firstError(
    refused,
    input.code === undefined ? undefined : checkName("code", input.code),
    input.title === undefined ? undefined : checkName("title", input.title),
    checkText("description", input.description)
  )
  if (error !== undefined) return Result.fail(error)
  const description = input.description ?? item!.description
  // Spread over the item so its fields keep their order (a no-op edit serialises the same).
  const { description: _, ...withoutDescription } = item!
  const edited: StrategyItem = {
    ...(description === undefined || description === "" ? withoutDescription : { ...item!, description }),
    code: input.code ?? item!.code,
    title: input.title ?? item!.title
  }
  return Result.succeed(replaceAt(plan, i, edited))
}

/**
 * The needs and SWOT items an item answers: a list given replaces the item's; a list left out stays.
 *
 * @category models
 * @since 0.1.0
 */
export interface StrategyItemLinks {
  readonly id: StrategyItemId
  readonly needIds?: ReadonlyArray<NeedId> | undefined
  readonly swotItemIds?: ReadonlyArray<SwotItemId> | undefined
}

/**
 * Sets the needs and SWOT items an item answers — the links traceability follows (KPSS-ANAL-001:
 * a pressing need answered by a measure or activity; KPSS-ANAL-002: a priority that follows from the
 * analyses). Every id must name a need or a SWOT item of the plan; a retired item keeps its links.
 * The same policy action as editing the item's wording.
 *
 * @category operations
 * @since 0.1.0
 */
export const linkItem = (plan: Plan, input: StrategyItemLinks, context: OperationContext): EditResult => {
  const { i, item, refused } = activeItem(plan, context, input.id)
  const error = firstError(
    refused,
    checkIdsAmong("needIds", input.needIds, plan.analyses.needs, entityNames.need),
    checkIdsAmong("swotItemIds", input.swotItemIds, plan.analyses.swot, entityNames.swot)
  )
  if (error !== undefined) return Result.fail(error)
  return Result.succeed(replaceAt(plan, i, {
    ...item!,
    needIds: input.needIds === undefined ? item!.needIds : [...new Set(input.needIds)],
    swotItemIds: input.swotItemIds === undefined ? item!.swotItemIds : [...new Set(input.swotItemIds)]
  }))
}

/**
 * Moves an item among its siblings: right before `before`, or to the end. Nothing else changes
 * (codes are what people cite; they are edited, not renumbered silently).
 *
 * @category operations
 * @since 0.1.0
 */
export const moveItem = (plan: Plan, input: { readonly id: StrategyItemId; readonly before?: StrategyItemId | undefined }, context: OperationContext): EditResult =>
  placeItem(plan, context, input.id, undefined, input.before)

/**
 * Moves an item under another parent (of the level above), optionally right before one of its new
 * siblings. Refused when the level does not fit, the new parent is retired, or the new parent lies in
 * the item's own subtree (a cycle).
 *
 * @category operations
 * @since 0.1.0
 */
export const reparentItem = (
  plan: Plan,
  input: { readonly id: StrategyItemId; readonly parentId: StrategyItemId; readonly before?: StrategyItemId | undefined },
  context: OperationContext
): EditResult => placeItem(plan, context, input.id, { to: input.parentId }, input.before)

const placeItem = (plan: Plan, context: OperationContext, id: string, parent: { readonly to: string } | undefined, before: string | undefined): EditResult => {
  const items = plan.strategy.items
  const i = findItem(plan, id)
  const denied = allowed(plan, context, items[i])
  if (denied !== undefined) return Result.fail(denied)
  if (i === -1) return Result.fail(unknownItem(id))
  const item = items[i]!
  const parentId = parent === undefined ? item.parentId : parent.to
  if (parent !== undefined) {
    // Walk up from the new parent: meeting the item itself means the move would close a cycle.
    const byId = new Map(items.map((x) => [x.id as string, x]))
    for (let p: string | undefined = parent.to, steps = 0; p !== undefined && steps <= items.length; p = byId.get(p)?.parentId, steps++) {
      if (p === id) return Result.fail(domainError("cycle", { id, parentId: parent.to }, { ids: [id, parent.to] }))
    }
    const error = checkParent(plan, item.level, parent.to)
    if (error !== undefined) return Result.fail(error)
  }
  const rest = [...items.slice(0, i), ...items.slice(i + 1)]
  const without = withItems(plan, rest)
  const at = insertionPoint(without, id, parentId, before)
  if (typeof at !== "number") return Result.fail(at)
  const moved: StrategyItem = parentId === undefined ? item : { ...item, parentId: parentId as StrategyItemId }
  return Result.succeed(withItems(plan, insertAt(rest, at, moved)))
}

/** The item and every item below it, as positions. */
const subtree = (items: Items, root: number): Array<number> => {
  const children = new Map<string, Array<number>>()
  items.forEach((x, j) => {
    if (x.parentId === undefined) return
    const list = children.get(x.parentId)
    if (list === undefined) children.set(x.parentId, [j])
    else list.push(j)
  })
  const out = [root]
  for (let k = 0; k < out.length; k++) for (const c of children.get(items[out[k]!]!.id) ?? []) out.push(c)
  return out
}

/**
 * Retires an item and every active item below it, with a reason and the day. The items stay in the
 * plan with their money, indicators and monitoring history.
 *
 * @category operations
 * @since 0.1.0
 */
export const retireItem = (plan: Plan, input: { readonly id: StrategyItemId; readonly reason: string }, context: OperationContext): EditResult => {
  const { i, refused } = activeItem(plan, context, input.id)
  const error = firstError(refused, checkName("reason", input.reason), checkText("reason", input.reason))
  if (error !== undefined) return Result.fail(error)
  const retire = new Set(subtree(plan.strategy.items, i))
  return Result.succeed(withItems(plan, plan.strategy.items.map((x, j) =>
    retire.has(j) && x.status === "active" ? { ...x, status: "retired" as const, retired: { reason: input.reason, on: context.today } } : x)))
}

const historyOf = (plan: Plan, id: string): LocalizedText | undefined => {
  if (plan.funding.lines.some((l) => l.activityId === id && (l.planned > 0 || l.secured > 0 || l.spent > 0))) return { cs: "má peníze", en: "it has money" }
  if (plan.monitoringReports.some((r) => r.activities.some((a) => a.activityId === id))) return { cs: "je v monitorovací zprávě", en: "it is in a monitoring report" }
  const indicators = new Set(plan.indicators.filter((x) => x.itemId === id).map((x) => x.id as string))
  if (plan.indicators.some((x) => x.itemId === id && x.actuals.length > 0) || plan.monitoringReports.some((r) => r.indicators.some((x) => indicators.has(x.indicatorId)))) {
    return { cs: "její ukazatel má naměřené hodnoty", en: "its indicator has actual values" }
  }
  if (plan.actionPlans.some((ap) => ap.approval !== undefined && ap.activityIds.includes(id as StrategyItemId))) return { cs: "je ve schváleném akčním plánu", en: "it is in an approved action plan" }
  if (plan.consultation.comments.some((c) => c.itemId === id)) return { cs: "týká se jí připomínka", en: "a comment concerns it" }
  if (plan.decisions.some((d) => d.concerns.some((c) => c === id || indicators.has(c)))) return { cs: "týká se jí rozhodnutí", en: "a decision concerns it" }
  return undefined
}

/**
 * Deletes an item that has no children and no history: no money, no monitoring, no indicator
 * actuals, no approved action plan, no comment or decision about it. Its empty funding lines and
 * indicators go with it, and it leaves draft action plans and working groups' priorities. Anything with
 * history is refused: retire it instead.
 *
 * @category operations
 * @since 0.1.0
 */
export const removeItem = (plan: Plan, input: { readonly id: StrategyItemId }, context: OperationContext): EditResult => {
  const id = input.id
  const i = findItem(plan, id)
  const denied = allowed(plan, context, plan.strategy.items[i])
  if (denied !== undefined) return Result.fail(denied)
  if (i === -1) return Result.fail(unknownItem(id))
  if (plan.strategy.items.some((x) => x.parentId === id)) return Result.fail(domainError("hasChildren", { id }, { ids: [id] }))
  const history = historyOf(plan, id)
  if (history !== undefined) return Result.fail(domainError("hasHistory", { id, what: history }, { ids: [id] }))
  return Result.succeed({
    ...withItems(plan, plan.strategy.items.filter((_, j) => j !== i)),
    funding: { ...plan.funding, lines: plan.funding.lines.filter((l) => l.activityId !== id) },
    indicators: plan.indicators.filter((x) => x.itemId !== id),
    actionPlans: plan.actionPlans.map((ap) => (ap.activityIds.includes(id) ? { ...ap, activityIds: ap.activityIds.filter((a) => a !== id) } : ap)),
    bodies: plan.bodies.map((b) => (b.priorityIds.includes(id) ? { ...b, priorityIds: b.priorityIds.filter((p) => p !== id) } : b))
  })
}

/**
 * A change of the mission, vision or values: a field left out stays; an empty mission or vision
 * removes it.
 *
 * @category models
 * @since 0.1.0
 */
export interface StrategyStatement {
  readonly mission?: string | undefined
  readonly vision?: string | undefined
  readonly values?: ReadonlyArray<string> | undefined
}

/**
 * Sets the mission, vision and values (seed 001: the shared picture of the ideal state, agreed at a
 * coalition meeting).
 *
 * @category operations
 * @since 0.1.0
 */
export const setStrategyStatement = (plan: Plan, input: StrategyStatement, context: OperationContext): EditResult => {
  const error = firstError(
    authorizeOperation(plan, context, { kind: "editStrategyItem" }),
    checkText("mission", input.mission),
    checkText("vision", input.vision),
    ...(input.values ?? []).map((v) => checkName("values", v))
  )
  if (error !== undefined) return Result.fail(error)
  const { mission: _m, vision: _v, ...rest } = plan.strategy
  const mission = input.mission ?? plan.strategy.mission
  const vision = input.vision ?? plan.strategy.vision
  return Result.succeed({
    ...plan,
    strategy: {
      ...rest,
      ...(mission === undefined || mission === "" ? {} : { mission }),
      ...(vision === undefined || vision === "" ? {} : { vision }),
      values: input.values === undefined ? plan.strategy.values : [...input.values]
    }
  })
}

/**
 * Renames the levels of the tree (Priorita / Opatření / Aktivita, or Prioritní oblast / Strategický
 * cíl / Dílčí cíl).
 *
 * @category operations
 * @since 0.1.0
 */
export const setLevelNames = (plan: Plan, input: LevelNames, context: OperationContext): EditResult => {
  const error = firstError(
    authorizeOperation(plan, context, { kind: "editStrategyItem" }),
    ...strategyLevels.flatMap((l) => [checkName(`levelNames.${l}.cs`, input[l]?.cs), checkName(`levelNames.${l}.en`, input[l]?.en)])
  )
  if (error !== undefined) return Result.fail(error)
  return Result.succeed({ ...plan, strategy: { ...plan.strategy, levelNames: input } })
}
