// Save and load of a 10,000-activity plan through the PostgreSQL store, against @effect/sql-pg writing
// and reading the same bytes (jsonb) in the same run (target ≤ 2×); and the cross-plan funding
// aggregate over 200 plans × 500 activities of one region (target < 1 s). Needs KPSS_PG_URL; works in
// a schema of its own, dropped at the end.
// Run: pnpm build && KPSS_PG_URL=postgres://… node_modules/.bin/node packages/storage/postgres/bench/store.bench.ts
import { PlanStore } from "@kpss/core"
import { layer, RegionQueries } from "@kpss/storage-postgres"
import { makeSizedPlan } from "@kpss/testing"
import { Effect, ManagedRuntime } from "effect"
import { SqlClient } from "effect/sql"
import { PgClient } from "@effect/sql-pg"
import { Redacted } from "effect"
import { encodePlanDocumentJson } from "@kpss/core"
import { report } from "../../../../scripts/bench-lib.mjs"

const url = process.env["KPSS_PG_URL"]
if (url === undefined) {
  console.log("skipped: set KPSS_PG_URL")
  process.exit(0)
}
const measure = async (fn: () => Promise<unknown>, runs = 5, warmup = 1) => {
  for (let i = 0; i < warmup; i++) await fn()
  const times: Array<number> = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

const schema = `kpss_bench_${process.pid}`
const store = ManagedRuntime.make(layer({ url, schema }))
const raw = ManagedRuntime.make(PgClient.layer({ url: Redacted.make(url), startupParameters: { search_path: schema }, maxMessageSize: 512 * 2 ** 20 }))
const sql = <A>(f: (sql: SqlClient.SqlClient) => Effect.Effect<A, unknown>) => raw.runPromise(SqlClient.SqlClient.use(f))
try {
  const plan = makeSizedPlan({ id: "bench", activities: 10_000 })
  const text = encodePlanDocumentJson(plan)
  const mib = (text.length / 2 ** 20).toFixed(1)
  let revision = (await store.runPromise(PlanStore.use((s) => s.create(plan, { author: "bench", reason: "create" })))).revision
  await sql((q) => q`CREATE TABLE raw_bench (id serial PRIMARY KEY, doc jsonb NOT NULL)`)
  const rawWrite = await measure(() => sql((q) => q`INSERT INTO raw_bench (doc) VALUES (${text}::jsonb)`))
  const rawRead = await measure(() => sql((q) => q`SELECT doc::text FROM raw_bench WHERE id = 1`))
  const save = await measure(async () => {
    revision = (await store.runPromise(PlanStore.use((s) => s.save(plan, { expectedRevision: revision, author: "bench", reason: "save" })))).revision
  })
  const load = await measure(() => store.runPromise(PlanStore.use((s) => s.load("bench"))))
  report({ bench: `PostgreSQL save, 10,000 activities (${mib} MiB)`, what: "PlanStore.save", ms: save, baseline: "sql-pg INSERT of the same text as jsonb", baselineMs: rawWrite, target: 2 })
  report({ bench: `PostgreSQL load, 10,000 activities (${mib} MiB)`, what: "PlanStore.load", ms: load, baseline: "sql-pg SELECT of the same jsonb as text", baselineMs: rawRead, target: 2 })

  for (let i = 0; i < 200; i++) {
    const p = makeSizedPlan({ id: `region-${i}`, activities: 500, regionCode: "27", territoryCode: String(500000 + i) })
    await store.runPromise(PlanStore.use((s) => s.create(p, { author: "bench", reason: "seed" })))
  }
  const aggregate = await measure(() => store.runPromise(RegionQueries.use((q) => q.fundingTotals({ regionCode: "27" }))), 5)
  report({ bench: "PostgreSQL funding totals, 200 plans × 500 activities", what: "RegionQueries.fundingTotals", ms: aggregate, baseline: "the 1 s budget", baselineMs: 1000, target: 1 })
} finally {
  await sql((q) => q.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`))
  await store.dispose()
  await raw.dispose()
}
