/**
 * The schedule (harmonogram) and the meetings of a plan as an iCalendar file (RFC 5545) that people
 * subscribe to or import into their calendars, written with the `ics` library. Every event has a
 * **stable UID** derived from the plan id and the milestone's or meeting's id, so importing a later
 * export updates the entries instead of duplicating them. Milestones and meetings are dates without a
 * time in the model, so they are all-day events (a window `from`–`to` spans its days); summaries and
 * descriptions are in the export's language. The stamp (`DTSTAMP`) is the export's `today`, never the
 * clock, so the same plan exported on the same day gives the same bytes.
 *
 * @since 0.1.0
 */
import {
  bodyKindLabels,
  exportError,
  exportFailed,
  exportFileName,
  makeExporter,
  makeMessages,
  milestoneKindLabels,
  NoData,
  phaseLabels,
  plusDays,
  type AudienceView,
  type Exporter,
  type ExportOptions,
  type IsoDate,
  type Locale
} from "@kpss/core"
import { Effect } from "effect"
import { createEvents, type DateArray, type EventAttributes } from "ics"

const text = makeMessages({
  part: { cs: "harmonogram", en: "schedule" },
  nothing: { cs: "harmonogram a jednání", en: "schedule and meetings" },
  meeting: { cs: "Jednání: {body}", en: "Meeting: {body}" },
  agenda: { cs: "Program", en: "Agenda" },
  phase: { cs: "Fáze", en: "Phase" },
  owner: { cs: "Odpovídá", en: "Owner" },
  body: { cs: "Orgán", en: "Body" },
  done: { cs: "Splněno {date}", en: "Done on {date}" }
})

/**
 * The media type of iCalendar.
 *
 * @category constants
 * @since 0.1.0
 */
export const icsMediaType = "text/calendar; charset=utf-8"

/**
 * The UID of a plan's calendar entry: the kind and id of the entity and the plan's id, each
 * percent-encoded, e.g. `milestone-m1.plan-stribrna-hora-4@kpss`. The same entity of the same plan
 * always gets the same UID.
 *
 * @category formatting
 * @since 0.1.0
 */
export const calendarUid = (planId: string, kind: "milestone" | "meeting", entityId: string): string =>
  `${kind}-${encodeURIComponent(entityId)}.plan-${encodeURIComponent(planId)}@kpss`

const day = (date: IsoDate): DateArray => date.split("-").map(Number) as unknown as DateArray

const allDay = (from: IsoDate, to: IsoDate | undefined) => ({ start: day(from), end: day(plusDays(to ?? from, 1)) })

const events = (plan: AudienceView, locale: Locale, stamp: number): Array<EventAttributes> => {
  const t = (key: Parameters<typeof text>[0], params?: Record<string, string>) => text(key, params)[locale]
  const actor = new Map(plan.actors.map((a) => [a.id as string, a.name]))
  const body = new Map(plan.bodies.map((b) => [b.id as string, b]))
  const out: Array<EventAttributes> = []
  for (const m of plan.schedule) {
    const lines = [
      m.description,
      m.phase === undefined ? undefined : `${t("phase")}: ${phaseLabels[m.phase][locale]}`,
      m.ownerId === undefined ? undefined : `${t("owner")}: ${actor.get(m.ownerId) ?? m.ownerId}`,
      m.bodyId === undefined ? undefined : `${t("body")}: ${body.get(m.bodyId)?.name ?? m.bodyId}`,
      m.doneOn === undefined ? undefined : t("done", { date: m.doneOn })
    ].filter((l): l is string => l !== undefined && l.length > 0)
    out.push({
      uid: calendarUid(plan.id, "milestone", m.id),
      title: m.title,
      ...allDay(m.from, m.to),
      ...(lines.length === 0 ? {} : { description: lines.join("\n") }),
      categories: ["KPSS", milestoneKindLabels[m.kind][locale]],
      timestamp: stamp
    } as EventAttributes)
  }
  for (const meeting of plan.meetings) {
    const b = body.get(meeting.bodyId)
    const bodyName = b?.name ?? meeting.bodyId
    out.push({
      uid: calendarUid(plan.id, "meeting", meeting.id),
      title: t("meeting", { body: bodyName }),
      ...allDay(meeting.date, undefined),
      ...(meeting.place === undefined ? {} : { location: meeting.place }),
      ...(meeting.agenda.length === 0 ? {} : { description: `${t("agenda")}:\n${meeting.agenda.map((a, i) => `${i + 1}. ${a}`).join("\n")}` }),
      categories: ["KPSS", b === undefined ? milestoneKindLabels.meeting[locale] : bodyKindLabels[b.kind][locale]],
      timestamp: stamp
    } as EventAttributes)
  }
  return out
}

const render = (plan: AudienceView, options: ExportOptions) =>
  Effect.suspend(() => {
    const name = "ics"
    const list = events(plan, options.locale, Date.parse(`${options.today}T00:00:00Z`))
    if (list.length === 0) return Effect.fail(exportError(name, new NoData({ part: text("nothing") })))
    const result = createEvents(list, { productId: "-//kpss//KPSS plan schedule//CS", method: "PUBLISH", calName: plan.title })
    if (result.error !== null && result.error !== undefined) return Effect.fail(exportFailed(name, result.error))
    return Effect.succeed({
      bytes: new TextEncoder().encode(result.value ?? ""),
      mediaType: icsMediaType,
      fileName: exportFileName(plan, text("part"), "ics", options)
    })
  })

/**
 * The schedule and meetings of a plan as iCalendar. `NoData` when the plan has neither.
 *
 * @category exporters
 * @since 0.1.0
 */
export const icsExporter: Exporter = makeExporter({ name: "ics", mediaType: icsMediaType, render })
