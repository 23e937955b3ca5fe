/**
 * A document as format-neutral blocks: headings (with ids for the table of contents and links),
 * paragraphs, lists, tables with a caption and header cells, charts, and page breaks; plus the title
 * page. The plan document and the monitoring report are built once as an outline; the DOCX, PDF and
 * HTML exporters each render the same outline, so their contents never drift apart.
 *
 * @since 0.1.0
 */
import type { Locale } from "@kpss/core"
import type { Chart } from "@kpss/export-charts"

/**
 * A heading; level 1 is a chapter (the document title is on the title page).
 *
 * @category models
 * @since 0.1.0
 */
export interface HeadingBlock {
  readonly kind: "heading"
  readonly level: 1 | 2 | 3
  readonly text: string
  /** A stable id (`s3`, `s3-2`) for anchors and the table of contents. */
  readonly id: string
}

/**
 * A column of a table.
 *
 * @category models
 * @since 0.1.0
 */
export interface TableColumn {
  readonly label: string
  /** Numbers are right-aligned. */
  readonly align: "left" | "right"
  /** Relative width (default 1). */
  readonly weight?: number
}

/**
 * A table: a caption, header cells, rows of text (the first cell of each row may be its header), and
 * an optional totals row.
 *
 * @category models
 * @since 0.1.0
 */
export interface TableBlock {
  readonly kind: "table"
  readonly caption: string
  readonly columns: ReadonlyArray<TableColumn>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
  /** Whether the first cell of each row names the row (a row header). */
  readonly rowHeaders: boolean
  readonly footer?: ReadonlyArray<string>
}

/**
 * A block of a document.
 *
 * @category models
 * @since 0.1.0
 */
export type Block =
  | HeadingBlock
  | { readonly kind: "paragraph"; readonly text: string; readonly emphasis?: boolean }
  | { readonly kind: "list"; readonly items: ReadonlyArray<string> }
  | TableBlock
  | { readonly kind: "chart"; readonly chart: Chart }
  | { readonly kind: "pageBreak" }

/**
 * A whole document: its language, title page and blocks.
 *
 * @category models
 * @since 0.1.0
 */
export interface DocumentOutline {
  readonly locale: Locale
  readonly title: string
  readonly subtitle: string
  /** Lines of the title page under the title (territory, period, status, approval, date). */
  readonly titlePage: ReadonlyArray<string>
  /** The heading of the table of contents. */
  readonly contentsTitle: string
  /** "Strana" / "Page", for page numbers. */
  readonly pageLabel: string
  /** "Tabulka" / "Table", for table captions. */
  readonly tableLabel: string
  readonly blocks: ReadonlyArray<Block>
}

/**
 * The headings of a document, in order (the table of contents).
 *
 * @category views
 * @since 0.1.0
 */
export const headings = (outline: DocumentOutline): ReadonlyArray<HeadingBlock> =>
  outline.blocks.filter((b): b is HeadingBlock => b.kind === "heading")

/**
 * Every text of a document in reading order, one string per block or cell — what an independent reader
 * of the rendered file should find.
 *
 * @category views
 * @since 0.1.0
 */
export const outlineTexts = (outline: DocumentOutline): ReadonlyArray<string> => {
  const out: Array<string> = [outline.title, outline.subtitle, ...outline.titlePage]
  for (const block of outline.blocks) {
    switch (block.kind) {
      case "heading":
      case "paragraph":
        out.push(block.text)
        break
      case "list":
        out.push(...block.items)
        break
      case "table":
        out.push(block.caption, ...block.columns.map((c) => c.label), ...block.rows.flat(), ...(block.footer ?? []))
        break
      case "chart":
        out.push(block.chart.title)
        break
      case "pageBreak":
        break
    }
  }
  return out
}
