/**
 * What every KPSS spreadsheet shares: a workbook dated by the export's `today`, frozen bold header rows,
 * the Czech money format (`# ##0 Kč`), dates as real dates, SUM formulas that carry the plan's own sums
 * as their cached results (so a reader without a calculation engine sees the numbers), and turning the
 * workbook into bytes. Internal to the package.
 *
 * @since 0.1.0
 */
import { exportFailed, toDate, type ExportedFile, type ExportError, type IsoDate, type Locale } from "@kpss/core"
import { Effect } from "effect"
import ExcelJS from "exceljs"
import { Writable } from "node:stream"

const concatBytes = (chunks: ReadonlyArray<Uint8Array>): Uint8Array => {
  let size = 0
  for (const c of chunks) size += c.byteLength
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

/**
 * The media type of XLSX.
 *
 * @category constants
 * @since 0.1.0
 */
export const xlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

/**
 * The number format of money: shown as `1 234 567 Kč` in Czech Excel (the thousands separator of the
 * format code is the locale's), `CZK 1,234,567` in English.
 *
 * @category constants
 * @since 0.1.0
 */
export const moneyFormat = (locale: Locale): string => (locale === "cs" ? "#,##0\\ \"Kč\"" : "\"CZK\"\\ #,##0")

/**
 * The number format of dates.
 *
 * @category constants
 * @since 0.1.0
 */
export const dateFormat = (locale: Locale): string => (locale === "cs" ? "d. m. yyyy" : "dd/mm/yyyy")

/**
 * A workbook being written: ExcelJS's streaming writer (rows are serialised as they are committed, so
 * a funding matrix of 10,000 activities is not kept twice in memory) and the chunks it produced.
 *
 * @category models
 * @since 0.1.0
 */
export interface StreamedWorkbook {
  readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter
  readonly chunks: Array<Uint8Array>
}

/**
 * A new workbook stamped with the day of the export (never the clock).
 *
 * @category constructors
 * @since 0.1.0
 */
export const newWorkbook = (today: IsoDate): StreamedWorkbook => {
  const chunks: Array<Uint8Array> = []
  const sink = new Writable({
    write(chunk: Uint8Array, _encoding, done) {
      chunks.push(chunk)
      done()
    }
  })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false })
  workbook.creator = "kpss"
  workbook.created = toDate(today)
  workbook.modified = toDate(today)
  return { workbook, chunks }
}

/**
 * A date of the model as a spreadsheet date (midnight UTC, so the serial number is whole).
 *
 * @category conversions
 * @since 0.1.0
 */
export const sheetDate = (date: IsoDate): Date => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}

const columnStyles = new WeakMap<ExcelJS.Worksheet, ReadonlyArray<Partial<ExcelJS.Style>>>()

/**
 * A sheet with a frozen, bold header row and the given columns. Each column gets one style object that
 * {@link appendRow} gives every cell of the column: ExcelJS caches a style by its object, so sharing
 * one per column keeps a 300,000-cell sheet from re-registering the style of every cell.
 *
 * @category constructors
 * @since 0.1.0
 */
export const addTable = (
  wb: StreamedWorkbook,
  name: string,
  columns: ReadonlyArray<{
    readonly header: string
    readonly width: number
    readonly numFmt?: string
    readonly hidden?: boolean
    /** Wrap long text (comments, justifications) in the cell. */
    readonly wrap?: boolean
    /** Leave the column's cells editable when the sheet is protected. */
    readonly editable?: boolean
  }>
): ExcelJS.Worksheet => {
  const ws = wb.workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] })
  const styles = columns.map((c): Partial<ExcelJS.Style> => ({
    ...(c.numFmt === undefined ? {} : { numFmt: c.numFmt }),
    ...(c.wrap === true ? { alignment: { wrapText: true, vertical: "top" as const } } : {}),
    ...(c.editable === true ? { protection: { locked: false } } : {})
  }))
  ws.columns = columns.map((c, i) => ({
    header: c.header,
    width: c.width,
    style: styles[i]!,
    ...(c.hidden === true ? { hidden: true } : {})
  }))
  const header = ws.getRow(1)
  header.eachCell((cell) => {
    cell.style = { font: { bold: true }, alignment: { vertical: "top", wrapText: true } }
  })
  columnStyles.set(ws, styles)
  return ws
}

/**
 * Adds a row of values with the columns' shared styles, and commits it (a streamed row is written out
 * and let go), unless `bold` asks for a total row's emphasis.
 *
 * @category constructors
 * @since 0.1.0
 */
export const appendRow = (ws: ExcelJS.Worksheet, values: ReadonlyArray<ExcelJS.CellValue>, bold = false): ExcelJS.Row => {
  const row = ws.addRow(values as Array<ExcelJS.CellValue>)
  const styles = columnStyles.get(ws) ?? []
  for (let i = 0; i < values.length; i++) {
    const style = styles[i]
    if (style === undefined) continue
    row.getCell(i + 1).style = bold ? { ...style, font: { bold: true } } : style
  }
  row.commit()
  return row
}

/**
 * A SUM formula over a column's data rows with the plan's own sum as its cached result.
 *
 * @category formulas
 * @since 0.1.0
 */
export const sumColumn = (ws: ExcelJS.Worksheet, column: number, firstRow: number, lastRow: number, result: number): ExcelJS.CellFormulaValue => {
  const letter = ws.getColumn(column).letter
  return { formula: lastRow < firstRow ? "0" : `SUM(${letter}${firstRow}:${letter}${lastRow})`, result, date1904: false }
}

/**
 * The workbook as an exported file.
 *
 * @category conversions
 * @since 0.1.0
 */
export const toFile = (exporter: string, wb: StreamedWorkbook, fileName: string): Effect.Effect<ExportedFile, ExportError> =>
  Effect.tryPromise({
    try: async () => {
      await wb.workbook.commit()
      return { bytes: concatBytes(wb.chunks), mediaType: xlsxMediaType, fileName }
    },
    catch: (cause) => exportFailed(exporter, cause)
  })
