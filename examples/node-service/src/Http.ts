/**
 * The HTTP side of the service on `node:http`, without a framework: a reply as data, the refusal a
 * handler throws to answer early (an RFC 9457 problem document in the caller's language), the body
 * read with a size limit, the language negotiated from `Accept-Language`, and a small router that
 * tells an unknown address (404) from a method the address does not take (405).
 */
import type { IncomingMessage, ServerResponse } from "node:http"
import { formatPath, type LocalizedText, type Locale, type Problem } from "@kpss/core"
import { say } from "./ServiceMessages.ts"

/** A response: status, headers and body (JSON is serialised by {@link send}). */
export interface Reply {
  readonly status: number
  readonly headers?: Readonly<Record<string, string>>
  readonly body: Uint8Array | string | { readonly json: unknown }
}

export const json = (value: unknown, status = 200, headers: Readonly<Record<string, string>> = {}): Reply =>
  ({ status, headers, body: { json: value } })

/**
 * An early answer to a request that cannot be served: thrown by a handler, caught by the router and
 * sent as a problem document. Not an `Error`: it is an expected outcome, not a failure of the service.
 */
export class Refusal {
  readonly status: number
  readonly title: LocalizedText
  readonly detail: LocalizedText
  readonly problems: ReadonlyArray<Problem>
  /** More members of the problem document (e.g. the current revision of a conflict). */
  readonly extra: Readonly<Record<string, unknown>>
  readonly headers: Readonly<Record<string, string>>
  constructor(
    status: number,
    title: LocalizedText,
    detail: LocalizedText,
    problems: ReadonlyArray<Problem> = [],
    extra: Readonly<Record<string, unknown>> = {},
    headers: Readonly<Record<string, string>> = {}
  ) {
    this.status = status
    this.title = title
    this.detail = detail
    this.problems = problems
    this.extra = extra
    this.headers = headers
  }
}

/** 400 with every problem found. */
export const invalid = (problems: ReadonlyArray<Problem>): Refusal =>
  new Refusal(400, say("invalidTitle"), say("invalidDetail", { count: problems.length }), problems)

/** The problem document of a refusal, in one language; each problem with its path and message. */
export const problemReply = (refusal: Refusal, locale: Locale): Reply => ({
  status: refusal.status,
  headers: { ...refusal.headers, "content-type": "application/problem+json; charset=utf-8" },
  body: {
    json: {
      status: refusal.status,
      title: refusal.title[locale],
      detail: refusal.detail[locale],
      ...(refusal.problems.length === 0 ? {} : {
        problems: refusal.problems.map((p) => ({ path: formatPath(p.path), segments: p.path, code: p.code, message: p.message[locale] }))
      }),
      ...refusal.extra
    }
  }
})

/** Writes a reply, with its length, the language and no caching of plan data by intermediaries. */
export const send = (res: ServerResponse, reply: Reply, locale: Locale): void => {
  const { body } = reply
  const bytes = typeof body === "string" || body instanceof Uint8Array ? body : JSON.stringify(body.json)
  const headers: Record<string, string> = {
    "content-language": locale,
    "cache-control": "no-store",
    ...(typeof body === "object" && !(body instanceof Uint8Array) ? { "content-type": "application/json; charset=utf-8" } : {}),
    ...reply.headers,
    "content-length": String(typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.byteLength)
  }
  res.writeHead(reply.status, headers)
  res.end(bytes)
}

/**
 * The language of the answer: the first of `cs` and `en` by the weights of `Accept-Language`
 * (`en-GB;q=0.8` counts as `en`); Czech when neither is asked for.
 */
export const negotiateLocale = (header: string | undefined): Locale => {
  let best: Locale = "cs"
  let weight = -1
  for (const part of (header ?? "").split(",")) {
    const [tag = "", ...params] = part.split(";").map((s) => s.trim())
    const q = params.find((p) => p.startsWith("q="))
    const w = q === undefined ? 1 : Number(q.slice(2))
    const primary = tag.toLowerCase().split("-")[0]
    if ((primary === "cs" || primary === "en") && Number.isFinite(w) && w > 0 && w > weight) {
      best = primary
      weight = w
    }
  }
  return best
}

/**
 * Reads the request body, at most `limit` bytes. A body announced or found larger is refused with 413
 * as soon as that is known; the rest of it is read and dropped, so the caller gets the answer instead
 * of a broken connection (the server's `requestTimeout` bounds how long that may take).
 */
export const readBody = (req: IncomingMessage, limit: number): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const tooLarge = () => {
      req.removeAllListeners("data")
      req.resume()
      reject(new Refusal(413, say("tooLargeTitle"), say("tooLargeDetail", { limit })))
    }
    const announced = Number(req.headers["content-length"] ?? 0)
    if (announced > limit) return tooLarge()
    const chunks: Array<Buffer> = []
    let size = 0
    req.on("data", (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) tooLarge()
      else chunks.push(chunk)
    })
    req.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks, size))))
    req.on("error", reject)
  })

/** What a handler gets: the request, its path parameters and query, and the negotiated language. */
export interface RequestContext {
  readonly req: IncomingMessage
  /** The path of the request, as sent (`/plans/kpsh-4/export/odt`). */
  readonly pathname: string
  readonly params: Readonly<Record<string, string>>
  readonly query: URLSearchParams
  readonly locale: Locale
}

export type Handler = (ctx: RequestContext) => Promise<Reply>

/** An address (`/plans/:id/history`) and the handler of each method it takes. */
export interface Route {
  readonly path: string
  readonly methods: Readonly<Partial<Record<"GET" | "POST" | "PUT", Handler>>>
}

const segmentsOf = (pathname: string): Array<string> => pathname.split("/").filter((s) => s.length > 0)

/** Matches a path against a route's pattern; `undefined` when it does not fit. */
const match = (pattern: ReadonlyArray<string>, segments: ReadonlyArray<string>): Record<string, string> | undefined => {
  if (pattern.length !== segments.length) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!
    if (p.startsWith(":")) params[p.slice(1)] = segments[i]!
    else if (p !== segments[i]) return undefined
  }
  return params
}

/**
 * The request listener: finds the route, runs its handler and sends the reply; a {@link Refusal} is
 * sent as a problem document; anything else thrown is a 500 whose detail stays in the log.
 */
export const router = (routes: ReadonlyArray<Route>, log: (line: string) => void) => {
  const table = routes.map((r) => ({ ...r, pattern: segmentsOf(r.path) }))
  return (req: IncomingMessage, res: ServerResponse): void => {
    const locale = negotiateLocale(req.headers["accept-language"])
    const answer = async (): Promise<Reply> => {
      const url = new URL(req.url ?? "/", "http://localhost")
      let segments: Array<string>
      try {
        segments = segmentsOf(url.pathname).map(decodeURIComponent)
      } catch {
        throw new Refusal(404, say("notFoundTitle"), say("noRoute", { path: url.pathname }))
      }
      const found = table.flatMap((r) => {
        const params = match(r.pattern, segments)
        return params === undefined ? [] : [{ route: r, params }]
      })
      if (found.length === 0) throw new Refusal(404, say("notFoundTitle"), say("noRoute", { path: url.pathname }))
      const method = req.method ?? "GET"
      const hit = found.find((f) => f.route.methods[method as keyof Route["methods"]] !== undefined)
      if (hit === undefined) {
        const allowed = [...new Set(found.flatMap((f) => Object.keys(f.route.methods)))].join(", ")
        throw new Refusal(405, say("methodTitle"), say("methodDetail", { path: url.pathname, method, allowed }), [], {}, { allow: allowed })
      }
      return hit.route.methods[method as keyof Route["methods"]]!({ req, pathname: url.pathname, params: hit.params, query: url.searchParams, locale })
    }
    answer().then(
      (reply) => send(res, reply, locale),
      (e: unknown) => {
        if (!(e instanceof Refusal)) log(`${req.method} ${req.url}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
        send(res, problemReply(e instanceof Refusal ? e : new Refusal(500, say("serverErrorTitle"), say("serverErrorDetail")), locale), locale)
      }
    )
  }
}
