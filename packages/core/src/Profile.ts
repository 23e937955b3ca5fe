/**
 * Profiles: which rules run, at what severity, with which settings. The built-in `methodology`
 * profile (the default) runs every rule at its own severity except those for regional plans; the
 * `statutory` profile for regions' medium-term plans turns those on and raises the five parts of
 * vyhl. 505/2006 Sb. §39a and the monitoring to errors. A municipality's own profile overrides a base
 * profile: severities, settings, rules turned off. A profile may also name the phases its own way and
 * merge adjacent phases into one step (a region that takes "vision" and "strategy" as one step): the
 * phase gates then run the union of the merged phases' deliverables ({@link PhaseProfile},
 * `phaseSteps` in `PhaseProcess.ts`). Profiles from outside (a JSON config) are decoded with
 * {@link decodeProfile}, which names every problem, an unknown rule code or phase, a merge of phases
 * that do not follow each other, and a phase named twice among them.
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import { phaseLabels } from "./Labels.js"
import type { LocalizedText } from "./Messages.js"
import { formatPath, InvalidInput, problem, problemsFromIssue, type PathSegment, type Problem } from "./Problem.js"
import { Phase, phases } from "./Process.js"
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
 * Adjacent phases taken as one step, with the step's name (by default the phases' names joined).
 *
 * @category models
 * @since 0.1.0
 */
export interface MergedPhases {
  /** At least two phases that follow each other in the methodology, in its order. */
  readonly phases: ReadonlyArray<Phase>
  readonly label?: LocalizedText
}

/**
 * How a profile names and groups the six phases of the methodology. Nothing is lost: a merged step
 * has the deliverables of every phase in it, and the plan still records each phase.
 *
 * @category models
 * @since 0.1.0
 */
export interface PhaseProfile {
  /** The profile's names of phases (the methodology's for the others). */
  readonly labels?: Readonly<Partial<Record<Phase, LocalizedText>>>
  readonly merged?: ReadonlyArray<MergedPhases>
}

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
  /** Names and merged phases; absent: the six phases of seed 000 under their own names. */
  readonly phases?: PhaseProfile
}

/**
 * The names of the phases under a profile: its own where it gives them, the methodology's otherwise.
 *
 * @category profiles
 * @since 0.1.0
 */
export const phaseLabelsOf = (profile: Profile | undefined): Readonly<Record<Phase, LocalizedText>> => {
  const own = profile?.phases?.labels
  return own === undefined ? phaseLabels : { ...phaseLabels, ...own }
}

/**
 * What is wrong with a profile's phases: a merge of fewer than two phases, of phases that do not
 * follow each other (in the methodology's order) or of the last phase, and a phase merged twice. Empty
 * when they are right.
 * (Unknown phases are the decoder's problems: names are checked by the schema.)
 *
 * @category profiles
 * @since 0.1.0
 */
export const phaseProfileProblems = (config: PhaseProfile, at: ReadonlyArray<PathSegment> = ["phases"]): ReadonlyArray<Problem> => {
  const out: Array<Problem> = []
  const seen = new Map<Phase, string>()
  const merged = config.merged ?? []
  for (let i = 0; i < merged.length; i++) {
    const list = merged[i]!.phases
    const path = [...at, "merged", i, "phases"]
    const positions = list.map((p) => phases.indexOf(p))
    // The last phase is never left, so no gate would run the deliverables merged into it.
    if (list.length < 2 || positions.some((p, j) => j > 0 && p !== positions[j - 1]! + 1) || list.includes(phases[phases.length - 1]!)) {
      out.push(problem(path, "phaseMerge", { phases: list.join(", ") || "—" }))
    }
    for (let j = 0; j < list.length; j++) {
      const other = seen.get(list[j]!)
      if (other !== undefined) out.push(problem([...path, j], "duplicateId", { id: list[j]!, other }))
      else seen.set(list[j]!, formatPath([...path, j]))
    }
  }
  return out
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
  /** Replaces the base's phase names and merges. */
  readonly phases?: PhaseProfile
}

/**
 * A profile made from a base and overrides (for code; outside data goes through {@link decodeProfile}).
 * Phases merged wrongly are a programming error and throw, naming the problems.
 *
 * @category profiles
 * @since 0.1.0
 */
export const makeProfile = (base: Profile, overrides: ProfileOverrides): Profile => {
  const phaseProfile = overrides.phases ?? base.phases
  if (overrides.phases !== undefined) {
    const problems = phaseProfileProblems(overrides.phases)
    if (problems.length > 0) throw new TypeError(`invalid phases of a profile: ${problems.map((p) => p.message.en).join("; ")}`)
  }
  return {
    id: overrides.id ?? `${base.id}+custom`,
    name: overrides.name ?? base.name,
    settings: { ...base.settings, ...overrides.settings },
    rules: { ...base.rules, ...overrides.rules },
    ...(phaseProfile === undefined ? {} : { phases: phaseProfile })
  }
}

const LocalizedName = Schema.Struct({ cs: Name, en: Name })

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
  rules: Schema.optionalKey(Schema.Record(Schema.String, Schema.Literals([...RuleSeverity.literals, "off"]))),
  phases: Schema.optionalKey(Schema.Struct({
    labels: Schema.optionalKey(Schema.Struct({
      start: Schema.optionalKey(LocalizedName),
      steeringStructure: Schema.optionalKey(LocalizedName),
      understandingNeeds: Schema.optionalKey(LocalizedName),
      vision: Schema.optionalKey(LocalizedName),
      strategy: Schema.optionalKey(LocalizedName),
      implementation: Schema.optionalKey(LocalizedName)
    } satisfies Record<Phase, unknown>)),
    merged: Schema.optionalKey(Schema.Array(Schema.Struct({
      phases: Schema.Array(Phase),
      label: Schema.optionalKey(LocalizedName)
    })))
  }))
})

/**
 * @category models
 * @since 0.1.0
 */
export type ProfileConfig = typeof ProfileConfig.Type

const decodeConfig = Schema.decodeUnknownResult(ProfileConfig)

/**
 * Decodes a user profile from outside data (a parsed JSON config) onto its base (`methodology` unless
 * it names `statutory`). Every problem is listed: the shape (an unknown phase among the names or the
 * merges included), then an unknown rule code, a merge of phases that do not follow each other and a
 * phase merged twice.
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
  const problems: Array<Problem> = [
    ...Object.keys(config.rules ?? {})
      .filter((code) => !rulesByCode.has(code))
      .map((code) => problem(["rules", code], "reference", { kind: "pravidlo", kindEn: "rule", id: code })),
    ...(config.phases === undefined ? [] : phaseProfileProblems(config.phases))
  ]
  if (problems.length > 0) return Result.fail(new InvalidInput({ input: "profile", problems }))
  const overrides: ProfileOverrides = {
    id: config.id,
    ...(config.name === undefined ? {} : { name: config.name }),
    ...(config.settings === undefined ? {} : { settings: config.settings }),
    ...(config.rules === undefined ? {} : { rules: config.rules }),
    ...(config.phases === undefined ? {} : { phases: config.phases })
  }
  return Result.succeed(makeProfile(builtInProfiles[config.base ?? "methodology"], overrides))
}
