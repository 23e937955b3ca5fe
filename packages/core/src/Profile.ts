/**
 * Profiles: which rules run, at what severity, with which settings. The built-in `methodology`
 * profile (the default) runs every rule at its own severity except those for regional plans; the
 * `statutory` profile for regions' medium-term plans turns those on and raises the five parts of
 * vyhl. 505/2006 Sb. §39a and the monitoring to errors. A municipality's own profile overrides a base
 * profile: severities, settings, rules turned off. Profiles from outside (a JSON config) are decoded
 * with {@link decodeProfile}, which names every problem, an unknown rule code among them.
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import type { LocalizedText } from "./Messages.js"
import { InvalidInput, problem, problemsFromIssue, type Problem } from "./Problem.js"
import { Fraction, IntBetween } from "./Refinement.js"
import { RuleSeverity, type Rule, type RuleCode, type RuleSettings } from "./Rule.js"
import { allRules, rulesByCode } from "./rules/index.js"
import { Name } from "./Text.js"

/**
 * What a profile sets for one rule: a severity, or `off`.
 *
 * @category models
 * @since 0.1.0
 */
export type RuleSetting = RuleSeverity | "off"

/**
 * A profile.
 *
 * @category models
 * @since 0.1.0
 */
export interface Profile {
  readonly id: string
  readonly name: LocalizedText
  readonly settings: RuleSettings
  /** Per rule code; a rule not named runs at its default severity (statutory-scope rules: off). */
  readonly rules: Readonly<Record<RuleCode, RuleSetting>>
}

/**
 * The default settings.
 *
 * @category constants
 * @since 0.1.0
 */
export const defaultSettings: RuleSettings = {
  minCommentDays: 14,
  agendaDaysAhead: 7,
  minutesPublishDays: 30,
  maxResponsibleShare: 0.5,
  minCoverage: 0.8,
  upcomingDays: 30,
  compositionTolerance: 10,
  minFundingCoverage: 0.7,
  indicatorTolerance: 0.1,
  indicatorOffTrack: 0.25
}

/**
 * The methodology profile (the default): every rule at its own severity; rules for regional plans off.
 *
 * @category profiles
 * @since 0.1.0
 */
export const methodologyProfile: Profile = {
  id: "methodology",
  name: { cs: "Metodika komunitního plánování", en: "Community planning methodology" },
  settings: defaultSettings,
  rules: {}
}

/** Raised to errors for regions: the parts of §39a (descriptive and analytical data, monitoring). */
const raisedForRegions: ReadonlyArray<RuleCode> = ["KPSS-PROC-033", "KPSS-PROC-034", "KPSS-PROC-051", "KPSS-SCHED-008", "KPSS-STAT-003"]

/**
 * The statutory profile for a region's medium-term plan: the regional rules on, the parts of
 * vyhl. 505/2006 Sb. §39a and the monitoring raised to errors.
 *
 * @category profiles
 * @since 0.1.0
 */
export const statutoryProfile: Profile = {
  id: "statutory",
  name: { cs: "Střednědobý plán kraje (zákon 108/2006 Sb. §95)", en: "Regional medium-term plan (Act 108/2006 §95)" },
  settings: defaultSettings,
  rules: Object.fromEntries([
    ...allRules.filter((r) => r.scope === "statutory").map((r) => [r.code, r.severity] as const),
    ...raisedForRegions.map((code) => [code, "error"] as const)
  ])
}

/**
 * The built-in profiles by id.
 *
 * @category profiles
 * @since 0.1.0
 */
export const builtInProfiles: Readonly<Record<"methodology" | "statutory", Profile>> = {
  methodology: methodologyProfile,
  statutory: statutoryProfile
}

/**
 * The severity a profile gives a rule, or `off`.
 *
 * @category profiles
 * @since 0.1.0
 */
export const ruleSetting = (profile: Profile, rule: Rule): RuleSetting =>
  profile.rules[rule.code] ?? (rule.scope === "statutory" ? "off" : rule.severity)

/**
 * What a user profile changes in its base.
 *
 * @category models
 * @since 0.1.0
 */
export interface ProfileOverrides {
  readonly id?: string
  readonly name?: LocalizedText
  readonly settings?: Partial<RuleSettings>
  readonly rules?: Readonly<Record<RuleCode, RuleSetting>>
}

/**
 * A profile made from a base and overrides (for code; outside data goes through {@link decodeProfile}).
 *
 * @category profiles
 * @since 0.1.0
 */
export const makeProfile = (base: Profile, overrides: ProfileOverrides): Profile => ({
  id: overrides.id ?? `${base.id}+custom`,
  name: overrides.name ?? base.name,
  settings: { ...base.settings, ...overrides.settings },
  rules: { ...base.rules, ...overrides.rules }
})

/**
 * A user profile as written in a JSON config.
 *
 * @category schemas
 * @since 0.1.0
 */
export const ProfileConfig = Schema.Struct({
  id: Name,
  name: Schema.optionalKey(Schema.Struct({ cs: Name, en: Name })),
  base: Schema.optionalKey(Schema.Literals(["methodology", "statutory"])),
  settings: Schema.optionalKey(Schema.Struct({
    minCommentDays: Schema.optionalKey(IntBetween(1, 365)),
    agendaDaysAhead: Schema.optionalKey(IntBetween(0, 365)),
    minutesPublishDays: Schema.optionalKey(IntBetween(0, 365)),
    maxResponsibleShare: Schema.optionalKey(Fraction),
    minCoverage: Schema.optionalKey(Fraction),
    minFundingCoverage: Schema.optionalKey(Fraction),
    indicatorTolerance: Schema.optionalKey(Fraction),
    indicatorOffTrack: Schema.optionalKey(Fraction),
    upcomingDays: Schema.optionalKey(IntBetween(0, 3650)),
    compositionTolerance: Schema.optionalKey(IntBetween(0, 100))
  })),
  rules: Schema.optionalKey(Schema.Record(Schema.String, Schema.Literals([...RuleSeverity.literals, "off"])))
})

/**
 * @category models
 * @since 0.1.0
 */
export type ProfileConfig = typeof ProfileConfig.Type

const decodeConfig = Schema.decodeUnknownResult(ProfileConfig)

/**
 * Decodes a user profile from outside data (a parsed JSON config) onto its base (`methodology` unless
 * it names `statutory`). Every problem is listed, an unknown rule code among them.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeProfile = (input: unknown): Result.Result<Profile, InvalidInput> => {
  const decoded = decodeConfig(input, { onExcessProperty: "error", errors: "all" })
  if (Result.isFailure(decoded)) {
    return Result.fail(new InvalidInput({ input: "profile", problems: problemsFromIssue(decoded.failure.issue, input) }))
  }
  const config = decoded.success
  const unknown: Array<Problem> = Object.keys(config.rules ?? {})
    .filter((code) => !rulesByCode.has(code))
    .map((code) => problem(["rules", code], "reference", { kind: "pravidlo", kindEn: "rule", id: code }))
  if (unknown.length > 0) return Result.fail(new InvalidInput({ input: "profile", problems: unknown }))
  const overrides: ProfileOverrides = {
    id: config.id,
    ...(config.name === undefined ? {} : { name: config.name }),
    ...(config.settings === undefined ? {} : { settings: config.settings }),
    ...(config.rules === undefined ? {} : { rules: config.rules })
  }
  return Result.succeed(makeProfile(builtInProfiles[config.base ?? "methodology"], overrides))
}
