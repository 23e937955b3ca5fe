import { fundingTotals, PlanStore, type Plan, type PlanStoreError } from "@kpss/core"
import { generatePlan, makeSizedPlan, planStoreConformance } from "@kpss/testing"
import { SqlClient } from "effect/sql"
import { Effect, Exit, ManagedRuntime, Schedule } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { layer, open, RegionQueries } from "../src/index.js"
import { dropSchema, freshSchema, inCi, makeProbe, ownsCluster, privateCluster, rawClient, url } from "./pg.js"

// Defined only when it fails, so a run with a server counts no skipped test for it.
if (url === undefined && inCi) {
  it("has a PostgreSQL server to test against (KPSS_PG_URL) in CI", () => {
    expect.fail("KPSS_PG_URL is not set while CI=true: the PostgreSQL tests must run in CI, never skip")
  })
}

describe.runIf(url !== undefined)("PostgreSQL", () => {
  const schema = freshSchema("conf")
  const raw = rawClient(schema)
  afterAll(async () => {
    await dropSchema(raw, schema)
    await raw.dispose()
  })

  planStoreConformance("PostgreSQL", {
    layer: layer({ url: url!, schema }),
    probe: makeProbe(raw),
    connect: () => layer({ url: url!, schema, maxConnections: 1 })
  })
})

const failureOf = (exit: Exit.Exit<unknown, PlanStoreError>) => {
  if (Exit.isSuccess(exit)) throw new Error("expected a failure")
  const reason = exit.cause.reasons.find((r) => r._tag === "Fail")
  if (reason?._tag !== "Fail") throw new Error(`expected a typed failure, got ${String(exit.cause)}`)
  return reason.error
}

describe.runIf(url !== undefined)("PostgreSQL region queries", () => {
  const schema = freshSchema("region")
  const raw = rawClient(schema)
  let runtime: ManagedRuntime.ManagedRuntime<PlanStore | RegionQueries, PlanStoreError>
  beforeAll(async () => {
    runtime = ManagedRuntime.make(layer({ url: url!, schema }))
    const plans: Array<Plan> = [
      makeSizedPlan({ id: "r-a", activities: 3, regionCode: "43", serviceTypes: ["denní stacionáře"] }),
      makeSizedPlan({ id: "r-b", activities: 2, regionCode: "43", status: "inForce", serviceTypes: ["azylové domy", "denní stacionáře"] }),
      makeSizedPlan({ id: "r-c", activities: 5, regionCode: "51", serviceTypes: ["denní stacionáře"] }),
      // A realistic plan with many kinds of source (region code 3026).
      { ...generatePlan(60, { seed: 7, sources: 6 }), id: "r-g" } as Plan
    ]
    await runtime.runPromise(PlanStore.use((s) => Effect.forEach(plans, (p) => s.create(p, { author: "kraj", reason: "import" }))))
    // A later revision replaces the head: the queries read heads only.
    const b = plans[1]!
    await runtime.runPromise(PlanStore.use((s) => s.save({ ...b, funding: { ...b.funding, lines: b.funding.lines.map((l) => ({ ...l, spent: 7 as typeof l.spent })) } }, { expectedRevision: 1, author: "kraj", reason: "čerpání" })))
  }, 60_000)
  afterAll(async () => {
    await runtime.dispose()
    await dropSchema(raw, schema)
    await raw.dispose()
  })

  it("sums planned, secured and spent money per source kind and year across the plans of a region", async () => {
    const totals = await runtime.runPromise(RegionQueries.use((q) => q.fundingTotals({ regionCode: "43" })))
    // makeSizedPlan: activity i plans 1000·i (municipality) and 300·i (region), secures 500·i and 100·i, per year.
    const sum = (n: number) => (n * (n + 1)) / 2
    const expected = [2024, 2025, 2026].flatMap((year) => [
      { kind: "municipality", year, planned: 1000 * (sum(3) + sum(2)), secured: 500 * (sum(3) + sum(2)), spent: 7 * 2, plans: 2 },
      { kind: "region", year, planned: 300 * (sum(3) + sum(2)), secured: 100 * (sum(3) + sum(2)), spent: 7 * 2, plans: 2 }
    ])
    expect(totals).toEqual(expected)
    const inForce = await runtime.runPromise(RegionQueries.use((q) => q.fundingTotals({ regionCode: "43", status: ["inForce"] })))
    expect(inForce.map((t) => t.plans)).toEqual([1, 1, 1, 1, 1, 1])
  })

  it("keeps plan_funding equal to the totals computed in core, per revision, and append-only", async () => {
    const heads = await runtime.runPromise(PlanStore.use((s) => s.list()))
    const stored = await runtime.runPromise(PlanStore.use((s) =>
      Effect.forEach(heads, (h) => Effect.forEach(Array.from({ length: h.revision }, (_, i) => i + 1), (r) => s.load(h.planId, r)))))
    const q = <A extends object>(f: (sql: SqlClient.SqlClient) => Effect.Effect<ReadonlyArray<A>, unknown>) => raw.runPromise(SqlClient.SqlClient.use(f))
    for (const { info, plan } of stored.flat()) {
      // Core: the funding totals of the plan, summed over the sources of each kind.
      const totals = fundingTotals(plan)
      const expected = new Map<string, { planned: number; secured: number; spent: number }>()
      for (const source of totals.sources) {
        for (const line of plan.funding.lines.filter((l) => l.sourceId === source.id)) {
          const key = `${source.kind}/${line.year}`
          if (expected.has(key)) continue
          const sum = totals.sources.filter((s) => s.kind === source.kind).reduce((a, s) => {
            const c = totals.cell(s.id, line.year)
            return { planned: a.planned + c.planned, secured: a.secured + c.secured, spent: a.spent + c.spent }
          }, { planned: 0, secured: 0, spent: 0 })
          expected.set(key, sum)
        }
      }
      const rows = await q<{ source_kind: string; year: number; planned: string; secured: string; spent: string }>((sql) =>
        sql`SELECT source_kind, year, planned::text, secured::text, spent::text FROM plan_funding
          WHERE plan_id = ${info.planId} AND revision = ${info.revision}`)
      const actual = new Map(rows.map((r) => [`${r.source_kind}/${r.year}`, { planned: Number(r.planned), secured: Number(r.secured), spent: Number(r.spent) }]))
      expect(actual).toEqual(expected)
      expect(actual.size).toBeGreaterThan(0)
    }
    expect(new Set(stored.flat().flatMap(({ plan }) => plan.funding.sources.map((s) => s.kind))).size).toBeGreaterThan(2)
    // The query over plan_funding agrees with the same totals summed over the heads in JavaScript.
    const inRegion = stored.map((revisions) => revisions.at(-1)!).filter(({ info }) => info.regionCode === "3026")
    const totals = await runtime.runPromise(RegionQueries.use((q) => q.fundingTotals({ regionCode: "3026" })))
    expect(totals.reduce((a, t) => a + t.planned, 0)).toBe(inRegion.reduce((a, { plan }) => a + fundingTotals(plan).total.planned, 0))
    await expect(q((sql) => sql`UPDATE plan_funding SET planned = 0`)).rejects.toThrow()
    await expect(q((sql) => sql`DELETE FROM plan_funding`)).rejects.toThrow()
  })

  it("finds every activity of a service type across plans", async () => {
    const all = await runtime.runPromise(RegionQueries.use((q) => q.activitiesOfServiceType("denní stacionáře")))
    expect(all.map((h) => `${h.planId}/${h.activityId}`)).toEqual(["r-a/a1", "r-a/a2", "r-a/a3", "r-b/a1", "r-b/a2", "r-c/a1", "r-c/a2", "r-c/a3", "r-c/a4", "r-c/a5"])
    expect(all.find((h) => h.planId === "r-b")?.revision).toBe(2)
    const shelters = await runtime.runPromise(RegionQueries.use((q) => q.activitiesOfServiceType("azylové domy", { regionCode: "43" })))
    expect(shelters.map((h) => h.planId)).toEqual(["r-b", "r-b"])
    expect(await runtime.runPromise(RegionQueries.use((q) => q.activitiesOfServiceType("'; DROP TABLE plans; --")))).toEqual([])
  })

  it("answers the same region queries through the Promise API, on the store's own connections", async () => {
    const store = await open({ url: url!, schema, maxConnections: 1 })
    try {
      expect(await store.region.fundingTotals({ regionCode: "43" }))
        .toEqual(await runtime.runPromise(RegionQueries.use((q) => q.fundingTotals({ regionCode: "43" }))))
      const hits = await store.region.activitiesOfServiceType("azylové domy", { regionCode: "43", status: ["inForce"] })
      expect(hits.map((h) => `${h.planId}@${h.revision}`)).toEqual(["r-b@2", "r-b@2"])
      expect((await store.list({ regionCode: "43" })).map((i) => i.planId)).toEqual(["r-a", "r-b"])
    } finally {
      await store.close()
    }
    // A failure rejects with the store's error, not a driver exception.
    const closed = await open({ url: url!, schema })
    await closed.close()
    await expect(closed.region.fundingTotals({})).rejects.toMatchObject({ _tag: "PlanStoreError" })
  })
})

describe("PostgreSQL connection failures", () => {
  it("answers a URL that cannot connect with a typed Unavailable error", async () => {
    const bad = layer({ url: "postgres://postgres@127.0.0.1:1/nothing", connectTimeout: 2_000 })
    const exit = await Effect.runPromiseExit(PlanStore.use((s) => s.list()).pipe(Effect.provide(bad)))
    const error = failureOf(exit)
    expect(error.reason._tag).toBe("Unavailable")
    await expect(open({ url: "postgres://postgres@127.0.0.1:1/nothing", connectTimeout: 2_000 })).rejects.toMatchObject({ reason: { _tag: "Unavailable" } })
  }, 30_000)

  it.runIf(ownsCluster)("reports a restarted server as Unavailable (retryable) and recovers", async () => {
    // A cluster of this test's own: the shared server keeps serving the test files running in parallel.
    const cluster = await privateCluster()
    const runtime = ManagedRuntime.make(layer({ url: cluster.url }))
    try {
      const plan = makeSizedPlan({ id: "restart-1" })
      await runtime.runPromise(PlanStore.use((s) => s.create(plan, { author: "a", reason: "r1" })))
      try {
        cluster.pgCtl("stop", "-m", "fast", "-w")
        const down = failureOf(await runtime.runPromiseExit(PlanStore.use((s) => s.load(plan.id))))
        expect(down.reason._tag).toBe("Unavailable")
        expect(down.retryable).toBe(true)
      } finally {
        if (!cluster.running()) cluster.start()
      }
      expect(cluster.running()).toBe(true)
      const retried = await runtime.runPromise(PlanStore.use((s) =>
        s.save({ ...plan, title: "Po restartu" }, { expectedRevision: 1, author: "a", reason: "r2" }).pipe(
          Effect.retry({ while: (e) => e.retryable, schedule: Schedule.spaced("200 millis"), times: 25 })
        )))
      expect(retried.revision).toBe(2)
      expect((await runtime.runPromise(PlanStore.use((s) => s.load(plan.id)))).plan.title).toBe("Po restartu")
    } finally {
      await runtime.dispose()
      cluster.remove()
    }
  }, 120_000)
})
