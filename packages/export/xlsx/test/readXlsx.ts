/**
 * An independent XLSX reader for the tests: the ZIP opened with fflate and the SpreadsheetML parsed
 * with fast-xml-parser — nothing of ExcelJS, which wrote the files. It reads sheet names, and per cell
 * its value (shared, inline or formula string, number, boolean), its formula and its style's number
 * format; and whether a column is hidden.
 */
import { XMLParser } from "fast-xml-parser"
import { unzipSync } from "fflate"

export interface ReadCell {
  readonly value: string | number | boolean | undefined
  readonly formula: string | undefined
  readonly numFmt: string | undefined
}

export interface ReadSheet {
  readonly name: string
  readonly cells: ReadonlyMap<string, ReadCell>
  readonly hiddenColumns: ReadonlySet<number>
  readonly frozenRows: number
  /** The largest row number with a cell. */
  readonly lastRow: number
}

export interface ReadWorkbook {
  readonly sheets: ReadonlyArray<ReadSheet>
  /** Every string value, one per line. */
  readonly text: string
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ["sheet", "Relationship", "si", "r", "row", "c", "col", "numFmt", "xf"].includes(name)
})

const textOf = (node: unknown): string => {
  if (node === undefined || node === null) return ""
  if (typeof node === "string" || typeof node === "number") return String(node)
  if (Array.isArray(node)) return node.map(textOf).join("")
  const o = node as Record<string, unknown>
  if ("#text" in o) return String(o["#text"])
  if ("t" in o) return textOf(o["t"])
  if ("r" in o) return textOf(o["r"])
  return ""
}

const decodeEntities = (s: string): string =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d))).replace(/&amp;/g, "&")

const builtInFormats: Record<string, string> = { "0": "General", "3": "#,##0", "9": "0%", "14": "mm-dd-yy" }

export const columnNumber = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)

export const readXlsx = (bytes: Uint8Array): ReadWorkbook => {
  const files = unzipSync(bytes)
  const xml = (path: string) => {
    const f = files[path]
    if (f === undefined) throw new Error(`missing ${path}`)
    return parser.parse(new TextDecoder("utf-8", { fatal: true }).decode(f))
  }
  const workbook = xml("xl/workbook.xml")
  const rels = xml("xl/_rels/workbook.xml.rels").Relationships.Relationship as Array<Record<string, string>>
  const target = new Map(rels.map((r) => [r["@_Id"], r["@_Target"]!.replace(/^\/?(xl\/)?/, "xl/")]))
  const shared: Array<string> = files["xl/sharedStrings.xml"] === undefined
    ? []
    : ((xml("xl/sharedStrings.xml").sst.si ?? []) as Array<unknown>).map((si) => decodeEntities(textOf(si)))
  const styles = files["xl/styles.xml"] === undefined ? undefined : xml("xl/styles.xml").styleSheet
  const fmts = new Map<string, string>(Object.entries(builtInFormats))
  for (const f of (styles?.numFmts?.numFmt ?? []) as Array<Record<string, string>>) fmts.set(f["@_numFmtId"]!, decodeEntities(f["@_formatCode"]!))
  const xfs = (styles?.cellXfs?.xf ?? []) as Array<Record<string, string>>
  const strings: Array<string> = []
  const sheets = (workbook.workbook.sheets.sheet as Array<Record<string, string>>).map((s): ReadSheet => {
    const doc = xml(target.get(s["@_r:id"])!).worksheet
    const cells = new Map<string, ReadCell>()
    let lastRow = 0
    for (const row of (doc.sheetData?.row ?? []) as Array<Record<string, unknown>>) {
      for (const c of (row["c"] ?? []) as Array<Record<string, unknown>>) {
        const ref = c["@_r"] as string
        lastRow = Math.max(lastRow, Number(/\d+/.exec(ref)![0]))
        const type = c["@_t"] as string | undefined
        const raw = c["v"] === undefined ? undefined : decodeEntities(textOf(c["v"]))
        let value: string | number | boolean | undefined
        if (type === "s") value = shared[Number(raw)]
        else if (type === "inlineStr") value = decodeEntities(textOf((c["is"] as Record<string, unknown>)))
        else if (type === "str" || type === "e") value = raw
        else if (type === "b") value = raw === "1"
        else value = raw === undefined || raw === "" ? undefined : Number(raw)
        if (typeof value === "string") strings.push(value)
        const xf = c["@_s"] === undefined ? undefined : xfs[Number(c["@_s"])]
        cells.set(ref, {
          value,
          formula: c["f"] === undefined ? undefined : decodeEntities(textOf(c["f"])),
          numFmt: xf === undefined ? undefined : fmts.get(xf["@_numFmtId"] ?? "0")
        })
      }
    }
    const hiddenColumns = new Set<number>()
    for (const col of (doc.cols?.col ?? []) as Array<Record<string, string>>) {
      if (col["@_hidden"] === "1" || col["@_hidden"] === "true") {
        for (let n = Number(col["@_min"]); n <= Number(col["@_max"]); n++) hiddenColumns.add(n)
      }
    }
    const pane = doc.sheetViews?.sheetView?.pane as Record<string, string> | undefined
    const frozenRows = pane?.["@_state"] === "frozen" ? Number(pane["@_ySplit"] ?? 0) : 0
    return { name: decodeEntities(s["@_name"]!), cells, hiddenColumns, frozenRows, lastRow }
  })
  return { sheets, text: [...sheets.map((s) => s.name), ...strings].join("\n") }
}

export const sheet = (wb: ReadWorkbook, name: string): ReadSheet => {
  const s = wb.sheets.find((x) => x.name === name)
  if (s === undefined) throw new Error(`no sheet ${name} (have ${wb.sheets.map((x) => x.name).join(", ")})`)
  return s
}

/** The header row as column number → header text. */
export const headers = (s: ReadSheet): Map<string, number> => {
  const out = new Map<string, number>()
  for (const [ref, cell] of s.cells) {
    const m = /^([A-Z]+)1$/.exec(ref)
    if (m !== null && typeof cell.value === "string") out.set(cell.value, columnNumber(m[1]!))
  }
  return out
}

export const letter = (n: number): string => {
  let s = ""
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

export const numberAt = (s: ReadSheet, column: number, row: number): number => {
  const v = s.cells.get(`${letter(column)}${row}`)?.value
  return typeof v === "number" ? v : 0
}
