/**
 * The canonical document: a plan as versioned JSON, the format other systems read and write.
 *
 * `{ "formatVersion": 1, "plan": { … } }`
 *
 * Decoding untrusted input returns the plan or `InvalidInput` listing every problem with its path and a
 * Czech and English message; it never throws. Encoding is its exact inverse. Older format versions are
 * migrated on the way in through the registered migrations; the JSON Schema of the document is derived
 * from the same Schema (`planDocumentJsonSchema`).
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import { Plan } from "./Plan.js"
import { checkIntegrity } from "./PlanIntegrity.js"
import { compileGuard } from "./SchemaGuard.js"
import { InvalidInput, problem, problemsFromIssue, typeProblem, type Problem } from "./Problem.js"

/**
 * The format version this library writes.
 *
 * @category constants
 * @since 0.1.0
 */
export const currentFormatVersion = 1

/**
 * The canonical document of the current version.
 *
 * @category schemas
 * @since 0.1.0
 */
export const PlanDocument = Schema.Struct({
  formatVersion: Schema.Literal(currentFormatVersion),
  plan: Plan
})

/**
 * @category models
 * @since 0.1.0
 */
export type PlanDocument = typeof PlanDocument.Type

/**
 * A migration from one format version to the next: a pure function over the raw JSON value, which may
 * report problems instead of a result.
 *
 * @category models
 * @since 0.1.0
 */
export interface Migration {
  readonly from: number
  readonly migrate: (document: Record<string, unknown>) => Result.Result<Record<string, unknown>, ReadonlyArray<Problem>>
}

/**
 * The migrations, one per older version, applied in order. Version 1 is the first format, so there are
 * none yet; a format change adds one here together with a test that reads a document of the old version.
 *
 * @category constants
 * @since 0.1.0
 */
export const migrations: ReadonlyArray<Migration> = []

/**
 * Limits on input, against hostile or broken documents.
 *
 * @category models
 * @since 0.1.0
 */
export interface DecodeOptions {
  /** The largest document accepted, in bytes (UTF-8 for text). Default 256 MiB. */
  readonly maxBytes?: number
  /** Migrations to apply to older versions (defaults to {@link migrations}). */
  readonly migrations?: ReadonlyArray<Migration>
  /** The version decoded documents must reach (defaults to {@link currentFormatVersion}). */
  readonly currentVersion?: number
}

/**
 * The default size limit of a document: 256 MiB.
 *
 * @category constants
 * @since 0.1.0
 */
export const defaultMaxBytes = 256 * 1024 * 1024

const strictAll = { onExcessProperty: "error", errors: "all" } as const
const decodeAll = Schema.decodeUnknownResult(PlanDocument)
const isPlanDocument = compileGuard(PlanDocument)
// Text parsed here cannot carry symbol keys, so its guard skips that check.
const isParsedPlanDocument = compileGuard(PlanDocument, { symbolKeys: false })

const fail = (problems: ReadonlyArray<Problem>) =>
  Result.fail(new InvalidInput({ input: "plan document", problems: problems.map((p) => ({ ...p, path: [...p.path] })) }))

/** The UTF-8 size of a string, counted without encoding it (a lone surrogate counts as U+FFFD, 3 bytes). */
const utf8Size = (s: string): number => {
  let size = s.length
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) continue
    if (c < 0x800) size += 1
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) size += 2, i++
    else size += 2
  }
  return size
}

const parseText = (input: string | Uint8Array, maxBytes: number): Result.Result<unknown, ReadonlyArray<Problem>> => {
  // A string's UTF-8 size is at least its length and at most three times it: count only in between.
  const size = typeof input === "string"
    ? (input.length > maxBytes || input.length * 3 <= maxBytes ? input.length : utf8Size(input))
    : input.byteLength
  if (size > maxBytes) return Result.fail([problem([], "tooLarge", { size, limit: maxBytes })])
  let text: string
  try {
    text = typeof input === "string" ? input : new TextDecoder("utf-8", { fatal: true }).decode(input)
  } catch {
    return Result.fail([problem([], "json", { detail: "not UTF-8 text" })])
  }
  try {
    return Result.succeed(JSON.parse(text))
  } catch (e) {
    return Result.fail([problem([], "json", { detail: e instanceof Error ? e.message : String(e) })])
  }
}

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

const migrate = (
  value: unknown,
  list: ReadonlyArray<Migration>,
  current: number
): Result.Result<unknown, ReadonlyArray<Problem>> => {
  if (!isRecord(value)) return Result.fail([typeProblem([], "object", value)])
  const version = value["formatVersion"]
  if (version === undefined) return Result.fail([problem(["formatVersion"], "missing")])
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1 || version > current) {
    return Result.fail([problem(["formatVersion"], "formatVersion", { found: JSON.stringify(version) ?? "?", current })])
  }
  let doc: Record<string, unknown> = value
  for (let v = version; v < current; v++) {
    const step = list.find((m) => m.from === v)
    if (step === undefined) return Result.fail([problem(["formatVersion"], "formatVersion", { found: v, current })])
    const next = step.migrate(doc)
    if (Result.isFailure(next)) return next
    doc = { ...next.success, formatVersion: v + 1 }
  }
  return Result.succeed(doc)
}

/**
 * Decodes a plan document from untrusted input: JSON text, UTF-8 bytes, or an already parsed value.
 * Returns the plan, or `InvalidInput` with every problem found. Never throws.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodePlanDocument = (
  input: unknown,
  options: DecodeOptions = {}
): Result.Result<Plan, InvalidInput> => {
  try {
    const maxBytes = options.maxBytes ?? defaultMaxBytes
    let value: unknown = input
    const parsedHere = typeof input === "string" || input instanceof Uint8Array
    if (parsedHere) {
      const parsed = parseText(input, maxBytes)
      if (Result.isFailure(parsed)) return fail(parsed.failure)
      value = parsed.success
    }
    const migrated = migrate(value, options.migrations ?? migrations, options.currentVersion ?? currentFormatVersion)
    if (Result.isFailure(migrated)) return fail(migrated.failure)
    // A valid document is its own decoded value (the model transforms nothing), so the compiled guard
    // decides; only a document that fails it is decoded by Effect, to list every problem.
    if (!(parsedHere ? isParsedPlanDocument : isPlanDocument)(migrated.success)) {
      const all = decodeAll(migrated.success, strictAll)
      if (Result.isSuccess(all)) return fail([problem([], "invalid", { detail: "guard and decoder disagree" })])
      return fail(problemsFromIssue(all.failure.issue, migrated.success))
    }
    const plan = (migrated.success as PlanDocument).plan
    const broken = checkIntegrity(plan, ["plan"])
    return broken.length > 0 ? fail(broken) : Result.succeed(plan)
  } catch (e) {
    // The decoder itself must not throw; if a platform limit is hit (stack, memory), say so as a problem.
    return fail([problem([], "invalid", { detail: e instanceof Error ? e.message : String(e) })])
  }
}

/**
 * Decodes a plan (the `plan` member alone, without the envelope): for callers that keep the envelope
 * elsewhere.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodePlan = (input: unknown, options: DecodeOptions = {}): Result.Result<Plan, InvalidInput> =>
  decodePlanDocument({ formatVersion: options.currentVersion ?? currentFormatVersion, plan: input }, options)

/**
 * The document of a plan, as a JSON value.
 *
 * @category encoding
 * @since 0.1.0
 */
export const encodePlanDocument = (plan: Plan): { readonly formatVersion: number; readonly plan: typeof Plan.Encoded } => ({
  formatVersion: currentFormatVersion,
  plan: Schema.encodeSync(Plan)(plan)
})

/**
 * The document of a plan as JSON text (pretty-printed when `indent` is given).
 *
 * @category encoding
 * @since 0.1.0
 */
export const encodePlanDocumentJson = (plan: Plan, indent?: number): string =>
  JSON.stringify(encodePlanDocument(plan), null, indent)

/**
 * The JSON Schema (draft 2020-12) of the canonical document, for systems not written in TypeScript. It
 * describes the shape; the cross-references (ids that must exist) are checked by the decoder only.
 *
 * @category schemas
 * @since 0.1.0
 */
export const planDocumentJsonSchema = (): unknown => {
  const document = Schema.toJsonSchemaDocument(PlanDocument, { onExcessProperty: "error" })
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://kpss.dev/schema/plan-document-v1.json",
    title: "KPSS plan document, format version 1",
    ...document.schema,
    $defs: document.definitions
  }
}
