/**
 * Strings of the model with their limits: a name (short, one line) and a text (longer prose). The
 * limits keep a hostile document from carrying megabytes in one field.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { refine } from "./Refinement.js"

/**
 * The longest name (characters).
 *
 * @category constants
 * @since 0.1.0
 */
export const maxNameLength = 500

/**
 * The longest text (characters).
 *
 * @category constants
 * @since 0.1.0
 */
export const maxTextLength = 50_000

/**
 * A name as compared (never as kept): spaces trimmed and collapsed, case ignored. The register import
 * compares facilities with it, the analyses compare providers, and register links compare services.
 *
 * @category formatting
 * @since 0.1.0
 */
export const comparableName = (name: string): string => name.replace(/\s+/g, " ").trim().toLocaleLowerCase("cs")

/**
 * A non-empty name of at most 500 characters.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Name = Schema.String.check(
  refine((s: string) => s.length > 0 && s.length <= maxNameLength && s.trim().length > 0, {
    expected: `a non-empty name of at most ${maxNameLength} characters`,
    problem: "name",
    limit: maxNameLength,
    jsonSchema: { type: "string", minLength: 1, maxLength: maxNameLength, pattern: "\\S" }
  })
)

/**
 * A text of at most 50,000 characters (it may be empty).
 *
 * @category schemas
 * @since 0.1.0
 */
export const Text = Schema.String.check(
  refine((s: string) => s.length <= maxTextLength, {
    expected: `a text of at most ${maxTextLength} characters`,
    problem: "text",
    limit: maxTextLength,
    jsonSchema: { type: "string", maxLength: maxTextLength }
  })
)

/**
 * A web address or a document reference (at most 2,000 characters).
 *
 * @category schemas
 * @since 0.1.0
 */
export const Url = Schema.String.check(
  refine((s: string) => s.length > 0 && s.length <= 2000, {
    expected: "an address of at most 2000 characters",
    problem: "name",
    limit: 2000,
    jsonSchema: { type: "string", minLength: 1, maxLength: 2000 }
  })
)
