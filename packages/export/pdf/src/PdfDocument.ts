/**
 * Renders a document outline as PDF with PDFKit: an A4 title page, a table of contents with page
 * numbers and links (written after the body, into pages reserved for it), PDF bookmarks, headings that
 * keep with what follows, tables that break across pages and repeat their header row, charts drawn as
 * vectors from their SVG (svg-to-pdfkit), and "Strana X z Y" on every page but the title page. The
 * text is set in a font with every Czech glyph, embedded (subset) in the file; a font that lacks a
 * Czech letter is refused before anything is written.
 *
 * @since 0.1.0
 */
import type { CzechFont } from "@kpss/export-charts/raster"
import { czechLetters } from "@kpss/export-charts/raster"
import { headings, type Block, type DocumentOutline, type HeadingBlock, type TableBlock } from "@kpss/export-document"
import PDFDocument from "pdfkit"
import SVGtoPDF from "svg-to-pdfkit"

const margin = 56
const pageWidth = 595.28
const pageHeight = 841.89
const contentWidth = pageWidth - 2 * margin
const bottom = pageHeight - margin
const tocLinesPerPage = 40
const text = "#1a1a1a"
const headerFill = "#dce6f0"
const rule = "#8c8c8c"

/**
 * The Czech letters a font lacks (empty when it has them all).
 *
 * @category resources
 * @since 0.1.0
 */
export const missingCzechGlyphs = (font: CzechFont): ReadonlyArray<string> => {
  const probe = new PDFDocument({ autoFirstPage: false })
  probe.registerFont("probe", Buffer.from(font.regular))
  probe.font("probe")
  const fontkitFont = (probe as unknown as { _font?: { font?: { hasGlyphForCodePoint?: (cp: number) => boolean } } })._font?.font
  if (fontkitFont?.hasGlyphForCodePoint === undefined) return []
  return [...czechLetters].filter((ch) => !fontkitFont.hasGlyphForCodePoint!(ch.codePointAt(0)!))
}

/**
 * Options of the PDF renderer.
 *
 * @category models
 * @since 0.1.0
 */
export interface PdfRenderOptions {
  readonly font: CzechFont
  /** The date written as the document's creation date (the export's `today`), so output is reproducible. */
  readonly date: Date
}

/**
 * Renders an outline to PDF bytes.
 *
 * @category rendering
 * @since 0.1.0
 */
export const renderPdf = (outline: DocumentOutline, options: PdfRenderOptions): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margins: { top: margin, bottom: margin, left: margin, right: margin },
      bufferPages: true,
      autoFirstPage: false,
      lang: outline.locale === "cs" ? "cs-CZ" : "en-GB",
      displayTitle: true,
      info: { Title: outline.title, Subject: outline.subtitle, Creator: "kpss", Producer: "kpss", CreationDate: options.date, ModDate: options.date }
    })
    const chunks: Array<Uint8Array> = []
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk))
    doc.on("end", () => {
      const size = chunks.reduce((n, c) => n + c.length, 0)
      const out = new Uint8Array(size)
      let at = 0
      for (const c of chunks) { out.set(c, at); at += c.length }
      resolve(out)
    })
    doc.on("error", reject)
    try {
      doc.registerFont("Body", Buffer.from(options.font.regular))
      doc.registerFont("Bold", Buffer.from(options.font.bold))
      write(doc, outline)
      doc.end()
    } catch (e) {
      reject(e)
    }
  })

const write = (doc: PDFKit.PDFDocument, outline: DocumentOutline): void => {
  // Title page.
  doc.addPage()
  doc.fillColor(text).font("Bold").fontSize(24).text(outline.title, margin, 220, { width: contentWidth, align: "center" })
  doc.moveDown(0.8).font("Body").fontSize(14).text(outline.subtitle, { width: contentWidth, align: "center" })
  doc.moveDown(2).fontSize(11)
  for (const line of outline.titlePage) doc.text(line, { width: contentWidth, align: "center" }).moveDown(0.3)

  // Pages reserved for the contents, filled in at the end when page numbers are known.
  const tocEntries = headings(outline).filter((h) => h.level <= 2)
  const tocPages = Math.max(1, Math.ceil((tocEntries.length + 2) / tocLinesPerPage))
  const tocStart = doc.bufferedPageRange().count
  for (let i = 0; i < tocPages; i++) doc.addPage()

  const pageOf = new Map<string, number>()
  let tables = 0
  const ensure = (height: number) => {
    if (doc.y + height > bottom) doc.addPage()
  }
  const heading = (block: HeadingBlock) => {
    // A chapter starts a page; the annex follows its own page break.
    if (block.level === 1 && block.id !== "annex") doc.addPage()
    const size = block.level === 1 ? 16 : block.level === 2 ? 13 : 11
    ensure(size * 2 + 60)
    doc.moveDown(block.level === 1 ? 0 : 0.6)
    pageOf.set(block.id, doc.bufferedPageRange().count - 1)
    doc.addNamedDestination(block.id)
    if (block.level <= 2) doc.outline.addItem(block.text)
    doc.font("Bold").fontSize(size).fillColor(text).text(block.text, margin, doc.y, { width: contentWidth })
    doc.moveDown(0.4)
  }
  for (const block of outline.blocks) render(doc, block, { heading, ensure, nextTable: () => ++tables, tableLabel: outline.tableLabel })

  // Contents, with page numbers and links.
  doc.switchToPage(tocStart)
  doc.x = margin
  doc.y = margin
  doc.font("Bold").fontSize(16).fillColor(text).text(outline.contentsTitle, { width: contentWidth })
  doc.moveDown(0.6)
  let line = 0
  for (const entry of tocEntries) {
    if (line > 0 && line % tocLinesPerPage === 0) { doc.switchToPage(tocStart + line / tocLinesPerPage); doc.x = margin; doc.y = margin }
    line++
    const page = String((pageOf.get(entry.id) ?? 0) + 1)
    const indent = entry.level === 1 ? 0 : 16
    const y = doc.y
    doc.font(entry.level === 1 ? "Bold" : "Body").fontSize(10)
    const label = doc.widthOfString(entry.text) > contentWidth - indent - 40 ? `${entry.text.slice(0, 80)}…` : entry.text
    doc.text(label, margin + indent, y, { width: contentWidth - indent - 40, lineBreak: false, goTo: entry.id })
    doc.text(page, margin, y, { width: contentWidth, align: "right", lineBreak: false })
    doc.x = margin
    doc.y = y + 16
  }

  // Page numbers, on every page but the title page.
  const range = doc.bufferedPageRange()
  for (let i = 1; i < range.count; i++) {
    doc.switchToPage(range.start + i)
    const saved = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc.font("Body").fontSize(9).fillColor(text)
      .text(`${outline.pageLabel} ${i + 1} / ${range.count}`, margin, pageHeight - margin / 2 - 6, { width: contentWidth, align: "center", lineBreak: false })
    doc.page.margins.bottom = saved
  }
}

interface Context {
  readonly heading: (block: HeadingBlock) => void
  readonly ensure: (height: number) => void
  readonly nextTable: () => number
  readonly tableLabel: string
}

const render = (doc: PDFKit.PDFDocument, block: Block, ctx: Context): void => {
  switch (block.kind) {
    case "heading":
      return ctx.heading(block)
    case "paragraph":
      doc.font("Body").fontSize(10).fillColor(text).text(block.text, margin, doc.y, { width: contentWidth, align: "left" })
      doc.moveDown(0.6)
      return
    case "list":
      doc.font("Body").fontSize(10).fillColor(text)
      for (const item of block.items) {
        ctx.ensure(14)
        const y = doc.y
        doc.text("•", margin + 4, y, { lineBreak: false })
        doc.text(item, margin + 16, y, { width: contentWidth - 16 })
        doc.moveDown(0.2)
      }
      doc.moveDown(0.4)
      return
    case "table":
      return table(doc, block, `${ctx.tableLabel} ${ctx.nextTable()}: ${block.caption}`, ctx)
    case "chart": {
      const scale = Math.min(1, contentWidth / block.chart.width)
      const height = block.chart.height * scale
      const fits = Math.min(height, bottom - margin)
      ctx.ensure(fits + 24)
      const drawScale = fits / block.chart.height
      const x = margin + (contentWidth - block.chart.width * drawScale) / 2
      // Without its own width and height the SVG fills the viewport given here, scaled by its viewBox.
      const svg = block.chart.svg.replace(/^<svg([^>]*?) width="\d+" height="\d+"/, "<svg$1")
      SVGtoPDF(doc, svg, x, doc.y, {
        width: block.chart.width * drawScale,
        height: fits,
        assumePt: true,
        fontCallback: (_family, bold) => (bold ? "Bold" : "Body"),
        warningCallback: () => undefined
      })
      doc.y += fits + 4
      doc.font("Body").fontSize(9).fillColor(text).text(block.chart.title, margin, doc.y, { width: contentWidth, align: "center" })
      doc.moveDown(0.8)
      return
    }
    case "pageBreak":
      doc.addPage()
      return
  }
}

const table = (doc: PDFKit.PDFDocument, block: TableBlock, caption: string, ctx: Context): void => {
  const size = block.columns.length > 6 ? 7.5 : 8.5
  const pad = 3
  const weights = block.columns.map((c) => c.weight ?? 1)
  const sum = weights.reduce((a, b) => a + b, 0)
  const widths = weights.map((w) => (w / sum) * contentWidth)
  // A number never wraps: a right-aligned cell too wide for its column is set smaller instead.
  const cellSize = (c: string, i: number, bold: boolean) => {
    if (block.columns[i]!.align !== "right") return size
    doc.font(bold ? "Bold" : "Body").fontSize(size)
    const width = doc.widthOfString(c)
    return width <= widths[i]! - 2 * pad ? size : Math.max(4, size * (widths[i]! - 2 * pad) / width)
  }
  const measure = (cells: ReadonlyArray<string>, bold: boolean) =>
    Math.max(...cells.map((c, i) => {
      doc.font(bold ? "Bold" : "Body").fontSize(cellSize(c, i, bold))
      return doc.heightOfString(c === "" ? " " : c, { width: widths[i]! - 2 * pad })
    })) + 2 * pad
  const row = (cells: ReadonlyArray<string>, bold: boolean, fill: string | undefined) => {
    const h = measure(cells, bold)
    const y = doc.y
    if (fill !== undefined) doc.rect(margin, y, contentWidth, h).fill(fill)
    let x = margin
    cells.forEach((c, i) => {
      doc.font(bold ? "Bold" : "Body").fontSize(cellSize(c, i, bold)).fillColor(text)
      doc.text(c, x + pad, y + pad, { width: widths[i]! - 2 * pad, align: block.columns[i]!.align === "right" ? "right" : "left" })
      x += widths[i]!
    })
    doc.moveTo(margin, y + h).lineTo(margin + contentWidth, y + h).lineWidth(0.5).strokeColor(rule).stroke()
    doc.x = margin
    doc.y = y + h
  }
  const header = block.columns.map((c) => c.label)
  const headerHeight = measure(header, true)
  ctx.ensure(headerHeight + 40)
  doc.font("Bold").fontSize(9).fillColor(text).text(caption, margin, doc.y, { width: contentWidth })
  doc.moveDown(0.2)
  row(header, true, headerFill)
  for (const cells of block.rows) {
    if (doc.y + measure(cells, false) > bottom) {
      doc.addPage()
      row(header, true, headerFill)
    }
    row(cells, false, undefined)
  }
  if (block.footer !== undefined) {
    if (doc.y + measure(block.footer, true) > bottom) doc.addPage()
    row(block.footer, true, "#f0f0f0")
  }
  doc.moveDown(0.8)
}
