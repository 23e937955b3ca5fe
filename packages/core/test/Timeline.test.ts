import { describe, expect, it } from "vitest"
import { check, follows, isoDate, overdueMilestones, upcomingMilestones } from "../src/index.js"
import { planOf } from "./ruleFixtures.js"

// Kutná Hora's timeline for its 4th plan (seed 003, DOMAIN.md §7), milestone by milestone.
const seed003 = planOf((p) => {
  const m = (id: string, title: string, kind: string, from: string, to?: string, after: string[] = []) =>
    ({ id, title, kind: kind as "task", from, ...(to === undefined ? {} : { to }), after })
  p.schedule = [
    m("tables-sent", "Rozeslání finančních tabulek poskytovatelům", "task", "2016-01-01", "2016-02-29"),
    m("swot", "SWOT v pracovních skupinách", "task", "2016-01-01", "2016-02-29"),
    m("tables-due", "Termín odevzdání tabulek", "deadline", "2016-02-22"),
    m("funds-revised", "Koordinátor reviduje čerpání prostředků", "task", "2016-02-22", "2016-02-29", ["tables-due"]),
    m("wg-goals", "Jednání PS k cílům a opatřením", "meeting", "2016-03-01", "2016-03-31", ["swot"]),
    m("tables-goals", "Vyplněné tabulky cílů a opatření", "task", "2016-04-01", "2016-04-30", ["wg-goals"]),
    m("finish", "Dokončení", "task", "2016-05-01", "2016-05-31", ["tables-goals"]),
    m("hand-in", "Odevzdání koordinátorovi", "deadline", "2016-05-27", undefined, ["tables-goals"]),
    m("opens", "Zahájení připomínkování", "commentPeriodOpens", "2016-06-06", undefined, ["hand-in"]),
    m("closes", "Ukončení připomínkování", "commentPeriodCloses", "2016-06-27", undefined, ["opens"]),
    m("settle", "Vypořádání připomínek koordinační skupinou", "settlement", "2016-07-01", "2016-07-31", ["closes"]),
    m("approve", "Schválení Radou a Zastupitelstvem", "approval", "2016-07-01", "2016-09-30", ["settle"]),
    m("print", "Grafická úprava, tisk a distribuce", "publication", "2016-10-01", "2016-12-31", ["approve"]),
    m("start", "Začátek období plánu", "periodStarts", "2017-01-01", undefined, ["approve"])
  ]
})

describe("the timeline", () => {
  it("expresses seed 003's harmonogram exactly, with every ordering constraint satisfied", () => {
    const codes = check(seed003, { today: isoDate("2016-01-01") }).findings.map((f) => f.code)
    expect(codes.filter((c) => c.startsWith("KPSS-SCHED"))).toEqual([])
  })

  it("defines 'follows' so a window may overlap the one it follows but not start or end before it", () => {
    const july = { from: isoDate("2016-07-01"), to: isoDate("2016-07-31") }
    expect(follows(july, { from: isoDate("2016-07-01"), to: isoDate("2016-09-30") })).toBe(true)
    expect(follows(july, { from: isoDate("2016-06-30"), to: isoDate("2016-09-30") })).toBe(false)
    expect(follows(july, { from: isoDate("2016-07-02"), to: isoDate("2016-07-30") })).toBe(false)
  })

  it("lists overdue and upcoming milestones relative to today", () => {
    const today = isoDate("2016-06-20")
    expect(overdueMilestones(seed003, today).map((e) => [e.milestone.id, e.daysLeft]).slice(0, 2)).toEqual([["tables-due", -119], ["tables-sent", -112]])
    expect(upcomingMilestones(seed003, today, 14).map((e) => e.milestone.id)).toEqual(["closes", "settle", "approve"])
    const overdue = check(seed003, { today }).findings.filter((f) => f.code === "KPSS-SCHED-004")
    expect(overdue.length).toBe(9)
  })
})
