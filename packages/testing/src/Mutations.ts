/**
 * Mutations that break a valid plan document in one known way at a time — a wrong type at a path, a
 * missing required field, an unknown field, a dangling reference, a duplicate id, bad money, a date
 * that does not exist, a name of megabytes, nesting hundreds deep, text that is not JSON, truncated
 * JSON — each with the problem the decoder must report (its code, and the path where it must appear).
 *
 * The slots a mutation may hit are found by walking the document alongside the Schema of the canonical
 * document, so a new field of the model is mutated without a change here. {@link arbitraryMalformedDocument}
 * applies one or more mutations to a generated plan.
 *
 * @since 0.1.0
 */
import { encodePlanDocument, parentLevel, PlanDocument, type PathSegment, type Plan, type ProblemCode, type StrategyLevel } from "@kpss/core"
import { SchemaAST } from "effect"
import * as fc from "fast-check"
import { arbitraryPlan, type PlanOptions } from "./Arbitraries.js"
import { getAt, setAt } from "./internal/documentPath.js"

/**
 * A problem the decoder must report: one of `codes` at exactly `path`, or — when `under` is true — at
 * `path` or below it.
 *
 * @category models
 * @since 0.1.0
 */
export interface ExpectedProblem {
  readonly path: ReadonlyArray<PathSegment>
  readonly codes: ReadonlyArray<ProblemCode>
  readonly under?: boolean
}

/**
 * Whether a list of problems reports an expected problem: one of its codes at its path (or below it,
 * when `under`). `at` is where the mutated document sits in the input that was checked — `["document"]`
 * when it was sent inside a request body — and is put before the expected path.
 *
 * @category mutations
 * @since 0.1.0
 */
export const reportsExpected = (
  problems: ReadonlyArray<{ readonly path: ReadonlyArray<PathSegment>; readonly code: string }>,
  expected: ExpectedProblem,
  at: ReadonlyArray<PathSegment> = []
): boolean => {
  const path = [...at, ...expected.path]
  const codes: ReadonlyArray<string> = expected.codes
  return problems.some((p) =>
    codes.includes(p.code) &&
    (expected.under === true ? p.path.length >= path.length : p.path.length === path.length) &&
    path.every((s, i) => p.path[i] === s))
}

/**
 * Random material a mutation may use.
 *
 * @category models
 * @since 0.1.0
 */
export interface Noise {
  readonly json: fc.JsonValue
  readonly text: string
  readonly bytes: Uint8Array
}

/**
 * Where the decoder finds a problem: reading the document (JSON, size, version), its structure (the
 * Schema), or its references (checked only on a structurally valid plan).
 *
 * @category models
 * @since 0.1.0
 */
export type MutationStage = "document" | "structure" | "references"

/**
 * A way to break a document. `apply` mutates the given document (a fresh copy, a JSON value) in place,
 * or returns a replacement input (text or bytes), with the problem it expects; `undefined` when the
 * document has no place for it. `choice` picks where.
 *
 * @category models
 * @since 0.1.0
 */
export interface Mutation {
  readonly name: string
  readonly stage: MutationStage
  /** The code the decoder must report (the first of them, when several fit). */
  readonly code: ProblemCode | undefined
  readonly apply: (document: Record<string, unknown>, choice: number, noise: Noise) => Mutated | undefined
}

/**
 * The result of a mutation.
 *
 * @category models
 * @since 0.1.0
 */
export interface Mutated {
  /** A replacement input; absent when the document was changed in place. */
  readonly input?: unknown
  readonly expected: ExpectedProblem | undefined
  /** Other paths the expected problem depends on, which a further mutation must leave alone. */
  readonly touched?: ReadonlyArray<ReadonlyArray<PathSegment>>
}

// ---------------------------------------------------------------------------------------------------
// Slots: every value of the document with the schema node that describes it
// ---------------------------------------------------------------------------------------------------

type Kind = "object" | "array" | "string" | "number" | "boolean" | "literal"

/**
 * A value of the document and what the Schema says of it.
 *
 * @category models
 * @since 0.1.0
 */
export interface Slot {
  readonly path: ReadonlyArray<PathSegment>
  readonly kind: Kind
  /** Whether the key may be left out (array elements and the root are not optional). */
  readonly optional: boolean
  /** Whether it is an object property (it can be deleted) rather than an array element. */
  readonly property: boolean
  /** The problem code the Schema's own constraint reports (`money`, `date`, `name`, `id`, …). */
  readonly problem: ProblemCode | undefined
  /** The length limit of that constraint, if it names one (500 for a name, 2000 for an address). */
  readonly limit: number | undefined
  /** For an object: its declared keys; for an array of entities: true. */
  readonly keys: ReadonlyArray<string>
  readonly entities: boolean
}

const problemOf = (ast: SchemaAST.AST): { problem: ProblemCode | undefined; limit: number | undefined } => {
  const found = { problem: undefined as ProblemCode | undefined, limit: undefined as number | undefined }
  const visit = (check: SchemaAST.Check<unknown>): void => {
    if (check._tag === "Filter") {
      const annotations = check.annotations as Record<string, unknown> | undefined
      if (typeof annotations?.["kpssProblem"] === "string") {
        found.problem = annotations["kpssProblem"] as ProblemCode
        found.limit = typeof annotations["kpssLimit"] === "number" ? annotations["kpssLimit"] : undefined
      }
    } else check.checks.forEach(visit)
  }
  ast.checks?.forEach((c) => visit(c as SchemaAST.Check<unknown>))
  return found
}

const kindOf = (ast: SchemaAST.AST): Kind | undefined => {
  switch (ast._tag) {
    case "Objects": return "object"
    case "Arrays": return "array"
    case "String": return "string"
    case "Number": return "number"
    case "Boolean": return "boolean"
    case "Literal": return "literal"
    case "Union": return ast.types.every((t) => t._tag === "Literal") ? "literal" : undefined
    default: return undefined
  }
}

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

/**
 * Every value of a plan document below `plan`, with its schema facts, in document order. Values that
 * do not have the shape the schema expects are listed but not entered.
 *
 * @category slots
 * @since 0.1.0
 */
export const documentSlots = (document: unknown): Array<Slot> => {
  const out: Array<Slot> = []
  const walk = (ast: SchemaAST.AST, value: unknown, path: Array<PathSegment>, optional: boolean, property: boolean): void => {
    if (ast._tag === "Suspend") return walk(ast.thunk(), value, path, optional, property)
    const kind = kindOf(ast)
    if (kind === undefined) return
    const keys = ast._tag === "Objects" ? ast.propertySignatures.map((p) => String(p.name)) : []
    const element = ast._tag === "Arrays" ? ast.rest[0] : undefined
    const entities = element?._tag === "Objects" && element.propertySignatures.some((p) => p.name === "id")
    if (path.length > 0) out.push({ path: [...path], kind, optional, property, ...problemOf(ast), keys, entities })
    if (ast._tag === "Objects" && isRecord(value)) {
      for (const p of ast.propertySignatures) {
        const name = String(p.name)
        if (Object.hasOwn(value, name)) walk(p.type, value[name], [...path, name], p.type.context?.isOptional === true, true)
      }
    } else if (element !== undefined && Array.isArray(value)) {
      value.forEach((v, i) => walk(element, v, [...path, i], false, false))
    }
  }
  if (isRecord(document)) {
    const planAst = (PlanDocument.ast as SchemaAST.Objects).propertySignatures.find((p) => p.name === "plan")!.type
    walk(planAst, document["plan"], ["plan"], false, true)
  }
  return out
}

const removeAt = (root: unknown, path: ReadonlyArray<PathSegment>): void => {
  delete (getAt(root, path.slice(0, -1)) as Record<PathSegment, unknown>)[path[path.length - 1]!]
}

const choose = <A>(list: ReadonlyArray<A>, choice: number): A | undefined =>
  list.length === 0 ? undefined : list[choice % list.length]

const slotMutation = (
  name: string,
  code: ProblemCode | undefined,
  stage: MutationStage,
  select: (slot: Slot) => boolean,
  change: (document: Record<string, unknown>, slot: Slot, choice: number, noise: Noise) => ExpectedProblem | Mutated | undefined
): Mutation => ({
  name,
  code,
  stage,
  apply: (document, choice, noise) => {
    const slot = choose(documentSlots(document).filter(select), choice)
    if (slot === undefined) return undefined
    // The choice picks the slot; its quotient picks the variant.
    const changed = change(document, slot, Math.floor(choice / 7919), noise)
    return changed === undefined ? undefined : "codes" in changed ? { expected: changed } : changed
  }
})

// ---------------------------------------------------------------------------------------------------
// The mutations
// ---------------------------------------------------------------------------------------------------

const jsonType = (u: unknown): string => (u === null ? "null" : Array.isArray(u) ? "array" : typeof u)
const kindType: Record<Kind, string | undefined> = {
  object: "object", array: "array", string: "string", number: "number", boolean: "boolean", literal: undefined
}
const otherValues: ReadonlyArray<unknown> = ["text", "", 0, 1.5, -7, true, false, null, [], [1, "a"], {}, { id: "x" }]

/**
 * The megabytes-long string a name or text is replaced with (shared, so it is built once).
 *
 * @category constants
 * @since 0.1.0
 */
export const megabyteString: string = "Ž".repeat(2 * 1024 * 1024)

const nested = (depth: number): unknown => {
  let v: unknown = "dno"
  for (let i = 0; i < depth; i++) v = i % 2 === 0 ? [v] : [{ hloubka: v }]
  return v
}

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

const notFound = "⟂ neexistuje ⟂"
const ownIdKeys = new Set(["carriedOverFrom"])

/**
 * The mutations, one way of breaking a document each.
 *
 * @category mutations
 * @since 0.1.0
 */
export const mutations: ReadonlyArray<Mutation> = [
  slotMutation("wrongType", "type", "structure", () => true, (doc, slot, choice, noise) => {
    const expected = kindType[slot.kind]
    const candidates = [noise.json, ...otherValues].filter((v) => jsonType(v) !== expected && !(slot.kind === "literal" && typeof v === "string" && v !== "" && v !== "text"))
    setAt(doc, slot.path, choose(candidates, choice))
    return { path: slot.path, codes: slot.kind === "literal" ? ["literal"] : ["type"] }
  }),
  slotMutation("missingField", "missing", "structure", (s) => s.property && !s.optional, (doc, slot) => {
    removeAt(doc, slot.path)
    return { path: slot.path, codes: ["missing"] }
  }),
  slotMutation("unknownField", "unknownField", "structure", (s) => s.kind === "object", (doc, slot, choice) => {
    const key = choose(["extra", "__proto__", "constructor", "Id", "poznámka", " id", "toString", "9"].filter((k) => !slot.keys.includes(k)), choice)!
    setAt(doc, [...slot.path, key], choice % 2 === 0 ? "x" : { nested: true })
    return { path: [...slot.path, key], codes: ["unknownField"] }
  }),
  slotMutation("badMoney", "money", "structure", (s) => s.problem === "money", (doc, slot, choice) => {
    setAt(doc, slot.path, choose([-1, -1_000_000, 0.5, 1234.56, 2 ** 53, 1e300, Number.MAX_SAFE_INTEGER + 2], choice))
    return { path: slot.path, codes: ["money"] }
  }),
  slotMutation("nonexistentDate", "date", "structure", (s) => s.problem === "date", (doc, slot, choice) => {
    setAt(doc, slot.path, choose(["2017-02-30", "2019-02-29", "2100-02-29", "2018-04-31", "2018-13-01", "2018-00-10", "1899-12-31", "2018-1-5", "05.01.2018", "2018-01-05T00:00:00Z", ""], choice))
    return { path: slot.path, codes: ["date"] }
  }),
  slotMutation("badYear", "year", "structure", (s) => s.problem === "year", (doc, slot, choice) => {
    setAt(doc, slot.path, choose([1989, 2101, 2020.5, -2020, 20_200], choice))
    return { path: slot.path, codes: ["year"] }
  }),
  slotMutation("hugeString", "name", "structure", (s) => s.problem === "name" || s.problem === "text", (doc, slot) => {
    setAt(doc, slot.path, megabyteString)
    return { path: slot.path, codes: [slot.problem!] }
  }),
  slotMutation("emptyName", "name", "structure", (s) => s.problem === "name", (doc, slot, choice) => {
    // A name must have more than spaces; an address (limit 2000) only must not be empty.
    setAt(doc, slot.path, slot.limit === 500 ? choose(["", " ", "\n\t "], choice) : "")
    return { path: slot.path, codes: ["name"] }
  }),
  slotMutation("badId", "id", "structure", (s) => s.problem === "id", (doc, slot, choice) => {
    setAt(doc, slot.path, choose(["", "a\u0000b", "line\nbreak", "x".repeat(201)], choice))
    return { path: slot.path, codes: ["id"] }
  }),
  slotMutation("deepNesting", "type", "structure", () => true, (doc, slot, choice) => {
    setAt(doc, slot.path, nested(200 + (choice % 400)))
    return { path: slot.path, codes: ["type", "literal", "unknownField", "missing"], under: true }
  }),
  slotMutation("danglingReference", "reference", "references",
    (s) => s.problem === "id" && s.path[s.path.length - 1] !== "id" && !ownIdKeys.has(String(s.path[s.path.length - 1])) && s.path.length > 2,
    (doc, slot) => {
      setAt(doc, slot.path, notFound)
      return { path: slot.path, codes: ["reference"] }
    }),
  slotMutation("duplicateId", "duplicateId", "references", (s) => s.entities, (doc, slot, choice) => {
    const list = getAt(doc, slot.path) as Array<unknown>
    if (list.length === 0) return undefined
    list.push(structuredClone(list[choice % list.length]))
    return { path: [...slot.path, list.length - 1, "id"], codes: ["duplicateId"] }
  }),
  slotMutation("duplicateFundingCell", "duplicateCell", "references", (s) => s.path.join("/") === "plan/funding/lines", (doc, slot, choice) => {
    // A line whose activity or source another mutation broke is no cell of the matrix.
    const lines = (getAt(doc, slot.path) as Array<Record<string, unknown>>)
    const whole = lines.flatMap((l, i) => (l["activityId"] !== notFound && l["sourceId"] !== notFound ? [i] : []))
    if (whole.length === 0) return undefined
    const original = whole[choice % whole.length]!
    lines.push({ ...lines[original]!, planned: 1 })
    return { expected: { path: [...slot.path, lines.length - 1], codes: ["duplicateCell"] }, touched: [[...slot.path, original]] }
  }),
  slotMutation("wrongParentLevel", "tree", "references", (s) => s.path.join("/") === "plan/strategy/items", (doc, slot, choice) => {
    const items = getAt(doc, slot.path) as Array<{ id: string; level: StrategyLevel; parentId?: string }>
    const children = items.map((item, i) => [item, i] as const).filter(([item]) => item.parentId !== undefined)
    const picked = choose(children, choice)
    if (picked === undefined) return undefined
    const [child, index] = picked
    const wrong = items.filter((x) => x.level !== parentLevel[child.level])
    const parent = choose(wrong, choice)
    if (parent === undefined) return undefined
    child.parentId = parent.id
    return { path: [...slot.path, index, "parentId"], codes: ["tree"] }
  }),
  {
    name: "wrongFormatVersion",
    code: "formatVersion",
    stage: "document",
    apply: (doc, choice) => {
      doc["formatVersion"] = choose([0, 2, 99, -1, 1.5, "1", null, true], choice)
      return { expected: { path: ["formatVersion"], codes: ["formatVersion"] } }
    }
  },
  {
    name: "randomJsonDocument",
    code: undefined,
    stage: "document",
    apply: (_doc, _choice, noise) => ({ input: noise.json, expected: undefined })
  },
  {
    name: "notJson",
    code: "json",
    stage: "document",
    apply: (_doc, choice, noise) => {
      const text = choose([`{${noise.text}`, `${noise.text}}`, `{"formatVersion": 1, "plan": ${noise.text}`, "", "NaN", "{'a': 1}", "[1,]"], choice)!
      return { input: isJson(text) ? `\u0000${text}` : text, expected: { path: [], codes: ["json"] } }
    }
  },
  {
    name: "notUtf8",
    code: "json",
    stage: "document",
    apply: (_doc, choice, noise) => {
      // 0xC0 0x80 is an overlong encoding, never valid UTF-8; placed at a random position.
      const at = choice % (noise.bytes.length + 1)
      const bytes = new Uint8Array([...noise.bytes.slice(0, at), 0xc0, 0x80, ...noise.bytes.slice(at)])
      return { input: bytes, expected: { path: [], codes: ["json"] } }
    }
  },
  {
    name: "truncatedJson",
    code: "json",
    stage: "document",
    apply: (doc, choice) => {
      const text = JSON.stringify(doc)
      return { input: choice % 2 === 0 ? text.slice(0, choice % text.length) : new TextEncoder().encode(text.slice(0, choice % text.length)), expected: { path: [], codes: ["json"] } }
    }
  }
]

/**
 * The mutation of a name.
 *
 * @category mutations
 * @since 0.1.0
 */
export const mutation = (name: string): Mutation => {
  const found = mutations.find((m) => m.name === name)
  if (found === undefined) throw new TypeError(`no mutation named ${name}`)
  return found
}

/**
 * A malformed input: what to decode, the mutations applied, and the problems the decoder must report.
 *
 * @category models
 * @since 0.1.0
 */
export interface MalformedDocument {
  readonly input: unknown
  readonly mutations: ReadonlyArray<string>
  readonly expected: ReadonlyArray<ExpectedProblem>
}

const isPrefix = (a: ReadonlyArray<PathSegment>, b: ReadonlyArray<PathSegment>) =>
  a.length <= b.length && a.every((s, i) => s === b[i])

/**
 * Applies mutations one after another to a plan's document. Returns `undefined` when one has no place
 * in the document, or when two would touch overlapping paths (so each keeps its own problem).
 *
 * @category mutations
 * @since 0.1.0
 */
export const mutatePlan = (
  plan: Plan,
  picks: ReadonlyArray<{ readonly mutation: Mutation; readonly choice: number }>,
  noise: Noise
): MalformedDocument | undefined => {
  // A deep copy: the encoded plan may share objects with the plan, which fast-check reuses.
  const document = structuredClone(encodePlanDocument(plan)) as Record<string, unknown>
  let input: unknown = document
  const expected: Array<ExpectedProblem> = []
  const occupied: Array<ReadonlyArray<PathSegment>> = []
  const overlaps = (path: ReadonlyArray<PathSegment>) => occupied.some((x) => isPrefix(x, path) || isPrefix(path, x))
  for (const { mutation: m, choice } of picks) {
    if (input !== document) return undefined
    let result: ReturnType<Mutation["apply"]>
    try {
      result = m.apply(document, choice, noise)
    } catch {
      // An earlier mutation changed the shape this one needs (a parent is no longer an object):
      // the two overlap, so the combination has no place in this document.
      return undefined
    }
    if (result === undefined) return undefined
    if (result.input !== undefined) {
      // A mutation that replaces the whole input comes alone.
      if (picks.length > 1) return undefined
      input = result.input
    }
    const e = result.expected
    const paths = [...(e === undefined ? [] : [e.path]), ...(result.touched ?? [])]
    if (paths.some(overlaps)) return undefined
    occupied.push(...paths)
    if (e !== undefined) expected.push(e)
  }
  return { input, mutations: picks.map((p) => p.mutation.name), expected }
}

/**
 * Options of {@link arbitraryMalformedDocument}.
 *
 * @category models
 * @since 0.1.0
 */
export interface MalformedOptions {
  /** The mutations to draw from (default all). */
  readonly mutations?: ReadonlyArray<Mutation>
  /** How many mutations to apply to one document (default 1). */
  readonly count?: number
  /** The size of the plans mutated (default 1–4 activities). */
  readonly plan?: PlanOptions
}

/**
 * Malformed inputs: a generated valid plan broken by `count` mutations, with the problems the decoder
 * must report.
 *
 * @category mutations
 * @since 0.1.0
 */
export const arbitraryMalformedDocument = (options: MalformedOptions = {}): fc.Arbitrary<MalformedDocument> =>
  arbitraryMalformedDocuments({ ...options, perPlan: 1 })
    .filter((list) => list.length === 1)
    .map((list) => list[0]!)

/**
 * Several malformed inputs made from one generated plan, each broken independently (generating the
 * plan costs more than decoding it, so this is the cheap way to many inputs). Mutations with no place
 * in the plan are left out, so the list may be shorter than `perPlan`.
 *
 * @category mutations
 * @since 0.1.0
 */
export const arbitraryMalformedDocuments = (
  options: MalformedOptions & { readonly perPlan?: number } = {}
): fc.Arbitrary<ReadonlyArray<MalformedDocument>> => {
  const list = options.mutations ?? mutations
  const count = options.count ?? 1
  const perPlan = options.perPlan ?? 10
  const picks = fc.array(fc.record({ mutation: fc.constantFrom(...list), choice: fc.nat() }), { minLength: count, maxLength: count })
  return fc.record({
    plan: arbitraryPlan(options.plan ?? { minActivities: 1, maxActivities: 4 }),
    batches: fc.array(fc.record({
      picks,
      noise: fc.record({
        json: fc.jsonValue({ maxDepth: 3 }),
        text: fc.string({ maxLength: 40 }),
        bytes: fc.uint8Array({ maxLength: 40 })
      })
    }), { minLength: perPlan, maxLength: perPlan })
  }).map(({ plan, batches }) => batches.flatMap(({ picks, noise }) => mutatePlan(plan, picks, noise) ?? []))
}
