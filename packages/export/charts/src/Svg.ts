/**
 * The few pieces every chart (and every markup exporter) needs to write SVG and HTML as strings:
 * escaping text for XML (dropping the characters XML 1.0 cannot carry), building an element, and
 * estimating how wide a label will be so the layout can make room for it or shorten it.
 *
 * @since 0.1.0
 */

// Characters XML 1.0 forbids (C0 controls but tab, newline, return; U+FFFE/FFFF) and lone surrogates.
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const entities: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }

/**
 * Escapes text for XML and HTML content and attribute values; characters XML cannot carry are dropped.
 *
 * @category formatting
 * @since 0.1.0
 */
export const escapeXml = (text: string): string => text.replace(forbidden, "").replace(/[&<>"']/g, (c) => entities[c]!)

/**
 * Attribute values of an element; `undefined` leaves the attribute out.
 *
 * @category models
 * @since 0.1.0
 */
export type Attributes = Readonly<Record<string, string | number | undefined>>

const formatNumberAttr = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2))

/**
 * Writes an element with its attributes and (already escaped) content; no content makes it empty.
 *
 * @category constructors
 * @since 0.1.0
 */
export const element = (name: string, attributes: Attributes, content?: string): string => {
  let out = `<${name}`
  for (const key in attributes) {
    const value = attributes[key]
    if (value === undefined) continue
    out += ` ${key}="${typeof value === "number" ? formatNumberAttr(value) : escapeXml(value)}"`
  }
  return content === undefined ? `${out}/>` : `${out}>${content}</${name}>`
}

/**
 * The approximate width of a text in a sans-serif font of the given size (about 0.58 em a character),
 * enough to lay out labels without measuring glyphs.
 *
 * @category layout
 * @since 0.1.0
 */
export const textWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.58

/**
 * Shortens a text to at most `max` characters, ending it with "…" when cut.
 *
 * @category layout
 * @since 0.1.0
 */
export const truncate = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`
