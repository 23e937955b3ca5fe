/**
 * The timeline: what the schedule (harmonogram) means relative to a day. A milestone is a day or a
 * window; it *follows* another when it neither starts before the other starts nor ends before the other
 * ends — the loosest order that still says "after", and the one seed 003 needs (Kutná Hora's approval
 * "July–September" follows the settlement "July"; the settlement follows the close of comments on
 * 27 June). The process milestones follow each other in a fixed order ({@link processOrder}).
 * Overdue and upcoming milestones are computed against `today`; date arithmetic is date-fns's.
 *
 * @since 0.1.0
 */
import { daysBetween, plusDays, type IsoDate } from "./CalendarDate.js"
import type { Plan } from "./Plan.js"
import type { Milestone, MilestoneKind } from "./Schedule.js"

/**
 * The last day of a milestone (its `to`, or its only day).
 *
 * @category views
 * @since 0.1.0
 */
export const milestoneEnd = (m: Pick<Milestone, "from" | "to">): IsoDate => (m.to !== undefined && m.to > m.from ? m.to : m.from)

/**
 * Whether `later` follows `earlier`: it starts no earlier and ends no earlier.
 *
 * @category views
 * @since 0.1.0
 */
export const follows = (earlier: Pick<Milestone, "from" | "to">, later: Pick<Milestone, "from" | "to">): boolean =>
  later.from >= earlier.from && milestoneEnd(later) >= milestoneEnd(earlier)

/**
 * The kinds of milestone that follow each other in every plan: the comment period opens, closes, the
 * comments are settled, the plan is approved, its period starts.
 *
 * @category constants
 * @since 0.1.0
 */
export const processOrder: ReadonlyArray<MilestoneKind> = [
  "commentPeriodOpens",
  "commentPeriodCloses",
  "settlement",
  "approval",
  "periodStarts"
]

/**
 * A milestone relative to a day.
 *
 * @category models
 * @since 0.1.0
 */
export interface TimelineEntry {
  readonly milestone: Milestone
  /** Its position in `plan.schedule`. */
  readonly position: number
  /** Days from `today` to its last day (negative when it is past). */
  readonly daysLeft: number
}

/**
 * Milestones whose last day is past and which are not done, most overdue first.
 *
 * @category views
 * @since 0.1.0
 */
export const overdueMilestones = (plan: Plan, today: IsoDate): ReadonlyArray<TimelineEntry> =>
  plan.schedule
    .map((milestone, position) => ({ milestone, position, daysLeft: daysBetween(today, milestoneEnd(milestone)) }))
    .filter((e) => e.milestone.doneOn === undefined && milestoneEnd(e.milestone) < today)
    .sort((a, b) => a.daysLeft - b.daysLeft || a.position - b.position)

/**
 * Milestones not done that start or end within `days` from `today` (including today and those
 * running now), soonest first.
 *
 * @category views
 * @since 0.1.0
 */
export const upcomingMilestones = (plan: Plan, today: IsoDate, days: number): ReadonlyArray<TimelineEntry> => {
  const horizon = plusDays(today, days)
  return plan.schedule
    .map((milestone, position) => ({ milestone, position, daysLeft: daysBetween(today, milestoneEnd(milestone)) }))
    .filter((e) => e.milestone.doneOn === undefined && milestoneEnd(e.milestone) >= today && e.milestone.from <= horizon)
    .sort((a, b) => a.daysLeft - b.daysLeft || a.position - b.position)
}
