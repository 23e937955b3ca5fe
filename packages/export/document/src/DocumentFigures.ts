/**
 * The figures a rendered document must show, taken straight from the views (`fundingTotals`) and
 * formatted as people read them: the total and each year's planned money of the plan document, and the
 * year's planned, secured and spent money of a monitoring report. Tests of every format read the file
 * back with an independent reader and look for them, so "the numbers equal the plan's views" is checked
 * against the views, not against the outline.
 *
 * @since 0.1.0
 */
import { formatMoney, fundingTotals, type Locale, type Plan } from "@kpss/core"

/**
 * The money figures a document of a kind must show.
 *
 * @category views
 * @since 0.1.0
 */
export const documentFigures = (
  plan: Plan,
  kind: "plan" | "monitoringReport",
  options: { readonly locale: Locale; readonly year?: number | undefined }
): ReadonlyArray<string> => {
  const totals = fundingTotals(plan)
  const money = (n: number) => formatMoney(n, options.locale)
  if (kind === "monitoringReport") {
    const year = totals.byYear(options.year ?? plan.period.from)
    return [money(year.planned), money(year.secured), money(year.spent)]
  }
  return [money(totals.total.planned), ...totals.years.map((y) => money(totals.byYear(y).planned))]
}

const fold = (text: string) => text.replace(/\s+/g, " ")

/**
 * The figures of {@link documentFigures} that a text read back from a rendered document lacks
 * (whitespace, non-breaking spaces included, folded on both sides); empty when all are there.
 *
 * @category views
 * @since 0.1.0
 */
export const missingFigures = (
  text: string,
  plan: Plan,
  kind: "plan" | "monitoringReport",
  options: { readonly locale: Locale; readonly year?: number | undefined }
): ReadonlyArray<string> => {
  const folded = fold(text)
  return documentFigures(plan, kind, options).filter((figure) => !folded.includes(fold(figure)))
}
