/**
 * The export port: an exporter turns a plan into one file — bytes with a media type and a file name —
 * for a language (`cs`, `en`), an audience (`public`, `internal`), optionally a year (for yearly
 * documents such as the monitoring report) and the day of the export (`today`; never read from a
 * clock). Exporters live in adapter packages (`@kpss/export-xlsx`, `-docx`, `-pdf`, `-ics`, `-html`)
 * and core's own JSON and open-data exporters; each is a value made by {@link makeExporter}.
 *
 * An exporter only writes its `render` function; {@link runExporter} does the rest once for all of
 * them: it decodes the plan (a plan that does not decode is `InvalidInput`), checks the options, and
 * prepares the plan for the audience with `audienceView` — for the public that is `publicView`, so no
 * exporter can forget to redact personal data — before `render` sees it. A render that throws is a
 * `Failed` reason, never an escaped exception. Exporters return bytes and write nothing: a caller that
 * writes a file writes it to a temporary name and renames it, so a failed export leaves nothing
 * partial behind.
 *
 * One error, {@link ExportError}, with a `reason`: `InvalidInput` (the plan or the options, or a
 * filled table read back, with every problem and its path), `NoData` (a year with no data),
 * `MissingResource` (a font, a template), `Failed` (anything else). {@link exportPlanPromise} is the
 * face for callers who do not use Effect.
 *
 * @since 0.1.0
 */
import { Cause, Effect, Exit, Result, Schema } from "effect"
import { IsoDate, Year } from "./CalendarDate.js"
import { makeMessages, type Locale, type LocalizedText } from "./Messages.js"
import type { Plan } from "./Plan.js"
import { decodePlan } from "./PlanDocument.js"
import { InvalidInput, problem, problemsFromIssue, type Problem } from "./Problem.js"
import { audienceView, type Audience, type AudienceView } from "./Publication.js"

const messages = makeMessages({
  InvalidInput: {
    cs: "Export „{exporter}“ nelze provést: neplatný vstup ({input}, {count} {count:problém|problémy|problémů})",
    en: "Export \"{exporter}\" cannot run: invalid input ({input}, {count} {count:problem|problems})"
  },
  NoData: {
    // The part is named in the nominative (it also names files), so the sentence takes it as its subject.
    cs: "Export „{exporter}“: v plánu chybí {partCs}{yearCs}",
    en: "Export \"{exporter}\": the plan has no {partEn}{yearEn}"
  },
  MissingResource: {
    cs: "Export „{exporter}“: chybí {resource} ({detail})",
    en: "Export \"{exporter}\": {resource} is missing ({detail})"
  },
  Failed: { cs: "Export „{exporter}“ selhal: {detail}", en: "Export \"{exporter}\" failed: {detail}" }
})

/**
 * The options of an export.
 *
 * @category schemas
 * @since 0.1.0
 */
export const ExportOptions = Schema.Struct({
  locale: Schema.Literals(["cs", "en"]),
  audience: Schema.Literals(["public", "internal"]),
  /** The year of a yearly document (action plan, monitoring report); exporters that need it say so. */
  year: Schema.optionalKey(Year),
  /** The day of the export: printed on the document, used for "as of" views. */
  today: IsoDate
})

/**
 * @category models
 * @since 0.1.0
 */
export type ExportOptions = typeof ExportOptions.Type

/**
 * What an exporter produces: one file.
 *
 * @category models
 * @since 0.1.0
 */
export interface ExportedFile {
  readonly bytes: Uint8Array
  /** The IANA media type, e.g. `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`. */
  readonly mediaType: string
  /** A file name without directories, ASCII only (see {@link exportFileName}). */
  readonly fileName: string
}

/**
 * The plan (or a part of it) has no data for what was asked: a monitoring report for a year that has
 * none, a schedule with no milestones.
 *
 * @category errors
 * @since 0.1.0
 */
export class NoData extends Schema.TaggedError<NoData>()("NoData", {
  /** What is missing, in both languages (e.g. "zpráva o plnění" / "monitoring report"). */
  part: Schema.Struct({ cs: Schema.String, en: Schema.String }),
  year: Schema.optionalKey(Schema.Number)
}) {}

/**
 * Something the exporter needs outside the plan is missing: a font with the Czech glyphs, a template.
 *
 * @category errors
 * @since 0.1.0
 */
export class MissingResource extends Schema.TaggedError<MissingResource>()("MissingResource", {
  resource: Schema.String,
  detail: Schema.String
}) {}

/**
 * The export failed for a reason outside the plan and the options (a library failure, a bug).
 *
 * @category errors
 * @since 0.1.0
 */
export class Failed extends Schema.TaggedError<Failed>()("Failed", {
  detail: Schema.String,
  cause: Schema.Defect()
}) {}

/**
 * Why an export failed.
 *
 * @category errors
 * @since 0.1.0
 */
export const ExportErrorReason = Schema.Union([InvalidInput, NoData, MissingResource, Failed])

/**
 * @category errors
 * @since 0.1.0
 */
export type ExportErrorReason = typeof ExportErrorReason.Type

/**
 * The one error of the export port.
 *
 * @category errors
 * @since 0.1.0
 */
export class ExportError extends Schema.TaggedError<ExportError>()("ExportError", {
  /** The name of the exporter (or the reader of a filled table). */
  exporter: Schema.String,
  reason: ExportErrorReason
}) {
  override get message(): string {
    const text = exportErrorText(this).en
    return this.reason._tag === "InvalidInput" ? `${text}: ${this.reason.message}` : text
  }
}

/**
 * What to tell a person about an export error, in Czech and English.
 *
 * @category formatting
 * @since 0.1.0
 */
export const exportErrorText = (error: ExportError): LocalizedText => {
  const r = error.reason
  const exporter = error.exporter
  switch (r._tag) {
    case "InvalidInput":
      return messages("InvalidInput", { exporter, input: r.input, count: r.problems.length })
    case "NoData":
      return messages("NoData", {
        exporter,
        partCs: r.part.cs,
        partEn: r.part.en,
        yearCs: r.year === undefined ? "" : ` v roce ${r.year}`,
        yearEn: r.year === undefined ? "" : ` in ${r.year}`
      })
    case "MissingResource":
      return messages("MissingResource", { exporter, resource: r.resource, detail: r.detail })
    case "Failed":
      return messages("Failed", { exporter, detail: r.detail })
  }
}

/**
 * Wraps a reason into the port's error.
 *
 * @category constructors
 * @since 0.1.0
 */
export const exportError = (exporter: string, reason: ExportErrorReason): ExportError => new ExportError({ exporter, reason })

/**
 * An `InvalidInput` export error from problems (`input` names what was read, e.g. "export options",
 * "filled funding table").
 *
 * @category constructors
 * @since 0.1.0
 */
export const invalidExportInput = (exporter: string, input: string, problems: ReadonlyArray<Problem>): ExportError =>
  exportError(exporter, new InvalidInput({ input, problems: problems.map((p) => ({ ...p, path: [...p.path] })) }))

/**
 * A `Failed` export error from whatever a library threw.
 *
 * @category constructors
 * @since 0.1.0
 */
export const exportFailed = (exporter: string, cause: unknown): ExportError =>
  exportError(exporter, new Failed({ detail: cause instanceof Error ? cause.message : String(cause), cause }))

/**
 * An exporter: its name, the media type it writes, and how it renders a plan prepared for the
 * audience. `render` is called only by {@link runExporter}.
 *
 * @category models
 * @since 0.1.0
 */
export interface Exporter {
  /** A stable name, e.g. `xlsx-funding`, `json`, `ics`. */
  readonly name: string
  readonly mediaType: string
  /** The audiences it supports (an internal working table may refuse `public`). Default both. */
  readonly audiences: ReadonlyArray<Audience>
  /** Whether it needs `options.year` (a yearly document). */
  readonly needsYear: boolean
  readonly render: (plan: AudienceView, options: ExportOptions) => Effect.Effect<ExportedFile, ExportError>
}

/**
 * Makes an exporter from its render function.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeExporter = (spec: {
  readonly name: string
  readonly mediaType: string
  readonly audiences?: ReadonlyArray<Audience>
  readonly needsYear?: boolean
  readonly render: (plan: AudienceView, options: ExportOptions) => Effect.Effect<ExportedFile, ExportError>
}): Exporter => ({
  name: spec.name,
  mediaType: spec.mediaType,
  audiences: spec.audiences ?? ["public", "internal"],
  needsYear: spec.needsYear ?? false,
  render: spec.render
})

const decodeOptions = Schema.decodeUnknownResult(ExportOptions)

const optionsProblems = (exporter: Exporter, input: unknown): Result.Result<ExportOptions, ReadonlyArray<Problem>> => {
  const decoded = decodeOptions(input, { errors: "all", onExcessProperty: "error" })
  if (Result.isFailure(decoded)) return Result.fail(problemsFromIssue(decoded.failure.issue, input))
  const options = decoded.success
  const problems: Array<Problem> = []
  if (!exporter.audiences.includes(options.audience)) {
    problems.push(problem(["audience"], "literal", {
      found: JSON.stringify(options.audience),
      allowed: exporter.audiences.map((a) => JSON.stringify(a)).join(", ")
    }))
  }
  if (exporter.needsYear && options.year === undefined) problems.push(problem(["year"], "missing"))
  return problems.length > 0 ? Result.fail(problems) : Result.succeed(options)
}

/**
 * Runs an exporter: decodes the plan (anything that is not a valid plan is `InvalidInput`), checks the
 * options, prepares the plan for the audience (`publicView` for the public) and renders it. Never
 * throws; a render that throws or rejects is reported as `Failed`.
 *
 * @category running
 * @since 0.1.0
 */
export const runExporter = (exporter: Exporter, plan: Plan | unknown, options: ExportOptions | unknown): Effect.Effect<ExportedFile, ExportError> =>
  Effect.suspend(() => {
    const checked = optionsProblems(exporter, options)
    if (Result.isFailure(checked)) return Effect.fail(invalidExportInput(exporter.name, "export options", checked.failure))
    const decoded = decodePlan(plan)
    if (Result.isFailure(decoded)) return Effect.fail(exportError(exporter.name, decoded.failure))
    const opts = checked.success
    return exporter.render(audienceView(decoded.success, opts.audience, opts.locale), opts)
  }).pipe(Effect.catchDefect((defect) => Effect.fail(exportFailed(exporter.name, defect))))

/**
 * Runs an exporter for callers who do not use Effect: resolves with the file, rejects with the
 * {@link ExportError} (check `error.reason._tag`).
 *
 * @category running
 * @since 0.1.0
 */
export const exportPlanPromise = async (exporter: Exporter, plan: Plan | unknown, options: ExportOptions | unknown): Promise<ExportedFile> => {
  const exit = await Effect.runPromiseExit(runExporter(exporter, plan, options))
  if (Exit.isSuccess(exit)) return exit.value
  const error = Cause.findErrorOption(exit.cause)
  if (error._tag === "Some") throw error.value
  throw exportFailed(exporter.name, Cause.squash(exit.cause))
}

const slug = (text: string): string =>
  text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "")

/**
 * A file name for an export: ASCII, from the territory, the edition, the part and the year, with
 * `-interni` / `-internal` for internal documents, e.g. `stribrna-hora-kp4-financovani-2017.xlsx`.
 *
 * @category formatting
 * @since 0.1.0
 */
export const exportFileName = (
  plan: Plan,
  part: LocalizedText,
  extension: string,
  options: { readonly locale: Locale; readonly audience: Audience; readonly year?: number | undefined }
): string => {
  const pieces = [slug(plan.territory.name) || "plan", `kp${plan.edition}`, slug(part[options.locale])]
  if (options.year !== undefined) pieces.push(String(options.year))
  if (options.audience === "internal") pieces.push(options.locale === "cs" ? "interni" : "internal")
  return `${pieces.filter((p) => p.length > 0).join("-")}.${extension}`
}
