/**
 * The test server: `KPSS_PG_URL` (scripts/test-all.sh starts a throwaway cluster and sets it). Without
 * it the PostgreSQL tests are skipped locally, but fail under `CI=true`. `KPSS_PG_DATA` (and
 * `KPSS_PG_BIN`, the directory of `pg_ctl`) say that the tests own the cluster and may restart it.
 */
import { execFileSync } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { PgClient } from "@effect/sql-pg"
import { type StorageProbe } from "@kpss/testing"
import { Effect, ManagedRuntime, Redacted } from "effect"
import { SqlClient } from "effect/sql"

export const url = process.env["KPSS_PG_URL"]
export const inCi = process.env["CI"] === "true"
export const dataDir = process.env["KPSS_PG_DATA"]
export const ownsCluster = url !== undefined && dataDir !== undefined && existsSync(join(dataDir, "PG_VERSION"))

export const freshSchema = (tag: string) => `kpss_t_${tag}_${process.pid}_${Date.now().toString(36)}`

/** A raw connection for the probe and for set-up, on its own pool. */
export const rawClient = (schema: string) =>
  ManagedRuntime.make(PgClient.layer({
    url: Redacted.make(url ?? ""),
    maxConnections: 2,
    startupParameters: { search_path: schema }
  }))

export const makeProbe = (raw: ReturnType<typeof rawClient>): StorageProbe => {
  const q = <A extends object>(f: (sql: SqlClient.SqlClient) => Effect.Effect<ReadonlyArray<A>, unknown>) =>
    raw.runPromise(SqlClient.SqlClient.use(f))
  return {
    revisions: async (planId) =>
      (await q<{ revision: number }>((sql) => sql`SELECT revision FROM revisions WHERE plan_id = ${planId} ORDER BY revision`)).map((r) => r.revision),
    document: async (planId, revision) =>
      JSON.parse((await q<{ d: string }>((sql) => sql`SELECT document::text AS d FROM revisions WHERE plan_id = ${planId} AND revision = ${revision}`))[0]!.d),
    corrupt: async (planId, revision, document) => {
      // The store refuses updates of revisions by a trigger; the probe lifts it for this one write.
      await q((sql) => sql.withTransaction(Effect.gen(function*() {
        yield* sql`ALTER TABLE revisions DISABLE TRIGGER revisions_append_only`
        yield* sql`UPDATE revisions SET document = ${JSON.stringify(document)}::jsonb WHERE plan_id = ${planId} AND revision = ${revision}`
        return yield* sql`ALTER TABLE revisions ENABLE TRIGGER revisions_append_only`
      })))
    }
  }
}

export const dropSchema = (raw: ReturnType<typeof rawClient>, schema: string) =>
  raw.runPromise(SqlClient.SqlClient.use((sql) => sql.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)))

/** Runs pg_ctl on the test cluster, as its owner when we are root. */
export const pgCtl = (...args: Array<string>) => {
  const bin = process.env["KPSS_PG_BIN"] === undefined ? "pg_ctl" : join(process.env["KPSS_PG_BIN"], "pg_ctl")
  const command = process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", bin, "-D", dataDir!, ...args]] as const : [bin, ["-D", dataDir!, ...args]] as const
  return execFileSync(command[0], [...command[1]], { stdio: "pipe", timeout: 60_000 }).toString()
}

/** Whether the test cluster's server is running (`pg_ctl status`). */
export const serverRunning = (): boolean => {
  try {
    pgCtl("status")
    return true
  } catch {
    return false
  }
}

/** The server's options as it was started (from postmaster.opts), to start it again the same way. */
export const startOptions = (): string => {
  const opts = readFileSync(join(dataDir!, "postmaster.opts"), "utf8").trim()
  const args = [...opts.matchAll(/"([^"]*)"/g)].map((m) => m[1]!)
  const out: Array<string> = []
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "-D") i++
    else out.push(args[i]!.includes(" ") ? `'${args[i]}'` : args[i]!)
  }
  return out.join(" ")
}
