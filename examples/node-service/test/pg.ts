/**
 * The test server: `KPSS_PG_URL` (scripts/test-all.sh starts a throwaway cluster and sets it). Without it
 * the tests skip locally, but fail under `CI=true`. Each test file runs the service in a schema of its own
 * (dropped at the end), so it does not collide with other test files or the storage-postgres tests.
 */
import { PgClient } from "@effect/sql-pg"
import { open, type PgPlanStorePromise } from "@kpss/storage-postgres"
import { ManagedRuntime, Redacted } from "effect"
import { SqlClient } from "effect/sql"
import { expect, it } from "vitest"
import { startService, type RunningService, type ServiceOptions } from "../src/Service.ts"

export const url = process.env["KPSS_PG_URL"] || undefined
export const inCi = process.env["CI"] === "true"

/** Fails under CI when there is no server to test against (call at the top of a test file). */
export const requireServerInCi = (): void => {
  // Defined only when it fails, so a run with a server counts no skipped test for it.
  if (url === undefined && inCi) {
    it("has a PostgreSQL server to test against (KPSS_PG_URL) in CI", () => {
      expect.fail("KPSS_PG_URL is not set while CI=true: the service tests must run in CI, never skip")
    })
  }
}

export interface TestService {
  readonly store: PgPlanStorePromise
  readonly service: RunningService
  readonly schema: string
  /** Rows of the store's own tables, read directly (not through the store). */
  readonly query: <A extends object>(statement: string) => Promise<ReadonlyArray<A>>
  /** Stops the service, closes the store and drops the schema. */
  readonly stop: () => Promise<void>
}

/** Opens the store in a fresh schema and starts the service on a free port of 127.0.0.1. */
export const startTestService = async (tag: string, options: Omit<ServiceOptions, "store"> = {}): Promise<TestService> => {
  const schema = `kpss_t_${tag}_${process.pid}_${Date.now().toString(36)}`
  const raw = ManagedRuntime.make(PgClient.layer({ url: Redacted.make(url!), maxConnections: 1, startupParameters: { search_path: schema } }))
  const store = await open({ url: url!, schema })
  const service = await startService({ ...options, store, port: 0, host: "127.0.0.1" })
  return {
    store,
    service,
    schema,
    query: <A extends object>(statement: string) => raw.runPromise(SqlClient.SqlClient.use((sql) => sql.unsafe<A>(statement))),
    stop: async () => {
      await service.close()
      await store.close()
      await raw.runPromise(SqlClient.SqlClient.use((sql) => sql.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)))
      await raw.dispose()
    }
  }
}
