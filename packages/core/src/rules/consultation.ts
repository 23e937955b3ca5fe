/**
 * Public comment rules (`KPSS-CONS-*`): every comment settled before approval, a justification unless
 * accepted, late comments flagged (never dropped), comment periods long enough and well formed
 * (seed 000 fáze 5, seed 001, DOMAIN.md §6, vyhl. 505/2006 Sb. §39b).
 *
 * @since 0.1.0
 */
import { daysBetween } from "../CalendarDate.js"
import { dispositionLabels } from "../Labels.js"
import { adoptedStatuses, dateParam, defineFamily } from "../Rule.js"

/**
 * The public comment rules.
 *
 * @category rules
 * @since 0.1.0
 */
export const consultationFamily = defineFamily(
  { id: "consultation", prefix: "CONS", name: { cs: "Připomínkování", en: "Public comment" } },
  () => [
    {
      code: "KPSS-CONS-001",
      severity: "error",
      appliesFrom: { lifecycle: adoptedStatuses },
      source: { kind: "law", reference: "vyhl. 505/2006 Sb. §39b (vypořádání připomínek); DOMAIN §6" },
      title: { cs: "Žádné schválení s nevypořádanou připomínkou", en: "No approval while a comment is unsettled" },
      message: {
        cs: "Připomínka {id} nebyla ke dni schválení plánu vypořádána",
        en: "Comment {id} was not settled by the day the plan was approved"
      },
      hint: { cs: "Vypořádejte připomínku a plán schvalte znovu.", en: "Settle the comment and approve the plan again." },
      *check({ plan }) {
        const approvedOn = plan.lifecycle.approval?.date
        const comments = plan.consultation.comments
        for (let i = 0; i < comments.length; i++) {
          const c = comments[i]!
          if (c.settlement === undefined || (approvedOn !== undefined && c.settlement.settledOn > approvedOn)) {
            yield { path: ["consultation", "comments", i], ids: [c.id], params: { id: c.id } }
          }
        }
      }
    },
    {
      code: "KPSS-CONS-002",
      severity: "error",
      appliesFrom: {},
      source: { kind: "methodology", reference: "vypořádání připomínek (DOMAIN §6)" },
      title: { cs: "Nepřijatá připomínka má odůvodnění", en: "A comment not accepted has a justification" },
      message: {
        cs: "Vypořádání připomínky {id} ({disposition}) nemá odůvodnění; to je povinné, pokud připomínka nebyla přijata",
        en: "The settlement of comment {id} ({disposition}) has no justification; it is mandatory unless the comment was accepted"
      },
      *check({ plan }) {
        const comments = plan.consultation.comments
        for (let i = 0; i < comments.length; i++) {
          const s = comments[i]!.settlement
          if (s !== undefined && s.disposition !== "accepted" && (s.justification ?? "").trim() === "") {
            yield { path: ["consultation", "comments", i, "settlement", "justification"], ids: [comments[i]!.id], params: { id: comments[i]!.id, disposition: dispositionLabels[s.disposition] } }
          }
        }
      }
    },
    {
      code: "KPSS-CONS-003",
      severity: "warning",
      appliesFrom: {},
      source: { kind: "methodology", reference: "DOMAIN §6 (pozdní připomínka se označí, neztratí)" },
      title: { cs: "Připomínka mimo období připomínek", en: "Comment outside its comment period" },
      message: {
        cs: "Připomínka {id} přišla {received}, mimo období připomínek {from}–{to}",
        en: "Comment {id} came in on {received}, outside the comment period {from}–{to}"
      },
      hint: { cs: "Připomínku vypořádejte i tak, nebo uveďte, proč se nezohledňuje.", en: "Settle it anyway, or say why it is not taken into account." },
      *check({ plan, index }) {
        const comments = plan.consultation.comments
        for (let i = 0; i < comments.length; i++) {
          const c = comments[i]!
          const p = index.periods.get(c.periodId)
          if (p === undefined) continue
          const period = plan.consultation.periods[p]!
          if (period.from > period.to) continue
          if (c.receivedOn < period.from || c.receivedOn > period.to) {
            yield {
              path: ["consultation", "comments", i, "receivedOn"],
              ids: [c.id, period.id],
              params: { id: c.id, received: dateParam(c.receivedOn), from: dateParam(period.from), to: dateParam(period.to) }
            }
          }
        }
      }
    },
    {
      code: "KPSS-CONS-004",
      severity: "warning",
      appliesFrom: {},
      source: { kind: "methodology", reference: "DOMAIN §6 (obvyklá doba 7–21 dní; zákonné minimum nenalezeno)" },
      title: { cs: "Období připomínek je dost dlouhé", en: "The comment period is long enough" },
      message: {
        cs: "Období připomínek {id} trvá {days} {days:den|dny|dní}, méně než {min} {min:den|dny|dní} podle profilu",
        en: "Comment period {id} lasts {days} {days:day|days}, less than the profile's {min} {min:day|days}"
      },
      *check({ plan, settings }) {
        const periods = plan.consultation.periods
        for (let i = 0; i < periods.length; i++) {
          const p = periods[i]!
          if (p.from > p.to) continue
          const days = daysBetween(p.from, p.to) + 1
          if (days < settings.minCommentDays) yield { path: ["consultation", "periods", i], ids: [p.id], params: { id: p.id, days, min: settings.minCommentDays } }
        }
      }
    },
    {
      code: "KPSS-CONS-005",
      severity: "error",
      appliesFrom: {},
      source: { kind: "methodology", reference: "období připomínek od–do" },
      title: { cs: "Období připomínek končí po svém začátku", en: "A comment period ends after it starts" },
      message: {
        cs: "Období připomínek {id} končí {to}, dříve než začíná ({from})",
        en: "Comment period {id} ends on {to}, before it starts ({from})"
      },
      *check({ plan }) {
        const periods = plan.consultation.periods
        for (let i = 0; i < periods.length; i++) {
          const p = periods[i]!
          if (p.from > p.to) yield { path: ["consultation", "periods", i, "to"], ids: [p.id], params: { id: p.id, from: dateParam(p.from), to: dateParam(p.to) } }
        }
      }
    },
    {
      code: "KPSS-CONS-006",
      severity: "warning",
      appliesFrom: {},
      source: { kind: "seed", reference: "seed 001 (každý občan může připomínkovat); vyhl. 505/2006 Sb. §39b" },
      title: { cs: "Období připomínek uvádí, jak připomínkovat", en: "A comment period says how to comment" },
      message: {
        cs: "Období připomínek {id} neuvádí žádný způsob podání připomínek",
        en: "Comment period {id} names no way to submit comments"
      },
      *check({ plan }) {
        const periods = plan.consultation.periods
        for (let i = 0; i < periods.length; i++) {
          if (periods[i]!.channels.length === 0) yield { path: ["consultation", "periods", i, "channels"], ids: [periods[i]!.id], params: { id: periods[i]!.id } }
        }
      }
    },
    {
      code: "KPSS-CONS-007",
      severity: "error",
      appliesFrom: {},
      source: { kind: "methodology", reference: "vypořádání připomínek" },
      title: { cs: "Připomínka je vypořádána až po přijetí", en: "A comment is settled after it was received" },
      message: {
        cs: "Připomínka {id} je vypořádána {settled}, dříve než přišla ({received})",
        en: "Comment {id} was settled on {settled}, before it came in ({received})"
      },
      *check({ plan }) {
        const comments = plan.consultation.comments
        for (let i = 0; i < comments.length; i++) {
          const c = comments[i]!
          if (c.settlement !== undefined && c.settlement.settledOn < c.receivedOn) {
            yield {
              path: ["consultation", "comments", i, "settlement", "settledOn"],
              ids: [c.id],
              params: { id: c.id, settled: dateParam(c.settlement.settledOn), received: dateParam(c.receivedOn) }
            }
          }
        }
      }
    }
  ]
)
