/**
 * The funding tables providers fill in and return (seed 003: "finanční tabulky" sent to providers in
 * January, returned by a deadline, revised by the coordinator). {@link providerTableExporter} writes one
 * workbook per provider: a row for each of its activities × year × funding source with the planned,
 * secured and spent amounts to fill in (today's values prefilled), and a hidden, locked id column that
 * maps each row back to its cell of the funding matrix. {@link readProviderTable} reads a filled table
 * back into the plan: every problem is reported with its sheet and cell (`["Financování", "F7"]`) —
 * text or a negative or fractional amount in a money cell, a shifted or renamed column, a foreign sheet
 * or workbook, a row whose id does not belong to the plan, a file over the size limit — and nothing is
 * applied unless the whole table is valid.
 *
 * @since 0.1.0
 */
import {
  exportError,
  exportFileName,
  invalidExportInput,
  makeExporter,
  makeMessages,
  NoData,
  problem,
  setFundingLines,
  type AudienceView,
  type ExportError,
  type Exporter,
  type FundingCellInput,
  type FundingLine,
  type Locale,
  type OperationContext,
  type Plan,
  type Problem
} from "@kpss/core"
import { Effect, Result } from "effect"
import ExcelJS from "exceljs"
import { t, xlsxText } from "./XlsxLabels.js"
import { addTable, appendRow, moneyFormat, newWorkbook, toFile, xlsxMediaType } from "./Workbook.js"

const name = "xlsx-provider-table"

const text = makeMessages({
  notWorkbook: {
    cs: "Soubor není sešit XLSX ({detail})",
    en: "The file is not an XLSX workbook ({detail})"
  },
  noSheet: {
    cs: "V sešitu chybí list „{sheetCs}“ (listy: {sheets}); je to tabulka vygenerovaná pro tento plán?",
    en: "The workbook has no sheet \"{sheetEn}\" (sheets: {sheets}); is it a table generated for this plan?"
  },
  header: {
    cs: "Sloupec {column} má záhlaví „{found}“, očekáváno „{expected}“: sloupce byly posunuty, vloženy nebo přejmenovány",
    en: "Column {column} is headed \"{found}\", expected \"{expected}\": columns were shifted, inserted or renamed"
  },
  noId: {
    cs: "Řádek {row} nemá id (skrytý sloupec A); řádky nepřidávejte, jen vyplňujte částky",
    en: "Row {row} has no id (hidden column A); do not add rows, only fill in the amounts"
  },
  unknownRow: {
    cs: "Řádek {row} s id {id} nepatří k žádné buňce financování tohoto plánu",
    en: "Row {row} with id {id} does not belong to any funding cell of this plan"
  },
  duplicateRow: {
    cs: "Řádek {row} opakuje buňku financování z řádku {other}",
    en: "Row {row} repeats the funding cell of row {other}"
  },
  money: {
    cs: "Neplatná částka {found}; očekáváno celé nezáporné číslo korun bez textu",
    en: "Invalid amount {found}; expected a whole non-negative number of crowns, no text"
  }
})

const moneyKinds = ["planned", "secured", "spent"] as const

/** The columns of a provider table, in order. */
const columns = (locale: Locale) => [
  t(locale, "rowId"), t(locale, "code"), t(locale, "activity"), t(locale, "year"), t(locale, "source"),
  t(locale, "planned"), t(locale, "secured"), t(locale, "spent")
]
const firstMoneyColumn = 6

const rowId = (planId: string, activityId: string, year: number, sourceId: string): string =>
  JSON.stringify([planId, activityId, year, sourceId])

/**
 * The workbook for one provider (an actor responsible for activities): its active activities × the
 * years (`options.year`, or the whole plan period) × every funding source of the plan. Internal
 * audience only (it is sent to the provider, not published). `NoData` when the provider is responsible
 * for no activity.
 *
 * @category exporters
 * @since 0.1.0
 */
export const providerTableExporter = (providerId: string): Exporter =>
  makeExporter({
    name,
    mediaType: xlsxMediaType,
    audiences: ["internal"],
    render: (plan: AudienceView, options) =>
      Effect.suspend(() => {
        const locale = options.locale
        const provider = plan.actors.find((a) => a.id === providerId)
        const activities = plan.strategy.items.filter((i) => i.level === "activity" && i.status === "active" && i.responsibleId === providerId)
        if (provider === undefined || activities.length === 0) {
          return Effect.fail(exportError(name, new NoData({ part: xlsxText("providerActivities", { name: provider?.name ?? providerId }) })))
        }
        const years: Array<number> = []
        if (options.year !== undefined) years.push(options.year)
        else for (let y = plan.period.from; y <= plan.period.to; y++) years.push(y)
        const lines = new Map<string, FundingLine>(plan.funding.lines.map((l) => [rowId(plan.id, l.activityId, l.year, l.sourceId), l]))
        const wb = newWorkbook(options.today)
        const money = moneyFormat(locale)
        const ws = addTable(wb, t(locale, "fundingSheet"), columns(locale).map((header, i) => ({
          header,
          width: [4, 10, 48, 8, 32, 16, 16, 16][i]!,
          ...(i === 0 ? { hidden: true } : {}),
          ...(i >= firstMoneyColumn - 1 ? { numFmt: money, editable: true } : {})
        })))
        for (const activity of activities) {
          for (const year of years) {
            for (const source of plan.funding.sources) {
              const id = rowId(plan.id, activity.id, year, source.id)
              const line = lines.get(id)
              appendRow(ws, [id, activity.code, activity.title, year, source.name, line?.planned ?? null, line?.secured ?? null, line?.spent ?? null])
            }
          }
        }
        return Effect.promise(() => ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true })).pipe(
          Effect.flatMap(() => toFile(name, wb, exportFileName(plan, xlsxText("providerPart"), "xlsx", { ...options, year: undefined }).replace(/\.xlsx$/, `-${slugId(provider.name)}.xlsx`)))
        )
      })
  })

const slugId = (s: string): string =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40)

/**
 * One cell of the funding matrix as a filled table gives it.
 *
 * @category models
 * @since 0.1.0
 */
export interface FilledCell {
  readonly activityId: string
  readonly year: number
  readonly sourceId: string
  readonly planned: number
  readonly secured: number
  readonly spent: number
}

/**
 * Options of {@link readProviderTable}.
 *
 * @category models
 * @since 0.1.0
 */
export interface ReadProviderTableOptions {
  /** The largest file accepted, in bytes (default 10 MiB: a provider table is a few kilobytes). */
  readonly maxBytes?: number
}

/**
 * The default size limit of a filled table.
 *
 * @category constants
 * @since 0.1.0
 */
export const defaultProviderTableMaxBytes = 10 * 1024 * 1024

const describeValue = (v: unknown): string => {
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === "object" && v !== null) return JSON.stringify(v).slice(0, 60)
  return String(v)
}

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return ""
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("")
  return String(v)
}

const amount = (v: ExcelJS.CellValue): number | "empty" | undefined => {
  const value = typeof v === "object" && v !== null && "result" in v ? (v as ExcelJS.CellFormulaValue).result : v
  if (value === null || value === undefined) return "empty"
  if (typeof value === "string" && value.trim() === "") return "empty"
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value
  return undefined
}

/**
 * Reads the cells of a filled provider table of a plan, checking every cell; `InvalidInput` lists every
 * problem with its sheet and cell.
 *
 * @category import
 * @since 0.1.0
 */
export const readFilledCells = (
  plan: Plan,
  bytes: Uint8Array,
  options: ReadProviderTableOptions = {}
): Effect.Effect<ReadonlyArray<FilledCell>, ExportError> =>
  Effect.gen(function*() {
    const limit = options.maxBytes ?? defaultProviderTableMaxBytes
    const fail = (problems: ReadonlyArray<Problem>) => Effect.fail(invalidExportInput(name, "filled funding table", problems))
    if (bytes.byteLength > limit) return yield* fail([problem([], "tooLarge", { size: bytes.byteLength, limit })])
    const wb = new ExcelJS.Workbook()
    const loaded = yield* Effect.tryPromise({
      try: () => wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<typeof wb.xlsx.load>[0]),
      catch: (e) => e
    }).pipe(Effect.result)
    if (Result.isFailure(loaded)) {
      const detail = loaded.failure instanceof Error ? loaded.failure.message : String(loaded.failure)
      return yield* fail([{ path: [], code: "invalid", message: text("notWorkbook", { detail }) }])
    }
    const locale = (["cs", "en"] as const).find((l) => wb.getWorksheet(t(l, "fundingSheet")) !== undefined)
    if (locale === undefined) {
      const sheets = wb.worksheets.map((s) => `„${s.name}“`).join(", ") || "—"
      return yield* fail([{ path: [], code: "missing", message: text("noSheet", { sheetCs: t("cs", "fundingSheet"), sheetEn: t("en", "fundingSheet"), sheets }) }])
    }
    const sheetName = t(locale, "fundingSheet")
    const ws = wb.getWorksheet(sheetName)!
    const problems: Array<Problem> = []
    const at = (address: string) => [sheetName, address]
    columns(locale).forEach((expected, i) => {
      const cell = ws.getRow(1).getCell(i + 1)
      const found = cellText(cell.value).trim()
      if (found !== expected) problems.push({ path: at(cell.address), code: "invalid", message: text("header", { column: cell.address.replace(/\d+$/, ""), found, expected }) })
    })
    if (problems.length > 0) return yield* fail(problems)

    const known = new Set<string>()
    for (const item of plan.strategy.items) if (item.level === "activity") known.add(item.id)
    const sources = new Set<string>(plan.funding.sources.map((s) => s.id))
    const seen = new Map<string, number>()
    const cells: Array<FilledCell> = []
    ws.eachRow((row, r) => {
      if (r === 1) return
      const idCell = row.getCell(1)
      const id = cellText(idCell.value).trim()
      const values = moneyKinds.map((_, k) => row.getCell(firstMoneyColumn + k))
      if (id === "") {
        if (values.some((c) => amount(c.value) !== "empty")) problems.push({ path: at(idCell.address), code: "missing", message: text("noId", { row: r }) })
        return
      }
      let parsed: unknown
      try {
        parsed = JSON.parse(id)
      } catch {
        parsed = undefined
      }
      const ok = Array.isArray(parsed) && parsed.length === 4 && parsed[0] === plan.id && known.has(parsed[1]) &&
        typeof parsed[2] === "number" && parsed[2] >= plan.period.from && parsed[2] <= plan.period.to && sources.has(parsed[3])
      if (!ok) {
        problems.push({ path: at(idCell.address), code: "reference", message: text("unknownRow", { row: r, id: describeValue(id) }) })
        return
      }
      const other = seen.get(id)
      if (other !== undefined) {
        problems.push({ path: at(idCell.address), code: "duplicateCell", message: text("duplicateRow", { row: r, other }) })
        return
      }
      seen.set(id, r)
      const amounts = values.map((c) => {
        const a = amount(c.value)
        if (a === undefined) problems.push({ path: at(c.address), code: "money", message: text("money", { found: describeValue(c.value) }) })
        return a === undefined || a === "empty" ? 0 : a
      })
      const [, activityId, year, sourceId] = parsed as [string, string, number, string]
      cells.push({ activityId, year, sourceId, planned: amounts[0]!, secured: amounts[1]!, spent: amounts[2]! })
    })
    if (problems.length > 0) return yield* fail(problems)
    return cells
  })

/**
 * Applies filled cells to a plan with core's `setFundingLines`: each replaces its cell of the funding
 * matrix, or adds the cell when the plan has none and the row has money. Pure; checked by the same rules
 * as any edit of the money (who may change planned amounts in the plan's state, retired activities), and
 * all or nothing: a cell the person may not set applies nothing (`InvalidInput` with the reason).
 *
 * @category import
 * @since 0.1.0
 */
export const applyFilledCells = (plan: Plan, cells: ReadonlyArray<FilledCell>, context: OperationContext): Result.Result<Plan, ExportError> => {
  const applied = setFundingLines(plan, cells as ReadonlyArray<FundingCellInput>, context)
  return Result.isFailure(applied)
    ? Result.fail(invalidExportInput(name, "filled funding table", [{ path: [], code: "invalid", message: applied.failure.text }]))
    : Result.succeed(applied.success)
}

/**
 * Reads a filled provider table back into the plan, as the person in `context` (usually the
 * coordinator): the plan with the table's amounts, or `InvalidInput` naming every bad cell — nothing is
 * applied unless everything is valid.
 *
 * @category import
 * @since 0.1.0
 */
export const readProviderTable = (
  plan: Plan,
  bytes: Uint8Array,
  context: OperationContext,
  options: ReadProviderTableOptions = {}
): Effect.Effect<Plan, ExportError> =>
  readFilledCells(plan, bytes, options).pipe(Effect.flatMap((cells) => Effect.fromResult(applyFilledCells(plan, cells, context))))
