// Save and load of a 10,000-activity plan (generatePlan) through the PostgreSQL store, against
// @effect/sql-pg writing and reading the same bytes into a jsonb column in the same run, each pair timed
// in alternating blocks of calls that pay for their own garbage (bench-lib's `alternate`). Two baselines
// per figure: the raw driver alone (the target, ≤ 2×), and the raw driver plus the validation
// floor (decodePlanDocument of the same text, which the store runs on every document in and out).
// Then the cross-plan funding aggregate over 200 plans × 500 activities of one region (target < 1 s),
// against computing the same totals in JavaScript from the loaded head revisions.
// Needs KPSS_PG_URL; works in a schema of its own, dropped at the end.
// Run: pnpm build && KPSS_PG_URL=postgres://… node_modules/.bin/node packages/storage/postgres/bench/store.bench.ts
import { PgClient } from "@effect/sql-pg"
import { decodePlanDocument, encodePlanDocumentJson, fundingTotals, PlanStore, type Plan } from "@kpss/core"
import { layer, RegionQueries } from "@kpss/storage-postgres"
import { generatePlan } from "@kpss/testing"
import { Effect, ManagedRuntime, Redacted } from "effect"
import { SqlClient } from "effect/sql"
import { alternate, measureAsync, report } from "../../../../scripts/bench-lib.mjs"

const url = process.env["KPSS_PG_URL"]
if (url === undefined) {
  console.log("skipped: set KPSS_PG_URL")
  process.exit(0)
}
const schema = `kpss_bench_${process.pid}`
const store = ManagedRuntime.make(layer({ url, schema }))
const raw = ManagedRuntime.make(PgClient.layer({ url: Redacted.make(url), startupParameters: { search_path: schema }, maxMessageSize: 512 * 2 ** 20 }))
const sql = <A>(f: (sql: SqlClient.SqlClient) => Effect.Effect<A, unknown>) => raw.runPromise(SqlClient.SqlClient.use(f))
try {
  const plan = generatePlan(10_000)
  const text = encodePlanDocumentJson(plan)
  const mib = (Buffer.byteLength(text) / 2 ** 20).toFixed(1)
  let revision = (await store.runPromise(PlanStore.use((s) => s.create(plan, { author: "bench", reason: "create" })))).revision
  await sql((q) => q`CREATE TABLE raw_bench (id serial PRIMARY KEY, doc jsonb NOT NULL)`)
  const save = async () => {
    revision = (await store.runPromise(PlanStore.use((s) => s.save(plan, { expectedRevision: revision, author: "bench", reason: "save" })))).revision
  }
  const rawWrite = () => sql((q) => q`INSERT INTO raw_bench (doc) VALUES (${text}::jsonb)`)
  await rawWrite()
  const load = () => store.runPromise(PlanStore.use((s) => s.load(plan.id)))
  const rawRead = () => sql((q) => q<{ doc: string }>`SELECT doc::text AS doc FROM raw_bench WHERE id = 1`)
  const check = (decoded: { _tag: string }) => {
    if (decoded._tag !== "Success") throw new Error("the benchmark's document does not decode")
  }
  const bench = (op: string) => `PostgreSQL ${op}, 10,000 activities (${mib} MiB)`
  const saved = await alternate(save, rawWrite)
  report({ bench: bench("save"), what: "PlanStore.save", ...saved, baseline: "sql-pg INSERT of the same text as jsonb", target: 2 })
  const savedFloor = await alternate(save, async () => (check(decodePlanDocument(text)), await rawWrite()))
  report({ bench: bench("save"), what: "PlanStore.save", ...savedFloor, baseline: "INSERT + decodePlanDocument (the validation floor)" })
  const loaded = await alternate(load, rawRead)
  report({ bench: bench("load"), what: "PlanStore.load", ...loaded, baseline: "sql-pg SELECT of the same jsonb as text", target: 2 })
  const loadedFloor = await alternate(load, async () => check(decodePlanDocument((await rawRead())[0]!.doc)))
  report({ bench: bench("load"), what: "PlanStore.load", ...loadedFloor, baseline: "SELECT + decodePlanDocument (the validation floor)" })

  const ids: Array<string> = []
  for (let i = 0; i < 200; i++) {
    const base = generatePlan(500, { seed: i + 1 })
    const p = { ...base, id: `region-${i}`, territory: { ...base.territory, code: String(500000 + i), regionCode: "27" } } as Plan
    ids.push(p.id)
    await store.runPromise(PlanStore.use((s) => s.create(p, { author: "bench", reason: "seed" })))
  }
  const aggregate = await measureAsync(() => store.runPromise(RegionQueries.use((q) => q.fundingTotals({ regionCode: "27" }))), { runs: 5 })
  const inJs = await measureAsync(() =>
    store.runPromise(PlanStore.use((s) =>
      Effect.map(Effect.forEach(ids, (id) => s.load(id), { concurrency: 4 }), (loaded) => loaded.map((l) => fundingTotals(l.plan).total)))), { runs: 1, warmup: 0 })
  const what = "RegionQueries.fundingTotals"
  report({ bench: "PostgreSQL funding totals, 200 plans × 500 activities", what, ms: aggregate, baseline: "the 1 s budget", baselineMs: 1000, target: 1 })
  report({ bench: "PostgreSQL funding totals, 200 plans × 500 activities", what, ms: aggregate, baseline: "load the 200 heads + fundingTotals in JS", baselineMs: inJs })
} finally {
  await sql((q) => q.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`))
  await store.dispose()
  await raw.dispose()
}
