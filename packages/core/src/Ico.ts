/**
 * IČO, the identification number of a Czech organisation: 8 digits, kept as text because many start
 * with 0.
 *
 * @since 0.1.0
 */
import { Matching } from "./Refinement.js"

/**
 * An IČO of 8 digits.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Ico = Matching(/^\d{8}$/, "an IČO of 8 digits", "ico")
