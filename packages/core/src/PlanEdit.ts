/**
 * The checks the editing operations of the strategy, the money, the indicators and the monitoring
 * share: input values (money, years of the plan period, names, texts, numbers, ids), each answered with
 * a {@link DomainError} whose message names the field in Czech and English. Operations are pure functions `(plan, input, context) → Result<Plan, DomainError>`; on an
 * error the plan is unchanged (operations never mutate their input). Each operation asks the
 * authorization policy first (`authorizeOperation`).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { isIsoDate, Year } from "./CalendarDate.js"
import { domainError, unknownId, type DomainError } from "./DomainError.js"
import { isId } from "./Ids.js"
import type { LocalizedText } from "./Messages.js"
import type { Plan } from "./Plan.js"
import { Approval, ApprovingBody } from "./Process.js"
import { Name, Text } from "./Text.js"

const isName = Schema.is(Name)
const isText = Schema.is(Text)
const isYear = Schema.is(Year)
const show = (value: unknown): string =>
  typeof value === "number" || typeof value === "string" ? JSON.stringify(value) : value === undefined ? "—" : typeof value

/** A value as a refusal quotes it: strings cut to their first 40 characters. */
const clipped = (value: unknown): unknown => (typeof value === "string" ? value.slice(0, 40) : value)

const expectations = {
  money: { cs: "celé nezáporné číslo korun (nejvýše 2^53 − 1)", en: "a whole non-negative number of crowns (at most 2^53 − 1)" },
  name: { cs: "neprázdný text nejvýše 500 znaků", en: "a non-empty text of at most 500 characters" },
  text: { cs: "text nejvýše 50 000 znaků", en: "a text of at most 50,000 characters" },
  number: { cs: "konečné číslo", en: "a finite number" },
  id: { cs: "identifikátor 1–200 znaků bez řídicích znaků", en: "an id of 1–200 characters without control characters" },
  filledText: { cs: "neprázdný text nejvýše 50 000 znaků", en: "a non-empty text of at most 50,000 characters" },
  count: { cs: "celé nezáporné číslo (nejvýše 2^53 − 1)", en: "a whole non-negative number (at most 2^53 − 1)" },
  calendarYear: { cs: "rok 1990–2100", en: "a year 1990–2100" },
  date: { cs: "existující datum RRRR-MM-DD", en: "an existing date YYYY-MM-DD" },
  flag: { cs: "ano, nebo ne (true/false)", en: "yes or no (true/false)" },
  idList: { cs: "seznam identifikátorů", en: "a list of ids" }
} as const satisfies Record<string, LocalizedText>

const invalid = (field: string, value: unknown, expected: keyof typeof expectations): DomainError =>
  domainError("invalidValue", { field, found: show(value), expected: expectations[expected] })

/**
 * The first error of a list of checks (each an error or `undefined`).
 *
 * @category validation
 * @since 0.1.0
 */
export const firstError = (...checks: ReadonlyArray<DomainError | undefined>): DomainError | undefined =>
  checks.find((c) => c !== undefined)

/**
 * Money: a whole non-negative number of crowns within the safe integer range.
 *
 * @category validation
 * @since 0.1.0
 */
export const checkMoney = (field: string, value: unknown): DomainError | undefined =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? undefined : invalid(field, value, "money")

/**
 * A year of the plan period.
 *
 * @category validation
 * @since 0.1.0
 */
export const checkYear = (plan: Plan, year: unknown): DomainError | undefined =>
  typeof year === "number" && Number.isInteger(year) && year >= plan.period.from && year <= plan.period.to
    ? undefined
    : domainError("outsidePeriod", { year: show(year), from: plan.period.from, to: plan.period.to })

/**
 * A non-empty name.
 *
 * @category validation
 * @since 0.1.0
 */
export const checkName = (field: string, value: unknown): DomainError | undefined => (isName(value) ? undefined : invalid(field, value, "name"))

/**
 * A text, or nothing.
 *
 * @category validation
 * @since 0.1.0
 */
export const checkText = (field: string, value: unknown): DomainError | undefined =>
  value === undefined || isText(value) ? undefined : invalid(field, typeof value === "string" ? `${value.slice(0, 20)}…` : value, "text")

/**
 * A finite number.
 *
 * @category validation
 * @since 0.1.0
 */
export const checkNumber = (field: string, value: unknown): DomainError | undefined =>
  typeof value === "number" && Number.isFinite(value) ? undefined : invalid(field, value, "number")

/**
 * An id of the right shape.
 *
 * @category validation
 * @since 0.1.0
 */
export const checkId = (field: string, value: unknown): DomainError | undefined =>
  typeof value === "string" && isId(value) ? undefined : invalid(field, value, "id")

/**
 * A text that is not empty (nor only spaces).
 *
 * @category validation
 * @since 0.1.0
 */
export const checkFilledText = (field: string, value: unknown): DomainError | undefined =>
  isText(value) && value.trim().length > 0 ? undefined : invalid(field, typeof value === "string" ? `${value.slice(0, 20)}…` : value, "filledText")

/**
 * A count: a whole non-negative number within the safe integer range (people, places, clients).
 *
 * @category validation
 * @since 0.1.0
 */
export const checkCount = (field: string, value: unknown): DomainError | undefined =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? undefined : invalid(field, value, "count")

/**
 * A calendar year the model accepts (1990–2100), whatever the plan period.
 *
 * @category validation
 * @since 0.1.0
 */
export const checkCalendarYear = (field: string, value: unknown): DomainError | undefined => (isYear(value) ? undefined : invalid(field, value, "calendarYear"))

/**
 * An existing calendar date `YYYY-MM-DD` (1900–2200).
 *
 * @category validation
 * @since 0.1.0
 */
export const checkDate = (field: string, value: unknown): DomainError | undefined =>
  typeof value === "string" && isIsoDate(value) ? undefined : invalid(field, clipped(value), "date")

/**
 * A yes-or-no value.
 *
 * @category validation
 * @since 0.1.0
 */
export const checkFlag = (field: string, value: unknown): DomainError | undefined => (typeof value === "boolean" ? undefined : invalid(field, value, "flag"))

/**
 * A list of ids, each naming one of `known` (records of the plan of the kind `kind`); a list left out
 * (`undefined`) passes.
 *
 * @category validation
 * @since 0.1.0
 */
export const checkIdsAmong = (
  field: string,
  ids: unknown,
  known: ReadonlyArray<{ readonly id: string }>,
  kind: LocalizedText
): DomainError | undefined => {
  if (ids === undefined) return undefined
  if (!Array.isArray(ids)) return invalid(field, ids, "idList")
  const exists = new Set(known.map((x) => x.id))
  const missing = ids.find((id) => !exists.has(id))
  return missing === undefined ? undefined : unknownId(kind, String(missing))
}

/**
 * One of a list of values (a literal of the model).
 *
 * @category validation
 * @since 0.1.0
 */
export const checkOneOf = (field: string, value: unknown, allowed: ReadonlyArray<string>): DomainError | undefined =>
  typeof value === "string" && allowed.includes(value)
    ? undefined
    : domainError("invalidValue", { field, found: show(clipped(value)), expected: { cs: `jedna z hodnot ${allowed.join(", ")}`, en: `one of ${allowed.join(", ")}` } })

/**
 * The values of an approval (`field` prefixes their paths, e.g. `approval.`): a known body, a
 * resolution number, an existing date, the shape of the decision's id (whether the decision exists is
 * the operation's check) and, with `withKind`, whether the body approved or took note.
 *
 * @category validation
 * @since 0.1.0
 */
export const checkApproval = (field: string, approval: Partial<Approval> | undefined, withKind = false): DomainError | undefined => {
  const a = approval ?? {}
  return firstError(
    checkOneOf(`${field}body`, a.body, ApprovingBody.literals),
    checkName(`${field}resolution`, a.resolution),
    checkDate(`${field}date`, a.date),
    a.decisionId === undefined ? undefined : checkId(`${field}decisionId`, a.decisionId),
    withKind ? checkOneOf(`${field}kind`, a.kind, Approval.fields.kind.literals) : undefined
  )
}
