/**
 * Calendar dates and years. The model keeps dates as ISO calendar dates (`YYYY-MM-DD`) with no time
 * and no zone; a date that does not exist (`2017-02-30`) is rejected. date-fns does the arithmetic.
 *
 * @since 0.1.0
 */
import { addDays } from "date-fns/addDays"
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays"
import { formatISO } from "date-fns/formatISO"
import { Schema } from "effect"
import { IntBetween, refine } from "./Refinement.js"

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) :
  month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31

/**
 * Whether a string is an ISO calendar date that exists.
 *
 * @category guards
 * @since 0.1.0
 */
export const isIsoDate = (s: string): boolean => {
  const m = isoDatePattern.exec(s)
  if (m === null) return false
  const year = Number(m[1]), month = Number(m[2]), day = Number(m[3])
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/**
 * An ISO calendar date (`2016-06-06`) that exists, between the years 1900 and 2200.
 *
 * @category schemas
 * @since 0.1.0
 */
export const IsoDate = Schema.String.check(
  refine(isIsoDate, {
    expected: "an existing calendar date YYYY-MM-DD",
    problem: "date",
    jsonSchema: { type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }
  })
).pipe(Schema.brand("IsoDate"))

/**
 * @category models
 * @since 0.1.0
 */
export type IsoDate = typeof IsoDate.Type

/**
 * A calendar year of a plan (1990–2100).
 *
 * @category schemas
 * @since 0.1.0
 */
export const Year = IntBetween(1990, 2100, "year")

/**
 * @category models
 * @since 0.1.0
 */
export type Year = typeof Year.Type

/**
 * The date as a local `Date` at midnight, for date-fns.
 *
 * @category conversions
 * @since 0.1.0
 */
export const toDate = (date: IsoDate): Date => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number]
  return new Date(y, m - 1, d)
}

/**
 * A local `Date` as an ISO calendar date.
 *
 * @category conversions
 * @since 0.1.0
 */
export const fromDate = (date: Date): IsoDate => formatISO(date, { representation: "date" }) as IsoDate

/**
 * Makes an ISO date from a string already known to be one (tests, constants); throws on a wrong one,
 * so it is never for outside data.
 *
 * @category constructors
 * @since 0.1.0
 */
export const isoDate = (s: string): IsoDate => {
  if (!isIsoDate(s)) throw new TypeError(`not an existing ISO calendar date: ${s}`)
  return s as IsoDate
}

/**
 * The year of a date.
 *
 * @category getters
 * @since 0.1.0
 */
export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4))

/**
 * Days from `a` to `b` (negative when `b` is earlier).
 *
 * @category arithmetic
 * @since 0.1.0
 */
export const daysBetween = (a: IsoDate, b: IsoDate): number => differenceInCalendarDays(toDate(b), toDate(a))

/**
 * The date `days` after `date`.
 *
 * @category arithmetic
 * @since 0.1.0
 */
export const plusDays = (date: IsoDate, days: number): IsoDate => fromDate(addDays(toDate(date), days))

/**
 * Compares two dates; ISO strings order as dates.
 *
 * @category ordering
 * @since 0.1.0
 */
export const compareDates = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0)
