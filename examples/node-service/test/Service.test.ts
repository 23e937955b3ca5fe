// The service, started in-process on a free port against the real PostgreSQL of KPSS_PG_URL (in a
// schema of its own, dropped at the end), exercised over HTTP with fetch as a municipal system would.
// Without KPSS_PG_URL the tests skip locally and fail under CI=true.
import { check, decodePlanDocument, encodePlanDocument, fundingTotals, isoDate, publicView, statutoryProfile, type Plan } from "@kpss/core"
import { open } from "@kpss/storage-postgres"
import { arbitraryMalformedDocuments, makeSizedPlan, reportsExpected, samplePlan, type MalformedDocument } from "@kpss/testing"
import { Result } from "effect"
import fc from "fast-check"
import { XMLParser } from "fast-xml-parser"
import { unzipSync } from "fflate"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startService } from "../src/Service.ts"
import { requireServerInCi, startTestService, url, type TestService } from "./pg.ts"

requireServerInCi()

/** Private data of the sample plan that must never appear in a public export. */
const privateContacts = samplePlan.actors.flatMap((a) => a.contacts.filter((c) => c.visibility === "private").map((c) => c.value))
const activities = samplePlan.strategy.items.filter((i) => i.level === "activity" && i.status === "active")
const author = "Jana Nováková, koordinátorka KPSS"
const maxBodyBytes = 4 * 1024 * 1024

/**
 * An independent reader of the spreadsheets the service sends: the ZIP opened with fflate, the
 * SpreadsheetML parsed with fast-xml-parser (nothing of ExcelJS, which wrote them). Each sheet's rows
 * as arrays of cell values (text of any kind, or numbers), in the workbook's order.
 */
const readSheets = (files: Readonly<Record<string, Uint8Array>>): Array<[string, Array<Array<string | number | undefined>>]> => {
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ["sheet", "Relationship", "row", "c", "si"].includes(name) })
  const xml = (path: string) => parser.parse(new TextDecoder("utf-8", { fatal: true }).decode(files[path]!))
  const text = (node: unknown): string =>
    typeof node === "object" && node !== null ? String((node as Record<string, unknown>)["#text"] ?? "") : String(node ?? "")
  const shared = files["xl/sharedStrings.xml"] === undefined ? [] : (xml("xl/sharedStrings.xml").sst.si as Array<{ t: unknown }>).map((si) => text(si.t))
  const targets = new Map((xml("xl/_rels/workbook.xml.rels").Relationships.Relationship as Array<Record<string, string>>)
    .map((r) => [r["@_Id"], `xl/${r["@_Target"]!.replace(/^\/?(xl\/)?/, "")}`]))
  const column = (ref: string) => [...ref.replace(/\d+$/, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1
  return (xml("xl/workbook.xml").workbook.sheets.sheet as Array<Record<string, string>>).map((sheet) => {
    const rows = ((xml(targets.get(sheet["@_r:id"])!).worksheet.sheetData.row ?? []) as Array<{ c?: Array<Record<string, unknown>> }>).map((row) => {
      const cells: Array<string | number | undefined> = []
      for (const c of row.c ?? []) {
        const type = c["@_t"]
        cells[column(String(c["@_r"]))] = type === "s" ? shared[Number(text(c["v"]))] : type === "inlineStr" ? text((c["is"] as { t: unknown }).t)
          : type === "str" ? text(c["v"]) : c["v"] === undefined ? undefined : Number(text(c["v"]))
      }
      return cells
    })
    return [sheet["@_name"]!, rows]
  })
}

interface ProblemJson {
  readonly status: number
  readonly title: string
  readonly detail: string
  readonly problems?: ReadonlyArray<{ readonly path: string; readonly segments: ReadonlyArray<string | number>; readonly code: string; readonly message: string }>
  readonly currentRevision?: number
}

describe.runIf(url !== undefined)("the plan service over PostgreSQL", () => {
  const logged: Array<string> = []
  let running: TestService
  const second = makeSizedPlan({ id: "svc-druhy", regionCode: "27", status: "draft", period: { from: 2020, to: 2022 }, serviceTypes: ["40"] })

  const call = (path: string, init: RequestInit = {}) => fetch(`${running.service.url}${path}`, init)
  const body = (document: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ author, reason: "Test", document, ...extra })
  const put = (planId: string, plan: Plan, headers: Record<string, string>, extra: Record<string, unknown> = {}) =>
    call(`/plans/${planId}`, { method: "PUT", headers: { "content-type": "application/json", ...headers }, body: body(encodePlanDocument(plan), extra) })
  const problemOf = async (response: Response): Promise<ProblemJson> => {
    expect(response.headers.get("content-type")).toBe("application/problem+json; charset=utf-8")
    return (await response.json()) as ProblemJson
  }
  const withVision = (plan: Plan, vision: string): Plan => ({ ...plan, strategy: { ...plan.strategy, vision } })
  const headPlan = async (planId: string): Promise<Plan> => (await running.store.load(planId)).plan

  beforeAll(async () => {
    running = await startTestService("service", { maxBodyBytes, today: () => "2018-03-15", log: (l) => logged.push(l) })
  }, 60_000)

  afterAll(async () => {
    await running?.stop()
    // Bad input never reached the log of the service's own failures.
    expect(logged).toEqual([])
  })

  it("creates a plan (201, Location, ETag) and refuses to create it again (409 with the current revision)", async () => {
    const created = await call("/plans", { method: "POST", headers: { "content-type": "application/json" }, body: body(encodePlanDocument(samplePlan)) })
    expect(created.status).toBe(201)
    expect(created.headers.get("location")).toBe("/plans/kpsh-4")
    expect(created.headers.get("etag")).toBe("\"1\"")
    expect(await created.json()).toMatchObject({ planId: "kpsh-4", revision: 1, author, territoryCode: "534862", regionCode: "27", status: "inForce" })
    const again = await call("/plans", { method: "POST", body: body(encodePlanDocument(samplePlan)) })
    expect(again.status).toBe(409)
    expect(await problemOf(again)).toMatchObject({ status: 409, currentRevision: 1 })
    expect((await call("/plans", { method: "POST", body: body(encodePlanDocument(second)) })).status).toBe(201)
  })

  it("lists the heads by territory, region, status and period", async () => {
    const ids = async (query: string) => ((await (await call(`/plans${query}`)).json()) as { plans: Array<{ planId: string }> }).plans.map((p) => p.planId)
    expect(await ids("")).toEqual(["kpsh-4", "svc-druhy"])
    expect(await ids("?territory=534862")).toEqual(["kpsh-4"])
    expect(await ids("?region=27&status=draft,approved")).toEqual(["svc-druhy"])
    expect(await ids("?period=2018")).toEqual(["kpsh-4"])
    expect(await ids("?period=2019-2020")).toEqual(["kpsh-4", "svc-druhy"])
    expect(await ids("?period=2030")).toEqual([])
    const bad = await problemOf(await call("/plans?status=inForce,valid&period=2019-2017&sort=title"))
    expect(bad.problems!.map((p) => [p.path, p.code])).toEqual([["query.sort", "unknownField"], ["query.status", "literal"], ["query.period", "invalid"]])
  })

  it("reads the head as the plan document with its revision as ETag", async () => {
    const response = await call("/plans/kpsh-4")
    expect(response.status).toBe(200)
    expect(response.headers.get("etag")).toBe("\"1\"")
    const decoded = decodePlanDocument(new Uint8Array(await response.arrayBuffer()))
    expect(Result.isSuccess(decoded) && decoded.success).toEqual(samplePlan)
  })

  it("saves against If-Match or expectedRevision; of two saves based on the same revision one wins and the other gets 409", async () => {
    const saved = await put("kpsh-4", withVision(samplePlan, "Vize, revize 2"), { "if-match": "\"1\"" })
    expect(saved.status).toBe(200)
    expect(saved.headers.get("etag")).toBe("\"2\"")
    // Two editors both start from revision 2 and save at the same moment.
    const [a, b] = await Promise.all([
      put("kpsh-4", withVision(samplePlan, "Vize editorky A"), { "if-match": "\"2\"" }),
      put("kpsh-4", withVision(samplePlan, "Vize editora B"), {}, { expectedRevision: 2 })
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const [winner, loser] = a.status === 200 ? [a, b] : [b, a]
    expect(((await winner.json()) as { revision: number }).revision).toBe(3)
    const conflict = await problemOf(loser)
    expect(conflict).toMatchObject({ status: 409, currentRevision: 3 })
    expect(loser.headers.get("etag")).toBe("\"3\"")
    expect(conflict.detail).toBe("Plán „kpsh-4“ mezitím změnil někdo jiný: uložení vycházelo z revize 2, aktuální je 3")
    // The store holds the winner's document, whole; the loser wrote nothing.
    const vision = (await headPlan("kpsh-4")).strategy.vision
    expect(vision).toBe(a.status === 200 ? "Vize editorky A" : "Vize editora B")
    const history = (await (await call("/plans/kpsh-4/history")).json()) as { revisions: Array<{ revision: number; reason: string }> }
    expect(history.revisions.map((r) => r.revision)).toEqual([1, 2, 3])
  })

  it("refuses a save without a base revision (428), with two different ones, for another plan id, and for an unknown plan (404)", async () => {
    expect((await put("kpsh-4", samplePlan, {})).status).toBe(428)
    const differ = await problemOf(await put("kpsh-4", samplePlan, { "if-match": "\"3\"" }, { expectedRevision: 2 }))
    expect(differ.problems!.map((p) => p.path)).toEqual(["expectedRevision"])
    const badHeader = await problemOf(await put("kpsh-4", samplePlan, { "if-match": "W/\"abc\"" }))
    expect(badHeader.problems!.map((p) => p.path)).toEqual(["headers[\"If-Match\"]"])
    const other = await problemOf(await put("svc-druhy", samplePlan, { "if-match": "\"1\"" }))
    expect(other.problems!.map((p) => [p.path, p.message])).toEqual([["document.plan.id", "Plán „kpsh-4“ nelze uložit pod adresou plánu „svc-druhy“"]])
    const unknown = await put("neni", { ...samplePlan, id: "neni" as Plan["id"] }, { "if-match": "\"1\"" })
    expect(unknown.status).toBe(404)
    expect((await running.store.history("kpsh-4")).length).toBe(3)
    await expect(running.store.load("neni")).rejects.toMatchObject({ reason: { _tag: "NotFound" } })
  })

  it("reads any revision, and answers a revision that does not exist with 404 and one that is not a number with 400", async () => {
    const first = await call("/plans/kpsh-4/revisions/1")
    expect(first.headers.get("etag")).toBe("\"1\"")
    expect(((await first.json()) as { plan: Plan }).plan.strategy.vision).toBe(samplePlan.strategy.vision)
    const second = (await (await call("/plans/kpsh-4/revisions/2")).json()) as { plan: Plan }
    expect(second.plan.strategy.vision).toBe("Vize, revize 2")
    expect((await call("/plans/kpsh-4/revisions/99")).status).toBe(404)
    expect((await problemOf(await call("/plans/kpsh-4/revisions/prvni"))).problems!.map((p) => p.code)).toEqual(["int"])
  })

  it("lists every problem of a bad body with its path, in Czech by default and in English on request", async () => {
    const bad = JSON.stringify({ author: "", document: { formatVersion: 1, plan: { ...encodePlanDocument(samplePlan).plan, period: { from: 2019, to: 1890 } } }, note: 1 })
    const cs = await problemOf(await call("/plans", { method: "POST", body: bad }))
    expect(cs.status).toBe(400)
    expect(cs.title).toBe("Neplatný požadavek")
    expect(cs.problems!.map((p) => [p.path, p.code, p.message])).toEqual([
      ["note", "unknownField", "Neznámá položka „note“"],
      ["author", "name", "Neplatný název; očekáván neprázdný text nejvýše 500 znaků"],
      ["reason", "missing", "Chybí povinná položka"],
      ["document.plan.period.to", "year", "Neplatný rok 1890; očekáván rok 1990–2100"]
    ])
    const en = await problemOf(await call("/plans", { method: "POST", body: bad, headers: { "accept-language": "de-DE, en;q=0.8, cs;q=0.5" } }))
    expect(en.title).toBe("Invalid request")
    expect(en.problems!.map((p) => p.message)).toEqual([
      "Unknown field \"note\"",
      "Invalid name; expected non-empty text of at most 500 characters",
      "A required field is missing",
      "Invalid year 1890; expected a year 1990–2100"
    ])
    const notJson = await problemOf(await call("/plans", { method: "POST", body: "{\"author\": " }))
    expect(notJson.problems!.map((p) => [p.path, p.code])).toEqual([["$", "json"]])
    const stringDocument = await problemOf(await call("/plans", { method: "POST", body: body(JSON.stringify(encodePlanDocument(samplePlan))) }))
    expect(stringDocument.problems!.map((p) => [p.path, p.code])).toEqual([["document", "type"]])
  })

  it("answers every malformed document (fast-check mutations of generated plans) with 400 and its problem, or 413 when too large, and writes nothing", async () => {
    const before = await running.store.list()
    const encoder = new TextEncoder()
    // The envelope around the document; a mutation that replaces the document with text or bytes
    // (not JSON, truncated, not UTF-8) is spliced in as it is, so the whole body is broken.
    const requestBody = (m: MalformedDocument): Uint8Array => {
      const [head, tail] = [encoder.encode(`{"author":"${author}","reason":"Test","document":`), encoder.encode("}")]
      const middle = m.input instanceof Uint8Array ? m.input : encoder.encode(typeof m.input === "string" ? m.input : JSON.stringify(m.input))
      const out = new Uint8Array(head.length + middle.length + tail.length)
      out.set(head, 0), out.set(middle, head.length), out.set(tail, head.length + middle.length)
      return out
    }
    let requests = 0
    await fc.assert(fc.asyncProperty(arbitraryMalformedDocuments({ perPlan: 8 }), async (list) => {
      for (const m of list.filter((x) => x.expected.length > 0)) {
        const bytes = requestBody(m)
        const response = await call("/plans", { method: "POST", body: bytes })
        requests++
        if (bytes.length > maxBodyBytes) {
          expect(response.status).toBe(413)
          await response.body?.cancel()
          continue
        }
        expect(response.status, m.mutations.join("+")).toBe(400)
        const problems = (await problemOf(response)).problems!
        // A document sent as an object is decoded under `document`; text or bytes broke the whole body.
        const at = typeof m.input === "object" && !(m.input instanceof Uint8Array) ? ["document"] : []
        const reported = problems.map((p) => ({ path: p.segments, code: p.code }))
        for (const e of m.expected) {
          expect(reportsExpected(reported, e, at), `${m.mutations.join("+")}: ${JSON.stringify(e)} among ${JSON.stringify(problems.map((p) => [p.path, p.code]))}`).toBe(true)
        }
      }
    }), { numRuns: 6, seed: 2018 })
    expect(requests).toBeGreaterThan(20)
    expect(await running.store.list()).toEqual(before)
  }, 60_000)

  it("refuses a body over the limit with 413, announced or streamed, and writes nothing", async () => {
    const big = new Uint8Array(maxBodyBytes + 1).fill(0x20)
    const announced = await call("/plans", { method: "POST", body: big })
    expect(announced.status).toBe(413)
    expect((await problemOf(announced)).detail).toBe(`Tělo požadavku smí mít nejvýše ${maxBodyBytes} bajtů`)
    const streamed = await call("/plans", {
      method: "POST",
      // A stream has no Content-Length: the service counts while it reads.
      body: new ReadableStream({ start: (c) => { c.enqueue(big); c.close() } }),
      duplex: "half"
    } as RequestInit)
    expect(streamed.status).toBe(413)
    expect((await running.store.list()).map((i) => i.planId)).toEqual(["kpsh-4", "svc-druhy"])
  })

  it("checks the head against a profile on a day, in the language asked for", async () => {
    const response = await call("/plans/kpsh-4/check?today=2018-03-15&profile=statutory&locale=en")
    const report = (await response.json()) as { revision: number; summary: string; findings: ReadonlyArray<{ code: string }> }
    const expected = check(await headPlan("kpsh-4"), { today: isoDate("2018-03-15"), profile: statutoryProfile, locale: "en" })
    expect(report.revision).toBe(3)
    expect(report.findings.map((f) => f.code)).toEqual(expected.findings.map((f) => f.code))
    expect(report.summary).toBe(expected.summary)
    expect(report.findings.length).toBeGreaterThan(0)
    const bad = await problemOf(await call("/plans/kpsh-4/check?today=2018-02-30&profile=strict"))
    expect(bad.problems!.map((p) => [p.path, p.code])).toEqual([["query.today", "date"], ["query.profile", "literal"]])
    expect((await call("/plans/neni/check")).status).toBe(404)
  })

  it("exports the public spreadsheet, read back from its XML, without private contacts", async () => {
    const response = await call("/plans/kpsh-4/export/xlsx?part=activities")
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    expect(response.headers.get("content-disposition")).toBe("attachment; filename=\"stribrna-hora-kp4-opatreni-a-aktivity.xlsx\"")
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()))
    const sheets = readSheets(files)
    // The first sheet: a row per activity with its title and its planned money, as the plan has them.
    const [, rows] = sheets[0]!
    const header = rows[0]!
    const title = header.indexOf(samplePlan.strategy.levelNames.activity.cs), cost = header.indexOf("Náklady plánované")
    expect([header[0], title > 0, cost > 0]).toEqual(["Kód", true, true])
    const byCode = new Map(rows.slice(1).map((r) => [String(r[0]), r]))
    for (const item of activities) {
      const planned = samplePlan.funding.lines.filter((l) => l.activityId === item.id).reduce((sum, l) => sum + l.planned, 0)
      expect([byCode.get(item.code)?.[title], byCode.get(item.code)?.[cost]], item.code).toEqual([item.title, planned])
    }
    const everything = Object.values(files).map((f) => new TextDecoder().decode(f)).join("\n")
    for (const contact of privateContacts) expect(everything).not.toContain(contact)
  })

  it("exports the public JSON document as the public view of the head, and the internal one whole", async () => {
    const head = await headPlan("kpsh-4")
    const read = async (query: string) => {
      const response = await call(`/plans/kpsh-4/export/json${query}`)
      const decoded = decodePlanDocument(new Uint8Array(await response.arrayBuffer()))
      if (Result.isFailure(decoded)) throw new Error(decoded.failure.message)
      return decoded.success
    }
    expect(await read("")).toEqual(publicView(head, "cs"))
    expect(await read("?audience=internal")).toEqual(head)
    expect(JSON.stringify(await read("?locale=en"))).not.toContain(privateContacts[0]!)
  })

  it("exports the other formats, and answers a missing year, a year without data and an unknown format", async () => {
    // DOCX and PDF go the same way (their own packages read them back); they take seconds to render.
    for (const [format, type, magic] of [["html", "text/html; charset=utf-8", "<!DOCTYPE html>"], ["ics", "text/calendar; charset=utf-8", "BEGIN:VCALENDAR"]] as const) {
      const response = await call(`/plans/kpsh-4/export/${format}`)
      expect(response.status, format).toBe(200)
      expect(response.headers.get("content-type")).toBe(type)
      const text = new TextDecoder().decode(await response.arrayBuffer())
      expect(text.startsWith(magic), format).toBe(true)
      for (const contact of privateContacts) expect(text).not.toContain(contact)
    }
    const missingYear = await problemOf(await call("/plans/kpsh-4/export/xlsx?part=monitoring"))
    expect(missingYear.problems!.map((p) => [p.path, p.code])).toEqual([["query.year", "missing"]])
    const noData = await problemOf(await call("/plans/kpsh-4/export/docx?part=monitoring&year=2019"))
    expect(noData.status).toBe(404)
    const unknown = await problemOf(await call("/plans/kpsh-4/export/odt"))
    expect([unknown.status, unknown.problems![0]!.path]).toEqual([404, "format"])
    expect((await problemOf(await call("/plans/kpsh-4/export/xlsx?part=everything&audience=press"))).problems!.map((p) => p.path))
      .toEqual(["query.part", "query.audience"])
  })

  it("answers the region queries from the stored heads", async () => {
    const heads = [await headPlan("kpsh-4"), await headPlan("svc-druhy")]
    const funding = (await (await call("/regions/27/funding")).json()) as { totals: ReadonlyArray<{ planned: number; secured: number }> }
    const sum = (f: (x: { planned: number; secured: number }) => number, list: ReadonlyArray<{ planned: number; secured: number }>) => list.reduce((a, x) => a + f(x), 0)
    expect(sum((t) => t.planned, funding.totals)).toBe(sum((t) => t.planned, heads.map((p) => fundingTotals(p).total)))
    expect(sum((t) => t.secured, funding.totals)).toBe(sum((t) => t.secured, heads.map((p) => fundingTotals(p).total)))
    const inForce = (await (await call("/regions/27/funding?status=inForce")).json()) as { totals: ReadonlyArray<{ planned: number; secured: number }> }
    expect(sum((t) => t.planned, inForce.totals)).toBe(fundingTotals(heads[0]!).total.planned)
    const found = (await (await call("/regions/27/activities?serviceType=40")).json()) as { activities: ReadonlyArray<{ planId: string; activityId: string }> }
    const expected = heads.flatMap((p) => p.strategy.items.filter((i) => i.level === "activity" && i.serviceTypes.includes("40")).map((i) => `${p.id}/${i.id}`))
    expect(found.activities.map((a) => `${a.planId}/${a.activityId}`)).toEqual(expected)
    expect(expected.length).toBeGreaterThan(1)
    expect((await problemOf(await call("/regions/27/activities"))).problems!.map((p) => [p.path, p.code])).toEqual([["query.serviceType", "missing"]])
  })

  it("answers an unknown address with 404 and a method the address does not take with 405 and Allow", async () => {
    expect((await problemOf(await call("/plany"))).status).toBe(404)
    expect((await call("/plans/kpsh-4/history/1")).status).toBe(404)
    expect((await call("/plans/%E0%A4%A")).status).toBe(404)
    const deleted = await call("/plans/kpsh-4", { method: "DELETE" })
    expect(deleted.status).toBe(405)
    expect(deleted.headers.get("allow")).toBe("GET, PUT")
    expect((await problemOf(deleted)).detail).toBe("Adresa /plans/kpsh-4 nepřijímá metodu DELETE; povolené metody: GET, PUT")
  })

  it("answers 503, not 500, when the store is unavailable", async () => {
    const closed = await open({ url: url!, schema: running.schema, maxConnections: 1 })
    await closed.close()
    const down = await startService({ store: closed, port: 0, host: "127.0.0.1", log: (l) => logged.push(l) })
    try {
      const response = await fetch(`${down.url}/plans`, { headers: { "accept-language": "en" } })
      expect(response.status).toBe(503)
      expect((await problemOf(response)).title).toBe("The plan store is unavailable")
    } finally {
      await down.close()
    }
  })

  it("kept exactly the revisions of the successful saves (read from the database directly)", async () => {
    const rows = await running.query<{ plan_id: string; revision: number }>("SELECT plan_id, revision FROM revisions ORDER BY plan_id, revision")
    expect(rows.map((r) => `${r.plan_id}@${r.revision}`)).toEqual(["kpsh-4@1", "kpsh-4@2", "kpsh-4@3", "svc-druhy@1"])
  })
})
