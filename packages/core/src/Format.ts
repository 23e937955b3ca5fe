/**
 * Czech (and English) formatting of dates, periods, money and numbers, for everything a person reads.
 * Dates use date-fns with its Czech locale ("6. června 2016"); numbers and money use `Intl`
 * ("1 234 567 Kč").
 *
 * @since 0.1.0
 */
import { format as formatWith } from "date-fns/format"
import { cs as csLocale } from "date-fns/locale/cs"
import { enGB } from "date-fns/locale/en-GB"
import { toDate, type IsoDate } from "./CalendarDate.js"
import type { Money } from "./Money.js"
import type { Locale } from "./Messages.js"

const dateLocales = { cs: csLocale, en: enGB } as const

/**
 * A date in words: `6. června 2016` (cs), `6 June 2016` (en).
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatDate = (date: IsoDate, locale: Locale = "cs"): string =>
  formatWith(toDate(date), locale === "cs" ? "d. MMMM yyyy" : "d MMMM yyyy", { locale: dateLocales[locale] })

/**
 * A short date: `6. 6. 2016` (cs), `06/06/2016` (en).
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatDateShort = (date: IsoDate, locale: Locale = "cs"): string =>
  formatWith(toDate(date), locale === "cs" ? "d. M. yyyy" : "dd/MM/yyyy", { locale: dateLocales[locale] })

/**
 * A month and year: `červen 2016` (cs), `June 2016` (en).
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatMonth = (date: IsoDate, locale: Locale = "cs"): string =>
  formatWith(toDate(date), "LLLL yyyy", { locale: dateLocales[locale] })

/**
 * The name of a date's month without the year, as a calendar heading writes it: `červen` or `čvn` (cs),
 * `June` or `Jun` (en).
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatMonthName = (date: IsoDate, locale: Locale = "cs", width: "long" | "short" = "long"): string =>
  formatWith(toDate(date), width === "long" ? "LLLL" : "LLL", { locale: dateLocales[locale] })

/**
 * A span of dates as Czech documents write it: `6.–27. 6. 2016`, `22. 3.–11. 4. 2021`.
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatDateRange = (from: IsoDate, to: IsoDate, locale: Locale = "cs"): string => {
  if (locale === "en") return `${formatDate(from, "en")} – ${formatDate(to, "en")}`
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number]
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number]
  if (fy !== ty) return `${fd}. ${fm}. ${fy}–${td}. ${tm}. ${ty}`
  if (fm !== tm) return `${fd}. ${fm}.–${td}. ${tm}. ${ty}`
  return `${fd}.–${td}. ${tm}. ${ty}`
}

const numberFormats = {
  cs: new Intl.NumberFormat("cs-CZ", { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 })
} as const

const percentFormats = {
  cs: new Intl.NumberFormat("cs-CZ", { style: "percent", maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 0 })
} as const

/**
 * A whole number with thousands separated: `1 234 567` (cs, a non-breaking space), `1,234,567` (en).
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatNumber = (value: number, locale: Locale = "cs"): string => numberFormats[locale].format(value)

/**
 * An amount of money in whole crowns: `1 234 567 Kč` (cs), `CZK 1,234,567` (en).
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatMoney = (amount: Money | number, locale: Locale = "cs"): string =>
  locale === "cs" ? `${formatNumber(amount, "cs")}\u00a0Kč` : `CZK\u00a0${formatNumber(amount, "en")}`

/**
 * A ratio as a percentage: `85 %` (cs), `85%` (en).
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatPercent = (ratio: number, locale: Locale = "cs"): string => percentFormats[locale].format(ratio)
