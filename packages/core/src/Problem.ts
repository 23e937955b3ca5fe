/**
 * Problems with outside data, and the one error that carries them. Every entry point that takes
 * outside data (a document, a register file, a filled table) answers bad input with `InvalidInput`:
 * the list of every problem, each with its path in the input, a stable code and a message in Czech and
 * English. It is data — never an exception.
 *
 * @since 0.1.0
 */
import { Schema, SchemaAST, SchemaIssue } from "effect"
import { makeMessages, type LocalizedText, type MessageParams } from "./Messages.js"

/**
 * The stable codes of input problems.
 *
 * @category models
 * @since 0.1.0
 */
export type ProblemCode =
  | "json"
  | "tooLarge"
  | "formatVersion"
  | "type"
  | "missing"
  | "unknownField"
  | "literal"
  | "date"
  | "year"
  | "money"
  | "id"
  | "name"
  | "text"
  | "int"
  | "count"
  | "fraction"
  | "number"
  | "code"
  | "ico"
  | "duplicateId"
  | "reference"
  | "tree"
  | "duplicateCell"
  | "invalid"
  | "phaseMerge"

/**
 * A step of a path: an object key or an array index.
 *
 * @category models
 * @since 0.1.0
 */
export type PathSegment = string | number

/**
 * One problem with the input.
 *
 * @category models
 * @since 0.1.0
 */
export interface Problem {
  readonly path: ReadonlyArray<PathSegment>
  readonly code: ProblemCode
  readonly message: LocalizedText
}

const messages = makeMessages({
  json: { cs: "Vstup není platný JSON: {detail}", en: "The input is not valid JSON: {detail}" },
  tooLarge: { cs: "Vstup je příliš velký: {size} bajtů, nejvýše {limit}", en: "The input is too large: {size} bytes, at most {limit}" },
  formatVersion: { cs: "Nepodporovaná verze formátu {found}; tato knihovna čte verze 1 až {current}", en: "Unsupported format version {found}; this library reads versions 1 to {current}" },
  type: { cs: "Očekáván {expectedCs}, nalezen {foundCs}", en: "Expected {expected}, found {found}" },
  missing: { cs: "Chybí povinná položka", en: "A required field is missing" },
  unknownField: { cs: "Neznámá položka „{field}“", en: "Unknown field \"{field}\"" },
  literal: { cs: "Nepovolená hodnota {found}; povolené jsou: {allowed}", en: "Value {found} is not allowed; allowed: {allowed}" },
  date: { cs: "Neplatné datum {found}; očekáváno existující datum ve tvaru RRRR-MM-DD", en: "Invalid date {found}; expected an existing date YYYY-MM-DD" },
  year: { cs: "Neplatný rok {found}; očekáván rok 1990–2100", en: "Invalid year {found}; expected a year 1990–2100" },
  money: { cs: "Neplatná částka {found}; očekáváno celé nezáporné číslo korun", en: "Invalid amount {found}; expected a whole non-negative number of crowns" },
  id: { cs: "Neplatný identifikátor; očekáváno 1–200 znaků bez řídicích znaků", en: "Invalid id; expected 1–200 characters without control characters" },
  name: { cs: "Neplatný název; očekáván neprázdný text nejvýše {limit} znaků", en: "Invalid name; expected non-empty text of at most {limit} characters" },
  text: { cs: "Text je příliš dlouhý; nejvýše {limit} znaků", en: "The text is too long; at most {limit} characters" },
  int: { cs: "Neplatné číslo {found}; očekáváno celé číslo v povoleném rozsahu", en: "Invalid number {found}; expected a whole number in the allowed range" },
  count: { cs: "Neplatný počet {found}; očekáváno celé nezáporné číslo", en: "Invalid count {found}; expected a whole non-negative number" },
  fraction: { cs: "Neplatný podíl {found}; očekáváno číslo větší než 0 a nejvýše 1", en: "Invalid share {found}; expected a number greater than 0 and at most 1" },
  number: { cs: "Neplatné číslo {found}; očekáváno konečné číslo", en: "Invalid number {found}; expected a finite number" },
  code: { cs: "Neplatný kód území {found}; očekáváno 1–12 číslic", en: "Invalid territory code {found}; expected 1–12 digits" },
  ico: { cs: "Neplatné IČO {found}; očekáváno 8 číslic", en: "Invalid IČO {found}; expected 8 digits" },
  duplicateId: { cs: "Identifikátor „{id}“ je použit vícekrát (také v {other})", en: "The id \"{id}\" is used more than once (also at {other})" },
  reference: { cs: "Odkaz na neexistující {kind} „{id}“", en: "Reference to a {kindEn} \"{id}\" that does not exist" },
  tree: { cs: "Chybná stavba stromu strategie: {detail}", en: "The strategy tree is malformed: {detailEn}" },
  duplicateCell: { cs: "Buňka financování (aktivita {activity}, rok {year}, zdroj {source}) je uvedena vícekrát", en: "The funding cell (activity {activity}, year {year}, source {source}) appears more than once" },
  invalid: { cs: "Neplatná hodnota: {detail}", en: "Invalid value: {detail}" },
  phaseMerge: {
    cs: "Sloučit lze jen dvě a více fází, které v metodice jdou po sobě, v jejím pořadí, a ne poslední fázi (implementation), z níž se už nepostupuje (uvedeno: {phases})",
    en: "Only two or more phases that follow each other in the methodology, in its order, can be merged, and not the last phase (implementation), which is never left (given: {phases})"
  }
})

/**
 * Makes a problem with its message from the catalogue.
 *
 * @category constructors
 * @since 0.1.0
 */
export const problem = (path: ReadonlyArray<PathSegment>, code: ProblemCode, params?: MessageParams): Problem => ({
  path,
  code,
  message: messages(code, params)
})

/**
 * Writes a path as people read it: `plan.strategy.items[3].title` (`$` for the root).
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatPath = (path: ReadonlyArray<PathSegment>): string => {
  let out = ""
  for (const segment of path) {
    out += typeof segment === "number" ? `[${segment}]` : /^[A-Za-z_$][\w$]*$/.test(segment) ? (out === "" ? segment : `.${segment}`) : `[${JSON.stringify(segment)}]`
  }
  return out === "" ? "$" : out
}

/**
 * The error of every entry point that takes outside data: every problem found, not just the first.
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidInput extends Schema.TaggedError<InvalidInput>()("InvalidInput", {
  /** What was being read, e.g. "plan document". */
  input: Schema.String,
  problems: Schema.Array(Schema.Struct({
    path: Schema.Array(Schema.Union([Schema.String, Schema.Number])),
    code: Schema.String,
    message: Schema.Struct({ cs: Schema.String, en: Schema.String })
  }))
}) {
  override get message(): string {
    const shown = this.problems.slice(0, 5).map((p) => `${formatPath(p.path)}: ${p.message.en}`)
    const more = this.problems.length > 5 ? ` (+${this.problems.length - 5} more)` : ""
    return `Invalid ${this.input}: ${shown.join("; ")}${more}`
  }
}

const describe = (value: unknown): string => {
  if (value === null) return "null"
  if (Array.isArray(value)) return "array"
  const t = typeof value
  if (t === "string") {
    const s = value as string
    return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s)
  }
  if (t === "number" || t === "boolean") return String(value)
  return t
}

const typeName = (ast: SchemaAST.AST): string => {
  switch (ast._tag) {
    case "String":
      return "string"
    case "Number":
      return "number"
    case "Boolean":
      return "boolean"
    case "Arrays":
      return "array"
    case "Objects":
      return "object"
    case "Literal":
      return JSON.stringify(ast.literal)
    default:
      return ast._tag
  }
}

const literalValues = (ast: SchemaAST.AST): ReadonlyArray<unknown> | undefined => {
  if (ast._tag === "Literal") return [ast.literal]
  if (ast._tag === "Union" && ast.types.every((t) => t._tag === "Literal")) {
    return ast.types.map((t) => (t as SchemaAST.Literal).literal)
  }
  return undefined
}

/**
 * Turns an Effect Schema issue tree into problems with paths, codes and Czech and English messages.
 *
 * @category conversions
 * @since 0.1.0
 */
export const problemsFromIssue = (issue: SchemaIssue.Issue, input: unknown): Array<Problem> => {
  const out: Array<Problem> = []
  const valueAt = (path: ReadonlyArray<PropertyKey>): unknown => {
    let v: unknown = input
    for (const k of path) {
      if (v === null || typeof v !== "object") return undefined
      v = (v as Record<PropertyKey, unknown>)[k]
    }
    return v
  }
  const toPath = (path: ReadonlyArray<PropertyKey>): Array<PathSegment> =>
    path.map((k) => (typeof k === "number" ? k : String(k)))
  const walk = (node: SchemaIssue.Issue, path: ReadonlyArray<PropertyKey>): void => {
    switch (node._tag) {
      case "Pointer":
        return walk(node.issue, [...path, ...node.path])
      case "Composite":
        for (const child of node.issues) walk(child, path)
        return
      case "Encoding":
        return walk(node.issue, path)
      case "Filter": {
        const annotations = node.filter.annotations as Record<string, unknown> | undefined
        const code = annotations?.["kpssProblem"] as ProblemCode | undefined
        const found = describe(valueAt(path))
        if (code !== undefined) {
          out.push(problem(toPath(path), code, { found, limit: String(annotations?.["kpssLimit"] ?? "") }))
        } else {
          out.push(problem(toPath(path), "invalid", { detail: String(annotations?.["expected"] ?? "") }))
        }
        return
      }
      case "MissingKey":
        out.push(problem(toPath(path), "missing"))
        return
      case "UnexpectedKey":
        out.push(problem(toPath(path), "unknownField", { field: String(path[path.length - 1] ?? "") }))
        return
      case "InvalidType":
      case "AnyOf": {
        const values = literalValues(node.ast)
        const found = describe(valueAt(path))
        if (values !== undefined) {
          out.push(problem(toPath(path), "literal", { found, allowed: values.map((v) => JSON.stringify(v)).join(", ") }))
        } else {
          out.push(typeProblem(toPath(path), typeName(node.ast), valueAt(path)))
        }
        return
      }
      case "InvalidValue":
      case "Forbidden":
      case "OneOf":
        out.push(problem(toPath(path), "invalid", { detail: node._tag }))
        return
    }
  }
  walk(issue, [])
  return out
}

const typeNameOf = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "array" : value === undefined ? "nothing" : typeof value

const czechTypeNames: Readonly<Record<string, string>> = {
  string: "text",
  number: "číslo",
  boolean: "logická hodnota",
  array: "seznam",
  object: "objekt",
  null: "null",
  nothing: "nic",
  bigint: "velké číslo",
  undefined: "nic"
}

/**
 * A problem of the wrong type, named in both languages.
 *
 * @category constructors
 * @since 0.1.0
 */
export const typeProblem = (path: ReadonlyArray<PathSegment>, expected: string, value: unknown): Problem => {
  const found = typeNameOf(value)
  return problem(path, "type", {
    expected,
    found,
    expectedCs: czechTypeNames[expected] ?? expected,
    foundCs: czechTypeNames[found] ?? found
  })
}
