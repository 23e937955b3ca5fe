/**
 * Starts the plan service: `pnpm --filter @kpss/example-node-service start`.
 *
 * Configuration from the environment:
 * - `KPSS_PG_URL` (required): the PostgreSQL server, `postgres://user@host:port/database`;
 * - `KPSS_PG_SCHEMA` (optional): the schema the store keeps its tables in (default `public`);
 * - `PORT` (default 8080) and `HOST` (default all interfaces);
 * - `KPSS_MAX_BODY_BYTES` (default 32 MiB): the largest request body accepted.
 *
 * The store migrates its own tables on start. Ctrl-C (or SIGTERM) stops taking requests, lets those
 * under way finish and closes the store's connections.
 */
import { planStoreErrorText, type LocalizedText, type PlanStoreError } from "@kpss/core"
import { open } from "@kpss/storage-postgres"
import { defaultMaxBodyBytes, startService } from "./Service.ts"
import { say } from "./ServiceMessages.ts"

const fail = (text: LocalizedText): never => {
  console.error(`${text.cs}\n${text.en}`)
  process.exit(2)
}

const whole = (name: string, fallback: number, min: number, max: number): number => {
  const value = process.env[name]
  if (value === undefined || value === "") return fallback
  const n = Number(value)
  if (!/^\d+$/.test(value) || n < min || n > max) {
    return fail(say("badSetting", { name, value: JSON.stringify(value), expected: `${min}–${max}` }))
  }
  return n
}

const url = process.env["KPSS_PG_URL"]
if (url === undefined || url === "") fail(say("missingUrl"))
const schema = process.env["KPSS_PG_SCHEMA"]
const port = whole("PORT", 8080, 0, 65535)
const maxBodyBytes = whole("KPSS_MAX_BODY_BYTES", defaultMaxBodyBytes, 1024, 1024 * 1024 * 1024)

const store = await open({ url: url!, ...(schema === undefined || schema === "" ? {} : { schema }) }).catch((e: unknown) => {
  const detail = (e as { _tag?: unknown })._tag === "PlanStoreError" ? planStoreErrorText(e as PlanStoreError) : { cs: String(e), en: String(e) }
  return fail({ cs: say("cannotOpen", { detail: detail.cs }).cs, en: say("cannotOpen", { detail: detail.en }).en })
})

const service = await startService({ store, port, maxBodyBytes, ...(process.env["HOST"] ? { host: process.env["HOST"] } : {}) })
// The URL without the password, if the connection string has one.
const shownStore = url!.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@")
const started = say("listening", { url: service.url, store: shownStore })
console.log(`${started.cs}\n${started.en}`)

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    const stopping = say("stopping", { signal })
    console.log(stopping.cs)
    void service.close().finally(() => store.close())
  })
}
