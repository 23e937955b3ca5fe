/**
 * Participation rules (`KPSS-PART-*`): the bodies bring the triad together, the steering group keeps its
 * declared composition, working groups are open and have a leader and a facilitator, users sit for
 * users, meetings follow the coalition's working principles (agenda sent ahead, way of deciding
 * declared before, minutes published), and every recorded decision agrees with its votes under its rule,
 * with conflicts of interest declared (seed 004, DOMAIN.md §3).
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import { plusDays } from "../CalendarDate.js"
import { bodyKindLabels, triadRoleLabels } from "../Labels.js"
import { makeMessages, type LocalizedText } from "../Messages.js"
import { compositionParts, compositionShares, missingTriadRoles, steeringStructureBodies } from "../Participation.js"
import { dateParam, defineFamily, fromPhase, type FindingParam, type RuleContext } from "../Rule.js"
import { isMemberOn, type DecisionOutcome } from "../Voting.js"

const list = (labels: ReadonlyArray<LocalizedText>): LocalizedText => ({
  cs: labels.map((l) => l.cs).join(", "),
  en: labels.map((l) => l.en).join(", ")
})

const outcomeLabels: Readonly<Record<DecisionOutcome | "open", LocalizedText>> = {
  passed: { cs: "přijato", en: "passed" },
  failed: { cs: "nepřijato", en: "failed" },
  noQuorum: { cs: "neusnášeníschopné", en: "no quorum" },
  open: { cs: "otevřeno", en: "open" }
}

const partLabels = {
  administration: { cs: "veřejná správa", en: "administration" },
  users: { cs: "uživatelé", en: "users" },
  providers: { cs: "poskytovatelé", en: "providers" }
} as const

const texts = makeMessages({
  notSent: { cs: "nebyl rozeslán", en: "not sent" },
  sentOn: { cs: "byl rozeslán {date}", en: "sent on {date}" },
  noMinutes: { cs: "nebyl pořízen", en: "not taken" },
  notPublished: { cs: "nebyl zveřejněn", en: "not published" },
  publishedOn: { cs: "byl zveřejněn {date}", en: "published on {date}" },
  leader: { cs: "vedoucího", en: "leader" },
  facilitator: { cs: "facilitátora", en: "facilitator" }
})

/** A catalogue text with a date, the date written the way each language writes it. */
const withDate = (key: "sentOn" | "publishedOn", date: Parameters<typeof dateParam>[0]): LocalizedText => {
  const d = dateParam(date)
  return { cs: texts(key, { date: d.cs }).cs, en: texts(key, { date: d.en }).en }
}

/** The name of a body by id (the id itself when the body is unknown: the integrity check reports that). */
const bodyName = ({ plan, index }: Pick<RuleContext, "plan" | "index">, bodyId: string): string => {
  const b = index.bodies.get(bodyId)
  return b === undefined ? bodyId : plan.bodies[b]!.name
}

/**
 * The participation rules.
 *
 * @category rules
 * @since 0.1.0
 */
export const participationFamily = defineFamily(
  { id: "participation", prefix: "PART", name: { cs: "Zapojení a rozhodování", en: "Participation and decisions" } },
  () => [
    {
      code: "KPSS-PART-001",
      severity: "warning",
      appliesFrom: { phases: fromPhase("understandingNeeds") },
      source: { kind: "seed", reference: "seed 004, Pracovní skupiny (partnerské zastoupení); DOMAIN §3" },
      title: { cs: "Každý orgán zahrnuje triádu", en: "Every body includes the triad" },
      message: {
        cs: "V orgánu „{name}“ ({kind}) chybí {missing}",
        en: "The body \"{name}\" ({kind}) lacks {missing}"
      },
      hint: { cs: "Přizvěte zástupce chybějící části triády.", en: "Invite representatives of the missing part of the triad." },
      *check({ plan, index, today }) {
        // The coalition (or the steering group without one) is KPSS-PROC-022's.
        const covered = new Set(steeringStructureBodies(index))
        for (let i = 0; i < plan.bodies.length; i++) {
          const body = plan.bodies[i]!
          if (covered.has(body)) continue
          const missing = missingTriadRoles(body, index.triadRoles, today)
          if (missing.length > 0) {
            yield {
              path: ["bodies", i, "members"],
              ids: [body.id],
              params: { name: body.name, kind: bodyKindLabels[body.kind], missing: list(missing.map((r) => triadRoleLabels[r])) }
            }
          }
        }
      }
    },
    {
      code: "KPSS-PART-002",
      severity: "warning",
      appliesFrom: { phases: fromPhase("understandingNeeds") },
      source: { kind: "seed", reference: "seed 004, Řídící pracovní skupina (poměr zastoupení)" },
      title: { cs: "Řídící skupina dodržuje stanovený poměr", en: "The steering group keeps its declared ratio" },
      message: {
        cs: "Řídící skupina „{name}“ má {part} {actual} % členů, stanoveno je {declared} % (povolená odchylka {tolerance} procentních bodů)",
        en: "The steering group \"{name}\" has {part} at {actual}% of its members, {declared}% declared (tolerance {tolerance} percentage points)"
      },
      *check({ index, today, settings }) {
        for (const body of index.bodiesOfKind("steeringGroup")) {
          const declared = body.composition
          if (declared === undefined) continue
          const shares = compositionShares(body, index.triadRoles, today)
          for (const part of compositionParts) {
            if (Math.abs(shares[part] - declared[part]) > settings.compositionTolerance + 1e-9) {
              yield {
                path: ["bodies", index.bodies.get(body.id)!, "composition", part],
                ids: [body.id],
                params: { name: body.name, part: partLabels[part], actual: Math.round(shares[part]), declared: declared[part], tolerance: settings.compositionTolerance }
              }
            }
          }
        }
      }
    },
    {
      code: "KPSS-PART-003",
      severity: "warning",
      appliesFrom: {},
      source: { kind: "seed", reference: "seed 004, Pracovní skupiny (vedoucí a facilitátor; externí odborníci)" },
      title: { cs: "Pracovní skupina má vedoucího a facilitátora", en: "A working group has a leader and a facilitator" },
      message: {
        cs: "Pracovní skupina „{name}“ nemá {missing} ani externího odborníka",
        en: "The working group \"{name}\" has no {missing} and no external expert"
      },
      *check({ index, today }) {
        for (const body of index.bodiesOfKind("workingGroup")) {
          const roles = new Set(body.members.filter((m) => isMemberOn(m, today)).map((m) => m.role))
          if (roles.has("externalExpert")) continue
          const missing: Array<LocalizedText> = []
          if (!roles.has("leader")) missing.push(texts("leader"))
          if (!roles.has("facilitator")) missing.push(texts("facilitator"))
          if (missing.length > 0) {
            yield { path: ["bodies", index.bodies.get(body.id)!, "members"], ids: [body.id], params: { name: body.name, missing: list(missing) } }
          }
        }
      }
    },
    {
      code: "KPSS-PART-004",
      severity: "warning",
      appliesFrom: {},
      source: { kind: "seed", reference: "seed 004, Pracovní skupiny (otevřené všem zájemcům)" },
      title: { cs: "Pracovní skupina je otevřená", en: "A working group is open" },
      message: {
        cs: "Pracovní skupina „{name}“ je uzavřená; pracovní skupiny mají být otevřené všem zájemcům",
        en: "The working group \"{name}\" is closed; working groups are to be open to everyone interested"
      },
      *check({ index }) {
        for (const body of index.bodiesOfKind("workingGroup")) {
          if (!body.open) yield { path: ["bodies", index.bodies.get(body.id)!, "open"], ids: [body.id], params: { name: body.name } }
        }
      }
    },
    {
      code: "KPSS-PART-005",
      severity: "warning",
      appliesFrom: {},
      source: { kind: "seed", reference: "seed 004, Práce se zástupci uživatelů služeb" },
      title: { cs: "Za uživatele jednají uživatelé nebo jejich organizace", en: "Users are represented by users or their organisations" },
      message: {
        cs: "„{name}“ zastupuje uživatele, ale jedná za „{represents}“ ({role}); uživatele zastupují přímo oni sami nebo organizace uživatelů",
        en: "\"{name}\" sits for users but acts for \"{represents}\" ({role}); users are represented directly or by a users' organisation"
      },
      *check({ plan, index }) {
        for (let i = 0; i < plan.actors.length; i++) {
          const a = plan.actors[i]!
          if (a.triadRole !== "user" || a.represents === undefined) continue
          const r = index.actors.get(a.represents)
          if (r === undefined) continue
          const represented = plan.actors[r]!
          if (represented.triadRole !== "user") {
            yield {
              path: ["actors", i, "represents"],
              ids: [a.id, represented.id],
              params: { name: a.name, represents: represented.name, role: triadRoleLabels[represented.triadRole] }
            }
          }
        }
      }
    },
    {
      code: "KPSS-PART-006",
      severity: "warning",
      appliesFrom: {},
      source: { kind: "seed", reference: "seed 004, Zásady práce v koalici (program zaslán předem)" },
      title: { cs: "Program je rozeslán předem", en: "The agenda is sent in advance" },
      message: {
        cs: "Program jednání orgánu „{body}“ dne {date} {sent}; má být rozeslán nejméně {days} {days:den|dny|dní} předem",
        en: "The agenda of the meeting of \"{body}\" on {date}: {sent}; it is to be sent at least {days} {days:day|days} ahead"
      },
      *check({ plan, index, today, settings }) {
        for (let i = 0; i < plan.meetings.length; i++) {
          const m = plan.meetings[i]!
          const due = plusDays(m.date, -settings.agendaDaysAhead)
          const late = m.agendaSentOn === undefined ? today > due : m.agendaSentOn > due
          if (!late) continue
          const sent: FindingParam = m.agendaSentOn === undefined ? texts("notSent") : withDate("sentOn", m.agendaSentOn)
          yield {
            path: ["meetings", i, "agendaSentOn"],
            ids: [m.id],
            params: { body: bodyName({ plan, index }, m.bodyId), date: dateParam(m.date), sent, days: settings.agendaDaysAhead }
          }
        }
      }
    },
    {
      code: "KPSS-PART-007",
      severity: "warning",
      appliesFrom: {},
      source: { kind: "seed", reference: "seed 004, Zásady práce v koalici (předem je definován způsob rozhodování)" },
      title: { cs: "Způsob rozhodování je stanoven předem", en: "The way of deciding is declared in advance" },
      message: {
        cs: "Na jednání orgánu „{body}“ dne {date} se rozhodovalo, ale způsob rozhodování nebyl stanoven před jednáním",
        en: "Decisions were taken at the meeting of \"{body}\" on {date}, but the way of deciding was not declared before the meeting"
      },
      *check({ plan, index, today }) {
        const decided = new Set<string>()
        for (const d of plan.decisions) if (d.meetingId !== undefined) decided.add(d.meetingId)
        for (let i = 0; i < plan.meetings.length; i++) {
          const m = plan.meetings[i]!
          if (!decided.has(m.id) || m.date > today) continue
          if (m.decisionMethodDeclaredOn !== undefined && m.decisionMethodDeclaredOn < m.date) continue
          yield { path: ["meetings", i, "decisionMethodDeclaredOn"], ids: [m.id], params: { body: bodyName({ plan, index }, m.bodyId), date: dateParam(m.date) } }
        }
      }
    },
    {
      code: "KPSS-PART-008",
      severity: "warning",
      appliesFrom: {},
      source: { kind: "seed", reference: "seed 004, Zásady práce v koalici (zápis se pořizuje a zveřejňuje)" },
      title: { cs: "Zápis je pořízen a zveřejněn", en: "Minutes are taken and published" },
      message: {
        cs: "Zápis z jednání orgánu „{body}“ dne {date} {state}; má být zveřejněn do {days} {days:dne|dnů|dnů}",
        en: "The minutes of the meeting of \"{body}\" on {date}: {state}; they are to be published within {days} {days:day|days}"
      },
      *check({ plan, index, today, settings }) {
        for (let i = 0; i < plan.meetings.length; i++) {
          const m = plan.meetings[i]!
          const due = plusDays(m.date, settings.minutesPublishDays)
          const published = m.minutes?.publishedOn
          const late = published === undefined ? today > due : published > due
          if (!late) continue
          const state: FindingParam = m.minutes === undefined
            ? texts("noMinutes")
            : published === undefined ? texts("notPublished") : withDate("publishedOn", published)
          yield {
            path: m.minutes === undefined ? ["meetings", i] : ["meetings", i, "minutes", "publishedOn"],
            ids: [m.id],
            params: { body: bodyName({ plan, index }, m.bodyId), date: dateParam(m.date), state, days: settings.minutesPublishDays }
          }
        }
      }
    },
    {
      code: "KPSS-PART-009",
      severity: "error",
      appliesFrom: {},
      source: { kind: "seed", reference: "seed 004, Zásady práce v koalici (předem definovaný způsob rozhodování); DOMAIN §3" },
      title: { cs: "Zaznamenaný výsledek odpovídá hlasování", en: "The recorded outcome agrees with the votes" },
      message: {
        cs: "Rozhodnutí „{id}“ má zaznamenaný výsledek „{recorded}“, ale podle hlasů a pravidla vychází „{computed}“: {why}",
        en: "The decision \"{id}\" is recorded as \"{recorded}\", but its votes under its rule give \"{computed}\": {why}"
      },
      *check({ plan, index }) {
        const redecided = index.redecided
        for (let i = 0; i < plan.decisions.length; i++) {
          const r = redecided[i]
          if (r === undefined || Result.isFailure(r)) continue
          const d = plan.decisions[i]!
          if (r.success.outcome === d.outcome) continue
          yield {
            path: ["decisions", i, "outcome"],
            ids: [d.id],
            params: {
              id: d.id,
              recorded: outcomeLabels[d.outcome],
              computed: outcomeLabels[r.success.outcome],
              why: { cs: r.success.reasons.map((x) => x.cs).join("; "), en: r.success.reasons.map((x) => x.en).join("; ") }
            }
          }
        }
      }
    },
    {
      code: "KPSS-PART-010",
      severity: "error",
      appliesFrom: {},
      source: { kind: "methodology", reference: "DOMAIN §3 (rozhodování orgánů); jednací řád" },
      title: { cs: "Hlasují jen členové, každý jednou", en: "Only members vote, each once" },
      message: { cs: "Hlasování o rozhodnutí „{id}“ je neplatné: {problem}", en: "The vote on the decision \"{id}\" is invalid: {problem}" },
      *check({ plan, index }) {
        const redecided = index.redecided
        for (let i = 0; i < plan.decisions.length; i++) {
          const r = redecided[i]
          if (r === undefined || Result.isSuccess(r)) continue
          const d = plan.decisions[i]!
          for (const p of r.failure.problems) {
            yield { path: ["decisions", i, ...p.path], ids: [d.id], params: { id: d.id, problem: p.message } }
          }
        }
      }
    },
    {
      code: "KPSS-PART-011",
      severity: "error",
      appliesFrom: {},
      source: { kind: "methodology", reference: "DOMAIN §3 (vyloučení pro střet zájmů)" },
      title: { cs: "Vyloučený člen nehlasuje", en: "A recused member does not vote" },
      message: {
        cs: "„{actor}“ hlasoval o rozhodnutí „{id}“, ačkoli se pro střet zájmů vyloučil",
        en: "\"{actor}\" voted on the decision \"{id}\" although recused for a conflict of interest"
      },
      *check({ plan, index }) {
        for (let i = 0; i < plan.decisions.length; i++) {
          const d = plan.decisions[i]!
          if (d.recusals.length === 0) continue
          const recused = new Set(d.recusals.map((r) => r.actorId))
          for (let v = 0; v < d.votes.length; v++) {
            const id = d.votes[v]!.actorId
            if (!recused.has(id)) continue
            const a = index.actors.get(id)
            yield { path: ["decisions", i, "votes", v], ids: [d.id, id], params: { id: d.id, actor: a === undefined ? id : plan.actors[a]!.name } }
          }
        }
      }
    },
    {
      code: "KPSS-PART-012",
      severity: "warning",
      appliesFrom: {},
      source: { kind: "methodology", reference: "DOMAIN §3 (poskytovatel se vylučuje, když se rozhoduje o jeho financování)" },
      title: { cs: "Poskytovatel nehlasuje o svém financování", en: "A provider does not vote on its own funding" },
      message: {
        cs: "„{actor}“ hlasoval o rozhodnutí „{id}“, které se týká financované aktivity {code} poskytovatele „{provider}“, a nevyloučil se pro střet zájmů",
        en: "\"{actor}\" voted on the decision \"{id}\", which concerns the funded activity {code} of the provider \"{provider}\", without recusal"
      },
      hint: {
        cs: "Zaznamenejte vyloučení člena z hlasování (střet zájmů), nebo se hlasování zdržte.",
        en: "Record the member's recusal (conflict of interest), or abstain."
      },
      *check({ plan, index }) {
        for (let i = 0; i < plan.decisions.length; i++) {
          const d = plan.decisions[i]!
          // Providers responsible for or partners in a funded activity the decision concerns → that activity.
          const stakes = new Map<string, string>()
          for (const id of d.concerns) {
            const pos = index.items.get(id)
            if (pos === undefined) continue
            const item = plan.strategy.items[pos]!
            if (item.level !== "activity" || index.linesOf(item.id).length === 0) continue
            for (const party of [item.responsibleId, ...item.partnerIds]) {
              if (party !== undefined && index.triadRoles.get(party) === "provider" && !stakes.has(party)) stakes.set(party, item.code)
            }
          }
          if (stakes.size === 0) continue
          const recused = new Set(d.recusals.map((r) => r.actorId))
          for (let v = 0; v < d.votes.length; v++) {
            const vote = d.votes[v]!
            if (vote.choice === "abstain" || recused.has(vote.actorId)) continue
            const a = index.actors.get(vote.actorId)
            const voter = a === undefined ? undefined : plan.actors[a]!
            const provider = [vote.actorId, voter?.represents, voter?.memberOf].find((p) => p !== undefined && stakes.has(p))
            if (provider === undefined) continue
            const p = index.actors.get(provider)
            yield {
              path: ["decisions", i, "votes", v],
              ids: [d.id, vote.actorId, provider],
              params: { id: d.id, actor: voter?.name ?? vote.actorId, code: stakes.get(provider)!, provider: p === undefined ? provider : plan.actors[p]!.name }
            }
          }
        }
      }
    }
  ]
)
