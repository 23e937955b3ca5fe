/**
 * Reads the RPSS register file (MPSV open data, `{ "polozky": [ … ] }`, over 30 MB) as a stream and
 * imports it into a plan. The file is never loaded whole: bytes go through a scanner (`ItemScanner`) in
 * slices of at most 64 KiB that checks the JSON byte by byte and finds where each item of `polozky`
 * starts and ends; each item's text is parsed with `JSON.parse`, reduced by `readRegisterItem` of
 * `@kpss/core` to what a plan may hold, and kept only when it lies in the territory. No token objects
 * are made, so little garbage is: memory is bounded by the largest item (see `maxItemBytes`) plus the
 * services of the territory.
 *
 * Bad input is a typed `RegisterImportError` (not JSON, truncated, no `polozky`, an item over the limit,
 * a register over the size limit — a file refused before reading, a stream stopped at the limit — an
 * unreadable file) and the plan is unchanged; a bad item is a warning and is skipped.
 *
 * @since 0.1.0
 */
import { createReadStream } from "node:fs"
import { stat } from "node:fs/promises"
import {
  InvalidInput,
  ItemTooLarge,
  mergeRegisterServices,
  problem,
  proposeRegisterLinks,
  NoItems,
  NotJson,
  readRegisterItem,
  ReadFailed,
  registerImportError,
  registerImportTerritory,
  territoryTest,
  TooLarge,
  Truncated,
  inRegisterTerritory,
  type IsoDate,
  type Plan,
  type RegisterImport,
  type RegisterImportError,
  type RegisterImportOptions,
  type RegisterLinkProposal,
  type RegisterService,
  type RegisterTerritory,
  type RegisterWarning
} from "@kpss/core"
import { Cause, Effect, Exit, Result } from "effect"
import { ItemScanner } from "./ItemScanner.js"

/**
 * Where the register comes from: a file path, or any byte stream (a Node `Readable`, a web stream
 * read as an async iterable, a generator of chunks).
 *
 * @category models
 * @since 0.1.0
 */
export type RegisterSource = string | AsyncIterable<Uint8Array | string>

/**
 * The largest item (in bytes of JSON text) read by default: 1 MiB. A real item is a few kilobytes
 * (about 4.5 KB on average, 30 MB for 6,700 items); anything between two items counts too.
 *
 * @category constants
 * @since 0.1.0
 */
export const defaultMaxItemBytes = 1024 * 1024

/**
 * The largest register read by default: 256 MiB, eight times the real file (about 30 MB in 2024). A
 * file over it is refused before a byte is read; a stream over it is stopped at the limit. Raise it with
 * `maxBytes` (`Infinity` for none): memory stays bounded by the largest item and the services of the
 * territory, and time grows with the size.
 *
 * @category constants
 * @since 0.1.0
 */
export const defaultMaxRegisterBytes = 256 * 1024 * 1024

const sliceBytes = 64 * 1024

/**
 * How far a read has got: the bytes read so far, and the size of the file when it is known (a path).
 *
 * @category models
 * @since 0.1.0
 */
export interface RegisterProgress {
  readonly bytes: number
  readonly totalBytes: number | undefined
}

/**
 * Options of reading.
 *
 * @category models
 * @since 0.1.0
 */
export interface ReadRegisterOptions {
  readonly territory: RegisterTerritory
  /** The day the file describes; a service is kept when it has a facility in the territory active on it. */
  readonly importedOn: IsoDate
  /** The largest item, in bytes; default {@link defaultMaxItemBytes}. */
  readonly maxItemBytes?: number
  /** The largest register, in bytes; default {@link defaultMaxRegisterBytes}; `Infinity` for none. */
  readonly maxBytes?: number
  /** Called after each chunk read (at most 64 KiB). */
  readonly onProgress?: (progress: RegisterProgress) => void
}

/**
 * What reading found: the services of the territory, the warnings about items that are not services,
 * and how much was read.
 *
 * @category models
 * @since 0.1.0
 */
export interface RegisterRead {
  readonly services: ReadonlyArray<RegisterService>
  readonly warnings: ReadonlyArray<RegisterWarning>
  readonly items: number
  readonly bytes: number
}

const chunksOf = (source: RegisterSource): AsyncIterable<Uint8Array | string> =>
  typeof source === "string" ? createReadStream(source, { highWaterMark: sliceBytes }) : source

const encoder = new TextEncoder()

/** The size of a file to read, checked against the limit before reading; a stream's size is not known. */
const sizeOf = async (source: RegisterSource, maxBytes: number): Promise<Result.Result<number | undefined, RegisterImportError>> => {
  if (!(typeof maxBytes === "number" && maxBytes > 0)) {
    return Result.fail(registerImportError(new InvalidInput({ input: "options", problems: [problem(["maxBytes"], "count", { found: String(maxBytes) })] })))
  }
  if (typeof source !== "string") return Result.succeed(undefined)
  try {
    const { size } = await stat(source)
    return size > maxBytes ? Result.fail(registerImportError(new TooLarge({ bytes: size, limit: maxBytes, whole: true }))) : Result.succeed(size)
  } catch (cause) {
    return Result.fail(registerImportError(new ReadFailed({ detail: cause instanceof Error ? cause.message : String(cause) })))
  }
}

const read = async (source: RegisterSource, options: ReadRegisterOptions, signal?: AbortSignal): Promise<Result.Result<RegisterRead, RegisterImportError>> => {
  const maxBytes = options.maxBytes ?? defaultMaxRegisterBytes
  const size = await sizeOf(source, maxBytes)
  if (Result.isFailure(size)) return Result.fail(size.failure)
  const totalBytes = size.success
  const limit = options.maxItemBytes ?? defaultMaxItemBytes
  const inTerritory = territoryTest(options.territory)
  const services: Array<RegisterService> = []
  const warnings: Array<RegisterWarning> = []
  let failure: RegisterImportError | undefined
  let items = 0
  const fail = (error: RegisterImportError) => {
    if (failure === undefined) failure = error
  }
  const scanner = new ItemScanner((value, position) => {
    items++
    const item = readRegisterItem(value, position)
    if (item._tag === "NotAnItem") warnings.push(item.warning)
    else if (inRegisterTerritory(item.service, inTerritory, options.importedOn)) services.push(item.service)
  })

  try {
    outer: for await (const chunk of chunksOf(source)) {
      const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk
      for (let i = 0; i < bytes.length; i += sliceBytes) {
        const part = bytes.subarray(i, Math.min(i + sliceBytes, bytes.length))
        scanner.write(part)
        if (scanner.error !== undefined) {
          fail(registerImportError(new NotJson({ offset: scanner.error.offset, detail: scanner.error.detail })))
          break outer
        }
        if (scanner.offset - scanner.boundary > limit) {
          fail(registerImportError(new ItemTooLarge({ position: items, limit })))
          break outer
        }
        if (scanner.offset > maxBytes) {
          fail(registerImportError(new TooLarge({ bytes: scanner.offset, limit: maxBytes, whole: false })))
          break outer
        }
        if (signal?.aborted) break outer
      }
      options.onProgress?.({ bytes: scanner.offset, totalBytes })
    }
  } catch (cause) {
    fail(registerImportError(new ReadFailed({ detail: cause instanceof Error ? cause.message : String(cause) })))
  }
  if (failure === undefined) {
    if (scanner.offset === 0) fail(registerImportError(new NotJson({ offset: 0, detail: "empty input" })))
    else if (!scanner.end()) fail(registerImportError(new Truncated({ bytes: scanner.offset, items })))
    if (failure === undefined && !scanner.sawItems) fail(registerImportError(new NoItems({})))
  }
  return failure === undefined ? Result.succeed({ services, warnings, items, bytes: scanner.offset }) : Result.fail(failure)
}

const fromResult = <A, E>(r: Result.Result<A, E>): Effect.Effect<A, E> => (Result.isSuccess(r) ? Effect.succeed(r.success) : Effect.fail(r.failure))

/**
 * Reads the register from a file path or a stream, keeping the services of the territory.
 *
 * @category reading
 * @since 0.1.0
 */
export const readRegister = (source: RegisterSource, options: ReadRegisterOptions): Effect.Effect<RegisterRead, RegisterImportError> =>
  Effect.flatMap(Effect.promise((signal) => read(source, options, signal)), fromResult)

/**
 * Options of an import.
 *
 * @category models
 * @since 0.1.0
 */
export interface ImportRegisterOptions extends RegisterImportOptions {
  /** The largest item, in bytes; default {@link defaultMaxItemBytes}. */
  readonly maxItemBytes?: number
  /** The largest register, in bytes; default {@link defaultMaxRegisterBytes}; `Infinity` for none. */
  readonly maxBytes?: number
  /** Called after each chunk read (at most 64 KiB): bytes read, and the file's size when the source is a path. */
  readonly onProgress?: (progress: RegisterProgress) => void
}

/**
 * The result of an import, with what was read and the links worth proposing (`proposeRegisterLinks`):
 * resources entered by hand that look like a service the import brought in.
 *
 * @category models
 * @since 0.1.0
 */
export interface RegisterImportRun extends RegisterImport {
  readonly items: number
  readonly bytes: number
  readonly proposedLinks: ReadonlyArray<RegisterLinkProposal>
}

/**
 * Imports the register into the plan's resource analysis: reads the file or stream and merges the
 * services of the territory (`mergeRegisterServices`). All or nothing: on an error the caller keeps
 * the plan it had.
 *
 * @category importing
 * @since 0.1.0
 */
export const importRegister = (plan: Plan, source: RegisterSource, options: ImportRegisterOptions): Effect.Effect<RegisterImportRun, RegisterImportError> =>
  Effect.gen(function*() {
    const territory = yield* fromResult(registerImportTerritory(plan, options.territory, options))
    const scoped = { ...options, territory }
    const read = yield* readRegister(source, scoped)
    const merged = yield* fromResult(mergeRegisterServices(plan, read.services, scoped))
    return { ...merged, warnings: [...read.warnings, ...merged.warnings], items: read.items, bytes: read.bytes, proposedLinks: proposeRegisterLinks(merged.plan) }
  })

/**
 * {@link importRegister} for callers who do not use Effect: resolves with the import, rejects with the
 * `RegisterImportError` itself (check `error.reason._tag`).
 *
 * @category importing
 * @since 0.1.0
 */
export const importRegisterPromise = async (plan: Plan, source: RegisterSource, options: ImportRegisterOptions): Promise<RegisterImportRun> => {
  const exit = await Effect.runPromiseExit(importRegister(plan, source, options))
  if (Exit.isSuccess(exit)) return exit.value
  const error = Cause.findErrorOption(exit.cause)
  if (error._tag === "Some") throw error.value
  throw Cause.squash(exit.cause)
}
