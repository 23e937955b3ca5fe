/**
 * Deciding: a body's declared decision rule applied to the votes cast on one decision. `decide` first
 * validates the input (votes only from members, one vote per member, a recusal only of a member, a
 * quorum, chamber quorum and threshold within (0, 1], a threshold for a qualified majority) and answers
 * bad input with `InvalidInput`; otherwise it returns the outcome — passed, failed or no quorum — with
 * the reasons in Czech and English and the counts, in total and per chamber of the triad.
 *
 * Choices this module makes (DOMAIN.md §3, seed 004 leave them open):
 * - Presence is shown by voting: a member who abstains is present, a member who casts no vote is not.
 * - Recused members never count: neither among the members the quorum is computed from, nor among
 *   the votes (a vote a recused member cast anyway is ignored here and reported by KPSS-PART-011).
 * - The quorum is `ceil(quorum × eligible members)` and at least one member; per chamber likewise.
 * - Consensus passes unless a member blocks; a reasoned or unreasoned objection under consensus counts
 *   as a block; `no` votes stand aside and do not stop it.
 * - Consent passes unless a reasoned objection stands; an objection (or block) without a reason does
 *   not stand.
 * - Unanimity passes when every member present voted yes (an abstention breaks it).
 * - Under the majority rules a block or an objection counts as a `no`; abstentions count among the
 *   votes cast only when the rule says so (`abstentionsCount`).
 * - Triad majority: a majority of yes in each chamber (user, provider, commissioner), the chamber being
 *   the voter's triad role; members of the `public` role count toward the quorum only.
 * - When consensus or consent fails and the rule has a fallback, the fallback decides on the same
 *   votes (with its own quorum).
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import type { TriadRole } from "./Actor.js"
import type { Body } from "./Body.js"
import type { IsoDate } from "./CalendarDate.js"
import type { DecisionRule } from "./DecisionRule.js"
import { decisionMethodLabels, triadRoleLabels } from "./Labels.js"
import type { Vote } from "./Meeting.js"
import { makeMessages, type LocalizedText, type MessageParams } from "./Messages.js"
import { InvalidInput, type PathSegment } from "./Problem.js"

/**
 * The outcome of a decision.
 *
 * @category models
 * @since 0.1.0
 */
export type DecisionOutcome = "passed" | "failed" | "noQuorum"

/**
 * The three chambers of the triad.
 *
 * @category models
 * @since 0.1.0
 */
export type Chamber = "user" | "provider" | "commissioner"

/**
 * The chambers in order.
 *
 * @category constants
 * @since 0.1.0
 */
export const chambers: ReadonlyArray<Chamber> = ["user", "provider", "commissioner"]

/**
 * Counts of one group of members (the whole body or one chamber). `members` and `present` leave out
 * the recused; the tallies count only the votes of present, non-recused members.
 *
 * @category models
 * @since 0.1.0
 */
export interface Tally {
  readonly members: number
  readonly present: number
  readonly yes: number
  readonly no: number
  readonly abstain: number
  readonly blocks: number
  readonly objections: number
  readonly recused: number
}

/**
 * The counts of a decision: in total, the quorum needed, and per chamber.
 *
 * @category models
 * @since 0.1.0
 */
export interface VoteCounts extends Tally {
  readonly quorumNeeded: number
  readonly byChamber: Readonly<Record<Chamber, Tally>>
}

/**
 * What `decide` returns.
 *
 * @category models
 * @since 0.1.0
 */
export interface DecisionResult {
  readonly outcome: DecisionOutcome
  /** Why, in the order the rule was applied. */
  readonly reasons: ReadonlyArray<LocalizedText>
  readonly counts: VoteCounts
  /** Whether the fallback rule decided. */
  readonly byFallback: boolean
}

/**
 * A recusal: the member who steps aside (the reason is kept on the decision).
 *
 * @category models
 * @since 0.1.0
 */
export interface Recusal {
  readonly actorId: string
}

/**
 * What `decide` needs besides the rule, the body and the votes.
 *
 * @category models
 * @since 0.1.0
 */
export interface DecideOptions {
  /** The members who stepped aside for a conflict of interest. */
  readonly recusals?: ReadonlyArray<Recusal>
  /** The triad role of each actor (chambers); an actor not in it counts as the public. */
  readonly roles: ReadonlyMap<string, TriadRole>
  /** The day of the decision: only memberships valid on it count. All memberships when absent. */
  readonly on?: IsoDate
}

const reasonTexts = makeMessages({
  noQuorum: {
    cs: "Usnášeníschopnost nebyla dosažena: přítomno {present} z {members} {members:člena|členů|členů}, potřeba {needed}",
    en: "No quorum: {present} of {members} {members:member|members} present, {needed} needed"
  },
  noChamberQuorum: {
    cs: "Usnášeníschopnost komory {chamber} nebyla dosažena: přítomno {present} z {members}, potřeba {needed}",
    en: "No quorum in the chamber of {chamberEn}: {present} of {members} present, {needed} needed"
  },
  blocked: {
    cs: "Konsenzus nebyl dosažen: blokuje {count} (zástupci: {ids})",
    en: "No consensus: {count} blocking ({ids})"
  },
  consensus: { cs: "Konsenzus dosažen: nikdo neblokuje", en: "Consensus reached: nobody blocks" },
  objection: {
    cs: "Souhlas nebyl dosažen: trvá {count} odůvodněná námitka (zástupci: {ids})",
    en: "No consent: {count} reasoned objection(s) stand ({ids})"
  },
  unreasoned: {
    cs: "{count} námitka bez odůvodnění se nepočítá (zástupci: {ids})",
    en: "{count} objection(s) without a reason do not stand ({ids})"
  },
  consent: { cs: "Souhlas dosažen: žádná odůvodněná námitka", en: "Consent reached: no reasoned objection" },
  unanimous: { cs: "Jednomyslně: všech {present} přítomných hlasovalo pro", en: "Unanimous: all {present} present voted yes" },
  notUnanimous: {
    cs: "Jednomyslnost nebyla dosažena: pro {yes} z {present} přítomných",
    en: "Not unanimous: {yes} of {present} present voted yes"
  },
  majority: {
    cs: "Většina dosažena: pro {yes}, proti {against}{abstainCs}",
    en: "Majority reached: {yes} yes, {against} against{abstainEn}"
  },
  noMajority: {
    cs: "Většina nebyla dosažena: pro {yes}, proti {against}{abstainCs}",
    en: "No majority: {yes} yes, {against} against{abstainEn}"
  },
  qualified: {
    cs: "Kvalifikovaná většina {threshold} % dosažena: pro {yes} z {cast} odevzdaných hlasů",
    en: "Qualified majority of {threshold}% reached: {yes} of {cast} votes cast"
  },
  notQualified: {
    cs: "Kvalifikovaná většina {threshold} % nebyla dosažena: pro {yes} z {cast} odevzdaných hlasů",
    en: "No qualified majority of {threshold}%: {yes} of {cast} votes cast"
  },
  chamberMajority: {
    cs: "Komora {chamber}: pro {yes}, proti {against} – většina",
    en: "Chamber of {chamberEn}: {yes} yes, {against} against – majority"
  },
  chamberNoMajority: {
    cs: "Komora {chamber}: pro {yes}, proti {against} – bez většiny",
    en: "Chamber of {chamberEn}: {yes} yes, {against} against – no majority"
  },
  abstainCounted: { cs: ", zdrželo se {abstain} (počítá se mezi odevzdané hlasy)", en: ", {abstain} abstaining (counted as votes cast)" },
  abstainNotCounted: { cs: ", zdrželo se {abstain}", en: ", {abstain} abstaining" },
  fallback: {
    cs: "Rozhoduje záložní pravidlo: {method}",
    en: "The fallback rule decides: {methodEn}"
  }
})

const problemTexts = makeMessages({
  notMember: {
    cs: "Hlasuje „{id}“, který není členem orgánu „{body}“",
    en: "\"{id}\" votes but is not a member of the body \"{body}\""
  },
  duplicateVote: {
    cs: "Člen „{id}“ hlasuje podruhé (poprvé v hlasu č. {first})",
    en: "The member \"{id}\" votes a second time (first in vote no. {first})"
  },
  recusalNotMember: {
    cs: "Ze střetu zájmů se vylučuje „{id}“, který není členem orgánu „{body}“",
    en: "\"{id}\" recuses themselves but is not a member of the body \"{body}\""
  },
  share: {
    cs: "{what} {value} musí být větší než 0 a nejvýše 1 (100 %)",
    en: "{whatEn} {value} must be greater than 0 and at most 1 (100%)"
  },
  thresholdMissing: {
    cs: "Kvalifikovaná většina nemá stanovený podíl hlasů (threshold)",
    en: "The qualified majority has no threshold"
  }
})

const shareNames = {
  quorum: { cs: "Kvórum", en: "The quorum" },
  chamberQuorum: { cs: "Kvórum komory", en: "The chamber quorum" },
  threshold: { cs: "Podíl kvalifikované většiny", en: "The qualified-majority threshold" }
} as const

/**
 * A problem of the votes: a path, a stable code and a message in both languages (the shape of
 * `InvalidInput`'s problems).
 *
 * @category models
 * @since 0.1.0
 */
export interface VoteProblem {
  readonly path: ReadonlyArray<PathSegment>
  readonly code: "notMember" | "duplicateVote" | "recusalNotMember" | "share" | "thresholdMissing" | "decisionClosed"
  readonly message: LocalizedText
}

/** A rule without its fallback (the fallback itself has that shape). */
type SingleRule = Omit<DecisionRule, "fallback">

const isShare = (x: number): boolean => Number.isFinite(x) && x > 0 && x <= 1

const ruleProblems = (rule: DecisionRule | SingleRule, path: ReadonlyArray<PathSegment>, out: Array<VoteProblem>): void => {
  for (const key of ["quorum", "chamberQuorum", "threshold"] as const) {
    const value = rule[key]
    if (value !== undefined && !isShare(value)) {
      out.push({ path: [...path, key], code: "share", message: problemTexts("share", { what: shareNames[key].cs, whatEn: shareNames[key].en, value }) })
    }
  }
  if (rule.method === "qualifiedMajority" && rule.threshold === undefined) {
    out.push({ path: [...path, "threshold"], code: "thresholdMissing", message: problemTexts("thresholdMissing") })
  }
}

/**
 * Whether a membership is valid on a day.
 *
 * @category voting
 * @since 0.1.0
 */
export const isMemberOn = (m: Body["members"][number], on: IsoDate | undefined): boolean =>
  on === undefined || ((m.from === undefined || m.from <= on) && (m.until === undefined || m.until >= on))

/**
 * The members of a body on a day (distinct actor ids, in the order of the body's list).
 *
 * @category voting
 * @since 0.1.0
 */
export const membersOn = (body: Body, on?: IsoDate): ReadonlySet<string> => {
  const out = new Set<string>()
  for (const m of body.members) if (isMemberOn(m, on)) out.add(m.actorId)
  return out
}

/**
 * Every problem of a decision's input: the rule's shares, recusals of non-members, votes of
 * non-members and second votes. Empty when the input is valid.
 *
 * @category voting
 * @since 0.1.0
 */
export const voteProblems = (
  rule: DecisionRule,
  body: Body,
  votes: ReadonlyArray<Vote>,
  options: Pick<DecideOptions, "recusals" | "on">
): Array<VoteProblem> => validate(rule, body, votes, options.recusals ?? [], membersOn(body, options.on))

const validate = (
  rule: DecisionRule,
  body: Body,
  votes: ReadonlyArray<Vote>,
  recusals: ReadonlyArray<Recusal>,
  members: ReadonlySet<string>
): Array<VoteProblem> => {
  const out: Array<VoteProblem> = []
  ruleProblems(rule, ["rule"], out)
  if (rule.fallback !== undefined) ruleProblems(rule.fallback, ["rule", "fallback"], out)
  for (let i = 0; i < recusals.length; i++) {
    const id = recusals[i]!.actorId
    if (!members.has(id)) out.push({ path: ["recusals", i, "actorId"], code: "recusalNotMember", message: problemTexts("recusalNotMember", { id, body: body.name }) })
  }
  const seen = new Map<string, number>()
  for (let i = 0; i < votes.length; i++) {
    const id = votes[i]!.actorId
    if (!members.has(id)) {
      out.push({ path: ["votes", i, "actorId"], code: "notMember", message: problemTexts("notMember", { id, body: body.name }) })
      continue
    }
    const first = seen.get(id)
    if (first !== undefined) {
      out.push({ path: ["votes", i], code: "duplicateVote", message: problemTexts("duplicateVote", { id, first: first + 1 }) })
    } else {
      seen.set(id, i)
    }
  }
  return out
}

type MutableTally = { -readonly [K in keyof Tally]: Tally[K] }

const emptyTally = (): MutableTally => ({ members: 0, present: 0, yes: 0, no: 0, abstain: 0, blocks: 0, objections: 0, recused: 0 })

const chamberOf = (role: TriadRole | undefined): Chamber | undefined =>
  role === "user" || role === "provider" || role === "commissioner" ? role : undefined

/** Ceiling that forgives floating-point noise (0.1 × 30 is 3.0000000000000004). */
const needed = (share: number, members: number): number => Math.max(1, Math.ceil(share * members - 1e-9))

const hasReason = (vote: Vote): boolean => vote.reason !== undefined && vote.reason.trim() !== ""

const idList = (ids: Array<string>): string => ids.sort().join(", ")

const abstainParams = (abstain: number, counted: boolean): MessageParams => {
  if (abstain === 0) return { abstainCs: "", abstainEn: "" }
  const text = reasonTexts(counted ? "abstainCounted" : "abstainNotCounted", { abstain })
  return { abstainCs: text.cs, abstainEn: text.en }
}

const chamberParams = (c: Chamber): MessageParams => ({ chamber: triadRoleLabels[c].cs, chamberEn: triadRoleLabels[c].en })

/** Votes against under a majority rule: no, blocks and objections, and abstentions if counted. */
const against = (t: Tally, rule: SingleRule): number => t.no + t.blocks + t.objections + (rule.abstentionsCount ? t.abstain : 0)

interface Ballot {
  readonly counts: VoteCounts
  /** The present, non-recused votes that block or object, for consensus and consent. */
  readonly dissent: ReadonlyArray<Vote>
}

const quorumReasons = (rule: SingleRule, counts: VoteCounts): Array<LocalizedText> => {
  const out: Array<LocalizedText> = []
  const q = needed(rule.quorum, counts.members)
  if (counts.present < q) out.push(reasonTexts("noQuorum", { present: counts.present, members: counts.members, needed: q }))
  if (rule.chamberQuorum !== undefined) {
    for (const c of chambers) {
      const t = counts.byChamber[c]
      const qc = needed(rule.chamberQuorum, t.members)
      if (t.present < qc) out.push(reasonTexts("noChamberQuorum", { ...chamberParams(c), present: t.present, members: t.members, needed: qc }))
    }
  }
  return out
}

interface Applied {
  readonly outcome: DecisionOutcome
  readonly reasons: Array<LocalizedText>
}

const apply = (rule: SingleRule, ballot: Ballot): Applied => {
  const c = ballot.counts
  const noQuorum = quorumReasons(rule, c)
  if (noQuorum.length > 0) return { outcome: "noQuorum", reasons: noQuorum }
  switch (rule.method) {
    case "consensus": {
      if (ballot.dissent.length === 0) return { outcome: "passed", reasons: [reasonTexts("consensus")] }
      return { outcome: "failed", reasons: [reasonTexts("blocked", { count: ballot.dissent.length, ids: idList(ballot.dissent.map((v) => v.actorId)) })] }
    }
    case "consent": {
      const standing = ballot.dissent.filter(hasReason)
      const unreasoned = ballot.dissent.filter((v) => !hasReason(v))
      const notes = unreasoned.length === 0 ? [] : [reasonTexts("unreasoned", { count: unreasoned.length, ids: idList(unreasoned.map((v) => v.actorId)) })]
      if (standing.length === 0) return { outcome: "passed", reasons: [reasonTexts("consent"), ...notes] }
      return { outcome: "failed", reasons: [reasonTexts("objection", { count: standing.length, ids: idList(standing.map((v) => v.actorId)) }), ...notes] }
    }
    case "unanimity":
      return c.yes === c.present
        ? { outcome: "passed", reasons: [reasonTexts("unanimous", { present: c.present })] }
        : { outcome: "failed", reasons: [reasonTexts("notUnanimous", { yes: c.yes, present: c.present })] }
    case "simpleMajority": {
      const params = { yes: c.yes, against: against(c, rule), ...abstainParams(c.abstain, rule.abstentionsCount) }
      return c.yes > against(c, rule)
        ? { outcome: "passed", reasons: [reasonTexts("majority", params)] }
        : { outcome: "failed", reasons: [reasonTexts("noMajority", params)] }
    }
    case "qualifiedMajority": {
      const threshold = rule.threshold ?? 1
      const cast = c.yes + against(c, rule)
      const params = { yes: c.yes, cast, threshold: Math.round(threshold * 1000) / 10 }
      return cast > 0 && c.yes >= threshold * cast - 1e-9
        ? { outcome: "passed", reasons: [reasonTexts("qualified", params)] }
        : { outcome: "failed", reasons: [reasonTexts("notQualified", params)] }
    }
    case "triadMajority": {
      const reasons = chambers.map((ch) => {
        const t = c.byChamber[ch]
        const params = { ...chamberParams(ch), yes: t.yes, against: against(t, rule) }
        return { ok: t.yes > against(t, rule), text: reasonTexts(t.yes > against(t, rule) ? "chamberMajority" : "chamberNoMajority", params) }
      })
      return { outcome: reasons.every((r) => r.ok) ? "passed" : "failed", reasons: reasons.map((r) => r.text) }
    }
  }
}

const count = (votes: ReadonlyArray<Vote>, options: DecideOptions, members: ReadonlySet<string>): Ballot => {
  const recused = new Set<string>()
  for (const r of options.recusals ?? []) recused.add(r.actorId)
  const total = emptyTally()
  const byChamber: Record<Chamber, MutableTally> = { user: emptyTally(), provider: emptyTally(), commissioner: emptyTally() }
  for (const id of members) {
    const chamber = chamberOf(options.roles.get(id))
    const isRecused = recused.has(id)
    if (isRecused) total.recused++
    else total.members++
    if (chamber !== undefined) {
      if (isRecused) byChamber[chamber].recused++
      else byChamber[chamber].members++
    }
  }
  const dissent: Array<Vote> = []
  for (const vote of votes) {
    if (recused.has(vote.actorId)) continue
    const chamber = chamberOf(options.roles.get(vote.actorId))
    const t = chamber === undefined ? undefined : byChamber[chamber]
    total.present++
    if (t !== undefined) t.present++
    switch (vote.choice) {
      case "yes":
        total.yes++
        if (t !== undefined) t.yes++
        break
      case "no":
        total.no++
        if (t !== undefined) t.no++
        break
      case "abstain":
        total.abstain++
        if (t !== undefined) t.abstain++
        break
      case "block":
        total.blocks++
        if (t !== undefined) t.blocks++
        dissent.push(vote)
        break
      case "objection":
        total.objections++
        if (t !== undefined) t.objections++
        dissent.push(vote)
        break
    }
  }
  return { counts: { ...total, quorumNeeded: 0, byChamber }, dissent }
}

/**
 * Applies a decision rule to the votes of a body's members.
 *
 * @category voting
 * @since 0.1.0
 */
export const decide = (
  rule: DecisionRule,
  body: Body,
  votes: ReadonlyArray<Vote>,
  options: DecideOptions
): Result.Result<DecisionResult, InvalidInput> => {
  const members = membersOn(body, options.on)
  const problems = validate(rule, body, votes, options.recusals ?? [], members)
  if (problems.length > 0) return Result.fail(new InvalidInput({ input: "votes", problems }))
  const ballot = count(votes, options, members)
  const counts: VoteCounts = { ...ballot.counts, quorumNeeded: needed(rule.quorum, ballot.counts.members) }
  const counted: Ballot = { counts, dissent: ballot.dissent }
  const first = apply(rule, counted)
  const fallback = rule.fallback
  if (first.outcome !== "failed" || fallback === undefined || (rule.method !== "consensus" && rule.method !== "consent")) {
    return Result.succeed({ outcome: first.outcome, reasons: first.reasons, counts, byFallback: false })
  }
  const second = apply(fallback, counted)
  return Result.succeed({
    outcome: second.outcome,
    reasons: [...first.reasons, reasonTexts("fallback", { method: decisionMethodLabels[fallback.method].cs, methodEn: decisionMethodLabels[fallback.method].en }), ...second.reasons],
    counts,
    byFallback: true
  })
}

/**
 * The triad role of every actor of a plan, for {@link decide}.
 *
 * @category voting
 * @since 0.1.0
 */
export const triadRoles = (actors: ReadonlyArray<{ readonly id: string; readonly triadRole: TriadRole }>): ReadonlyMap<string, TriadRole> => {
  const out = new Map<string, TriadRole>()
  for (const a of actors) out.set(a.id, a.triadRole)
  return out
}
