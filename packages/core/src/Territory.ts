/**
 * The territory a plan covers: a municipality (obec), a municipality with extended powers (ORP), a
 * microregion or group of municipalities, or a region (kraj). Codes are the official RÚIAN codes (for a
 * municipality its ZÚJ code), kept as text.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { Matching } from "./Refinement.js"
import { Name } from "./Text.js"

/**
 * The kinds of territory, smallest first.
 *
 * @category schemas
 * @since 0.1.0
 */
export const TerritoryLevel = Schema.Literals(["municipality", "orp", "microregion", "region"])

/**
 * @category models
 * @since 0.1.0
 */
export type TerritoryLevel = typeof TerritoryLevel.Type

/**
 * An official territory code: digits only (RÚIAN / ZÚJ / ORP / region code).
 *
 * @category schemas
 * @since 0.1.0
 */
export const TerritoryCode = Matching(/^\d{1,12}$/, "a territory code of 1–12 digits", "code")

/**
 * The territory of a plan, with the codes of the municipalities it covers (for an ORP, a microregion
 * or a region) and of the region it lies in.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Territory = Schema.Struct({
  level: TerritoryLevel,
  name: Name,
  code: TerritoryCode,
  regionCode: Schema.optionalKey(TerritoryCode),
  municipalityCodes: Schema.optionalKey(Schema.Array(TerritoryCode))
})

/**
 * @category models
 * @since 0.1.0
 */
export type Territory = typeof Territory.Type
