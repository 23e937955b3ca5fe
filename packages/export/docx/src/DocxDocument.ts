/**
 * Renders a document outline as a Word document with the `docx` library: a title page, a table of
 * contents field (filled with the headings, page numbers updated by Word on opening), headings in
 * Word's heading styles (so navigation and the contents work), tables with a repeated header row and a
 * caption, charts as SVG images with a PNG fallback (rendered by resvg with DejaVu Sans) and their text
 * alternative, and "Strana X z Y" page numbers in the footer.
 *
 * @since 0.1.0
 */
import type { Chart } from "@kpss/export-charts"
import { renderChartPng, type CzechFont } from "@kpss/export-charts/raster"
import { type Block, type DocumentOutline, type TableBlock } from "@kpss/export-document"
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType
} from "docx"

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const

/** The text width of an A4 page with docx's default margins (1440 twips each side). */
const textWidthTwips = 11906 - 2 * 1440

/** The widest an image may be on an A4 page with default margins, in pixels at 96 dpi. */
const maxImageWidth = 600

const chartImage = (chart: Chart, font: CzechFont): Paragraph => {
  const scale = Math.min(1, maxImageWidth / chart.width)
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new ImageRun({
      type: "svg",
      data: new TextEncoder().encode(chart.svg),
      fallback: { type: "png", data: renderChartPng(chart, font) },
      transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) },
      altText: { name: chart.kind, title: chart.title, description: chart.description }
    })]
  })
}

const cellParagraph = (text: string, align: "left" | "right", bold: boolean) =>
  new Paragraph({ alignment: align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold, size: 18 })] })

const table = (block: TableBlock, number: number, captionLabel: string): ReadonlyArray<Paragraph | Table> => {
  const weights = block.columns.map((c) => c.weight ?? 1)
  const sum = weights.reduce((a, b) => a + b, 0)
  // Column widths once on the table (twips of the A4 text width), not on each of thousands of cells.
  const columnWidths = weights.map((w) => Math.round((w / sum) * textWidthTwips))
  const headerShading = { type: ShadingType.CLEAR, color: "auto", fill: "DCE6F0" } as const
  const cell = (text: string, i: number, header: boolean) => new TableCell({
    ...(header ? { shading: headerShading } : {}),
    children: [cellParagraph(text, block.columns[i]!.align, header)]
  })
  const rows = [
    new TableRow({ tableHeader: true, children: block.columns.map((c, i) => cell(c.label, i, true)) }),
    ...block.rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, i, false)) })),
    ...(block.footer === undefined ? [] : [new TableRow({ children: block.footer.map((text, i) => cell(text, i, true)) })])
  ]
  return [
    new Paragraph({ style: "Caption", keepNext: true, children: [new TextRun(`${captionLabel} ${number}: ${block.caption}`)] }),
    new Table({ width: { size: textWidthTwips, type: WidthType.DXA }, columnWidths, layout: TableLayoutType.FIXED, rows })
  ]
}

/**
 * Options of the DOCX renderer.
 *
 * @category models
 * @since 0.1.0
 */
export interface DocxRenderOptions {
  /** The font that renders the charts' PNG fallbacks. */
  readonly font: CzechFont
}

/**
 * Renders an outline to DOCX bytes.
 *
 * @category rendering
 * @since 0.1.0
 */
export const renderDocx = async (outline: DocumentOutline, options: DocxRenderOptions): Promise<Uint8Array> => {
  let tables = 0
  const body: Array<Paragraph | Table | TableOfContents> = []
  const render = (block: Block): void => {
    switch (block.kind) {
      case "heading":
        body.push(new Paragraph({ heading: headingLevels[block.level], text: block.text, ...(block.level === 1 && block.id !== "s1" ? { pageBreakBefore: true } : {}) }))
        return
      case "paragraph":
        body.push(new Paragraph({ children: [new TextRun({ text: block.text, ...(block.emphasis === true ? { italics: true } : {}) })] }))
        return
      case "list":
        for (const item of block.items) body.push(new Paragraph({ text: item, bullet: { level: 0 } }))
        return
      case "table":
        body.push(...table(block, ++tables, outline.tableLabel))
        body.push(new Paragraph({ text: "" }))
        return
      case "chart":
        body.push(chartImage(block.chart, options.font))
        body.push(new Paragraph({ style: "Caption", alignment: AlignmentType.CENTER, children: [new TextRun(block.chart.title)] }))
        return
      case "pageBreak":
        body.push(new Paragraph({ children: [new PageBreak()] }))
        return
    }
  }
  for (const block of outline.blocks) render(block)
  const document = new Document({
    creator: "kpss",
    title: outline.title,
    description: outline.subtitle,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: "Calibri", size: 21, language: { value: outline.locale === "cs" ? "cs-CZ" : "en-GB" } } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: "", spacing: { before: 2400 } }),
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, text: outline.title }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 600 }, children: [new TextRun({ text: outline.subtitle, size: 28 })] }),
          ...outline.titlePage.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, size: 22 })] }))
        ]
      },
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ children: [`${outline.pageLabel} `, PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES] })]
            })]
          })
        },
        children: [
          // The contents' own heading is not a Heading 1, so it does not list itself.
          new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: outline.contentsTitle, bold: true, size: 32 })] }),
          new TableOfContents(outline.contentsTitle, { hyperlink: true, headingStyleRange: "1-2" }),
          ...body
        ]
      }
    ]
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
