/**
 * A rule of the methodology, as a linter rule: a stable code that is never reused or renamed once
 * released (`KPSS-<FAMILY>-<NNN>`), the family it belongs to, a default severity, the phases and
 * lifecycle states in which it is relevant, the source it comes from (a seed document, a paragraph of a
 * law, the methodology), a Czech and English message with `{parameters}`, an optional hint, and a pure
 * check that yields raw findings. The engine (`check`) renders them into {@link Finding}s.
 *
 * A family is one file in `rules/`; adding a rule is one `defineRule` next to its neighbours.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import type { IsoDate } from "./CalendarDate.js"
import { formatDateShort, formatMoney, formatNumber } from "./Format.js"
import { interpolate, type LocalizedText, type Locale } from "./Messages.js"
import type { Plan } from "./Plan.js"
import type { PlanIndex } from "./PlanIndex.js"
import type { PathSegment } from "./Problem.js"
import { phases, type LifecycleStatus, type Phase } from "./Process.js"

/**
 * How serious a finding is: an error blocks (a phase gate, `passed`), a warning asks for attention,
 * an info only informs.
 *
 * @category schemas
 * @since 0.1.0
 */
export const RuleSeverity = Schema.Literals(["error", "warning", "info"])

/**
 * @category models
 * @since 0.1.0
 */
export type RuleSeverity = typeof RuleSeverity.Type

/**
 * The severities, most serious first.
 *
 * @category constants
 * @since 0.1.0
 */
export const severities: ReadonlyArray<RuleSeverity> = RuleSeverity.literals

/**
 * A stable rule code, `KPSS-<FAMILY>-<NNN>`.
 *
 * @category models
 * @since 0.1.0
 */
export type RuleCode = string

/**
 * The pattern every rule code follows.
 *
 * @category constants
 * @since 0.1.0
 */
export const ruleCodePattern = /^KPSS-[A-Z]{2,6}-\d{3}$/

/**
 * Where a rule comes from, so a person can look it up: a seed document of the methodology, a paragraph
 * of a law or decree, or the methodology's good practice.
 *
 * @category models
 * @since 0.1.0
 */
export interface RuleSource {
  readonly kind: "seed" | "law" | "methodology"
  /** E.g. "seed 000, fáze 5", "zákon 108/2006 Sb. §3 písm. h)", "vyhl. 505/2006 Sb. §39b". */
  readonly reference: string
}

/**
 * The settings a profile gives the rules.
 *
 * @category models
 * @since 0.1.0
 */
export interface RuleSettings {
  /** The shortest comment period, in days (both ends included). */
  readonly minCommentDays: number
  /** How many days before a meeting its agenda must be sent. */
  readonly agendaDaysAhead: number
  /** Within how many days after a meeting its minutes must be published. */
  readonly minutesPublishDays: number
  /** The largest share of activities one responsible party may carry (0–1). */
  readonly maxResponsibleShare: number
  /** The smallest share of needs the strategy must answer, by an active item of any level (0–1; KPSS-ANAL-008). */
  readonly minCoverage: number
  /** How many days ahead a milestone counts as upcoming. */
  readonly upcomingDays: number
  /** How far (in percentage points) the steering group's composition may stray from its declared ratio. */
  readonly compositionTolerance: number
  /** The smallest funding coverage (secured ÷ planned) of a priority over the plan period (0–1). */
  readonly minFundingCoverage: number
  /** An indicator falling behind its linear path by more than this share of the planned change is at risk (0–1). */
  readonly indicatorTolerance: number
  /** … and by more than this share, off track (0–1). */
  readonly indicatorOffTrack: number
}

/**
 * What a rule sees: the plan, the day of the check, the profile's settings and names of the phases, and
 * the shared indexes (built lazily, once per check — a rule looks things up there instead of scanning
 * the plan).
 *
 * @category models
 * @since 0.1.0
 */
export interface RuleContext {
  readonly plan: Plan
  readonly today: IsoDate
  readonly settings: RuleSettings
  readonly index: PlanIndex
  /** The names of the phases under the profile (its own, or the methodology's). */
  readonly phaseLabels: Readonly<Record<Phase, LocalizedText>>
}

/**
 * A parameter of a message: a number, a text the same in both languages, or a text per language.
 *
 * @category models
 * @since 0.1.0
 */
export type FindingParam = string | number | LocalizedText

/**
 * What a rule's check yields: where in the plan, the ids involved, and the message parameters.
 *
 * @category models
 * @since 0.1.0
 */
export interface RawFinding {
  readonly path: ReadonlyArray<PathSegment>
  readonly ids?: ReadonlyArray<string>
  readonly params?: Readonly<Record<string, FindingParam>>
}

/**
 * The phases and lifecycle states in which a rule is relevant; a missing list means "always".
 *
 * @category models
 * @since 0.1.0
 */
export interface AppliesFrom {
  readonly phases?: ReadonlyArray<Phase>
  readonly lifecycle?: ReadonlyArray<LifecycleStatus>
}

/**
 * A rule.
 *
 * @category models
 * @since 0.1.0
 */
export interface Rule {
  readonly code: RuleCode
  readonly family: string
  readonly severity: RuleSeverity
  /** `statutory` rules apply only to regional plans: off unless a profile turns them on. */
  readonly scope: "all" | "statutory"
  readonly appliesFrom: AppliesFrom
  readonly source: RuleSource
  /** A short name of what the rule requires (for the reference and a UI). */
  readonly title: LocalizedText
  readonly message: LocalizedText
  readonly hint?: LocalizedText
  readonly check: (ctx: RuleContext) => Iterable<RawFinding>
}

/**
 * A finding of the check, rendered.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Finding = Schema.Struct({
  code: Schema.String,
  family: Schema.String,
  severity: RuleSeverity,
  path: Schema.Array(Schema.Union([Schema.String, Schema.Number])),
  message: Schema.Struct({ cs: Schema.String, en: Schema.String }),
  hint: Schema.optionalKey(Schema.Struct({ cs: Schema.String, en: Schema.String })),
  ids: Schema.Array(Schema.String)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Finding = typeof Finding.Type

/**
 * The input of {@link defineRule}: a rule without the defaults (`scope` defaults to `all`).
 *
 * @category models
 * @since 0.1.0
 */
export type RuleSpec = Omit<Rule, "scope" | "family"> & { readonly scope?: Rule["scope"] }

/**
 * A family of rules: an id, the code prefix its rules use, a name, and its rules.
 *
 * @category models
 * @since 0.1.0
 */
export interface RuleFamily {
  readonly id: string
  /** `PROC` for `KPSS-PROC-001`. */
  readonly prefix: string
  readonly name: LocalizedText
  readonly rules: ReadonlyArray<Rule>
}

/**
 * Makes a rule of a family. The code must carry the family's prefix; a wrong code is a programming
 * error and throws when the module loads (the registry test catches it).
 *
 * @category constructors
 * @since 0.1.0
 */
export const defineRule = (family: Pick<RuleFamily, "id" | "prefix">, spec: RuleSpec): Rule => {
  if (!ruleCodePattern.test(spec.code) || !spec.code.startsWith(`KPSS-${family.prefix}-`)) {
    throw new Error(`rule code ${spec.code} does not follow KPSS-${family.prefix}-NNN`)
  }
  return { ...spec, family: family.id, scope: spec.scope ?? "all" }
}

/**
 * Makes a family from its metadata and rules.
 *
 * @category constructors
 * @since 0.1.0
 */
export const defineFamily = (
  meta: Pick<RuleFamily, "id" | "prefix" | "name">,
  rules: (family: Pick<RuleFamily, "id" | "prefix">) => ReadonlyArray<RuleSpec>
): RuleFamily => ({ ...meta, rules: rules(meta).map((spec) => defineRule(meta, spec)) })

/**
 * The phases from the given one to the last (for `appliesFrom`).
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromPhase = (phase: Phase): ReadonlyArray<Phase> => phases.slice(phases.indexOf(phase))

/**
 * The lifecycle states of an adopted plan (approved and after).
 *
 * @category constants
 * @since 0.1.0
 */
export const adoptedStatuses: ReadonlyArray<LifecycleStatus> = ["approved", "inForce", "amended", "expired"]

const paramIn = (value: FindingParam, locale: Locale): string | number =>
  typeof value === "object" ? value[locale] : value

/**
 * Renders a message template with finding parameters in both languages.
 *
 * @category formatting
 * @since 0.1.0
 */
export const renderMessage = (template: LocalizedText, params: Readonly<Record<string, FindingParam>> = {}): LocalizedText => {
  const cs: Record<string, string | number> = {}
  const en: Record<string, string | number> = {}
  for (const key in params) {
    cs[key] = paramIn(params[key]!, "cs")
    en[key] = paramIn(params[key]!, "en")
  }
  return { cs: interpolate(template.cs, cs, "cs"), en: interpolate(template.en, en, "en") }
}

/**
 * The `{placeholders}` a template uses (plural forms `{name:…}` included), sorted.
 *
 * @category formatting
 * @since 0.1.0
 */
export const placeholdersOf = (template: string): ReadonlyArray<string> =>
  [...new Set([...template.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]!))].sort()

/**
 * A date as a finding parameter: `6. 6. 2016` in Czech, `06/06/2016` in English.
 *
 * @category formatting
 * @since 0.1.0
 */
export const dateParam = (date: IsoDate): LocalizedText => ({ cs: formatDateShort(date, "cs"), en: formatDateShort(date, "en") })

/**
 * An amount of money as a finding parameter: `94 000 Kč` in Czech, `CZK 94,000` in English.
 *
 * @category formatting
 * @since 0.1.0
 */
export const moneyParam = (amount: number): LocalizedText => ({ cs: formatMoney(amount, "cs"), en: formatMoney(amount, "en") })

/**
 * A number as a finding parameter, whole: `22 900` in Czech, `22,900` in English.
 *
 * @category formatting
 * @since 0.1.0
 */
export const numberParam = (value: number): LocalizedText => ({ cs: formatNumber(value, "cs"), en: formatNumber(value, "en") })
