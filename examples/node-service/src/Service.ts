/**
 * The KPSS plan service: a small HTTP API over the PostgreSQL plan store that a municipal system
 * calls. It uses only the Promise faces of the library (`@kpss/storage-postgres`'s `open`, core's
 * `check` and `exportPlanPromise`), as a service that does not use Effect would.
 *
 * | method | address | what it does |
 * |---|---|---|
 * | GET | `/plans?territory=&region=&status=&period=` | the head revisions of the plans that match |
 * | POST | `/plans` | creates a plan: `{ author, reason, document }` → 201 |
 * | GET | `/plans/:id` | the plan document of the head revision (`ETag: "<revision>"`) |
 * | PUT | `/plans/:id` | saves a new revision based on `If-Match: "<revision>"` (or `expectedRevision`) → 200, or 409 |
 * | GET | `/plans/:id/revisions/:revision` | the plan document of one revision |
 * | GET | `/plans/:id/history` | every revision: who, when, why |
 * | GET | `/plans/:id/check?today=&profile=&locale=` | the methodology as a linter: the findings |
 * | GET | `/plans/:id/export/:format?part=&audience=&year=&today=&locale=` | a document (docx, pdf, html, xlsx, ics, json) |
 * | GET | `/regions/:code/funding?status=` | money per kind of source and year across the region's plans |
 * | GET | `/regions/:code/activities?serviceType=&status=` | the activities of a service type across the region's plans |
 *
 * Bad input is answered with 400 and every problem (path, code, message in Czech or English by
 * `Accept-Language`), never with 500; a save writes a whole revision or nothing.
 */
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import {
  builtInProfiles,
  check,
  decodePlanDocument,
  encodePlanDocumentJson,
  exportErrorText,
  exportPlanPromise,
  IntBetween,
  isIsoDate,
  jsonExporter,
  LifecycleStatus,
  Name,
  NotFound,
  planStoreError,
  planStoreErrorText,
  problem,
  problemsFromIssue,
  typeProblem,
  type ExportError,
  type Exporter,
  type ExportOptions,
  type IsoDate,
  type Locale,
  type PathSegment,
  type Plan,
  type PlanFilter,
  type PlanStoreError,
  type Problem,
  type RevisionInfo
} from "@kpss/core"
import { docxMonitoringReportExporter, docxPlanExporter } from "@kpss/export-docx"
import { htmlMonitoringReportExporter, htmlPlanExporter } from "@kpss/export-html"
import { icsExporter } from "@kpss/export-ics"
import { pdfMonitoringReportExporter, pdfPlanExporter } from "@kpss/export-pdf"
import { activitiesXlsx, fundingXlsx, monitoringXlsx, settlementXlsx } from "@kpss/export-xlsx"
import type { PgPlanStorePromise } from "@kpss/storage-postgres"
import { Result, Schema } from "effect"
import { invalid, json, readBody, Refusal, router, type Reply, type RequestContext, type Route } from "./Http.ts"
import { say } from "./ServiceMessages.ts"

/** What the service needs. */
export interface ServiceOptions {
  /** The plan store (`open` of `@kpss/storage-postgres`); the service does not close it. */
  readonly store: PgPlanStorePromise
  /** The largest request body accepted, in bytes (default {@link defaultMaxBodyBytes}). */
  readonly maxBodyBytes?: number
  /** The day a check or an export is made on when the caller does not say (default: today in Prague). */
  readonly today?: () => string
  /** Where failures of the service itself are written (default: standard error). */
  readonly log?: (line: string) => void
}

/** 32 MiB: the documents of the largest plans (thousands of activities) with room to spare. */
export const defaultMaxBodyBytes = 32 * 1024 * 1024

/** Today's date in Prague, `YYYY-MM-DD` (the Swedish locale writes dates in ISO order). */
export const pragueToday = (): string => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Prague" }).format(new Date())

/** The exporters by format and part; the first part is the default. */
export const exporters: Readonly<Record<string, Readonly<Record<string, Exporter>>>> = {
  docx: { plan: docxPlanExporter, monitoring: docxMonitoringReportExporter },
  pdf: { plan: pdfPlanExporter, monitoring: pdfMonitoringReportExporter },
  html: { plan: htmlPlanExporter, monitoring: htmlMonitoringReportExporter },
  xlsx: { funding: fundingXlsx, activities: activitiesXlsx, settlement: settlementXlsx, monitoring: monitoringXlsx },
  ics: { schedule: icsExporter },
  json: { plan: jsonExporter }
}

const statuses: ReadonlyArray<string> = LifecycleStatus.literals

// ---------------------------------------------------------------------------------------------------
// Reading the request
// ---------------------------------------------------------------------------------------------------

const under = (prefix: ReadonlyArray<PathSegment>, problems: ReadonlyArray<Problem>): Array<Problem> =>
  problems.map((p) => ({ ...p, path: [...prefix, ...p.path] }))

/**
 * The query of a request, read strictly: an unknown parameter is a problem (a typo must not be
 * silently ignored), and every problem is collected before the request is refused.
 */
class Query {
  readonly problems: Array<Problem> = []
  private readonly query: URLSearchParams
  constructor(query: URLSearchParams, names: ReadonlyArray<string>) {
    this.query = query
    for (const key of new Set(query.keys())) {
      if (!names.includes(key)) this.problems.push(problem(["query", key], "unknownField", { field: key }))
    }
  }
  text(name: string): string | undefined {
    return this.query.get(name) ?? undefined
  }
  oneOf<A extends string>(name: string, allowed: ReadonlyArray<A>, fallback: A): A
  oneOf<A extends string>(name: string, allowed: ReadonlyArray<A>): A | undefined
  oneOf<A extends string>(name: string, allowed: ReadonlyArray<A>, fallback?: A): A | undefined {
    const value = this.query.get(name)
    if (value === null) return fallback
    if ((allowed as ReadonlyArray<string>).includes(value)) return value as A
    this.problems.push(problem(["query", name], "literal", { found: JSON.stringify(value), allowed: allowed.map((a) => JSON.stringify(a)).join(", ") }))
    return fallback
  }
  /** A comma-separated list of lifecycle statuses (`status=approved,inForce`). */
  statuses(): ReadonlyArray<Plan["lifecycle"]["status"]> | undefined {
    const value = this.query.get("status")
    if (value === null) return undefined
    const list = value.split(",").map((s) => s.trim())
    for (const s of list) {
      if (!statuses.includes(s)) {
        this.problems.push(problem(["query", "status"], "literal", { found: JSON.stringify(s), allowed: statuses.map((a) => JSON.stringify(a)).join(", ") }))
      }
    }
    return list as ReadonlyArray<Plan["lifecycle"]["status"]>
  }
  date(name: string, fallback: () => string): IsoDate {
    const value = this.query.get(name)
    if (value !== null && !isIsoDate(value)) this.problems.push(problem(["query", name], "date", { found: JSON.stringify(value) }))
    return (value ?? fallback()) as IsoDate
  }
  year(name: string): number | undefined {
    const value = this.query.get(name)
    if (value === null) return undefined
    if (!/^\d{4}$/.test(value)) this.problems.push(problem(["query", name], "year", { found: JSON.stringify(value) }))
    return Number(value)
  }
  /** `period=2018` or `period=2017-2019`: the plans whose period overlaps these years. */
  period(): PlanFilter["period"] {
    const value = this.query.get("period")
    if (value === null) return undefined
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(value)
    const from = Number(m?.[1]), to = Number(m?.[2] ?? m?.[1])
    if (m === null || from > to) {
      this.problems.push({ path: ["query", "period"], code: "invalid", message: say("badPeriod", { found: JSON.stringify(value) }) })
      return undefined
    }
    return { from, to }
  }
  required(name: string): string {
    const value = this.query.get(name)
    if (value === null || value === "") this.problems.push(problem(["query", name], "missing"))
    return value ?? ""
  }
  /** Refuses the request if any parameter was wrong. */
  done(): void {
    if (this.problems.length > 0) throw invalid(this.problems)
  }
}

const decoder = new TextDecoder("utf-8", { fatal: true })

/** The body as JSON; text that is not UTF-8 JSON is one problem at the root. */
const readJson = async (ctx: RequestContext, limit: number): Promise<unknown> => {
  const bytes = await readBody(ctx.req, limit)
  try {
    return JSON.parse(decoder.decode(bytes))
  } catch (e) {
    throw invalid([problem([], "json", { detail: e instanceof Error ? e.message : String(e) })])
  }
}

const Revision = IntBetween(1, Number.MAX_SAFE_INTEGER, "int")
const CreateBody = Schema.Struct({ author: Name, reason: Name, document: Schema.Unknown })
const SaveBody = Schema.Struct({ author: Name, reason: Name, expectedRevision: Schema.optionalKey(Revision), document: Schema.Unknown })

/**
 * Reads a create or save request: the author and the reason of the revision and the plan document.
 * Every problem is listed, those of the envelope and those of the document (under `document`).
 */
const readPlanRequest = <S extends typeof CreateBody | typeof SaveBody>(body: unknown, schema: S): { request: S["Type"]; plan: Plan } => {
  const envelope = Schema.decodeUnknownResult(schema)(body, { errors: "all", onExcessProperty: "error" })
  const problems: Array<Problem> = Result.isFailure(envelope) ? problemsFromIssue(envelope.failure.issue, body) : []
  const document = typeof body === "object" && body !== null ? (body as { document?: unknown }).document : undefined
  let plan: Plan | undefined
  if (document !== undefined) {
    // A string would be read as JSON text by the decoder: the document must be sent as an object.
    const decoded = typeof document === "string" ? undefined : decodePlanDocument(document)
    if (decoded === undefined) problems.push(typeProblem(["document"], "object", document))
    else if (Result.isFailure(decoded)) problems.push(...under(["document"], decoded.failure.problems as ReadonlyArray<Problem>))
    else plan = decoded.success
  }
  if (problems.length > 0 || Result.isFailure(envelope) || plan === undefined) throw invalid(problems)
  return { request: envelope.success, plan }
}

/** `If-Match: "3"` (or `3`): the revision a save is based on. */
const ifMatch = (header: string | undefined): number | undefined => {
  if (header === undefined) return undefined
  const m = /^\s*"?(\d{1,15})"?\s*$/.exec(header)
  const n = Number(m?.[1])
  if (m === null || n < 1) throw invalid([problem(["headers", "If-Match"], "int", { found: JSON.stringify(header) })])
  return n
}

const revisionParam = (value: string): number => {
  const n = Number(value)
  if (!/^\d{1,15}$/.test(value) || n < 1) throw invalid([problem(["revision"], "int", { found: JSON.stringify(value) })])
  return n
}

// ---------------------------------------------------------------------------------------------------
// Answering
// ---------------------------------------------------------------------------------------------------

const etag = (revision: number) => `"${revision}"`

const isStoreError = (e: unknown): e is PlanStoreError => (e as { _tag?: unknown } | null)?._tag === "PlanStoreError"
const isExportError = (e: unknown): e is ExportError => (e as { _tag?: unknown } | null)?._tag === "ExportError"

/** A store error as the answer to the caller; anything else is the service's own failure. */
const storeRefusal = (e: unknown): unknown => {
  if (!isStoreError(e)) return e
  const r = e.reason
  switch (r._tag) {
    case "NotFound":
      return new Refusal(404, say("notFoundTitle"), planStoreErrorText(e))
    case "Conflict":
      // A save based on a revision of a plan that does not exist: there is nothing to conflict with.
      if (r.actual === 0 && r.expected > 0) return new Refusal(404, say("notFoundTitle"), planStoreErrorText(planStoreError(new NotFound({ planId: r.planId }))))
      return new Refusal(409, say("conflictTitle"), planStoreErrorText(e), [], { expectedRevision: r.expected, currentRevision: r.actual }, { etag: etag(r.actual) })
    case "InvalidInput":
      return invalid(under(["document"], r.problems as ReadonlyArray<Problem>))
    case "Unavailable":
      return new Refusal(503, say("unavailableTitle"), planStoreErrorText(e), [], {}, r.retryable ? { "retry-after": "5" } : {})
    case "CorruptDocument":
      // The stored data is damaged: not the caller's fault; the log gets the details.
      return e
  }
}

/** Runs a store operation; its failure becomes the answer (404, 409, 400, 503). */
const stored = <A>(operation: Promise<A>): Promise<A> =>
  operation.catch((e: unknown) => {
    throw storeRefusal(e)
  })

const documentReply = (plan: Plan, revision: number): Reply => ({
  status: 200,
  headers: { "content-type": "application/json; charset=utf-8", etag: etag(revision) },
  body: encodePlanDocumentJson(plan)
})

const revisionReply = (info: RevisionInfo, status: number, extra: Readonly<Record<string, string>> = {}): Reply =>
  json(info, status, { etag: etag(info.revision), ...extra })

/** The routes of the service over a store. */
export const routes = (options: ServiceOptions): ReadonlyArray<Route> => {
  const { store } = options
  const limit = options.maxBodyBytes ?? defaultMaxBodyBytes
  const today = options.today ?? pragueToday
  const load = (ctx: RequestContext, revision?: number) => stored(store.load(ctx.params["id"]!, revision))

  return [
    {
      path: "/plans",
      methods: {
        GET: async (ctx) => {
          const q = new Query(ctx.query, ["territory", "region", "status", "period"])
          const territoryCode = q.text("territory"), regionCode = q.text("region"), status = q.statuses(), period = q.period()
          q.done()
          const filter: PlanFilter = {
            ...(territoryCode === undefined ? {} : { territoryCode }),
            ...(regionCode === undefined ? {} : { regionCode }),
            ...(status === undefined ? {} : { status }),
            ...(period === undefined ? {} : { period })
          }
          return json({ plans: await stored(store.list(filter)) })
        },
        POST: async (ctx) => {
          new Query(ctx.query, []).done()
          const { request, plan } = readPlanRequest(await readJson(ctx, limit), CreateBody)
          const info = await stored(store.create(plan, { author: request.author, reason: request.reason }))
          return revisionReply(info, 201, { location: `/plans/${encodeURIComponent(info.planId)}` })
        }
      }
    },
    {
      path: "/plans/:id",
      methods: {
        GET: async (ctx) => {
          new Query(ctx.query, []).done()
          const { info, plan } = await load(ctx)
          return documentReply(plan, info.revision)
        },
        PUT: async (ctx) => {
          new Query(ctx.query, []).done()
          const header = ifMatch(ctx.req.headers["if-match"])
          const { request, plan } = readPlanRequest(await readJson(ctx, limit), SaveBody)
          const field = request.expectedRevision
          if (header !== undefined && field !== undefined && header !== field) {
            throw invalid([{ path: ["expectedRevision"], code: "invalid", message: say("revisionsDiffer", { header, body: field }) }])
          }
          const expectedRevision = header ?? field
          if (expectedRevision === undefined) throw new Refusal(428, say("preconditionTitle"), say("preconditionDetail"))
          const planId = ctx.params["id"]!
          if (plan.id !== planId) {
            throw invalid([{ path: ["document", "plan", "id"], code: "invalid", message: say("planIdMismatch", { found: plan.id, planId }) }])
          }
          const info = await stored(store.save(plan, { author: request.author, reason: request.reason, expectedRevision }))
          return revisionReply(info, 200)
        }
      }
    },
    {
      path: "/plans/:id/revisions/:revision",
      methods: {
        GET: async (ctx) => {
          new Query(ctx.query, []).done()
          const { info, plan } = await load(ctx, revisionParam(ctx.params["revision"]!))
          return documentReply(plan, info.revision)
        }
      }
    },
    {
      path: "/plans/:id/history",
      methods: {
        GET: async (ctx) => {
          new Query(ctx.query, []).done()
          return json({ revisions: await stored(store.history(ctx.params["id"]!)) })
        }
      }
    },
    {
      path: "/plans/:id/check",
      methods: {
        GET: async (ctx) => {
          const q = new Query(ctx.query, ["today", "profile", "locale"])
          const day = q.date("today", today)
          const profile = q.oneOf("profile", ["methodology", "statutory"] as const, "methodology")
          const locale = q.oneOf<Locale>("locale", ["cs", "en"], ctx.locale)
          q.done()
          const { info, plan } = await load(ctx)
          const report = check(plan, { today: day, profile: builtInProfiles[profile], locale })
          return json({ planId: info.planId, revision: info.revision, ...report }, 200, { etag: etag(info.revision) })
        }
      }
    },
    {
      path: "/plans/:id/export/:format",
      methods: {
        GET: async (ctx) => {
          const format = ctx.params["format"]!
          const parts = exporters[format]
          if (parts === undefined) {
            const allowed = Object.keys(exporters).map((f) => JSON.stringify(f)).join(", ")
            throw new Refusal(404, say("notFoundTitle"), say("noRoute", { path: ctx.pathname }), [problem(["format"], "literal", { found: JSON.stringify(format), allowed })])
          }
          const q = new Query(ctx.query, ["part", "audience", "year", "today", "locale"])
          const names = Object.keys(parts)
          const part = q.oneOf("part", names, names[0]!)
          const audience = q.oneOf("audience", ["public", "internal"] as const, "public")
          const year = q.year("year")
          const day = q.date("today", today)
          const locale = q.oneOf<Locale>("locale", ["cs", "en"], ctx.locale)
          q.done()
          const { plan } = await load(ctx)
          const exportOptions: ExportOptions = { locale, audience, today: day, ...(year === undefined ? {} : { year }) }
          try {
            // Public documents go through `publicView` inside the export port: private contacts and the
            // names of commenters who did not consent never leave the service.
            const file = await exportPlanPromise(parts[part]!, plan, exportOptions)
            return {
              status: 200,
              headers: { "content-type": file.mediaType, "content-disposition": `attachment; filename="${file.fileName}"` },
              body: file.bytes
            }
          } catch (e) {
            if (!isExportError(e)) throw e
            if (e.reason._tag === "InvalidInput") throw invalid(under(["query"], e.reason.problems as ReadonlyArray<Problem>))
            if (e.reason._tag === "NoData") throw new Refusal(404, say("noDataTitle"), exportErrorText(e))
            throw e
          }
        }
      }
    },
    {
      path: "/regions/:code/funding",
      methods: {
        GET: async (ctx) => {
          const q = new Query(ctx.query, ["status"])
          const status = q.statuses()
          q.done()
          const regionCode = ctx.params["code"]!
          const totals = await stored(store.region.fundingTotals({ regionCode, ...(status === undefined ? {} : { status }) }))
          return json({ regionCode, totals })
        }
      }
    },
    {
      path: "/regions/:code/activities",
      methods: {
        GET: async (ctx) => {
          const q = new Query(ctx.query, ["serviceType", "status"])
          const serviceType = q.required("serviceType")
          const status = q.statuses()
          q.done()
          const regionCode = ctx.params["code"]!
          const activities = await stored(store.region.activitiesOfServiceType(serviceType, { regionCode, ...(status === undefined ? {} : { status }) }))
          return json({ regionCode, serviceType, activities })
        }
      }
    }
  ]
}

/** A running service. */
export interface RunningService {
  readonly server: Server
  /** `http://host:port`. */
  readonly url: string
  /** Stops taking requests and waits for those under way (the store stays open). */
  readonly close: () => Promise<void>
}

/**
 * Starts the service on a port (0 picks a free one) and host (default all interfaces).
 */
export const startService = async (options: ServiceOptions & { readonly port: number; readonly host?: string }): Promise<RunningService> => {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  const server = createServer(router(routes(options), log))
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port, options.host, () => resolve())
  })
  const address = server.address() as AddressInfo
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address
  return {
    server,
    url: `http://${host === "[::]" ? "localhost" : host === "0.0.0.0" ? "localhost" : host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e === undefined ? resolve() : reject(e)))
        server.closeIdleConnections()
      })
  }
}
