/**
 * Schedule rules (`KPSS-SCHED-*`): milestones are well formed and follow their predecessors, the
 * process milestones follow each other (comments close → settlement → approval → the period starts),
 * the plan is approved after the comment period and before its period, action plans are approved
 * before their year, and nothing is overdue (seed 003, DOMAIN.md §6–7). "Follows" is defined once in
 * `Timeline.ts`.
 *
 * @since 0.1.0
 */
import { daysBetween, yearOf, type IsoDate } from "../CalendarDate.js"
import { adoptedStatuses, dateParam, defineFamily, fromPhase } from "../Rule.js"
import type { Milestone, MilestoneKind } from "../Schedule.js"
import { follows, milestoneEnd, processOrder } from "../Timeline.js"
import { milestoneKindLabels } from "../Labels.js"

const yearStart = (year: number): IsoDate => `${year}-01-01` as IsoDate

/** The milestone of a list sorted by start that starts last on or before a day (binary search). */
const latestStartingBy = (sorted: ReadonlyArray<Milestone>, day: IsoDate): Milestone | undefined => {
  let lo = 0, hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]!.from <= day) lo = mid + 1
    else hi = mid
  }
  return lo === 0 ? undefined : sorted[lo - 1]
}

/**
 * The schedule rules.
 *
 * @category rules
 * @since 0.1.0
 */
export const scheduleFamily = defineFamily(
  { id: "schedule", prefix: "SCHED", name: { cs: "Harmonogram", en: "Schedule" } },
  () => [
    {
      code: "KPSS-SCHED-001",
      severity: "error",
      appliesFrom: {},
      source: { kind: "methodology", reference: "harmonogram (DOMAIN §7)" },
      title: { cs: "Milník končí po svém začátku", en: "A milestone ends after it starts" },
      message: { cs: "Milník „{title}“ končí {to}, dříve než začíná ({from})", en: "Milestone \"{title}\" ends on {to}, before it starts ({from})" },
      *check({ plan }) {
        for (let i = 0; i < plan.schedule.length; i++) {
          const m = plan.schedule[i]!
          if (m.to !== undefined && m.to < m.from) yield { path: ["schedule", i, "to"], ids: [m.id], params: { title: m.title, from: dateParam(m.from), to: dateParam(m.to) } }
        }
      }
    },
    {
      code: "KPSS-SCHED-002",
      severity: "error",
      appliesFrom: {},
      source: { kind: "methodology", reference: "harmonogram: návaznost milníků (DOMAIN §7)" },
      title: { cs: "Milník navazuje na své předchůdce", en: "A milestone follows its predecessors" },
      message: {
        cs: "Milník „{title}“ ({from}) má navazovat na „{before}“ ({beforeFrom}), ale začíná nebo končí dříve",
        en: "Milestone \"{title}\" ({from}) should follow \"{before}\" ({beforeFrom}) but starts or ends earlier"
      },
      *check({ plan, index }) {
        for (let i = 0; i < plan.schedule.length; i++) {
          const m = plan.schedule[i]!
          for (let j = 0; j < m.after.length; j++) {
            const p = index.milestones.get(m.after[j]!)
            if (p === undefined) continue
            const before = plan.schedule[p]!
            if (!follows(before, m)) {
              yield {
                path: ["schedule", i, "after", j],
                ids: [m.id, before.id],
                params: { title: m.title, from: dateParam(m.from), before: before.title, beforeFrom: dateParam(before.from) }
              }
            }
          }
        }
      }
    },
    {
      code: "KPSS-SCHED-003",
      severity: "error",
      appliesFrom: {},
      source: { kind: "seed", reference: "seed 003 (harmonogram Kutné Hory); DOMAIN §6" },
      title: { cs: "Procesní milníky jdou po sobě", en: "Process milestones follow each other" },
      message: {
        cs: "Milník „{title}“ ({kind}) musí následovat po milníku druhu „{previous}“, ale začíná nebo končí dříve",
        en: "Milestone \"{title}\" ({kind}) must follow a milestone of kind \"{previous}\" but starts or ends earlier"
      },
      *check({ plan, index }) {
        // A milestone must follow the latest milestone of the previous kind that starts on or before
        // it (kinds recur: a later approval of a monitoring report does not move the plan's period).
        let previous: ReadonlyArray<Milestone> = []
        let previousKind: MilestoneKind | undefined
        for (const kind of processOrder) {
          const current = index.milestonesOfKind(kind)
          if (previousKind !== undefined) {
            for (const i of current) {
              const m = plan.schedule[i]!
              const before = latestStartingBy(previous, m.from)
              if (before === undefined || !follows(before, m)) yield { path: ["schedule", i], ids: [m.id], params: { title: m.title, kind: milestoneKindLabels[kind], previous: milestoneKindLabels[previousKind] } }
            }
          }
          if (current.length > 0) {
            previous = current.map((i) => plan.schedule[i]!).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
            previousKind = kind
          }
        }
      }
    },
    {
      code: "KPSS-SCHED-004",
      severity: "warning",
      appliesFrom: {},
      source: { kind: "methodology", reference: "harmonogram: termíny" },
      title: { cs: "Žádný milník není po termínu", en: "No milestone is overdue" },
      message: {
        cs: "Milník „{title}“ měl skončit {end} a není splněn ({days} {days:den|dny|dní} po termínu)",
        en: "Milestone \"{title}\" was due on {end} and is not done ({days} {days:day|days} overdue)"
      },
      *check({ plan, today }) {
        for (let i = 0; i < plan.schedule.length; i++) {
          const m = plan.schedule[i]!
          const end = milestoneEnd(m)
          if (m.doneOn === undefined && end < today) yield { path: ["schedule", i], ids: [m.id], params: { title: m.title, end: dateParam(end), days: daysBetween(end, today) } }
        }
      }
    },
    {
      code: "KPSS-SCHED-005",
      severity: "error",
      appliesFrom: { lifecycle: adoptedStatuses },
      source: { kind: "law", reference: "vyhl. 505/2006 Sb. §39b; seed 003" },
      title: { cs: "Schválení až po skončení připomínek", en: "Approval after the comment period closed" },
      message: {
        cs: "Plán byl schválen {approved}, ale období připomínek {id} trvalo do {to}",
        en: "The plan was approved on {approved}, but comment period {id} ran until {to}"
      },
      *check({ plan }) {
        const approved = plan.lifecycle.approval?.date
        if (approved === undefined) return
        const periods = plan.consultation.periods
        for (let i = 0; i < periods.length; i++) {
          const p = periods[i]!
          if (p.to >= approved) yield { path: ["consultation", "periods", i, "to"], ids: [p.id], params: { id: p.id, approved: dateParam(approved), to: dateParam(p.to) } }
        }
      }
    },
    {
      code: "KPSS-SCHED-006",
      severity: "warning",
      appliesFrom: { lifecycle: adoptedStatuses },
      source: { kind: "methodology", reference: "DOMAIN §6 (schválení před obdobím plánu)" },
      title: { cs: "Plán je schválen před začátkem svého období", en: "The plan is approved before its period starts" },
      message: {
        cs: "Plán na období od roku {year} byl schválen až {approved}",
        en: "The plan for the period from {year} was approved only on {approved}"
      },
      *check({ plan }) {
        const a = plan.lifecycle.approval
        if (a !== undefined && a.date >= yearStart(plan.period.from)) {
          yield { path: ["lifecycle", "approval", "date"], params: { year: plan.period.from, approved: dateParam(a.date) } }
        }
      }
    },
    {
      code: "KPSS-SCHED-007",
      severity: "warning",
      appliesFrom: {},
      source: { kind: "methodology", reference: "akční plán se schvaluje před svým rokem (DOMAIN §1)" },
      title: { cs: "Akční plán je schválen před svým rokem", en: "An action plan is approved before its year" },
      message: { cs: "Akční plán na rok {year} byl schválen až {approved}", en: "The action plan for {year} was approved only on {approved}" },
      *check({ plan }) {
        for (let i = 0; i < plan.actionPlans.length; i++) {
          const ap = plan.actionPlans[i]!
          if (ap.approval !== undefined && ap.approval.date >= yearStart(ap.year)) {
            yield { path: ["actionPlans", i, "approval", "date"], ids: [ap.id], params: { year: ap.year, approved: dateParam(ap.approval.date) } }
          }
        }
      }
    },
    {
      code: "KPSS-SCHED-008",
      severity: "warning",
      appliesFrom: { phases: fromPhase("implementation"), lifecycle: ["inForce", "amended"] },
      source: { kind: "methodology", reference: "realizace přes roční akční plány (DOMAIN §1)" },
      title: { cs: "Letošní rok má schválený akční plán", en: "This year has an approved action plan" },
      message: { cs: "Na rok {year} chybí schválený akční plán", en: "There is no approved action plan for {year}" },
      *check({ plan, today }) {
        const year = yearOf(today)
        if (year < plan.period.from || year > plan.period.to) return
        if (!plan.actionPlans.some((ap) => ap.year === year && ap.approval !== undefined)) yield { path: ["actionPlans"], params: { year } }
      }
    }
  ]
)
