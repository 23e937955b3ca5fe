/**
 * The command's file handling: reading an input file with a clear message for a missing file or a
 * directory, and writing an output file atomically (a temporary file in the target directory, then a
 * rename), so that a failure or Ctrl-C never leaves a half-written file behind.
 *
 * @since 0.1.0
 */
import type { LocalizedText } from "@kpss/core"
import { randomUUID } from "node:crypto"
import { promises as fs, rmSync, type Stats } from "node:fs"
import * as path from "node:path"
import { cliMessages } from "./CliMessages.js"

/**
 * The result of a file operation: the value, or what to tell the person.
 *
 * @category models
 * @since 0.1.0
 */
export type FileResult<A> = { readonly ok: true; readonly value: A } | { readonly ok: false; readonly message: LocalizedText }

const detailOf = (e: unknown): string => {
  const code = (e as { code?: unknown }).code
  const text = e instanceof Error ? e.message : String(e)
  return typeof code === "string" && !text.includes(code) ? `${code}: ${text}` : text
}

const cannotRead = (file: string, e: unknown): FileResult<never> =>
  (e as { code?: unknown }).code === "ENOENT"
    ? { ok: false, message: cliMessages("notFound", { file }) }
    : { ok: false, message: cliMessages("unreadable", { file, detail: detailOf(e) }) }

/** The state of a path to read: a file (its `Stats`), nothing there (`undefined`), or what to tell. */
const statInput = async (file: string): Promise<FileResult<Stats | undefined>> => {
  try {
    const stat = await fs.stat(file)
    return stat.isDirectory() ? { ok: false, message: cliMessages("isDirectory", { file }) } : { ok: true, value: stat }
  } catch (e) {
    return (e as { code?: unknown }).code === "ENOENT" ? { ok: true, value: undefined } : cannotRead(file, e)
  }
}

/**
 * The size of an input file in bytes, without reading it (for a file that is streamed).
 *
 * @category files
 * @since 0.1.0
 */
export const inputSize = async (file: string): Promise<FileResult<number>> => {
  const stat = await statInput(file)
  if (!stat.ok) return stat
  return stat.value === undefined ? { ok: false, message: cliMessages("notFound", { file }) } : { ok: true, value: stat.value.size }
}

/**
 * Whether a file exists (`false` when nothing is there); a directory or an unreadable path is what to
 * tell instead.
 *
 * @category files
 * @since 0.1.0
 */
export const inputExists = async (file: string): Promise<FileResult<boolean>> => {
  const stat = await statInput(file)
  return stat.ok ? { ok: true, value: stat.value !== undefined } : stat
}

/**
 * Reads a whole input file.
 *
 * @category files
 * @since 0.1.0
 */
export const readInput = async (file: string): Promise<FileResult<Uint8Array>> => {
  const size = await inputSize(file)
  if (!size.ok) return size
  try {
    return { ok: true, value: await fs.readFile(file) }
  } catch (e) {
    return cannotRead(file, e)
  }
}

/** Temporary files being written now; removed on Ctrl-C. */
const pending = new Set<string>()

/**
 * Removes every temporary file still being written (called on SIGINT / SIGTERM).
 *
 * @category files
 * @since 0.1.0
 */
export const removePending = (): void => {
  for (const tmp of pending) {
    try {
      rmSync(tmp, { force: true })
    } catch {
      // nothing more to do on the way out
    }
  }
  pending.clear()
}

// What the person is told when a file cannot be written: the common causes in words, any other by the
// system's code alone (the system's text names the temporary file, which the person never asked for).
const unwritable = (file: string, e: unknown): LocalizedText => {
  const code = (e as { code?: unknown }).code
  const dir = path.dirname(file)
  switch (code) {
    case "EACCES":
    case "EPERM":
      return cliMessages("unwritableDenied", { file, dir })
    case "ENOENT":
    case "ENOTDIR":
      return cliMessages("unwritableNoDirectory", { file, dir })
    case "EROFS":
      return cliMessages("unwritableReadOnly", { file })
    case "ENOSPC":
    case "EDQUOT":
      return cliMessages("unwritableFull", { file })
    default:
      return cliMessages("unwritable", { file, detail: typeof code === "string" ? code : detailOf(e) })
  }
}

/**
 * Writes a file atomically: the bytes go to a temporary file next to the target, which is then renamed
 * over it. On any failure the temporary file is removed and the target is untouched.
 *
 * @category files
 * @since 0.1.0
 */
export const writeAtomic = async (file: string, bytes: Uint8Array | string): Promise<FileResult<number>> => {
  const target = path.resolve(file)
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`)
  try {
    const existing = await fs.stat(target).catch(() => undefined)
    if (existing?.isDirectory() === true) return { ok: false, message: cliMessages("isDirectory", { file }) }
    pending.add(tmp)
    await fs.writeFile(tmp, bytes, { flag: "wx" })
    await fs.rename(tmp, target)
    pending.delete(tmp)
    return { ok: true, value: typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.byteLength }
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined)
    pending.delete(tmp)
    return { ok: false, message: unwritable(file, e) }
  }
}
