// Deciding on a body of 500 members (about 170 in each chamber of the triad, some of the public), 450
// of them voting and 10 recused, under a triad majority with a chamber quorum and under consensus with
// a majority fallback — against a plain loop that counts the same votes by choice in the same run.
// Target (issue 4): decide on a body of 500 members < 1 ms.
import { Result } from "effect"
import { decide, type Body, type DecisionRule, type TriadRole, type Vote, type VoteChoice } from "@kpss/core"
import { measure, report } from "../../../scripts/bench-lib.mjs"

const size = 500
const roleOf = (i: number): TriadRole => (["user", "provider", "commissioner", "public"] as const)[i % 3 === 0 && i % 7 === 0 ? 3 : i % 3]!
const ids = Array.from({ length: size }, (_, i) => `a-${i}`)
const roles: ReadonlyMap<string, TriadRole> = new Map(ids.map((id, i) => [id, roleOf(i)]))
const body = {
  id: "koalice", kind: "coalition", name: "Koalice", open: true,
  members: ids.map((actorId) => ({ actorId, role: "member" })),
  decisionRule: { method: "consensus", quorum: 0.5, abstentionsCount: false }, targetGroupIds: [], priorityIds: []
} as unknown as Body
const choices: ReadonlyArray<VoteChoice> = ["yes", "yes", "yes", "no", "abstain", "yes", "objection"]
const votes = ids.slice(0, 450).map((actorId, i) => ({ actorId, choice: choices[i % choices.length]!, reason: "Důvod" }) as Vote)
const recusals = ids.slice(490).map((actorId) => ({ actorId }))

const rules: ReadonlyArray<readonly [string, DecisionRule]> = [
  ["triad majority, chamber quorum", { method: "triadMajority", quorum: 0.5, chamberQuorum: 0.4, abstentionsCount: false }],
  ["consensus → simple majority", { method: "consensus", quorum: 0.5, abstentionsCount: true, fallback: { method: "simpleMajority", quorum: 0.5, abstentionsCount: true } }]
]

const batch = 200
const baseline = () => {
  let n = 0
  for (let k = 0; k < batch; k++) {
    const tally: Record<string, number> = { yes: 0, no: 0, abstain: 0, block: 0, objection: 0 }
    for (const v of votes) tally[v.choice]!++
    n += tally.yes!
  }
  return n
}

for (const [name, rule] of rules) {
  const once = decide(rule, body, votes, { roles, recusals })
  if (Result.isFailure(once)) throw new Error(once.failure.message)
  const run = () => {
    for (let k = 0; k < batch; k++) decide(rule, body, votes, { roles, recusals })
  }
  const ms = measure(run, { runs: 9, warmup: 3 }) / batch
  const baselineMs = measure(baseline, { runs: 9, warmup: 3 }) / batch
  const us = ms * 1000
  report({
    bench: `decide, ${size} members (${name})`,
    what: "decide(rule, body, votes, { roles, recusals })",
    ms,
    baseline: "a plain loop counting the same votes by choice",
    baselineMs,
    extra: { us, baselineUs: baselineMs * 1000, targetUs: 1000, okAbsolute: us < 1000, outcome: once.success.outcome }
  })
  console.log(`  ${us.toFixed(1)} µs per decision (target < 1000 µs${us < 1000 ? ", ok" : ", OVER"}); baseline ${(baselineMs * 1000).toFixed(1)} µs; outcome ${once.success.outcome}`)
}
