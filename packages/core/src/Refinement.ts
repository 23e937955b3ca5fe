/**
 * Constraints of the model, each declared once with everything derived from it: the predicate the
 * decoder runs, the problem code its failure reports (with a Czech and English message from the
 * catalogue), and the JSON Schema fragment the published schema shows.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import type { ProblemCode } from "./Problem.js"

/**
 * What a constraint declares about itself.
 *
 * @category models
 * @since 0.1.0
 */
export interface RefinementSpec {
  /** What a valid value is, in English (for the JSON Schema description and developers). */
  readonly expected: string
  /** The problem code reported when the predicate fails. */
  readonly problem: ProblemCode
  /** The JSON Schema fragment; `exact: false` marks a looser approximation. */
  readonly jsonSchema: Record<string, unknown>
  readonly exact?: boolean
  /** A number the message names (a length limit). */
  readonly limit?: number
}

/**
 * Makes a filter from a predicate and its declaration.
 *
 * @category constructors
 * @since 0.1.0
 */
export const refine = <T>(predicate: (value: T) => boolean, spec: RefinementSpec) =>
  Schema.makeFilter<T>((value) => predicate(value), {
    expected: spec.expected,
    kpssProblem: spec.problem,
    kpssLimit: spec.limit,
    // The bare predicate, so a compiled guard (SchemaGuard) can skip the issue-building wrapper.
    predicate,
    toJsonSchema: () => (spec.exact === false ? [spec.jsonSchema, true] as const : spec.jsonSchema)
  })

/**
 * A whole number in a range (both ends included).
 *
 * @category schemas
 * @since 0.1.0
 */
export const IntBetween = (min: number, max: number, problem: ProblemCode = "int") =>
  Schema.Finite.check(refine((n: number) => Number.isInteger(n) && n >= min && n <= max, {
    expected: `a whole number from ${min} to ${max}`,
    problem,
    jsonSchema: { type: "integer", minimum: min, maximum: max }
  }))

/**
 * A whole non-negative number no larger than `Number.MAX_SAFE_INTEGER`.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Count = IntBetween(0, Number.MAX_SAFE_INTEGER, "count")

/**
 * A finite number.
 *
 * @category schemas
 * @since 0.1.0
 */
export const FiniteNumber = Schema.Finite.check(refine((n: number) => Number.isFinite(n), {
  expected: "a finite number",
  problem: "number",
  jsonSchema: { type: "number" }
}))

/**
 * A share greater than 0 and at most 1.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Fraction = Schema.Finite.check(refine((n: number) => n > 0 && n <= 1, {
  expected: "a fraction greater than 0 and at most 1",
  problem: "fraction",
  jsonSchema: { type: "number", exclusiveMinimum: 0, maximum: 1 }
}))

/**
 * A string matching a pattern.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Matching = (pattern: RegExp, expected: string, problem: ProblemCode) =>
  Schema.String.check(refine((s: string) => pattern.test(s), { expected, problem, jsonSchema: { pattern: pattern.source } }))
