/**
 * The `kpss` command: `check`, `export`, `store` and `migrate`. Arguments are read with Node's
 * `util.parseArgs` (strict: an unknown flag is an error); every message comes from the command's cs/en
 * catalogue. `run` returns the exit code instead of exiting, so the command can be tested in-process
 * as well as a child process: 0 fine, 1 errors found (check) or an operation failed, 2 invalid input.
 *
 * @since 0.1.0
 */
import {
  amend,
  builtInProfiles,
  check,
  decodePlanDocument,
  encodePlanDocumentJson,
  currentFormatVersion,
  exportErrorText,
  exportPlanPromise,
  formatPath,
  isIsoDate,
  jsonExporter,
  openDataExporter,
  planDocumentJsonSchema,
  planStoreErrorText,
  ruleFamilies,
  decodeProfile,
  type Exporter,
  type ActorId,
  type IsoDate,
  type ExportError,
  type Locale,
  type Plan,
  type PlanStoreError,
  type PlanStorePromise,
  type Problem,
  registerImportErrorText,
  type RegisterImportError,
  type RegisterTerritory,
  type Profile,
  type Report
} from "@kpss/core"
import { promises as fs } from "node:fs"
import { parseArgs, type ParseArgsConfig } from "node:util"
import { say, type CliMessage } from "./CliMessages.js"
import { inputExists, inputSize, readInput, writeAtomic } from "./Files.js"

/**
 * Where the command writes: standard output and standard error.
 *
 * @category models
 * @since 0.1.0
 */
export interface CliIo {
  readonly out: (text: string) => void
  readonly err: (text: string) => void
  /** The day used when `--today` is not given. */
  readonly today: () => string
  /** Progress of long work (a line, or the same line rewritten on a terminal); default: `err`. */
  readonly progress?: (text: string) => void
}

/**
 * The command's exit codes.
 *
 * @category constants
 * @since 0.1.0
 */
export const ExitCode = { ok: 0, failed: 1, invalidInput: 2 } as const

/** A failure that ends the command: what to print and the exit code. */
class Stop {
  constructor(readonly code: number, readonly lines: ReadonlyArray<string>) {}
}

const invalid = (...lines: ReadonlyArray<string>) => new Stop(ExitCode.invalidInput, lines)
const failed = (...lines: ReadonlyArray<string>) => new Stop(ExitCode.failed, lines)

/**
 * The exporters by `--format` and `--part`; the first part is the default. Each is loaded when asked
 * for, so `kpss check` does not load fonts and document writers.
 */
const exporters: Readonly<Record<string, Readonly<Record<string, () => Promise<Exporter>>>>> = {
  json: { plan: async () => jsonExporter },
  csv: {
    activities: async () => openDataExporter("activities"),
    funding: async () => openDataExporter("funding"),
    indicators: async () => openDataExporter("indicators")
  },
  xlsx: {
    funding: async () => (await import("@kpss/export-xlsx")).fundingXlsx,
    activities: async () => (await import("@kpss/export-xlsx")).activitiesXlsx,
    settlement: async () => (await import("@kpss/export-xlsx")).settlementXlsx,
    monitoring: async () => (await import("@kpss/export-xlsx")).monitoringXlsx
  },
  ics: { plan: async () => (await import("@kpss/export-ics")).icsExporter },
  html: {
    plan: async () => (await import("@kpss/export-html")).htmlPlanExporter,
    monitoring: async () => (await import("@kpss/export-html")).htmlMonitoringReportExporter
  },
  docx: {
    plan: async () => (await import("@kpss/export-docx")).docxPlanExporter,
    monitoring: async () => (await import("@kpss/export-docx")).docxMonitoringReportExporter
  },
  pdf: {
    plan: async () => (await import("@kpss/export-pdf")).pdfPlanExporter,
    monitoring: async () => (await import("@kpss/export-pdf")).pdfMonitoringReportExporter
  }
}

const exportFormats = [...Object.keys(exporters), "json-schema"]

/**
 * The language asked for on the command line (`--locale en` or `--locale=en`); Czech otherwise.
 *
 * @category running
 * @since 0.1.0
 */
export const localeOf = (argv: ReadonlyArray<string>): Locale => {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const value = a === "--locale" ? argv[i + 1] : a.startsWith("--locale=") ? a.slice("--locale=".length) : undefined
    if (value === "en" || value === "cs") return value
  }
  return "cs"
}

const common = {
  help: { type: "boolean", short: "h" },
  locale: { type: "string" }
} as const satisfies ParseArgsConfig["options"]

const parse = <O extends NonNullable<ParseArgsConfig["options"]>>(argv: ReadonlyArray<string>, options: O, locale: Locale) => {
  try {
    const parsed = parseArgs({ args: [...argv], options: { ...common, ...options }, allowPositionals: true, strict: true })
    const chosen = (parsed.values as { locale?: string | undefined }).locale
    if (chosen !== undefined && chosen !== "cs" && chosen !== "en") {
      throw invalid(say(locale, "badValue", { value: JSON.stringify(chosen), flag: "--locale", allowed: "cs, en" }))
    }
    return parsed
  } catch (e) {
    if (e instanceof Stop) throw e
    const code = (e as { code?: unknown }).code
    const flag = (e instanceof Error ? /'(-[^']*)'/.exec(e.message)?.[1] : undefined) ?? ""
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw invalid(say(locale, "unknownFlag", { flag }))
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw invalid(say(locale, "flagValue", { flag: flag.split(" ")[0] ?? flag }))
    throw invalid(say(locale, "badArguments", { detail: e instanceof Error ? e.message : String(e) }))
  }
}

const oneOf = <A extends string>(locale: Locale, flag: string, value: string | undefined, allowed: ReadonlyArray<A>, fallback: A): A => {
  if (value === undefined) return fallback
  if ((allowed as ReadonlyArray<string>).includes(value)) return value as A
  throw invalid(say(locale, "badValue", { value: JSON.stringify(value), flag, allowed: allowed.join(", ") }))
}

const dateFlag = (locale: Locale, value: string | undefined, io: CliIo): string => {
  if (value === undefined) return io.today()
  if (!isIsoDate(value)) throw invalid(say(locale, "badDate", { value: JSON.stringify(value), flag: "--today" }))
  return value
}

const required = (locale: Locale, value: string | undefined, name: string): string => {
  if (value === undefined || value === "") throw invalid(say(locale, "missingArgument", { name }))
  return value
}

const problemLines = (locale: Locale, problems: ReadonlyArray<Problem>): Array<string> =>
  problems.map((p) => `  ${formatPath(p.path)}: ${p.message[locale]}`)

const readJson = async (locale: Locale, file: string): Promise<Uint8Array> => {
  const read = await readInput(file)
  if (!read.ok) throw invalid(read.message[locale])
  return read.value
}

const readPlan = async (locale: Locale, file: string): Promise<Plan> => {
  const decoded = decodePlanDocument(await readJson(locale, file))
  if (decoded._tag === "Success") return decoded.success
  const problems = decoded.failure.problems as ReadonlyArray<Problem>
  throw invalid(say(locale, "invalidDocument", { file, count: problems.length }), ...problemLines(locale, problems))
}

const write = async (locale: Locale, io: CliIo, file: string, bytes: Uint8Array | string): Promise<void> => {
  const written = await writeAtomic(file, bytes)
  if (!written.ok) throw failed(written.message[locale])
  io.err(say(locale, "written", { file, bytes: written.value }))
}

const readProfile = async (locale: Locale, value: string | undefined): Promise<Profile> => {
  if (value === undefined || value === "methodology") return builtInProfiles.methodology
  if (value === "statutory") return builtInProfiles.statutory
  const bytes = await readJson(locale, value)
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(bytes))
  } catch (e) {
    throw invalid(say(locale, "invalidDocument", { file: value, count: 1 }), `  $: ${e instanceof Error ? e.message : String(e)}`)
  }
  const decoded = decodeProfile(json)
  if (decoded._tag === "Success") return decoded.success
  const problems = decoded.failure.problems as ReadonlyArray<Problem>
  throw invalid(say(locale, "invalidDocument", { file: value, count: problems.length }), ...problemLines(locale, problems))
}

/**
 * The text form of a check report: findings grouped by family, each with severity, code, path and
 * message, then the summary line.
 *
 * @category formatting
 * @since 0.1.0
 */
export const reportText = (report: Report, locale: Locale): string => {
  const lines: Array<string> = []
  for (const group of report.byFamily) {
    if (group.findings.length === 0) continue
    const family = ruleFamilies.find((f) => f.id === group.family)
    lines.push(`${family === undefined ? group.family : family.name[locale]} (${group.family})`)
    for (const f of group.findings) {
      lines.push(`  [${say(locale, f.severity as CliMessage)}] ${f.code} ${formatPath(f.path)}: ${f.message[locale]}`)
      if (f.hint !== undefined) lines.push(`    ${say(locale, "hint")}: ${f.hint[locale]}`)
    }
    lines.push("")
  }
  if (report.findings.length === 0) lines.push(say(locale, "noFindings"))
  lines.push(report.summary)
  return lines.join("\n")
}

const checkCommand = async (argv: ReadonlyArray<string>, io: CliIo, locale: Locale): Promise<number> => {
  const { values, positionals } = parse(argv, { profile: { type: "string" }, today: { type: "string" }, format: { type: "string" } }, locale)
  if (values.help === true) return help(io, locale, "helpCheck")
  const format = oneOf(locale, "--format", values.format, ["text", "json"], "text")
  const today = dateFlag(locale, values.today, io)
  const file = required(locale, positionals[0], "<plan.json>")
  const profile = await readProfile(locale, values.profile)
  const plan = await readPlan(locale, file)
  const report = check(plan, { today: today as IsoDate, profile, locale })
  io.out(format === "json" ? JSON.stringify(report, null, 2) : reportText(report, locale))
  return report.passed ? ExitCode.ok : ExitCode.failed
}

const exportCommand = async (argv: ReadonlyArray<string>, io: CliIo, locale: Locale): Promise<number> => {
  const { values, positionals } = parse(argv, {
    format: { type: "string" },
    output: { type: "string", short: "o" },
    part: { type: "string" },
    audience: { type: "string" },
    year: { type: "string" },
    today: { type: "string" }
  }, locale)
  if (values.help === true) return help(io, locale, "helpExport")
  const format = oneOf(locale, "--format", required(locale, values.format, "--format"), exportFormats, "json")
  const output = required(locale, values.output, "-o <file>")
  const file = required(locale, positionals[0], "<plan.json>")
  const audience = oneOf(locale, "--audience", values.audience, ["public", "internal"], "public")
  const today = dateFlag(locale, values.today, io)
  let year: number | undefined
  if (values.year !== undefined) {
    year = Number(values.year)
    if (!/^\d{4}$/.test(values.year)) throw invalid(say(locale, "badNumber", { value: JSON.stringify(values.year), flag: "--year" }))
  }
  const plan = await readPlan(locale, file)
  if (format === "json-schema") {
    await write(locale, io, output, JSON.stringify(planDocumentJsonSchema(), null, 2))
    return ExitCode.ok
  }
  const parts = exporters[format]!
  const names = Object.keys(parts)
  const exporter = await parts[oneOf(locale, "--part", values.part, names, names[0]!)]!()
  let exported
  try {
    exported = await exportPlanPromise(exporter, plan, { locale, audience, today, ...(year === undefined ? {} : { year }) })
  } catch (e) {
    const error = e as ExportError
    if (error?._tag !== "ExportError") throw failed(say(locale, "exportFailed", { detail: String(e) }))
    const text = exportErrorText(error)[locale]
    if (error.reason._tag === "InvalidInput") throw invalid(text, ...problemLines(locale, error.reason.problems as ReadonlyArray<Problem>))
    throw failed(text)
  }
  await write(locale, io, output, exported.bytes)
  return ExitCode.ok
}

const isStoreError = (e: unknown): e is PlanStoreError => (e as { _tag?: unknown })?._tag === "PlanStoreError"

const isImportError = (e: unknown): e is RegisterImportError => (e as { _tag?: unknown })?._tag === "RegisterImportError"

const storeFailure = (locale: Locale, e: unknown): Stop =>
  failed(say(locale, "storeFailed", { detail: isStoreError(e) ? planStoreErrorText(e)[locale] : e instanceof Error ? e.message : String(e) }))

// The SQLite file of a store command: never a directory, and only `save` may create it (a mistyped --db on
// a read would otherwise leave an empty store behind and report no plans).
const checkSqliteFile = async (locale: Locale, file: string, action: string): Promise<void> => {
  const exists = await inputExists(file)
  if (!exists.ok) throw invalid(exists.message[locale])
  if (!exists.value && action !== "save") throw invalid(say(locale, "storeMissing", { file }))
}

const storeCommand = async (argv: ReadonlyArray<string>, io: CliIo, locale: Locale): Promise<number> => {
  const { values, positionals } = parse(argv, {
    db: { type: "string" },
    pg: { type: "string" },
    schema: { type: "string" },
    output: { type: "string", short: "o" },
    revision: { type: "string" },
    author: { type: "string" },
    reason: { type: "string" }
  }, locale)
  if (values.help === true || positionals.length === 0) return help(io, locale, "helpStore")
  const action = oneOf(locale, "store", positionals[0], ["list", "save", "load", "history"], "list")
  let revision: number | undefined
  if (values.revision !== undefined) {
    revision = Number(values.revision)
    if (!Number.isSafeInteger(revision) || revision < 1) throw invalid(say(locale, "badNumber", { value: JSON.stringify(values.revision), flag: "--revision" }))
  }
  const plan = action === "save" ? await readPlan(locale, required(locale, positionals[1], "<plan.json>")) : undefined
  const planId = action === "load" || action === "history" ? required(locale, positionals[1], "<plan id>") : undefined
  const filename = values.db ?? "kpss.sqlite"
  if (values.pg === undefined) await checkSqliteFile(locale, filename, action)
  let store: PlanStorePromise
  try {
    store = values.pg !== undefined
      ? await (await import("@kpss/storage-postgres")).open({ url: values.pg, ...(values.schema === undefined ? {} : { schema: values.schema }) })
      : await (await import("@kpss/storage-sqlite")).open({ filename })
  } catch (e) {
    throw storeFailure(locale, e)
  }
  try {
    return await storeAction(action, store, { plan, planId, revision, values, io, locale })
  } catch (e) {
    throw e instanceof Stop ? e : storeFailure(locale, e)
  } finally {
    await store.close().catch(() => undefined)
  }
}

const revisionLine = (r: { readonly planId: string; readonly revision: number; readonly savedAt: string; readonly author: string; readonly reason: string }): string =>
  `${r.planId}\t${r.revision}\t${r.savedAt}\t${r.author}\t${r.reason}`

const storeAction = async (
  action: "list" | "save" | "load" | "history",
  store: PlanStorePromise,
  ctx: {
    readonly plan: Plan | undefined
    readonly planId: string | undefined
    readonly revision: number | undefined
    readonly values: { readonly output?: string | undefined; readonly author?: string | undefined; readonly reason?: string | undefined }
    readonly io: CliIo
    readonly locale: Locale
  }
): Promise<number> => {
  const { io, locale } = ctx
  switch (action) {
    case "list": {
      const all = await store.list()
      io.out(all.length === 0 ? say(locale, "noPlans") : all.map(revisionLine).join("\n"))
      return ExitCode.ok
    }
    case "history": {
      io.out((await store.history(ctx.planId!)).map(revisionLine).join("\n"))
      return ExitCode.ok
    }
    case "load": {
      const stored = await store.load(ctx.planId!, ctx.revision)
      const json = encodePlanDocumentJson(stored.plan, 2)
      if (ctx.values.output === undefined) io.out(json)
      else await write(locale, io, ctx.values.output, json)
      return ExitCode.ok
    }
    case "save": {
      const plan = ctx.plan!
      const meta = { author: ctx.values.author ?? "kpss", reason: ctx.values.reason ?? "kpss store save" }
      const existing = await store.history(plan.id).catch((e: unknown) => {
        if (isStoreError(e) && e.reason._tag === "NotFound") return []
        throw e
      })
      const last = existing.reduce((max, r) => Math.max(max, r.revision), 0)
      const info = last === 0 ? await store.create(plan, meta) : await store.save(plan, { ...meta, expectedRevision: last })
      io.out(say(locale, "saved", { planId: info.planId, revision: info.revision }))
      return ExitCode.ok
    }
  }
}

const amendCommand = async (argv: ReadonlyArray<string>, io: CliIo, locale: Locale): Promise<number> => {
  const { values, positionals } = parse(argv, {
    reason: { type: "string" },
    as: { type: "string" },
    today: { type: "string" },
    output: { type: "string", short: "o" }
  }, locale)
  if (values.help === true || positionals.length === 0) return help(io, locale, "helpAmend")
  const file = required(locale, positionals[0], "<plan.json>")
  const reason = required(locale, values.reason, "--reason <proč>")
  const today = dateFlag(locale, values.today, io) as IsoDate
  const plan = await readPlan(locale, file)
  // The command works on the coordinator's own file, so it acts as the coordinator: the one named with
  // --as, or the plan's only member with the coordinator's role in a body.
  const coordinators = [...new Set(plan.bodies.flatMap((b) => b.members.filter((m) => m.role === "coordinator").map((m) => m.actorId as string)))]
  const actorId = values.as ?? (coordinators.length === 1 ? coordinators[0] : undefined)
  if (actorId === undefined) throw invalid(say(locale, "missingArgument", { name: "--as <id>" }))
  const draft = amend(plan, { reason }, { actor: { role: "coordinator", actorId: actorId as ActorId }, today })
  if (draft._tag === "Failure") throw failed(say(locale, "amendFailed", { detail: draft.failure.text[locale] }))
  await write(locale, io, values.output ?? file, encodePlanDocumentJson(draft.success, 2))
  io.err(say(locale, "amended", { number: draft.success.lifecycle.amendments.length }))
  return ExitCode.ok
}

const migrateCommand = async (argv: ReadonlyArray<string>, io: CliIo, locale: Locale): Promise<number> => {
  const { values, positionals } = parse(argv, { output: { type: "string", short: "o" } }, locale)
  if (values.help === true) return help(io, locale, "helpMigrate")
  const file = required(locale, positionals[0], "<old.json>")
  const output = required(locale, values.output, "-o <new.json>")
  const plan = await readPlan(locale, file)
  await write(locale, io, output, encodePlanDocumentJson(plan, 2))
  io.err(say(locale, "migrated", { version: currentFormatVersion, file: output }))
  return ExitCode.ok
}

const territoryFlag = (locale: Locale, value: string | undefined): RegisterTerritory | undefined => {
  if (value === undefined) return undefined
  const m = /^(?:(municipality|district|region):)?(\d{1,12})$/.exec(value)
  if (m === null) throw invalid(say(locale, "badTerritory", { value: JSON.stringify(value) }))
  const code = m[2]!
  switch (m[1]) {
    case "district":
      return { districtCodes: [code] }
    case "region":
      return { regionCodes: [code] }
    default:
      return { municipalityCodes: [code] }
  }
}

/** `--max-mb`: the largest register in megabytes (10^6 bytes), as bytes for the import. */
const maxMbFlag = (locale: Locale, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined
  const mb = Number(value)
  if (value.trim() === "" || !Number.isFinite(mb) || mb <= 0) throw invalid(say(locale, "badMaxMb", { value: JSON.stringify(value) }))
  return Math.round(mb * 1e6)
}

const importCommand = async (argv: ReadonlyArray<string>, io: CliIo, locale: Locale): Promise<number> => {
  const { values, positionals } = parse(argv, {
    into: { type: "string" },
    territory: { type: "string" },
    today: { type: "string" },
    "max-mb": { type: "string" },
    output: { type: "string", short: "o" }
  }, locale)
  if (values.help === true || positionals.length === 0) {
    const { defaultMaxRegisterBytes } = await import("@kpss/import-rpss")
    return help(io, locale, "helpImport", { maxMb: Math.round(defaultMaxRegisterBytes / 1e6) })
  }
  oneOf(locale, "import", positionals[0], ["rpss"], "rpss")
  const register = required(locale, positionals[1], "<register.json>")
  const into = required(locale, values.into, "--into <plan.json>")
  const territory = territoryFlag(locale, values.territory)
  const importedOn = dateFlag(locale, values.today, io) as IsoDate
  const maxBytes = maxMbFlag(locale, values["max-mb"])
  const plan = await readPlan(locale, into)
  // Only the size: the register is streamed by the import, never read whole.
  const size = await inputSize(register)
  if (!size.ok) throw invalid(size.message[locale])
  const progress = io.progress ?? io.err
  let shown = -1
  const onProgress = ({ bytes }: { readonly bytes: number }) => {
    const percent = size.value === 0 ? 100 : Math.floor((bytes / size.value) * 100)
    if (percent < shown + 5) return
    shown = percent
    progress(say(locale, "progress", { percent, mb: (bytes / 1e6).toFixed(1) }))
  }
  const { importRegisterPromise } = await import("@kpss/import-rpss")
  let result
  try {
    result = await importRegisterPromise(plan, register, {
      importedOn, onProgress, ...(territory === undefined ? {} : { territory }), ...(maxBytes === undefined ? {} : { maxBytes })
    })
  } catch (e) {
    const text = isImportError(e) ? registerImportErrorText(e)[locale] : e instanceof Error ? e.message : String(e)
    const tooLarge = isImportError(e) && e.reason._tag === "TooLarge"
    throw failed(say(locale, "importFailed", { detail: text }), ...(tooLarge ? [say(locale, "maxMbHint")] : []))
  }
  for (const w of result.warnings) io.err(`  ${w.message[locale]}`)
  io.err(say(locale, "imported", { items: result.items, ...result.stats, warnings: result.warnings.length }))
  const names = new Map(result.plan.analyses.resources.map((r) => [r.id as string, r.name]))
  for (const l of result.proposedLinks) {
    io.err(say(locale, "proposedLink", {
      resource: names.get(l.resourceId) ?? l.resourceId, registered: names.get(l.registerResourceId) ?? l.registerResourceId, registerId: l.registerId,
      match: l.match === "ico" ? "IČO" : say(locale, "byName")
    }))
  }
  await write(locale, io, values.output ?? into, encodePlanDocumentJson(result.plan, 2))
  return ExitCode.ok
}

const help = (io: CliIo, locale: Locale, key: CliMessage, extra: Readonly<Record<string, string | number>> = {}): number => {
  io.out(say(locale, key, {
    ...extra,
    formats: exportFormats.join("|"),
    xlsxParts: Object.keys(exporters.xlsx!).join("|"),
    csvParts: Object.keys(exporters.csv!).join("|"),
    docParts: Object.keys(exporters.pdf!).join("|")
  }))
  return ExitCode.ok
}

const commands: Readonly<Record<string, (argv: ReadonlyArray<string>, io: CliIo, locale: Locale) => Promise<number>>> = {
  check: checkCommand,
  export: exportCommand,
  store: storeCommand,
  migrate: migrateCommand,
  amend: amendCommand,
  import: importCommand
}

/**
 * Runs the command on its arguments (without `node` and the script) and returns the exit code.
 * Never throws for bad input.
 *
 * @category running
 * @since 0.1.0
 */
export const run = async (argv: ReadonlyArray<string>, io: CliIo): Promise<number> => {
  const locale = localeOf(argv)
  const [name, ...rest] = argv
  try {
    if (name === undefined || name === "--help" || name === "-h") return help(io, locale, "helpMain")
    if (name === "--version" || name === "-V") {
      // The package's own manifest, one folder above both src/ and dist/.
      const manifest = JSON.parse(await fs.readFile(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
      io.out(`kpss ${manifest.version}`)
      return ExitCode.ok
    }
    const command = commands[name]
    if (command === undefined) {
      throw invalid(name.startsWith("-") ? say(locale, "badArguments", { detail: name }) : say(locale, "unknownCommand", { command: name }), say(locale, "usage"))
    }
    return await command(rest, io, locale)
  } catch (e) {
    if (!(e instanceof Stop)) throw e
    for (const line of e.lines) io.err(line)
    return e.code
  }
}
