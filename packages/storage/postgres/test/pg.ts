/**
 * The test server: `KPSS_PG_URL` (scripts/test-all.sh starts a throwaway cluster and sets it). Without
 * it the PostgreSQL tests are skipped locally, but fail under `CI=true`. `KPSS_PG_DATA` (and
 * `KPSS_PG_BIN`, the directory of `initdb` and `pg_ctl`) say that the tests own the cluster: then a test
 * that stops and starts a server gets a cluster of its own next to it (`privateCluster`), so the test
 * files running in parallel with it on the shared server never see it go away.
 */
import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { dirname, join } from "node:path"
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

/** Runs a PostgreSQL program of `KPSS_PG_BIN`, as the cluster's owner when we are root. */
const pgProgram = (program: string, args: ReadonlyArray<string>): string => {
  const bin = process.env["KPSS_PG_BIN"] === undefined ? program : join(process.env["KPSS_PG_BIN"], program)
  const [command, argv] = process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, [...args]]
  return execFileSync(command, argv, { stdio: "pipe", timeout: 60_000 }).toString()
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port")))
    })
  })

/** A PostgreSQL cluster of one test's own: its URL, and `pg_ctl` on its data directory. */
export interface PrivateCluster {
  readonly url: string
  readonly pgCtl: (...args: Array<string>) => string
  /** Whether its server is running (`pg_ctl status`). */
  readonly running: () => boolean
  /** Starts the server again with the options it was first started with. */
  readonly start: () => void
  /** Stops the server and removes the cluster. */
  readonly remove: () => void
}

/**
 * Creates and starts a throwaway cluster beside the shared one (the folder of `KPSS_PG_DATA` is writable by
 * the cluster's owner), on a free port, with the settings scripts/setup.sh uses.
 */
export const privateCluster = async (): Promise<PrivateCluster> => {
  const root = mkdtempSync(join(dirname(dataDir!), "private-"))
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres:", root])
  const data = join(root, "data")
  pgProgram("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"])
  const port = await freePort()
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories='' -c fsync=off`
  const pgCtl = (...args: Array<string>) => pgProgram("pg_ctl", ["-D", data, ...args])
  const start = () => void pgCtl("start", "-w", "-t", "60", "-l", join(root, "server.log"), "-o", options)
  const running = () => {
    try {
      pgCtl("status")
      return true
    } catch {
      return false
    }
  }
  start()
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    pgCtl,
    running,
    start,
    remove: () => {
      if (running()) pgCtl("stop", "-m", "immediate", "-w")
      rmSync(root, { recursive: true, force: true })
    }
  }
}
