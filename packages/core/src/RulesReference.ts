/**
 * The rule reference (`docs/rules.md`), generated from the registry: every rule with its code, family,
 * severity, scope, phases, source and Czech and English text, the profiles, and how the requirements
 * of the domain (DOMAIN.md §2, §3, §5, §6) are covered — each one by rules, or listed as not checked with
 * the reason. A test keeps the checked-in file equal to {@link renderRulesReference}.
 *
 * @since 0.1.0
 */
import { phases } from "./Process.js"
import { methodologyProfile, ruleSetting, statutoryProfile } from "./Profile.js"
import type { Rule, RuleCode } from "./Rule.js"
import { ruleFamilies } from "./rules/index.js"

/**
 * A requirement of the domain and how it is checked: by rules, or not, with the reason.
 *
 * @category models
 * @since 0.1.0
 */
export interface Requirement {
  readonly section: "§2" | "§3" | "§5" | "§6"
  readonly text: string
  readonly rules?: ReadonlyArray<RuleCode>
  /** Why it is not (or not fully) a rule. */
  readonly notChecked?: string
}

const notModelled = "the model has no field for it (a prose part of the document)"

/**
 * The requirements of DOMAIN.md §2 (the six phases), §3 (participation), §5 (what a plan must contain) and §6 (comment
 * procedure and approval).
 *
 * @category constants
 * @since 0.1.0
 */
export const requirements: ReadonlyArray<Requirement> = [
  { section: "§2", text: "Phase 1: form the first working group", rules: ["KPSS-PROC-010"] },
  { section: "§2", text: "Phase 1: decide whom to involve and how to invite others", notChecked: notModelled },
  { section: "§2", text: "Phase 1: plan political support from the municipality", notChecked: `${notModelled}; the support shows in the assembly's approval (KPSS-PROC-053)` },
  { section: "§2", text: "Phase 1: information strategy", notChecked: notModelled },
  { section: "§2", text: "Phase 2: involve all participants", rules: ["KPSS-PROC-022"] },
  { section: "§2", text: "Phase 2: create the organisational and steering structure", rules: ["KPSS-PROC-020"] },
  { section: "§2", text: "Phase 2: set its rules of procedure", rules: ["KPSS-PROC-021"] },
  { section: "§2", text: "Phase 3: present the aims, interests and needs of all participants", notChecked: "the content of meetings is not modelled beyond their agenda" },
  { section: "§2", text: "Phase 3: create and publish the ways the public takes part", rules: ["KPSS-CONS-006"], notChecked: "only the channels of comment periods are modelled; other ways of taking part are not" },
  { section: "§2", text: "Phase 3: analyse needs", rules: ["KPSS-PROC-030", "KPSS-ANAL-003"] },
  { section: "§2", text: "Phase 3: analyse existing resources", rules: ["KPSS-PROC-031", "KPSS-ANAL-004", "KPSS-ANAL-005", "KPSS-ANAL-006", "KPSS-ANAL-007"] },
  { section: "§2", text: "Phase 3: strengths and weaknesses (SWOT); opportunities and risks", rules: ["KPSS-PROC-032"] },
  { section: "§2", text: "Phase 3: trends", notChecked: notModelled },
  { section: "§2", text: "Phase 4: values the plan respects", rules: ["KPSS-PROC-041"] },
  { section: "§2", text: "Phase 4: direction, goal and priorities", rules: ["KPSS-PROC-040", "KPSS-ANAL-002"], notChecked: `that priorities follow from the SWOT and the needs is checked (KPSS-ANAL-002); the funding of each priority is checked by KPSS-FUND-006; their shape otherwise is not` },
  { section: "§2", text: "Phase 4: obstacles; regional and supra-regional resources", notChecked: notModelled },
  { section: "§2", text: "Phase 4: the vision is accepted by a majority of participants", rules: ["KPSS-PROC-042"] },
  { section: "§2", text: "Phase 5: plan of steps and tasks towards the goals", rules: ["KPSS-PROC-050", "KPSS-ANAL-001", "KPSS-ANAL-008"] },
  { section: "§2", text: "Phase 5: a system for monitoring implementation", rules: ["KPSS-PROC-051", "KPSS-MON-001", "KPSS-MON-002"] },
  { section: "§2", text: "Phase 5: final version", notChecked: "the lifecycle status marks it (operations, not a rule)" },
  { section: "§2", text: "Phase 5: public comment on the text", rules: ["KPSS-PROC-052"] },
  { section: "§2", text: "Phase 5: approval by the municipal assembly", rules: ["KPSS-PROC-053", "KPSS-LIFE-001"] },
  { section: "§2", text: "Phase 6: carry out the plan", rules: ["KPSS-SCHED-008"] },
  { section: "§2", text: "Phase 6: inform the public", notChecked: "publication is not modelled (a `publication` milestone is only a date)" },
  { section: "§2", text: "Phase 6: keep finding and involving new partners", notChecked: "the plan cannot know the partners it lacks; actors and memberships carry their dates" },
  { section: "§2", text: "Phase 6: tools to change the plan", notChecked: "provided as operations (amend, extendValidity, deriveNextEdition); amendments are checked by KPSS-LIFE-003" },
  { section: "§2", text: "The phases follow in order", rules: ["KPSS-PROC-001", "KPSS-PROC-002"] },
  { section: "§2", text: "A profile may rename or merge phases, never lose a deliverable silently", notChecked: "kept by construction, not by a rule: a profile names phases and merges adjacent ones (never the last) into a step whose gate runs the deliverables of all its phases (`phaseSteps`); the plan still records all six phases; a deliverable can only be waived with a recorded reason and person" },
  { section: "§3", text: "The partner coalition brings together administration, providers and users", rules: ["KPSS-PROC-022"] },
  { section: "§3", text: "Every body (steering group, working groups) has a partnership representation of the triad", rules: ["KPSS-PART-001"] },
  { section: "§3", text: "The steering group is formed by the declared ratio of administration / users / providers", rules: ["KPSS-PART-002"], notChecked: "whether members were elected or appointed is recorded, not checked" },
  { section: "§3", text: "Working groups are open to everyone interested", rules: ["KPSS-PART-004"] },
  { section: "§3", text: "Each working group has a leader and a facilitator, or an external expert", rules: ["KPSS-PART-003"], notChecked: "that leaders are trained and have time is not modelled" },
  { section: "§3", text: "Users take part directly or through user representatives", rules: ["KPSS-PART-001", "KPSS-PART-005"] },
  { section: "§3", text: "Coalition meetings: the agenda is sent to all in advance", rules: ["KPSS-PART-006"], notChecked: "one sending date per meeting is recorded, not one per member" },
  { section: "§3", text: "Coalition meetings: the way of deciding is defined in advance", rules: ["KPSS-PART-007"] },
  { section: "§3", text: "Coalition meetings: minutes are taken and published", rules: ["KPSS-PART-008"] },
  { section: "§3", text: "Coalition meetings: led by a capable facilitator", notChecked: "a facilitator can be recorded; capability is a judgement" },
  { section: "§3", text: "Decisions follow the declared rule (consensus; the vision by a majority)", rules: ["KPSS-PART-009", "KPSS-PART-010", "KPSS-PROC-042"] },
  { section: "§3", text: "Recusal of members with a conflict of interest", rules: ["KPSS-PART-011", "KPSS-PART-012"], notChecked: "a conflict is detected only where a decision names a funded activity of the provider" },
  { section: "§5", text: "How the plan was prepared (Act 108/2006 §3 h)", notChecked: `${notModelled}; the phase record is kept` },
  { section: "§5", text: "Analysis of resources and needs with an economic evaluation (§3 h)", rules: ["KPSS-PROC-030", "KPSS-PROC-031", "KPSS-PROC-033", "KPSS-ANAL-001", "KPSS-ANAL-004"] },
  { section: "§5", text: "The strategy (§3 h)", rules: ["KPSS-PROC-040", "KPSS-PROC-050"] },
  { section: "§5", text: "The duties of the participants; shares of responsibility and commitments (§3 h; seed 002)", rules: ["KPSS-STRAT-001", "KPSS-STRAT-002", "KPSS-STRAT-003"], notChecked: "a view, not a rule: `commitments(plan)` lists each actor's responsibilities, partnerships, share of the activities, money, seats and recusals" },
  { section: "§5", text: "How fulfilment is monitored and evaluated (§3 h)", rules: ["KPSS-PROC-051", "KPSS-STAT-002", "KPSS-STAT-003", "KPSS-MON-001", "KPSS-MON-002", "KPSS-MON-003"] },
  { section: "§5", text: "How provision can be changed (§3 h)", notChecked: notModelled },
  { section: "§5", text: "Statistical, sociological and demographic data (seed 002)", rules: ["KPSS-PROC-034"], notChecked: "sociological data are not modelled separately" },
  { section: "§5", text: "A time plan and principles (seed 002)", rules: ["KPSS-SCHED-001", "KPSS-SCHED-002", "KPSS-SCHED-003"], notChecked: "principles are prose" },
  { section: "§5", text: "Public, private and voluntary actors mapped (seed 002)", notChecked: "every actor carries its sector and triad role; the plan cannot know the actors it lacks" },
  { section: "§5", text: "Regional plan, part 1: descriptive (vyhl. 505/2006 §39a)", rules: ["KPSS-PROC-034"], notChecked: "the descriptive text is prose" },
  { section: "§5", text: "Regional plan, part 2: analytical (§39a)", rules: ["KPSS-PROC-030", "KPSS-PROC-031", "KPSS-PROC-033"] },
  { section: "§5", text: "Regional plan, part 3: evaluation of the previous plan (§39a)", rules: ["KPSS-STAT-001"] },
  { section: "§5", text: "Regional plan, part 4: strategic (§39a)", rules: ["KPSS-PROC-050"] },
  { section: "§5", text: "Regional plan, part 5: how the network of services is secured (§39a)", notChecked: "the network of services is not modelled" },
  { section: "§5", text: "Hallmark: negotiated among all participants, broad partnership", rules: ["KPSS-PROC-022", "KPSS-PART-001", "KPSS-PART-009"], notChecked: "the breadth of the partnership is a judgement" },
  { section: "§5", text: "Hallmark: fits local conditions", notChecked: "a judgement, not checkable" },
  { section: "§5", text: "Hallmark: short- and long-term goals and priorities", notChecked: "the time horizon of a goal is not modelled (items have only a start and a deadline)" },
  { section: "§5", text: "Hallmark: monitoring, evaluation and regular reporting to the public", rules: ["KPSS-PROC-051", "KPSS-STAT-002"], notChecked: "reporting to the public is not modelled" },
  { section: "§6", text: "Public hearing (vyhl. 505/2006 §39b)", rules: ["KPSS-STAT-004"] },
  { section: "§6", text: "The draft published with a call for comments", notChecked: "publication is not modelled" },
  { section: "§6", text: "Comments in writing on a form", notChecked: "a channel, not a requirement the model can tell apart" },
  { section: "§6", text: "Every comment settled", rules: ["KPSS-CONS-001", "KPSS-CONS-002", "KPSS-CONS-007"] },
  { section: "§6", text: "The settlement published", notChecked: "publication is not modelled" },
  { section: "§6", text: "Comment window (7–21 days seen; no statutory minimum)", rules: ["KPSS-CONS-004", "KPSS-CONS-005"] },
  { section: "§6", text: "A comment received after the period is flagged, not dropped", rules: ["KPSS-CONS-003"] },
  { section: "§6", text: "Approval by the assembly with resolution number and date", rules: ["KPSS-PROC-053", "KPSS-SCHED-005", "KPSS-SCHED-006"] },
  { section: "§6", text: "Action plans sometimes approved by the council", rules: ["KPSS-SCHED-007"], notChecked: "any body may approve an action plan" },
  { section: "§6", text: "A monitoring report may only be taken note of; a plan must be approved", rules: ["KPSS-LIFE-001"] },
  { section: "§6", text: "A plan's validity may be extended", rules: ["KPSS-LIFE-004"], notChecked: "the extension is an operation (`extendValidity`): the assembly's approval is recorded as an amendment with the period's old and new end" }
]

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ")

const phasesOf = (rule: Rule): string => {
  const list = rule.appliesFrom.phases
  const ph = list === undefined || list.length === phases.length ? "all" : list.length === 1 ? list[0]! : `${list[0]}–${list[list.length - 1]}`
  const lc = rule.appliesFrom.lifecycle
  return lc === undefined ? ph : `${ph}; ${lc.join(", ")}`
}

/**
 * The rule reference as Markdown.
 *
 * @category documentation
 * @since 0.1.0
 */
export const renderRulesReference = (): string => {
  const out: Array<string> = [
    "# Rule reference",
    "",
    "<!-- Generated from the rule registry by `renderRulesReference()` in @kpss/core. Do not edit by hand:",
    "     run `pnpm build && node scripts/generate-docs.mjs`. -->",
    "",
    "Codes are `KPSS-<FAMILY>-<NNN>` and are never reused or renamed. *Severity* is the default; the",
    "`methodology` profile (default) runs every rule of scope `all` at it; the `statutory` profile (regional",
    "plans) also runs the rules of scope `statutory` and sets the severities shown in its column. *Applies*",
    "names the phases (and lifecycle states) in which the rule is relevant; phase gates run a phase's",
    "deliverable rules whatever the phase.",
    "",
    "*Source* names where a rule comes from: a paragraph of the law (Act 108/2006 Sb., decree 505/2006 Sb.),",
    "the methodology, or one of the five Czech methodology texts the model was built from, cited as *seed*:",
    "000 — the six phases of community planning and what each produces (\"Jak postupujeme při zpracování KP?\");",
    "001 — the strategic part: priorities, goals, measures, activities (a public-participation handbook);",
    "002 — what community planning brings to a municipality, and what a plan contains (KPSS Zábřežsko);",
    "003 — a town's community plan, its working groups and the timeline of its 4th plan;",
    "004 — forming the partner coalition and the triad of users, providers and commissioners.",
    ""
  ]
  for (const family of ruleFamilies) {
    out.push(`## ${family.name.en} (${family.name.cs}) — \`KPSS-${family.prefix}\``, "")
    out.push("| code | severity | statutory | scope | applies | source | cs | en |", "|---|---|---|---|---|---|---|---|")
    for (const r of family.rules) {
      out.push(`| ${[
        r.code,
        ruleSetting(methodologyProfile, r) === "off" ? `off (${r.severity})` : r.severity,
        ruleSetting(statutoryProfile, r),
        r.scope,
        phasesOf(r),
        `${r.source.kind}: ${r.source.reference}`,
        `**${r.title.cs}.** ${r.message.cs}`,
        `**${r.title.en}.** ${r.message.en}`
      ].map(cell).join(" | ")} |`)
    }
    out.push("")
  }
  out.push("## Coverage of DOMAIN.md §2, §3, §5, §6", "", "| § | requirement | rules | not checked |", "|---|---|---|---|")
  for (const q of requirements) {
    out.push(`| ${[q.section, q.text, (q.rules ?? []).join(", ") || "—", q.notChecked ?? ""].map(cell).join(" | ")} |`)
  }
  out.push("", "## Not checked", "", "Requirements (or parts of them) that no rule checks, and why.", "")
  for (const q of requirements) if (q.notChecked !== undefined) out.push(`- ${q.section} ${q.text}: ${q.notChecked}.`)
  out.push("")
  return out.join("\n")
}
