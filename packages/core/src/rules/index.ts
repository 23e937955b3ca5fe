/**
 * The rule registry: every rule family, listed once. To add a family, write `rules/<family>.ts` with
 * `defineFamily` (copy a neighbour) and add it to {@link ruleFamilies}; to add a rule, add one entry to
 * its family's list. Codes are `KPSS-<PREFIX>-<NNN>`, never reused or renamed once released. Prefixes in
 * use: PROC, CONS, SCHED, LIFE, STAT, PART, ANAL; STRAT, FUND, MON; reserved for the
 * families to come: DATA (personal data).
 *
 * @since 0.1.0
 */
import type { Rule, RuleFamily } from "../Rule.js"
import { analysesFamily } from "./analyses.js"
import { consultationFamily } from "./consultation.js"
import { lifecycleFamily } from "./lifecycle.js"
import { participationFamily } from "./participation.js"
import { processFamily } from "./process.js"
import { scheduleFamily } from "./schedule.js"
import { statutoryFamily } from "./statutory.js"
import { strategyFamily } from "./strategy.js"
import { fundingFamily } from "./funding.js"
import { monitoringFamily } from "./monitoring.js"

/**
 * Every rule family, in the order reports list them.
 *
 * @category rules
 * @since 0.1.0
 */
export const ruleFamilies: ReadonlyArray<RuleFamily> = [
  processFamily,
  consultationFamily,
  scheduleFamily,
  lifecycleFamily,
  statutoryFamily,
  participationFamily,
  analysesFamily,
  strategyFamily,
  fundingFamily,
  monitoringFamily
]

/**
 * Every rule, in registry order.
 *
 * @category rules
 * @since 0.1.0
 */
export const allRules: ReadonlyArray<Rule> = ruleFamilies.flatMap((f) => f.rules)

/**
 * Rules by code.
 *
 * @category rules
 * @since 0.1.0
 */
export const rulesByCode: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.code, r]))
