/**
 * Money: whole Czech crowns (Kč) as safe integers, never floats. Budgets of social services are planned
 * and reported in whole crowns; a fractional, negative or unsafe amount is rejected.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { IntBetween } from "./Refinement.js"

/**
 * A non-negative whole amount of crowns no larger than `Number.MAX_SAFE_INTEGER`.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Money = IntBetween(0, Number.MAX_SAFE_INTEGER, "money").pipe(Schema.brand("Money"))

/**
 * @category models
 * @since 0.1.0
 */
export type Money = typeof Money.Type

/**
 * Makes money from a number known to be valid; throws otherwise (tests and constants only).
 *
 * @category constructors
 * @since 0.1.0
 */
export const money = (n: number): Money => {
  if (!Number.isSafeInteger(n) || n < 0) throw new TypeError(`not a valid amount of money: ${n}`)
  return n as Money
}

/**
 * Adds amounts; the sum of valid amounts stays an integer, and beyond the safe range it is reported
 * by the caller's validation, never rounded silently.
 *
 * @category arithmetic
 * @since 0.1.0
 */
export const sum = (amounts: Iterable<number>): number => {
  let total = 0
  for (const a of amounts) total += a
  return total
}
