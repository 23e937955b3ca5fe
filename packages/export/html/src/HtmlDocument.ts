/**
 * Renders a document outline as one self-contained static HTML page for the municipality's web site:
 * `lang` set, one `<h1>` (the title) and the outline's headings one level below it, a linked table of
 * contents, tables with a `<caption>` and `<th scope>` headers, charts inline as SVG in a `<figure>`
 * with a caption, and the style inline — no script, no external resource. The colours reach WCAG AA
 * contrast: text #1a1a1a on #ffffff (17.4:1), links #1f5f8b (6.9:1), muted text #595959 (7:1), table
 * headers #1a1a1a on #dce6f0 (13.8:1).
 *
 * @since 0.1.0
 */
import { escapeXml } from "@kpss/export-charts"
import { headings, type Block, type DocumentOutline, type TableBlock } from "@kpss/export-document"

/**
 * The colours of the page, for the contrast tests.
 *
 * @category constants
 * @since 0.1.0
 */
export const htmlColors = {
  text: "#1a1a1a",
  background: "#ffffff",
  link: "#1f5f8b",
  muted: "#595959",
  headerBackground: "#dce6f0",
  footerBackground: "#f0f0f0"
} as const

const c = htmlColors
const style = `
*{box-sizing:border-box}
body{margin:0;font-family:"DejaVu Sans","Noto Sans",Arial,sans-serif;line-height:1.5;color:${c.text};background:${c.background}}
header,nav,main{max-width:72rem;margin:0 auto;padding:0 1.5rem}
header{padding-top:2rem;border-bottom:1px solid ${c.muted}}
header p{margin:.25rem 0}
.subtitle{font-size:1.2rem}
.meta{color:${c.muted}}
a{color:${c.link}}
a:focus{outline:3px solid ${c.link};outline-offset:2px}
nav ol{padding-left:1.25rem}
nav li.l2{margin-left:1.25rem;list-style:none}
table{border-collapse:collapse;width:100%;margin:1rem 0 2rem;font-size:.9rem}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #8c8c8c;padding:.3rem .45rem;vertical-align:top;text-align:left}
thead th{background:${c.headerBackground};color:${c.text}}
tfoot th,tfoot td{background:${c.footerBackground};font-weight:bold}
tbody th{font-weight:normal}
.num{text-align:right;white-space:nowrap}
figure{margin:1.5rem 0;overflow-x:auto}
figure svg{max-width:100%;height:auto}
figcaption{color:${c.muted};font-size:.9rem}
@media print{nav{display:none}h2{break-before:page}}
`.trim()

const tag = { 1: "h2", 2: "h3", 3: "h4" } as const

const table = (block: TableBlock, number: number, label: string): string => {
  const cls = (i: number) => (block.columns[i]!.align === "right" ? " class=\"num\"" : "")
  const cell = (text: string, i: number) =>
    i === 0 && block.rowHeaders ? `<th scope="row"${cls(i)}>${escapeXml(text)}</th>` : `<td${cls(i)}>${escapeXml(text)}</td>`
  return [
    "<table>",
    `<caption>${escapeXml(`${label} ${number}: ${block.caption}`)}</caption>`,
    `<thead><tr>${block.columns.map((col, i) => `<th scope="col"${cls(i)}>${escapeXml(col.label)}</th>`).join("")}</tr></thead>`,
    `<tbody>${block.rows.map((row) => `<tr>${row.map(cell).join("")}</tr>`).join("\n")}</tbody>`,
    block.footer === undefined ? "" : `<tfoot><tr>${block.footer.map((text, i) => (i === 0 ? `<th scope="row">${escapeXml(text)}</th>` : `<td${cls(i)}>${escapeXml(text)}</td>`)).join("")}</tr></tfoot>`,
    "</table>"
  ].join("\n")
}

/**
 * Renders an outline to an HTML page (UTF-8 text).
 *
 * @category rendering
 * @since 0.1.0
 */
export const renderHtml = (outline: DocumentOutline): string => {
  let tables = 0
  const body = outline.blocks.map((block: Block): string => {
    switch (block.kind) {
      case "heading":
        return `<${tag[block.level]} id="${escapeXml(block.id)}">${escapeXml(block.text)}</${tag[block.level]}>`
      case "paragraph":
        return block.emphasis === true ? `<p><em>${escapeXml(block.text)}</em></p>` : `<p>${escapeXml(block.text)}</p>`
      case "list":
        return `<ul>${block.items.map((item) => `<li>${escapeXml(item)}</li>`).join("")}</ul>`
      case "table":
        return table(block, ++tables, outline.tableLabel)
      case "chart":
        return `<figure>${block.chart.svg}<figcaption>${escapeXml(block.chart.title)}</figcaption></figure>`
      case "pageBreak":
        return ""
    }
  }).filter((s) => s.length > 0)
  const toc = headings(outline).filter((h) => h.level <= 2)
  return [
    "<!DOCTYPE html>",
    `<html lang="${outline.locale}">`,
    "<head>",
    "<meta charset=\"utf-8\">",
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
    `<title>${escapeXml(outline.title)}</title>`,
    `<style>${style}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${escapeXml(outline.title)}</h1>`,
    `<p class="subtitle">${escapeXml(outline.subtitle)}</p>`,
    ...outline.titlePage.map((line) => `<p class="meta">${escapeXml(line)}</p>`),
    "</header>",
    `<nav aria-labelledby="contents"><h2 id="contents">${escapeXml(outline.contentsTitle)}</h2><ol>`,
    ...toc.map((h) => `<li class="l${h.level}"><a href="#${escapeXml(h.id)}">${escapeXml(h.text)}</a></li>`),
    "</ol></nav>",
    "<main>",
    ...body,
    "</main>",
    "</body>",
    "</html>",
    ""
  ].join("\n")
}
