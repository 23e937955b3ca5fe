/**
 * The colours of the charts, chosen for contrast on white: text is near-black (17:1), axes and every
 * series colour reach at least 4.5:1 against the white background (WCAG 2.1 asks 3:1 for graphics and
 * 4.5:1 for text), so a series colour can also carry a label. `contrastRatio` computes the WCAG ratio so
 * the tests can hold the palette to it.
 *
 * @since 0.1.0
 */

/**
 * The fixed colours.
 *
 * @category constants
 * @since 0.1.0
 */
export const colors = {
  background: "#ffffff",
  text: "#1a1a1a",
  axis: "#595959",
  grid: "#d9d9d9",
  /** A value below its threshold. */
  warning: "#a33a00",
  /** The threshold line and today's marker. */
  marker: "#b00020",
  done: "#2e6b30"
} as const

/**
 * The series colours, in order; a chart with more series than colours starts over.
 *
 * @category constants
 * @since 0.1.0
 */
export const seriesColors: ReadonlyArray<string> = [
  "#1f5f8b",
  "#a34a00",
  "#2e6b30",
  "#6d3a8e",
  "#a3213a",
  "#00665a",
  "#5d4037",
  "#3d4f5c"
]

/**
 * The colour of the series at a position.
 *
 * @category constants
 * @since 0.1.0
 */
export const seriesColor = (index: number): string => seriesColors[index % seriesColors.length]!

const channel = (c: number): number => {
  const s = c / 255
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

const luminance = (hex: string): number => {
  const n = Number.parseInt(hex.slice(1), 16)
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
}

/**
 * The WCAG 2.1 contrast ratio of two `#rrggbb` colours (1 to 21).
 *
 * @category accessibility
 * @since 0.1.0
 */
export const contrastRatio = (a: string, b: string): number => {
  const la = luminance(a)
  const lb = luminance(b)
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}
