import { isoDate, runExporter, type ExportedFile, type ExportOptions, type Plan } from "@kpss/core"
import { exportConformance, samplePlan } from "@kpss/testing"
import { Effect, Exit } from "effect"
import ICAL from "ical.js"
import { describe, expect, it } from "vitest"
import { calendarUid, icsExporter } from "../src/index.js"

/** Reads an iCalendar file with ical.js (not the library that wrote it). */
const readEvents = (file: ExportedFile) => {
  const calendar = new ICAL.Component(ICAL.parse(new TextDecoder("utf-8", { fatal: true }).decode(file.bytes)))
  return calendar.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v)
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description ?? "",
      location: e.location ?? "",
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      allDay: e.startDate.isDate
    }
  })
}

const today = isoDate("2016-01-10")
const cs: ExportOptions = { locale: "cs", audience: "public", today }
const exportOf = async (plan: Plan = samplePlan, options: ExportOptions = cs) => Effect.runPromise(runExporter(icsExporter, plan, options))

exportConformance("@kpss/export-ics", {
  exporters: [icsExporter],
  read: async (file) => readEvents(file).map((e) => [e.summary, e.description, e.location].join("\n")).join("\n"),
  checkNumbers: async (file, plan) => {
    expect(readEvents(file)).toHaveLength(plan.schedule.length + plan.meetings.length)
  }
})

describe("the schedule as iCalendar", () => {
  it("writes every milestone as an all-day event with its title, dates and a stable UID", async () => {
    const events = readEvents(await exportOf())
    const byUid = new Map(events.map((e) => [e.uid, e]))
    expect(byUid.size).toBe(events.length)
    for (const m of samplePlan.schedule) {
      const e = byUid.get(calendarUid(samplePlan.id, "milestone", m.id))!
      expect(e.summary).toBe(m.title)
      expect(e.allDay).toBe(true)
      expect(e.start).toBe(m.from)
      const last = new Date(`${m.to ?? m.from}T00:00:00Z`)
      last.setUTCDate(last.getUTCDate() + 1)
      expect(e.end).toBe(last.toISOString().slice(0, 10))
    }
  })

  it("writes meetings with a Czech summary, the place and the agenda", async () => {
    const events = readEvents(await exportOf())
    const meeting = samplePlan.meetings.find((m) => m.agenda.length > 0 && m.place !== undefined)!
    const e = events.find((x) => x.uid === calendarUid(samplePlan.id, "meeting", meeting.id))!
    const body = samplePlan.bodies.find((b) => b.id === meeting.bodyId)!
    expect(e.summary).toBe(`Jednání: ${body.name}`)
    expect(e.location).toBe(meeting.place)
    expect(e.description).toContain(meeting.agenda[0])
    expect(e.start).toBe(meeting.date)
  })

  it("gives a re-export the same UIDs (an update, not a duplicate) and the same bytes on the same day", async () => {
    const first = await exportOf()
    const renamed: Plan = { ...samplePlan, schedule: samplePlan.schedule.map((m) => ({ ...m, title: `${m.title} (změněno)` })) }
    const again = await exportOf(renamed)
    expect(readEvents(again).map((e) => e.uid)).toEqual(readEvents(first).map((e) => e.uid))
    expect(readEvents(again)[0]!.summary).toContain("(změněno)")
    expect((await exportOf()).bytes).toEqual(first.bytes)
    expect(calendarUid("plán 4", "milestone", "m@1")).toBe("milestone-m%401.plan-pl%C3%A1n%204@kpss")
  })

  it("is NoData for a plan with no milestones and no meetings", async () => {
    const exit = await Effect.runPromiseExit(runExporter(icsExporter, { ...samplePlan, schedule: [], meetings: [], decisions: [] }, cs))
    if (Exit.isSuccess(exit)) throw new Error("expected NoData")
    const reason = exit.cause.reasons[0]
    expect(reason?._tag === "Fail" && reason.error.reason._tag).toBe("NoData")
  })
})
