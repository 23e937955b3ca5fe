/**
 * The port through which plans are kept: every save appends a new revision of a plan and never
 * overwrites or deletes one. A save names the revision it was based on (optimistic concurrency), its
 * author and a reason; a save based on a stale revision is a `Conflict` and writes nothing. Any past
 * revision, the history, the adopted versions and the difference between two revisions can be read.
 *
 * Adapters write only a few primitives ({@link PlanStoreBackend}: append a revision if the head is the
 * expected one, read a revision, read the history, list heads); {@link makePlanStore} builds the service
 * on them once, so validation, conflict semantics, metadata and the error vocabulary are the same in
 * every store. Every document is validated on the way in (a plan that fails decoding is rejected with
 * `InvalidInput` before anything is written) and on the way out (a stored row that does not decode is
 * reported as `CorruptDocument`, never returned as a plan). Time comes from Effect's `Clock`.
 *
 * **Adopted versions.** A revision is an adopted version when it is the first revision that records a
 * given adoption: the plan's lifecycle is `approved`, `inForce` or `amended` and carries an approval
 * (or an approved amendment) of kind `approved` that the revision before it did not carry. The store
 * keeps the adoption as a short key per revision ({@link adoptionOf}); no separate marker is needed,
 * because adopting a plan is recording the assembly's resolution in the plan.
 *
 * @since 0.1.0
 */
import { Context, Effect, Layer, Schema } from "effect"
import * as Clock from "effect/Clock"
import { type Year } from "./CalendarDate.js"
import { type PlanId } from "./Ids.js"
import { makeMessages, type LocalizedText, type MessageParams } from "./Messages.js"
import { type Plan } from "./Plan.js"
import { diffPlans, type PlanDiff } from "./PlanDiff.js"
import { currentFormatVersion, decodePlanDocument, type DecodeOptions } from "./PlanDocument.js"
import { InvalidInput, problem, type ProblemCode } from "./Problem.js"
import { type LifecycleStatus } from "./Process.js"

const messages = makeMessages({
  NotFound: { cs: "Plán „{planId}“{revisionCs} nebyl nalezen", en: "Plan \"{planId}\"{revisionEn} was not found" },
  Conflict: {
    cs: "Plán „{planId}“ mezitím změnil někdo jiný: uložení vycházelo z revize {expected}, aktuální je {actual}",
    en: "Plan \"{planId}\" was changed meanwhile: the save was based on revision {expected}, the current one is {actual}"
  },
  CorruptDocument: {
    cs: "Uložená revize {revision} plánu „{planId}“ je poškozená ({count} {count:problém|problémy|problémů})",
    en: "Stored revision {revision} of plan \"{planId}\" is corrupt ({count} {count:problem|problems})"
  },
  Unavailable: { cs: "Úložiště plánů není dostupné: {detail}", en: "The plan store is unavailable: {detail}" },
  InvalidInput: { cs: "Plán nelze uložit, protože není platný ({count} {count:problém|problémy|problémů})", en: "The plan cannot be saved because it is invalid ({count} {count:problem|problems})" }
})

/**
 * The plan, or the revision of it, does not exist.
 *
 * @category errors
 * @since 0.1.0
 */
export class NotFound extends Schema.TaggedError<NotFound>()("NotFound", {
  planId: Schema.String,
  revision: Schema.optionalKey(Schema.Number)
}) {
  readonly retryable = false
}

/**
 * The save was based on a revision that is no longer the head (or, for a create, the plan exists). Nothing
 * was written; load the head, merge and save again.
 *
 * @category errors
 * @since 0.1.0
 */
export class Conflict extends Schema.TaggedError<Conflict>()("Conflict", {
  planId: Schema.String,
  expected: Schema.Number,
  actual: Schema.Number
}) {
  readonly retryable = false
}

/**
 * A stored revision does not decode as a plan (edited outside the library, or damaged).
 *
 * @category errors
 * @since 0.1.0
 */
export class CorruptDocument extends Schema.TaggedError<CorruptDocument>()("CorruptDocument", {
  planId: Schema.String,
  revision: Schema.Number,
  problems: InvalidInput.fields.problems
}) {
  readonly retryable = false
}

/**
 * The store cannot be reached or failed for a reason outside the plan (a lost connection, a locked or
 * unreadable file, a timeout). `retryable` says whether trying again later may succeed.
 *
 * @category errors
 * @since 0.1.0
 */
export class Unavailable extends Schema.TaggedError<Unavailable>()("Unavailable", {
  retryable: Schema.Boolean,
  detail: Schema.String,
  cause: Schema.Defect()
}) {}

/**
 * Why a store operation failed.
 *
 * @category errors
 * @since 0.1.0
 */
export const PlanStoreErrorReason = Schema.Union([NotFound, Conflict, CorruptDocument, Unavailable, InvalidInput])

/**
 * @category errors
 * @since 0.1.0
 */
export type PlanStoreErrorReason = typeof PlanStoreErrorReason.Type

/**
 * Whether trying the same operation again may succeed. Only an unavailable store is retryable; a
 * conflict needs a new save based on the new head, not a retry.
 *
 * @category guards
 * @since 0.1.0
 */
export const isRetryable = (reason: PlanStoreErrorReason): boolean => reason._tag === "Unavailable" && reason.retryable

/**
 * The one error of the plan store.
 *
 * @category errors
 * @since 0.1.0
 */
export class PlanStoreError extends Schema.TaggedError<PlanStoreError>()("PlanStoreError", {
  reason: PlanStoreErrorReason
}) {
  get retryable(): boolean {
    return isRetryable(this.reason)
  }
  override get message(): string {
    return planStoreErrorText(this).en
  }
}

/**
 * What to tell a person about a store error, in Czech and English.
 *
 * @category formatting
 * @since 0.1.0
 */
export const planStoreErrorText = (error: PlanStoreError): LocalizedText => {
  const r = error.reason
  switch (r._tag) {
    case "NotFound":
      return messages("NotFound", {
        planId: r.planId,
        revisionCs: r.revision === undefined ? "" : ` (revize ${r.revision})`,
        revisionEn: r.revision === undefined ? "" : ` (revision ${r.revision})`
      })
    case "Conflict":
      return messages("Conflict", { planId: r.planId, expected: r.expected, actual: r.actual })
    case "CorruptDocument":
      return messages("CorruptDocument", { planId: r.planId, revision: r.revision, count: r.problems.length })
    case "Unavailable":
      return messages("Unavailable", { detail: r.detail })
    case "InvalidInput":
      return messages("InvalidInput", { count: r.problems.length })
  }
}

/**
 * Wraps a reason into the store's error.
 *
 * @category constructors
 * @since 0.1.0
 */
export const planStoreError = (reason: PlanStoreErrorReason): PlanStoreError => new PlanStoreError({ reason })

/**
 * An unavailable-store error from a driver failure.
 *
 * @category constructors
 * @since 0.1.0
 */
export const unavailable = (detail: string, cause: unknown, retryable = true): PlanStoreError =>
  planStoreError(new Unavailable({ retryable, detail, cause }))

/**
 * What the store knows about one revision without reading its document: who saved it, when and why,
 * the content hash and size, and the plan's identity columns at that revision (for listing and
 * filtering without decoding).
 *
 * @category models
 * @since 0.1.0
 */
export interface RevisionInfo {
  readonly planId: PlanId
  /** 1 for the first revision, then 2, 3, … without gaps. */
  readonly revision: number
  readonly author: string
  readonly reason: string
  /** When it was saved, ISO 8601 in UTC (from Effect's `Clock`). */
  readonly savedAt: string
  /**
   * A digest of the stored document's bytes (hex), chosen by the store: SHA-256 in the SQL adapters,
   * 64-bit FNV-1a ({@link contentHash}) in memory. For change detection, not security.
   */
  readonly hash: string
  /** The size of the stored document text in UTF-8 bytes. */
  readonly size: number
  readonly title: string
  readonly territoryCode: string
  /** The region the plan lies in (for a region's own plan, its code). */
  readonly regionCode: string | undefined
  readonly status: LifecycleStatus
  readonly periodFrom: Year
  readonly periodTo: Year
  /** The adoption the revision records ({@link adoptionOf}), if any. */
  readonly adoption: string | undefined
}

/**
 * A revision with its plan.
 *
 * @category models
 * @since 0.1.0
 */
export interface StoredPlan {
  readonly info: RevisionInfo
  readonly plan: Plan
}

/**
 * Who saves and why.
 *
 * @category models
 * @since 0.1.0
 */
export interface SaveMeta {
  readonly author: string
  readonly reason: string
}

/**
 * A save: the revision it was based on, the author and the reason.
 *
 * @category models
 * @since 0.1.0
 */
export interface SaveOptions extends SaveMeta {
  readonly expectedRevision: number
}

/**
 * Which plans to list: all conditions given must hold, on each plan's head revision.
 *
 * @category models
 * @since 0.1.0
 */
export interface PlanFilter {
  /** The code of the plan's own territory. */
  readonly territoryCode?: string
  /** The region the plan lies in (its `regionCode`, or its own code for a region's plan). */
  readonly regionCode?: string
  readonly status?: ReadonlyArray<LifecycleStatus>
  /** Plans whose period overlaps these years (both included). */
  readonly period?: { readonly from: number; readonly to: number }
}

/**
 * The plan store.
 *
 * @category services
 * @since 0.1.0
 */
export interface PlanStoreService {
  /** Stores the first revision of a new plan. A plan with the same id is a `Conflict` (expected 0). */
  readonly create: (plan: Plan, meta: SaveMeta) => Effect.Effect<RevisionInfo, PlanStoreError>
  /** Appends a new revision if `expectedRevision` is the head; otherwise a `Conflict`, nothing written. */
  readonly save: (plan: Plan, options: SaveOptions) => Effect.Effect<RevisionInfo, PlanStoreError>
  /** The head revision, or the given one. */
  readonly load: (planId: string, revision?: number) => Effect.Effect<StoredPlan, PlanStoreError>
  /** Every revision's metadata, oldest first. */
  readonly history: (planId: string) => Effect.Effect<ReadonlyArray<RevisionInfo>, PlanStoreError>
  /** The heads of the plans that match, ordered by plan id. */
  readonly list: (filter?: PlanFilter) => Effect.Effect<ReadonlyArray<RevisionInfo>, PlanStoreError>
  /** The adopted versions, oldest first (see the module documentation). */
  readonly adopted: (planId: string) => Effect.Effect<ReadonlyArray<StoredPlan>, PlanStoreError>
  /** What changed from one revision to another. */
  readonly diff: (planId: string, from: number, to: number) => Effect.Effect<PlanDiff, PlanStoreError>
}

/**
 * The plan store service.
 *
 * @category services
 * @since 0.1.0
 */
export class PlanStore extends Context.Service<PlanStore, PlanStoreService>()("@kpss/core/PlanStore") {}

/**
 * A revision as an adapter writes it: the metadata and the document text.
 *
 * @category backend
 * @since 0.1.0
 */
export interface RevisionRecord extends RevisionInfo {
  /** The canonical document as JSON text in UTF-8 (`size` bytes), ready for the driver. */
  readonly document: Uint8Array
  /** The plan the document holds, as validated (for adapters that keep derived data beside it). */
  readonly plan: Plan
}

/**
 * What an append did: it wrote the revision, or the head was not the expected one (and nothing was
 * written).
 *
 * @category backend
 * @since 0.1.0
 */
export type AppendResult = { readonly _tag: "Appended" } | { readonly _tag: "Stale"; readonly actual: number }

/**
 * The primitives an adapter implements. Each must be atomic on its own; `append` is the only write and
 * must check the head and insert in one transaction.
 *
 * @category backend
 * @since 0.1.0
 */
export interface PlanStoreBackend {
  /**
   * Inserts `record` (whose `revision` is `expected + 1`) if the plan's current head is `expected` (0 for
   * a plan that does not exist yet); otherwise writes nothing and answers `Stale` with the current head.
   */
  readonly append: (record: RevisionRecord, expected: number) => Effect.Effect<AppendResult, PlanStoreError>
  /** One revision (the head when `revision` is undefined) with its stored document (text or parsed JSON). */
  readonly read: (
    planId: string,
    revision: number | undefined
  ) => Effect.Effect<{ readonly info: RevisionInfo; readonly document: unknown } | undefined, PlanStoreError>
  /** The metadata of every revision of a plan, oldest first (empty when the plan does not exist). */
  readonly history: (planId: string) => Effect.Effect<ReadonlyArray<RevisionInfo>, PlanStoreError>
  /** The metadata of the head revision of every plan that matches, ordered by plan id. */
  readonly list: (filter: PlanFilter) => Effect.Effect<ReadonlyArray<RevisionInfo>, PlanStoreError>
  /**
   * A native digest of a document's bytes, as hex (e.g. `crypto.hash("sha256", bytes)` on Node);
   * without it the store uses {@link contentHash}.
   */
  readonly digest?: (bytes: Uint8Array) => string
}

/**
 * A 64-bit FNV-1a hash of bytes, as 16 hex digits (two 32-bit lanes): the store's digest when its
 * backend offers no native one ({@link PlanStoreBackend.digest}), e.g. the memory store.
 *
 * @category backend
 * @since 0.1.0
 */
export const contentHash = (bytes: Uint8Array): string => {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = Math.imul(h2 ^ c, 0x5bd1e995)
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0")
}

const utf8 = new TextEncoder()
/** Above this many characters a batch of JSON text is encoded into the output. */
const batchChars = 1 << 15
/** Arrays longer than this are written element by element. */
const splitLength = 32

const isPlainObject = (v: object): v is Record<string, unknown> => {
  const proto = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

/**
 * The UTF-8 bytes of `JSON.stringify(value)`, written without building the whole text as one string.
 * A large document with Czech text is a two-byte string of twice its size, and V8 builds such a result
 * and then re-encodes it for the driver several times slower than it writes small pieces: this writes
 * each element of a long array with `JSON.stringify` and encodes the pieces in batches into one
 * buffer. The result is byte for byte the UTF-8 of `JSON.stringify(value)` (a property test guards it).
 *
 * @category backend
 * @since 0.1.0
 */
export const jsonUtf8 = (value: unknown): Uint8Array => {
  let out = new Uint8Array(1 << 16)
  let used = 0
  let batch = ""
  const flush = () => {
    if (batch.length === 0) return
    if (out.length - used < batch.length * 3) {
      const next = new Uint8Array(Math.max(out.length * 2, used + batch.length * 3))
      next.set(out.subarray(0, used))
      out = next
    }
    used += utf8.encodeInto(batch, out.subarray(used)).written
    batch = ""
  }
  const write = (text: string) => {
    batch += text
    if (batch.length > batchChars) flush()
  }
  // Objects are walked key by key down to the long arrays; each element of a long array is one
  // `JSON.stringify` (where `undefined` becomes `null`, as in an array).
  const walk = (v: unknown): void => {
    if (Array.isArray(v) && v.length > splitLength) {
      write("[")
      for (let i = 0; i < v.length; i++) write((i > 0 ? "," : "") + ((JSON.stringify(v[i]) as string | undefined) ?? "null"))
      write("]")
    } else if (typeof v === "object" && v !== null && !Array.isArray(v) && isPlainObject(v)) {
      write("{")
      let first = true
      for (const key of Object.keys(v)) {
        const x = v[key]
        if (x === undefined || typeof x === "function" || typeof x === "symbol") continue
        write(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`)
        first = false
        walk(x)
      }
      write("}")
    } else {
      const text = JSON.stringify(v) as string | undefined
      if (text !== undefined) write(text)
    }
  }
  walk(value)
  flush()
  return out.subarray(0, used)
}

/**
 * The adoption a plan records, as a key (`resolution@date`, with the amendment number when an amendment
 * was approved), or undefined when the plan is not adopted.
 *
 * @category backend
 * @since 0.1.0
 */
export const adoptionOf = (plan: Plan): string | undefined => {
  const lifecycle = plan.lifecycle
  if (lifecycle.status !== "approved" && lifecycle.status !== "inForce" && lifecycle.status !== "amended") return undefined
  let key: string | undefined
  if (lifecycle.approval?.kind === "approved") key = `${lifecycle.approval.resolution}@${lifecycle.approval.date}`
  for (const a of lifecycle.amendments) {
    if (a.approval?.kind === "approved") key = `${key ?? ""}+${a.number}:${a.approval.resolution}@${a.approval.date}`
  }
  return key
}

/**
 * Reads revision metadata from a database row whose columns are named in snake case (`plan_id`,
 * `revision`, `saved_at`, …, `adoption`), the layout both SQL adapters use; SQL `NULL` is undefined.
 *
 * @category backend
 * @since 0.1.0
 */
export const revisionInfoFromRow = (row: Readonly<Record<string, unknown>>): RevisionInfo => ({
  planId: row["plan_id"] as PlanId,
  revision: Number(row["revision"]),
  author: String(row["author"]),
  reason: String(row["reason"]),
  savedAt: String(row["saved_at"]),
  hash: String(row["hash"]),
  size: Number(row["size"]),
  title: String(row["title"]),
  territoryCode: String(row["territory_code"]),
  regionCode: row["region_code"] === null || row["region_code"] === undefined ? undefined : String(row["region_code"]),
  status: row["status"] as LifecycleStatus,
  periodFrom: Number(row["period_from"]) as Year,
  periodTo: Number(row["period_to"]) as Year,
  adoption: row["adoption"] === null || row["adoption"] === undefined ? undefined : String(row["adoption"])
})

/**
 * Whether a plan's head matches a filter (the memory store's filter, and the reference for adapters
 * that filter in their query language).
 *
 * @category backend
 * @since 0.1.0
 */
export const matchesFilter = (info: RevisionInfo, filter: PlanFilter): boolean =>
  (filter.territoryCode === undefined || info.territoryCode === filter.territoryCode) &&
  (filter.regionCode === undefined || info.regionCode === filter.regionCode) &&
  (filter.status === undefined || filter.status.includes(info.status)) &&
  (filter.period === undefined || (info.periodFrom <= filter.period.to && info.periodTo >= filter.period.from))

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e))

const invalidInput = (input: string, path: ReadonlyArray<string>, code: ProblemCode, params: MessageParams) =>
  new InvalidInput({ input, problems: [{ ...problem(path, code, params), path: [...path] }] })

/**
 * Prepares a plan for writing: checks that it decodes as a document (so nothing invalid is ever
 * written), writes it as UTF-8 JSON ({@link jsonUtf8}) and computes the metadata of the revision, its
 * hash by `digest` (default {@link contentHash}).
 *
 * @category backend
 * @since 0.1.0
 */
export const prepareRevision = (
  plan: Plan,
  revision: number,
  meta: SaveMeta,
  savedAtMillis: number,
  digest: (bytes: Uint8Array) => string = contentHash
): Effect.Effect<RevisionRecord, PlanStoreError> =>
  Effect.suspend(() => {
    // The plan model has no encoding transformations (its encoded form is the plan itself; a test in
    // PlanStore.test.ts guards this), so the plan is validated as it is and written as it is: one
    // decode and one stringify instead of an encode, a decode and a stringify.
    const envelope = { formatVersion: currentFormatVersion, plan }
    const checked = decodePlanDocument(envelope)
    if (checked._tag === "Failure") return Effect.fail(planStoreError(checked.failure))
    const valid = checked.success
    let document: Uint8Array
    try {
      document = jsonUtf8(envelope)
    } catch (e) {
      return Effect.fail(planStoreError(invalidInput("plan", [], "invalid", { detail: describe(e) })))
    }
    const t = valid.territory
    return Effect.succeed({
      planId: valid.id,
      revision,
      author: meta.author,
      reason: meta.reason,
      savedAt: new Date(savedAtMillis).toISOString(),
      hash: digest(document),
      size: document.length,
      title: valid.title,
      territoryCode: t.code,
      regionCode: t.level === "region" ? t.code : t.regionCode,
      status: valid.lifecycle.status,
      periodFrom: valid.period.from,
      periodTo: valid.period.to,
      adoption: adoptionOf(valid),
      document,
      plan: valid
    })
  })

/** The metadata of a revision, without its document (or the plan it holds). */
const revisionInfo = ({ document: _, plan: __, ...info }: RevisionInfo & { readonly document: Uint8Array; readonly plan?: Plan }): RevisionInfo => info

/**
 * Options of {@link makePlanStore}.
 *
 * @category models
 * @since 0.1.0
 */
export interface PlanStoreOptions {
  /** Limits for decoding stored documents (the default limit is 256 MiB). */
  readonly decode?: DecodeOptions
}

/**
 * Builds the plan store from an adapter's primitives.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makePlanStore = (backend: PlanStoreBackend, options: PlanStoreOptions = {}): PlanStoreService => {
  const decodeStored = (planId: string, info: RevisionInfo, document: unknown): Effect.Effect<StoredPlan, PlanStoreError> => {
    const decoded = decodePlanDocument(document, options.decode)
    if (decoded._tag === "Failure") {
      return Effect.fail(planStoreError(new CorruptDocument({ planId, revision: info.revision, problems: decoded.failure.problems })))
    }
    if (decoded.success.id !== planId) {
      const { problems } = invalidInput("stored plan", ["plan", "id"], "invalid", { detail: `stored under "${planId}"` })
      return Effect.fail(planStoreError(new CorruptDocument({ planId, revision: info.revision, problems })))
    }
    return Effect.succeed({ info, plan: decoded.success })
  }

  const write = (plan: Plan, meta: SaveMeta, expected: number) =>
    Effect.gen(function*() {
      if (!Number.isSafeInteger(expected) || expected < 0) {
        return yield* planStoreError(invalidInput("save", ["expectedRevision"], "count", { found: String(expected) }))
      }
      const now = yield* Clock.currentTimeMillis
      const record = yield* prepareRevision(plan, expected + 1, meta, now, backend.digest)
      const result = yield* backend.append(record, expected)
      if (result._tag === "Stale") {
        return yield* planStoreError(new Conflict({ planId: record.planId, expected, actual: result.actual }))
      }
      return revisionInfo(record)
    })

  const load = (planId: string, revision?: number) =>
    Effect.flatMap(backend.read(planId, revision), (row) =>
      row === undefined
        ? Effect.fail(planStoreError(new NotFound(revision === undefined ? { planId } : { planId, revision })))
        : decodeStored(planId, row.info, row.document))

  const history = (planId: string) =>
    Effect.flatMap(backend.history(planId), (infos) =>
      infos.length === 0 ? Effect.fail(planStoreError(new NotFound({ planId }))) : Effect.succeed(infos))

  return {
    create: (plan, meta) => write(plan, meta, 0),
    save: (plan, o) => write(plan, { author: o.author, reason: o.reason }, o.expectedRevision),
    load,
    history,
    list: (filter = {}) => backend.list(filter),
    adopted: (planId) =>
      Effect.gen(function*() {
        const infos = yield* history(planId)
        const firsts: Array<RevisionInfo> = []
        let previous: string | undefined
        for (const info of infos) {
          if (info.adoption !== undefined && info.adoption !== previous) firsts.push(info)
          previous = info.adoption
        }
        return yield* Effect.forEach(firsts, (info) => load(planId, info.revision))
      }),
    diff: (planId, from, to) =>
      Effect.map(Effect.all([load(planId, from), load(planId, to)]), ([a, b]) => diffPlans(a.plan, b.plan))
  }
}

/**
 * A revision as the memory store keeps it: its metadata and its document, without the plan object the
 * save validated (reads decode the document, as every store does).
 *
 * @category backend
 * @since 0.1.0
 */
export interface MemoryRevision extends RevisionInfo {
  /** The canonical document as JSON text in UTF-8, in a buffer of its own size. */
  readonly document: Uint8Array
}

/**
 * The primitives of the store kept in memory: for tests, examples and short-lived tools. The rows live
 * in `plans` (revisions of each plan in order), which a test may pass in to inspect them. A row keeps a
 * copy of the document's bytes, not the saved plan object nor the larger buffer the document was
 * written into, so a long history holds only its documents.
 *
 * @category backend
 * @since 0.1.0
 */
export const makeMemoryBackend = (plans: Map<string, Array<MemoryRevision>> = new Map()): PlanStoreBackend => {
  const text = new TextDecoder()
  return {
    append: (record, expected) =>
      Effect.sync(() => {
        const revisions = plans.get(record.planId) ?? []
        if (revisions.length !== expected) return { _tag: "Stale", actual: revisions.length } as const
        revisions.push({ ...revisionInfo(record), document: record.document.slice() })
        plans.set(record.planId, revisions)
        return { _tag: "Appended" } as const
      }),
    read: (planId, revision) =>
      Effect.sync(() => {
        const revisions = plans.get(planId) ?? []
        const row = revision === undefined ? revisions[revisions.length - 1] : revisions[revision - 1]
        return row === undefined ? undefined : { info: revisionInfo(row), document: text.decode(row.document) }
      }),
    history: (planId) => Effect.sync(() => (plans.get(planId) ?? []).map(revisionInfo)),
    list: (filter) =>
      Effect.sync(() =>
        [...plans.keys()].sort().flatMap((id) => {
          const head = plans.get(id)!.at(-1)!
          return matchesFilter(head, filter) ? [revisionInfo(head)] : []
        })
      )
  }
}

/**
 * A plan store in memory; each build of the layer has its own empty store.
 *
 * @category layers
 * @since 0.1.0
 */
export const layerMemory: Layer.Layer<PlanStore> = Layer.sync(PlanStore, () => makePlanStore(makeMemoryBackend()))
