import { fc, test } from "@fast-check/vitest"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { decide, type Body, type DecideOptions, type DecisionMethod, type DecisionResult, type DecisionRule, type TriadRole, type Vote, type VoteChoice } from "../src/index.js"

// --- Building blocks -----------------------------------------------------------------------------

const makeBody = (ids: ReadonlyArray<string>, extra: Partial<Record<string, { from?: string; until?: string }>> = {}): Body => ({
  id: "b",
  kind: "coalition",
  name: "Koalice",
  open: true,
  members: ids.map((actorId) => ({ actorId, role: "member", ...extra[actorId] })),
  decisionRule: { method: "consensus", quorum: 0.5, abstentionsCount: false },
  targetGroupIds: [],
  priorityIds: []
}) as unknown as Body

const rule = (method: DecisionMethod, rest: Partial<DecisionRule> = {}): DecisionRule => ({ method, quorum: 0.5, abstentionsCount: false, ...rest })
const vote = (actorId: string, choice: VoteChoice, reason?: string): Vote => ({ actorId, choice, ...(reason === undefined ? {} : { reason }) }) as Vote

const ok = (r: Result.Result<DecisionResult, unknown>): DecisionResult => {
  if (Result.isFailure(r)) throw new Error(`unexpected failure: ${String(r.failure)}`)
  return r.success
}

/** A body of ten: u1–u3 users, p1–p3 providers, c1–c3 commissioners, x1 the public. */
const ten = ["u1", "u2", "u3", "p1", "p2", "p3", "c1", "c2", "c3", "x1"]
const roles: ReadonlyMap<string, TriadRole> = new Map(ten.map((id) => [id, id.startsWith("u") ? "user" : id.startsWith("p") ? "provider" : id.startsWith("c") ? "commissioner" : "public"] as const))
const body10 = makeBody(ten)
const run = (r: DecisionRule, votes: ReadonlyArray<Vote>, more: Partial<DecideOptions> = {}) => ok(decide(r, body10, votes, { roles, ...more }))
const yesFrom = (...ids: Array<string>) => ids.map((id) => vote(id, "yes"))

// --- Examples ------------------------------------------------------------------------------------

describe("decide", () => {
  it("counts votes in total and per chamber, leaving the public out of the chambers", () => {
    const r = run(rule("simpleMajority"), [...yesFrom("u1", "p1", "c1", "x1"), vote("u2", "no"), vote("p2", "abstain"), vote("c2", "block", "ne")])
    expect(r.counts).toMatchObject({ members: 10, present: 7, yes: 4, no: 1, abstain: 1, blocks: 1, objections: 0, recused: 0, quorumNeeded: 5 })
    expect(r.counts.byChamber.user).toMatchObject({ members: 3, present: 2, yes: 1, no: 1 })
    expect(r.counts.byChamber.commissioner).toMatchObject({ members: 3, present: 2, yes: 1, blocks: 1 })
    expect(r.outcome).toBe("passed")
    expect(r.reasons[0]!.cs).toContain("pro 4, proti 2, zdrželo se 1")
  })

  it("has no quorum when too few members vote, and says how many were needed", () => {
    const r = run(rule("consensus"), yesFrom("u1", "p1", "c1", "x1"))
    expect(r.outcome).toBe("noQuorum")
    expect(r.reasons[0]).toEqual({
      cs: "Usnášeníschopnost nebyla dosažena: přítomno 4 z 10 členů, potřeba 5",
      en: "No quorum: 4 of 10 members present, 5 needed"
    })
  })

  it("leaves recused members out of the quorum's base and ignores their votes", () => {
    const r = run(rule("simpleMajority"), [...yesFrom("u1", "p1", "c1", "x1"), vote("p2", "no")], { recusals: [{ actorId: "p2" }, { actorId: "p3" }] })
    expect(r.counts).toMatchObject({ members: 8, recused: 2, present: 4, no: 0, quorumNeeded: 4 })
    expect(r.outcome).toBe("passed")
  })

  it("fails consensus on a block and then lets the fallback decide", () => {
    const votes = [...yesFrom("u1", "u2", "p1", "c1", "c2"), vote("p2", "block", "Bez financí nelze")]
    expect(run(rule("consensus"), votes).outcome).toBe("failed")
    const r = run(rule("consensus", { fallback: rule("simpleMajority") }), votes)
    expect(r.outcome).toBe("passed")
    expect(r.byFallback).toBe(true)
    expect(r.reasons.map((x) => x.en)).toEqual(["No consensus: 1 blocking (p2)", "The fallback rule decides: simple majority", "Majority reached: 5 yes, 1 against"])
  })

  it("lets `no` votes stand aside under consensus", () => {
    expect(run(rule("consensus"), [...yesFrom("u1", "p1", "c1", "c2"), vote("u2", "no")]).outcome).toBe("passed")
  })

  it("under consent, fails on a reasoned objection but not on one without a reason", () => {
    const base = yesFrom("u1", "p1", "c1", "c2")
    const unreasoned = run(rule("consent"), [...base, vote("u2", "objection"), vote("p2", "objection", "  ")])
    expect(unreasoned.outcome).toBe("passed")
    expect(unreasoned.reasons[1]!.cs).toBe("2 námitka bez odůvodnění se nepočítá (zástupci: p2, u2)")
    expect(run(rule("consent"), [...base, vote("u2", "objection", "Služba chybí v terénu")]).outcome).toBe("failed")
  })

  it("needs every member present to vote yes for unanimity", () => {
    expect(run(rule("unanimity"), yesFrom("u1", "p1", "c1", "c2", "x1")).outcome).toBe("passed")
    expect(run(rule("unanimity"), [...yesFrom("u1", "p1", "c1", "c2"), vote("x1", "abstain")]).outcome).toBe("failed")
  })

  it("counts abstentions among the votes cast only when the rule says so", () => {
    const votes = [...yesFrom("u1", "p1", "c1"), vote("c2", "no"), vote("u2", "abstain"), vote("p2", "abstain")]
    expect(run(rule("simpleMajority"), votes).outcome).toBe("passed")
    expect(run(rule("simpleMajority", { abstentionsCount: true }), votes).outcome).toBe("failed")
  })

  it("applies a qualified majority as a share of the votes cast", () => {
    const twoThirds = rule("qualifiedMajority", { threshold: 2 / 3 })
    expect(run(twoThirds, [...yesFrom("u1", "p1", "c1", "c2"), vote("u2", "no"), vote("p2", "no")]).outcome).toBe("passed")
    expect(run(twoThirds, [...yesFrom("u1", "p1", "c1"), vote("u2", "no"), vote("p2", "no")]).outcome).toBe("failed")
    expect(run(twoThirds, [...yesFrom("u1", "p1", "c1", "c2"), vote("u2", "no"), vote("p2", "no")]).reasons[0]!.cs)
      .toBe("Kvalifikovaná většina 66.7 % dosažena: pro 4 z 6 odevzdaných hlasů")
  })

  it("needs a majority in each chamber for a triad majority; the public does not tip a chamber", () => {
    const votes = [...yesFrom("u1", "u2", "p1", "c1", "c2", "c3", "x1"), vote("p2", "no"), vote("p3", "no")]
    const r = run(rule("triadMajority"), votes)
    expect(r.outcome).toBe("failed")
    expect(r.reasons.map((x) => x.en)[1]).toBe("Chamber of providers: 1 yes, 2 against – no majority")
    expect(run(rule("triadMajority"), [...votes.slice(0, -1), vote("p3", "yes")]).outcome).toBe("passed")
  })

  it("checks the quorum of each chamber when the rule declares one", () => {
    const votes = yesFrom("u1", "u2", "u3", "p1", "p2", "c1")
    expect(run(rule("simpleMajority"), votes).outcome).toBe("passed")
    const r = run(rule("simpleMajority", { chamberQuorum: 0.5 }), votes)
    expect(r.outcome).toBe("noQuorum")
    expect(r.reasons[0]!.cs).toBe("Usnášeníschopnost komory zadavatelé nebyla dosažena: přítomno 1 z 3, potřeba 2")
  })

  it("counts only memberships valid on the day of the decision", () => {
    const b = makeBody(["a", "b", "c", "d"], { c: { until: "2015-12-31" }, d: { from: "2017-01-01" } })
    const r = ok(decide(rule("simpleMajority"), b, yesFrom("a"), { roles: new Map(), on: "2016-05-01" as never }))
    expect(r.counts.members).toBe(2)
    expect(r.outcome).toBe("passed")
    expect(Result.isFailure(decide(rule("simpleMajority"), b, yesFrom("a", "d"), { roles: new Map(), on: "2016-05-01" as never }))).toBe(true)
  })
})

describe("decide on bad input", () => {
  const problems = (r: DecisionRule, votes: ReadonlyArray<Vote>, more: Partial<DecideOptions> = {}) => {
    const result = decide(r, body10, votes, { roles, ...more })
    if (Result.isSuccess(result)) throw new Error("expected InvalidInput")
    expect(result.failure._tag).toBe("InvalidInput")
    return result.failure.problems
  }

  it("refuses a vote of a non-member and a second vote of a member, naming each in Czech and English", () => {
    const found = problems(rule("consensus"), [vote("u1", "yes"), vote("stranger", "yes"), vote("u1", "no")])
    expect(found.map((p) => [p.path, p.code])).toEqual([[["votes", 1, "actorId"], "notMember"], [["votes", 2], "duplicateVote"]])
    expect(found[0]!.message).toEqual({
      cs: "Hlasuje „stranger“, který není členem orgánu „Koalice“",
      en: "\"stranger\" votes but is not a member of the body \"Koalice\""
    })
    expect(found[1]!.message.cs).toBe("Člen „u1“ hlasuje podruhé (poprvé v hlasu č. 1)")
  })

  it("refuses a quorum above 100 %, a zero threshold, a missing threshold and a recusal of a non-member", () => {
    expect(problems(rule("consensus", { quorum: 1.5 }), []).map((p) => [p.path, p.code])).toEqual([[["rule", "quorum"], "share"]])
    expect(problems(rule("qualifiedMajority"), []).map((p) => p.code)).toEqual(["thresholdMissing"])
    expect(problems(rule("qualifiedMajority", { threshold: 0 }), []).map((p) => p.path)).toEqual([["rule", "threshold"]])
    expect(problems(rule("consensus", { fallback: rule("simpleMajority", { chamberQuorum: 2 }) }), []).map((p) => p.path))
      .toEqual([["rule", "fallback", "chamberQuorum"]])
    expect(problems(rule("consensus"), [], { recusals: [{ actorId: "nobody" }] }).map((p) => p.code)).toEqual(["recusalNotMember"])
    expect(problems(rule("consensus", { quorum: 1.5 }), [])[0]!.message.en).toBe("The quorum 1.5 must be greater than 0 and at most 1 (100%)")
  })
})

// --- Properties ----------------------------------------------------------------------------------

const allMethods: ReadonlyArray<DecisionMethod> = ["consensus", "consent", "unanimity", "simpleMajority", "qualifiedMajority", "triadMajority"]
const majorityMethods: ReadonlyArray<DecisionMethod> = ["unanimity", "simpleMajority", "qualifiedMajority", "triadMajority"]
const share = fc.integer({ min: 1, max: 100 }).map((n) => n / 100)

const arbRule = (methods: ReadonlyArray<DecisionMethod>, withExtras = true): fc.Arbitrary<DecisionRule> =>
  fc.record({
    method: fc.constantFrom(...methods),
    quorum: share,
    chamberQuorum: withExtras ? fc.option(share, { nil: undefined }) : fc.constant(undefined),
    threshold: fc.integer({ min: 1, max: 100 }).map((n) => n / 100),
    abstentionsCount: fc.boolean(),
    fallback: withExtras ? fc.option(fc.record({ method: fc.constantFrom(...majorityMethods), quorum: share, threshold: share, abstentionsCount: fc.boolean() }), { nil: undefined }) : fc.constant(undefined)
  }).map(({ chamberQuorum, fallback, ...r }) => ({
    ...r,
    ...(chamberQuorum === undefined ? {} : { chamberQuorum }),
    ...(fallback === undefined ? {} : { fallback })
  }) as DecisionRule)

interface Ballot {
  readonly body: Body
  readonly roles: ReadonlyMap<string, TriadRole>
  readonly votes: ReadonlyArray<Vote>
  readonly recusals: ReadonlyArray<{ readonly actorId: string }>
  /** Members who neither voted nor stepped aside. */
  readonly silent: ReadonlyArray<string>
}

const arbChoice: fc.Arbitrary<VoteChoice> = fc.constantFrom("yes", "no", "abstain", "block", "objection")
const arbBallot: fc.Arbitrary<Ballot> = fc.array(
  fc.record({
    role: fc.constantFrom<TriadRole>("user", "provider", "commissioner", "public"),
    choice: fc.option(arbChoice, { nil: undefined }),
    reasoned: fc.boolean(),
    recused: fc.boolean()
  }),
  { minLength: 1, maxLength: 40 }
).map((ms) => {
  const ids = ms.map((_, i) => `m${i}`)
  return {
    body: makeBody(ids),
    roles: new Map(ms.map((m, i) => [ids[i]!, m.role])),
    votes: ms.flatMap((m, i) => (m.choice === undefined ? [] : [vote(ids[i]!, m.choice, m.reasoned ? "Důvod" : undefined)])),
    recusals: ms.flatMap((m, i) => (m.recused ? [{ actorId: ids[i]! }] : [])),
    silent: ms.flatMap((m, i) => (m.choice === undefined && !m.recused ? [ids[i]!] : []))
  }
})

const decideBallot = (r: DecisionRule, b: Ballot, votes: ReadonlyArray<Vote> = b.votes): DecisionResult =>
  ok(decide(r, b.body, votes, { roles: b.roles, recusals: b.recusals }))

describe("decide (properties)", () => {
  test.prop([arbRule(majorityMethods), arbBallot])("adding a yes-vote never turns passed into failed under a majority rule", (r, b) => {
    fc.pre(b.silent.length > 0)
    const before = decideBallot(r, b)
    const after = decideBallot(r, b, [...b.votes, vote(b.silent[0]!, "yes")])
    if (before.outcome === "passed") expect(after.outcome).toBe("passed")
  })

  test.prop([arbRule(["consensus"], false), arbBallot])("a block always fails consensus without a fallback", (r, b) => {
    const recused = new Set(b.recusals.map((x) => x.actorId))
    fc.pre(b.votes.some((v) => v.choice === "block" && !recused.has(v.actorId)))
    expect(decideBallot(r, b).outcome).not.toBe("passed")
  })

  test.prop([arbRule(allMethods), arbBallot])("recused members' votes never count", (r, b) => {
    const recused = new Set(b.recusals.map((x) => x.actorId))
    expect(decideBallot(r, b)).toEqual(decideBallot(r, b, b.votes.filter((v) => !recused.has(v.actorId))))
  })

  test.prop([arbRule(allMethods), arbBallot, fc.infiniteStream(fc.double({ noNaN: true }))])("the outcome does not depend on the order of the votes", (r, b, keys) => {
    const it = keys[Symbol.iterator]()
    const shuffled = b.votes.map((v) => [it.next().value as number, v] as const).sort((x, y) => x[0] - y[0]).map(([, v]) => v)
    expect(decideBallot(r, b, shuffled)).toEqual(decideBallot(r, b))
  })

  test.prop([arbRule(allMethods, false), arbBallot])("no quorum exactly when fewer members are present than the quorum needs", (r, b) => {
    const result = decideBallot(r, b)
    expect(result.outcome === "noQuorum").toBe(result.counts.present < result.counts.quorumNeeded)
  })

  test.prop([arbRule(["unanimity"]), arbBallot])("unanimity passes exactly when the quorum is met and every member present voted yes", (r, b) => {
    fc.pre(r.chamberQuorum === undefined)
    const { outcome, counts } = decideBallot(r, b)
    expect(outcome === "passed").toBe(counts.present >= counts.quorumNeeded && counts.yes === counts.present)
  })

  test.prop([arbRule(["triadMajority"]), arbBallot])("a triad majority that passes has a simple majority in each chamber", (r, b) => {
    const { outcome, counts } = decideBallot(r, b)
    if (outcome === "passed") {
      for (const c of ["user", "provider", "commissioner"] as const) {
        const t = counts.byChamber[c]
        expect(t.yes).toBeGreaterThan(t.no + t.blocks + t.objections + (r.abstentionsCount ? t.abstain : 0))
      }
    }
  })
})
