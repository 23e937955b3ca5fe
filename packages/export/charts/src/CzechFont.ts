/**
 * The font documents and rendered charts use: DejaVu Sans (regular and bold), which has every Czech
 * glyph, read from the `dejavu-fonts-ttf` package (or from files the caller names). A font that cannot
 * be found or read is the export port's `MissingResource`, naming the file — never a document with
 * missing letters. Node only.
 *
 * @since 0.1.0
 */
import { MissingResource } from "@kpss/core"
import { Result } from "effect"
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"

/**
 * A font family in two weights: the file paths and their bytes.
 *
 * @category models
 * @since 0.1.0
 */
export interface CzechFont {
  readonly family: string
  readonly regularPath: string
  readonly boldPath: string
  readonly regular: Uint8Array
  readonly bold: Uint8Array
}

/**
 * Where to read the font from; by default DejaVu Sans from the `dejavu-fonts-ttf` package.
 *
 * @category models
 * @since 0.1.0
 */
export interface FontOptions {
  readonly regularPath?: string
  readonly boldPath?: string
  /** The family name the files carry (default "DejaVu Sans"). */
  readonly family?: string
}

/**
 * Every letter of Czech with a diacritic, lower and upper case.
 *
 * @category constants
 * @since 0.1.0
 */
export const czechLetters = "áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"

const packagedFontDir = (): string | undefined => {
  try {
    return join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf")
  } catch {
    return undefined
  }
}

const read = (path: string): Result.Result<Uint8Array, MissingResource> => {
  try {
    return Result.succeed(new Uint8Array(readFileSync(path)))
  } catch (e) {
    return Result.fail(new MissingResource({ resource: "font", detail: `${path}: ${e instanceof Error ? e.message : String(e)}` }))
  }
}

/**
 * Reads the font, or says which file is missing.
 *
 * @category resources
 * @since 0.1.0
 */
export const loadCzechFont = (options: FontOptions = {}): Result.Result<CzechFont, MissingResource> => {
  const dir = packagedFontDir()
  const regularPath = options.regularPath ?? (dir === undefined ? undefined : join(dir, "DejaVuSans.ttf"))
  const boldPath = options.boldPath ?? (dir === undefined ? undefined : join(dir, "DejaVuSans-Bold.ttf"))
  if (regularPath === undefined || boldPath === undefined) {
    return Result.fail(new MissingResource({ resource: "font", detail: "the package dejavu-fonts-ttf is not installed" }))
  }
  const regular = read(regularPath)
  if (Result.isFailure(regular)) return Result.fail(regular.failure)
  const bold = read(boldPath)
  if (Result.isFailure(bold)) return Result.fail(bold.failure)
  return Result.succeed({ family: options.family ?? "DejaVu Sans", regularPath, boldPath, regular: regular.success, bold: bold.success })
}
