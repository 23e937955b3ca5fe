/**
 * The difference between two versions of a plan, as data: per collection of entities (actors, bodies,
 * strategy items, funding lines, …) the entities added, removed and changed, keyed by id; and the plain
 * fields whose value changed. It is generic over the encoded document, so a new collection in the model
 * is diffed without a change here, and it runs in time linear in the size of the two plans.
 *
 * An array is a collection when every element is an object with an `id`; a few arrays without ids have
 * a natural key declared in {@link collectionKeys} (a funding line is keyed by activity, year and
 * source; a phase record by its phase). Any other value — a scalar or an array without a key — is
 * compared as a whole and reported as a changed field.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { Plan } from "./Plan.js"

/**
 * The entities of one collection that differ.
 *
 * @category models
 * @since 0.1.0
 */
export interface CollectionDiff {
  /** Where the collection is, e.g. `strategy.items`. */
  readonly path: string
  readonly added: ReadonlyArray<string>
  readonly removed: ReadonlyArray<string>
  /** Entities present in both whose content differs, with the names of their changed fields. */
  readonly changed: ReadonlyArray<{ readonly key: string; readonly fields: ReadonlyArray<string> }>
}

/**
 * A plain field whose value changed (values as they are written in the document).
 *
 * @category models
 * @since 0.1.0
 */
export interface FieldChange {
  readonly path: string
  readonly before: unknown
  readonly after: unknown
}

/**
 * The difference between two plans. Empty lists mean the plans are equal.
 *
 * @category models
 * @since 0.1.0
 */
export interface PlanDiff {
  readonly collections: ReadonlyArray<CollectionDiff>
  readonly fields: ReadonlyArray<FieldChange>
}

type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [key: string]: Json }
type JsonObject = { readonly [key: string]: Json }

/**
 * Keys of the collections whose elements have no `id` of their own.
 *
 * @category constants
 * @since 0.1.0
 */
export const collectionKeys: Readonly<Record<string, (element: JsonObject) => string>> = {
  "phases": (e) => String(e["phase"]),
  "funding.lines": (e) => `${String(e["activityId"])}|${String(e["year"])}|${String(e["sourceId"])}`
}

const isObject = (u: Json | undefined): u is JsonObject => typeof u === "object" && u !== null && !Array.isArray(u)

const keyOf = (path: string, array: ReadonlyArray<Json>): ((e: JsonObject) => string) | undefined => {
  const declared = collectionKeys[path]
  if (declared !== undefined) return declared
  if (array.length > 0 && array.every((e) => isObject(e) && typeof e["id"] === "string")) return (e) => e["id"] as string
  return undefined
}

const same = (a: Json | undefined, b: Json | undefined): boolean => a === b || JSON.stringify(a) === JSON.stringify(b)

const changedFields = (a: JsonObject, b: JsonObject): Array<string> => {
  const out: Array<string> = []
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) if (!same(a[k], b[k])) out.push(k)
  return out
}

const diffCollection = (
  path: string,
  key: (e: JsonObject) => string,
  before: ReadonlyArray<Json>,
  after: ReadonlyArray<Json>
): CollectionDiff | undefined => {
  const index = (array: ReadonlyArray<Json>) => {
    const map = new Map<string, JsonObject>()
    for (const e of array) if (isObject(e)) map.set(key(e), e)
    return map
  }
  const a = index(before)
  const b = index(after)
  const added: Array<string> = []
  const removed: Array<string> = []
  const changed: Array<{ key: string; fields: ReadonlyArray<string> }> = []
  for (const [k, e] of a) {
    const other = b.get(k)
    if (other === undefined) removed.push(k)
    else if (!same(e, other)) changed.push({ key: k, fields: changedFields(e, other) })
  }
  for (const k of b.keys()) if (!a.has(k)) added.push(k)
  return added.length + removed.length + changed.length === 0 ? undefined : { path, added, removed, changed }
}

/**
 * The structural difference between two encoded documents (or any two JSON values).
 *
 * @category diffing
 * @since 0.1.0
 */
export const diffJson = (before: Json, after: Json): PlanDiff => {
  const collections: Array<CollectionDiff> = []
  const fields: Array<FieldChange> = []
  const walk = (path: string, a: Json | undefined, b: Json | undefined): void => {
    if (isObject(a) && isObject(b)) {
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) walk(path === "" ? k : `${path}.${k}`, a[k], b[k])
      return
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      const key = keyOf(path, a.length > 0 ? a : b)
      if (key !== undefined && [...a, ...b].every(isObject)) {
        const d = diffCollection(path, key, a, b)
        if (d !== undefined) collections.push(d)
        return
      }
    }
    if (!same(a, b)) fields.push({ path, before: a, after: b })
  }
  walk("", before, after)
  return { collections, fields }
}

const encodePlan = Schema.encodeSync(Plan)

/**
 * The difference between two plans.
 *
 * @category diffing
 * @since 0.1.0
 */
export const diffPlans = (before: Plan, after: Plan): PlanDiff =>
  diffJson(encodePlan(before) as unknown as Json, encodePlan(after) as unknown as Json)

/**
 * Whether a diff records no change.
 *
 * @category guards
 * @since 0.1.0
 */
export const isEmptyDiff = (diff: PlanDiff): boolean => diff.collections.length === 0 && diff.fields.length === 0
