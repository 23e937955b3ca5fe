/**
 * How a body decides: the rule declared in its rules of procedure and applied to each decision —
 * consensus, consent, unanimity, simple or qualified majority, or a majority in each of the three
 * chambers of the triad — with a quorum, the handling of abstentions, and an optional fallback rule
 * when consensus fails.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { Fraction } from "./Refinement.js"


/**
 * The kinds of decision rule.
 *
 * @category schemas
 * @since 0.1.0
 */
export const DecisionMethod = Schema.Literals([
  "consensus",
  "consent",
  "unanimity",
  "simpleMajority",
  "qualifiedMajority",
  "triadMajority"
])

/**
 * @category models
 * @since 0.1.0
 */
export type DecisionMethod = typeof DecisionMethod.Type

const RuleFields = {
  method: DecisionMethod,
  /** Share of members who must take part (0–1]. */
  quorum: Fraction,
  /** Share of each chamber of the triad that must take part, if declared. */
  chamberQuorum: Schema.optionalKey(Fraction),
  /** For a qualified majority: the share of yes-votes needed, e.g. 2/3. */
  threshold: Schema.optionalKey(Fraction),
  /** Whether abstentions count among the votes cast (true) or are left out (false). */
  abstentionsCount: Schema.Boolean
}

/**
 * A rule to fall back to when consensus or consent fails.
 *
 * @category schemas
 * @since 0.1.0
 */
export const FallbackRule = Schema.Struct(RuleFields)

/**
 * A declared decision rule.
 *
 * @category schemas
 * @since 0.1.0
 */
export const DecisionRule = Schema.Struct({
  ...RuleFields,
  fallback: Schema.optionalKey(FallbackRule)
})

/**
 * @category models
 * @since 0.1.0
 */
export type DecisionRule = typeof DecisionRule.Type
