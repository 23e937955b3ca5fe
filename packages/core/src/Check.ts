/**
 * The check: runs every rule a profile enables (and that is relevant in the plan's phase and lifecycle
 * state) over one plan, and returns a report — the findings sorted in a stable order, counted by
 * severity and by family, grouped by family, and whether the plan passed (no error). Pure: the day is
 * an argument. Deliverables the coordinator waived (a phase's waivers name rule codes) raise nothing.
 *
 * @since 0.1.0
 */
import type { IsoDate } from "./CalendarDate.js"
import { makeMessages, type Locale, type LocalizedText } from "./Messages.js"
import type { Plan } from "./Plan.js"
import { PlanIndex } from "./PlanIndex.js"
import { methodologyProfile, phaseLabelsOf, ruleSetting, type Profile } from "./Profile.js"
import { renderMessage, severities, type Finding, type Rule, type RuleCode, type RuleContext, type RuleSeverity } from "./Rule.js"
import { allRules, ruleFamilies } from "./rules/index.js"

/**
 * Options of a check.
 *
 * @category models
 * @since 0.1.0
 */
export interface CheckOptions {
  readonly today: IsoDate
  readonly profile?: Profile
  /** The language the report's `summary` is written in (findings carry both). */
  readonly locale?: Locale
  /** Run only these rules (a phase gate). */
  readonly only?: ReadonlyArray<RuleCode>
  /** Run rules whatever the phase and lifecycle state (a phase gate looks ahead). */
  readonly ignoreApplicability?: boolean
  /** Report waived deliverables too. */
  readonly includeWaived?: boolean
}

/**
 * The findings of one family.
 *
 * @category models
 * @since 0.1.0
 */
export interface FamilyGroup {
  readonly family: string
  readonly findings: ReadonlyArray<Finding>
}

/**
 * The result of a check.
 *
 * @category models
 * @since 0.1.0
 */
export interface Report {
  readonly today: IsoDate
  readonly profile: string
  readonly locale: Locale
  readonly findings: ReadonlyArray<Finding>
  readonly counts: Readonly<Record<RuleSeverity, number>>
  readonly countsByFamily: Readonly<Record<string, Readonly<Record<RuleSeverity, number>>>>
  readonly byFamily: ReadonlyArray<FamilyGroup>
  /** The rules that ran. */
  readonly ran: ReadonlyArray<RuleCode>
  /** True when there is no error. */
  readonly passed: boolean
  /** One line: "2 chyby, 1 varování" / "2 errors, 1 warning". */
  readonly summary: string
}

/**
 * Whether a rule is relevant for a plan in its current phase and lifecycle state.
 *
 * @category checks
 * @since 0.1.0
 */
export const isApplicable = (rule: Rule, index: PlanIndex): boolean => {
  const { phases, lifecycle } = rule.appliesFrom
  return (phases === undefined || phases.includes(index.phase)) &&
    (lifecycle === undefined || lifecycle.includes(index.plan.lifecycle.status))
}

const severityRank: Readonly<Record<RuleSeverity, number>> = { error: 0, warning: 1, info: 2 }
const familyRank = new Map(ruleFamilies.map((f, i) => [f.id, i]))
const codeRank = new Map(allRules.map((r, i) => [r.code, i]))

const comparePaths = (a: ReadonlyArray<string | number>, b: ReadonlyArray<string | number>): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!, y = b[i]!
    if (x === y) continue
    if (typeof x === "number" && typeof y === "number") return x - y
    return String(x) < String(y) ? -1 : 1
  }
  return a.length - b.length
}

/**
 * The order of findings: severity, then family and rule in registry order, then the path in the plan.
 *
 * @category checks
 * @since 0.1.0
 */
export const compareFindings = (a: Finding, b: Finding): number =>
  severityRank[a.severity] - severityRank[b.severity] ||
  (codeRank.get(a.code) ?? Infinity) - (codeRank.get(b.code) ?? Infinity) ||
  comparePaths(a.path, b.path) ||
  (a.message.en < b.message.en ? -1 : a.message.en > b.message.en ? 1 : 0)

const zero = (): Record<RuleSeverity, number> => ({ error: 0, warning: 0, info: 0 })

const words = makeMessages({
  error_one: { cs: "{n} chyba", en: "{n} error" },
  error_few: { cs: "{n} chyby", en: "{n} errors" },
  error_many: { cs: "{n} chyb", en: "{n} errors" },
  warning_one: { cs: "{n} varování", en: "{n} warning" },
  warning_few: { cs: "{n} varování", en: "{n} warnings" },
  warning_many: { cs: "{n} varování", en: "{n} warnings" },
  info_one: { cs: "{n} upozornění", en: "{n} note" },
  info_few: { cs: "{n} upozornění", en: "{n} notes" },
  info_many: { cs: "{n} upozornění", en: "{n} notes" },
  none: { cs: "bez nálezů", en: "no findings" }
})

/** Czech has three plural forms (1; 2–4; 0 and 5+), English two; the catalogue carries all three. */
const countOf = (severity: RuleSeverity, n: number): LocalizedText =>
  words(`${severity}_${n === 1 ? "one" : n >= 2 && n <= 4 ? "few" : "many"}`, { n })

/**
 * Checks a plan against the rules of a profile (the methodology profile unless given).
 *
 * @category checks
 * @since 0.1.0
 */
export const check = (plan: Plan, options: CheckOptions): Report => {
  const profile = options.profile ?? methodologyProfile
  const locale = options.locale ?? "cs"
  const index = new PlanIndex(plan)
  const ctx: RuleContext = { plan, today: options.today, settings: profile.settings, index, phaseLabels: phaseLabelsOf(profile) }
  const only = options.only === undefined ? undefined : new Set(options.only)
  const findings: Array<Finding> = []
  const ran: Array<RuleCode> = []
  for (const rule of allRules) {
    if (only !== undefined && !only.has(rule.code)) continue
    const severity = ruleSetting(profile, rule)
    if (severity === "off") continue
    if (!options.ignoreApplicability && !isApplicable(rule, index)) continue
    if (!options.includeWaived && index.waived.has(rule.code)) continue
    ran.push(rule.code)
    for (const raw of rule.check(ctx)) {
      findings.push({
        code: rule.code,
        family: rule.family,
        severity,
        path: raw.path,
        message: renderMessage(rule.message, raw.params),
        ...(rule.hint === undefined ? {} : { hint: rule.hint }),
        ids: raw.ids ?? []
      })
    }
  }
  findings.sort(compareFindings)
  const counts = zero()
  const countsByFamily: Record<string, Record<RuleSeverity, number>> = {}
  const groups = new Map<string, Array<Finding>>()
  for (const f of findings) {
    counts[f.severity]++
    ;(countsByFamily[f.family] ??= zero())[f.severity]++
    let g = groups.get(f.family)
    if (g === undefined) groups.set(f.family, g = [])
    g.push(f)
  }
  const byFamily = [...groups].map(([family, list]) => ({ family, findings: list }))
    .sort((a, b) => (familyRank.get(a.family) ?? Infinity) - (familyRank.get(b.family) ?? Infinity))
  const summary = severities.filter((s) => counts[s] > 0).map((s) => countOf(s, counts[s])[locale]).join(", ") || words("none")[locale]
  return { today: options.today, profile: profile.id, locale, findings, counts, countsByFamily, byFamily, ran, passed: counts.error === 0, summary }
}
