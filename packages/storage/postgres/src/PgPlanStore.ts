/**
 * The plan store in PostgreSQL, through `@effect/sql-pg`. Each revision is one row: the document as
 * `jsonb` (so a region can query across its municipalities' plans, see `RegionQueries`) beside plain
 * columns for what lists and filters need (plan id, revision, territory, region, status, period).
 *
 * - The document is sent as text that the server parses into `jsonb`, and a load reads it back as text.
 *   (Sending the UTF-8 bytes as a `bytea` read with `convert_from(…)::jsonb` looked cheaper on the client
 *   but doubled the save on the server and left its backend slow to render large documents on later
 *   loads: docs/benchmarks.md, "Storage".)
 * - A save is one transaction: `UPDATE plans SET head = head + 1 WHERE head = expected` (or the insert
 *   of a new plan) and the insert of the revision. Concurrent savers of one plan wait on the row lock
 *   and the loser finds the head moved: a `Conflict`, nothing written.
 * - Each save also writes `plan_funding` (money per kind of source and year of that revision, see
 *   {@link fundingRows}) in the same transaction, so a region's funding totals read a few rows per plan
 *   instead of the documents. It is derived data: the migration that adds it fills it from the stored
 *   documents, and a test checks it against the totals computed in `@kpss/core`.
 * - Revisions are append-only: a trigger refuses any `UPDATE` or `DELETE` of a revision row.
 * - The schema migrates itself when the layer starts (`kpss_schema_version`), under an advisory lock so
 *   that several processes starting at once do not race.
 * - Driver failures are classified: a lost connection or a server that is restarting is `Unavailable`
 *   with `retryable: true`; the next operation reconnects.
 *
 * @since 0.1.0
 */
import { hash } from "node:crypto"
import { PgClient } from "@effect/sql-pg"
import {
  defaultMaxBytes,
  type Amounts,
  type FundingKind,
  type Plan,
  makePlanStore,
  makePromiseApi,
  PlanStore,
  revisionInfoFromRow,
  unavailable,
  type AppendResult,
  type PlanFilter,
  type PlanStoreBackend,
  type PlanStoreError,
  type PlanStorePromise,
  type RevisionRecord
} from "@kpss/core"
import { Config, Context, Effect, Layer, Redacted } from "effect"
import { SqlClient } from "effect/sql"
import { makeRegionQueries, RegionQueries, regionQueriesPromise, type RegionQueriesPromise } from "./RegionQueries.js"

/**
 * How to reach the server.
 *
 * @category models
 * @since 0.1.0
 */
export interface PgOptions {
  /** `postgres://user@host:port/database`. */
  readonly url: string
  /** A schema to keep the tables in (created when missing); default `public`. Letters, digits and `_`. */
  readonly schema?: string
  /** Connections in the pool (default 10). */
  readonly maxConnections?: number
  /** How long to wait for a connection, in milliseconds (default 5,000). */
  readonly connectTimeout?: number
}

/**
 * The migrations of the store's own schema, in order; `kpss_schema_version` records how many ran. Each
 * step is a list of statements run in one transaction.
 *
 * @category migrations
 * @since 0.1.0
 */
export const migrations: ReadonlyArray<ReadonlyArray<string>> = [[
  `CREATE TABLE plans (plan_id text PRIMARY KEY, head integer NOT NULL)`,
  `CREATE TABLE revisions (
    plan_id text NOT NULL,
    revision integer NOT NULL CHECK (revision >= 1),
    author text NOT NULL,
    reason text NOT NULL,
    saved_at text NOT NULL,
    hash text NOT NULL,
    size bigint NOT NULL,
    title text NOT NULL,
    territory_code text NOT NULL,
    region_code text,
    status text NOT NULL,
    period_from integer NOT NULL,
    period_to integer NOT NULL,
    adoption text,
    document jsonb NOT NULL,
    PRIMARY KEY (plan_id, revision)
  )`,
  `CREATE INDEX revisions_region ON revisions (region_code, plan_id)`,
  `CREATE INDEX revisions_territory ON revisions (territory_code)`,
  `CREATE FUNCTION kpss_revisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'revisions are append-only'; END $$`,
  `CREATE TRIGGER revisions_append_only BEFORE UPDATE OR DELETE ON revisions
    FOR EACH ROW EXECUTE FUNCTION kpss_revisions_append_only()`
], [
  // Derived from each revision's funding lines, written in the save's transaction: money per kind of
  // source and year. Never the source of truth (the document is); append-only like the revisions.
  `CREATE TABLE plan_funding (
    plan_id text NOT NULL,
    revision integer NOT NULL,
    source_kind text NOT NULL,
    year integer NOT NULL,
    planned bigint NOT NULL,
    secured bigint NOT NULL,
    spent bigint NOT NULL,
    PRIMARY KEY (plan_id, revision, source_kind, year),
    FOREIGN KEY (plan_id, revision) REFERENCES revisions (plan_id, revision)
  )`,
  `CREATE TRIGGER plan_funding_append_only BEFORE UPDATE OR DELETE ON plan_funding
    FOR EACH ROW EXECUTE FUNCTION kpss_revisions_append_only()`,
  `INSERT INTO plan_funding (plan_id, revision, source_kind, year, planned, secured, spent)
    SELECT r.plan_id, r.revision, s->>'kind', (l->>'year')::int, sum((l->>'planned')::bigint), sum((l->>'secured')::bigint),
      sum((l->>'spent')::bigint)
    FROM revisions r
    CROSS JOIN LATERAL jsonb_array_elements(r.document->'plan'->'funding'->'lines') l
    JOIN LATERAL jsonb_array_elements(r.document->'plan'->'funding'->'sources') s ON s->>'id' = l->>'sourceId'
    GROUP BY r.plan_id, r.revision, s->>'kind', (l->>'year')::int`
]]

/**
 * The rows of `plan_funding` for a plan: planned, secured and spent money summed per kind of source and
 * year over its funding lines (a line whose source is missing counts nowhere, as in the region query).
 *
 * @category derived data
 * @since 0.1.0
 */
export const fundingRows = (plan: Plan): ReadonlyArray<{ readonly kind: FundingKind; readonly year: number } & Amounts> => {
  const kindOf = new Map(plan.funding.sources.map((s) => [s.id as string, s.kind]))
  const rows = new Map<string, { kind: FundingKind; year: number; planned: number; secured: number; spent: number }>()
  for (const line of plan.funding.lines) {
    const kind = kindOf.get(line.sourceId)
    if (kind === undefined) continue
    const key = `${kind}/${line.year}`
    let row = rows.get(key)
    if (row === undefined) rows.set(key, row = { kind, year: line.year, planned: 0, secured: 0, spent: 0 })
    row.planned += line.planned
    row.secured += line.secured
    row.spent += line.spent
  }
  return [...rows.values()]
}

// The validated bytes as the text the server parses (the driver writes the string once, as UTF-8).
const utf8Text = new TextDecoder()
const schemaName = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/

/**
 * Classifies a driver failure as the store's `Unavailable` error.
 *
 * @category errors
 * @since 0.1.0
 */
export const classifyError = (operation: string) => (cause: unknown): PlanStoreError => {
  const retryable = typeof cause === "object" && cause !== null && (cause as { isRetryable?: unknown }).isRetryable === true
  const detail = cause instanceof Error ? cause.message : String(cause)
  return unavailable(`PostgreSQL ${operation}: ${detail}`, cause, retryable)
}

const infoColumns = `r.plan_id, r.revision, r.author, r.reason, r.saved_at, r.hash, r.size, r.title, r.territory_code,
  r.region_code, r.status, r.period_from, r.period_to, r.adoption`

type Row = Record<string, unknown>

const toInfo = revisionInfoFromRow

/**
 * Runs the pending migrations (under an advisory lock).
 *
 * @category migrations
 * @since 0.1.0
 */
export const migrate = (sql: SqlClient.SqlClient, schema: string | undefined) =>
  sql.withTransaction(Effect.gen(function*() {
    yield* sql`SELECT pg_advisory_xact_lock(hashtext('kpss_plan_store'))`
    if (schema !== undefined) yield* sql.unsafe(`CREATE SCHEMA IF NOT EXISTS "${schema}"`)
    yield* sql`CREATE TABLE IF NOT EXISTS kpss_schema_version (version integer NOT NULL)`
    const rows = yield* sql<{ version: number }>`SELECT version FROM kpss_schema_version`
    const version = rows[0]?.version ?? 0
    if (version > migrations.length) {
      return yield* Effect.fail(unavailable(`the database has schema version ${version}; this library knows ${migrations.length}`, undefined, false))
    }
    for (let v = version; v < migrations.length; v++) for (const statement of migrations[v]!) yield* sql.unsafe(statement)
    if (rows.length === 0) yield* sql`INSERT INTO kpss_schema_version (version) VALUES (${migrations.length})`
    else if (version !== migrations.length) yield* sql`UPDATE kpss_schema_version SET version = ${migrations.length}`
  }))

/**
 * The store's primitives over a SQL client connected to PostgreSQL.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeBackend = (sql: SqlClient.SqlClient): PlanStoreBackend => {
  const append = (record: RevisionRecord, expected: number): Effect.Effect<AppendResult, PlanStoreError> =>
    sql.withTransaction(Effect.gen(function*() {
      const moved = expected === 0
        ? yield* sql`INSERT INTO plans (plan_id, head) VALUES (${record.planId}, 1) ON CONFLICT (plan_id) DO NOTHING RETURNING head`
        : yield* sql`UPDATE plans SET head = head + 1 WHERE plan_id = ${record.planId} AND head = ${expected} RETURNING head`
      if (moved.length === 0) {
        const current = yield* sql<{ head: number }>`SELECT head FROM plans WHERE plan_id = ${record.planId}`
        return { _tag: "Stale", actual: current[0]?.head ?? 0 } as const
      }
      yield* sql`INSERT INTO revisions (plan_id, revision, author, reason, saved_at, hash, size, title, territory_code,
        region_code, status, period_from, period_to, adoption, document) VALUES (${record.planId}, ${record.revision},
        ${record.author}, ${record.reason}, ${record.savedAt}, ${record.hash}, ${record.size}, ${record.title},
        ${record.territoryCode}, ${record.regionCode ?? null}, ${record.status}, ${record.periodFrom}, ${record.periodTo},
        ${record.adoption ?? null}, ${utf8Text.decode(record.document)}::jsonb)`
      const funding = fundingRows(record.plan)
      if (funding.length > 0) {
        yield* sql`INSERT INTO plan_funding (plan_id, revision, source_kind, year, planned, secured, spent)
          SELECT ${record.planId}, ${record.revision}, f.* FROM unnest(${funding.map((f) => f.kind)}::text[],
            ${funding.map((f) => String(f.year))}::int[], ${funding.map((f) => String(f.planned))}::bigint[],
            ${funding.map((f) => String(f.secured))}::bigint[], ${funding.map((f) => String(f.spent))}::bigint[]) AS f`
      }
      return { _tag: "Appended" } as const
    })).pipe(Effect.mapError(classifyError("save")))

  const read = (planId: string, revision: number | undefined) =>
    Effect.map(
      revision === undefined
        // The head's revision is looked up first, so the index finds the one row: a join filtered on
        // `p.head = r.revision` reads every revision of the plan to keep one.
        ? sql<Row>`SELECT ${sql.literal(infoColumns)}, r.document::text AS document FROM revisions r
            WHERE r.plan_id = ${planId} AND r.revision = (SELECT head FROM plans WHERE plan_id = ${planId})`
        : sql<Row>`SELECT ${sql.literal(infoColumns)}, r.document::text AS document FROM revisions r
            WHERE r.plan_id = ${planId} AND r.revision = ${revision}`,
      (rows) => (rows[0] === undefined ? undefined : { info: toInfo(rows[0]), document: rows[0]["document"] })
    ).pipe(Effect.mapError(classifyError("load")))

  const list = (filter: PlanFilter) => {
    const where = [sql`TRUE`]
    if (filter.territoryCode !== undefined) where.push(sql`r.territory_code = ${filter.territoryCode}`)
    if (filter.regionCode !== undefined) where.push(sql`r.region_code = ${filter.regionCode}`)
    if (filter.status !== undefined) where.push(sql`r.status = ANY(${[...filter.status]})`)
    if (filter.period !== undefined) where.push(sql`r.period_from <= ${filter.period.to} AND r.period_to >= ${filter.period.from}`)
    return Effect.map(
      sql<Row>`SELECT ${sql.literal(infoColumns)} FROM plans p JOIN revisions r ON r.plan_id = p.plan_id AND r.revision = p.head
        WHERE ${sql.and(where)} ORDER BY p.plan_id COLLATE "C"`,
      (rows) => rows.map(toInfo)
    ).pipe(Effect.mapError(classifyError("list")))
  }

  return {
    append,
    read,
    history: (planId) =>
      Effect.map(sql<Row>`SELECT ${sql.literal(infoColumns)} FROM revisions r WHERE r.plan_id = ${planId} ORDER BY r.revision`, (rows) => rows.map(toInfo))
        .pipe(Effect.mapError(classifyError("history"))),
    list,
    // The revision hash: SHA-256 of the document's bytes, native.
    digest: (bytes) => hash("sha256", bytes, "hex")
  }
}

/**
 * Connects (a pool of `maxConnections`), migrates, and returns the plan store and the region queries;
 * the pool closes with the scope.
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = (options: PgOptions) =>
  Effect.gen(function*() {
    if (options.schema !== undefined && !schemaName.test(options.schema)) {
      return yield* Effect.fail(unavailable(`invalid schema name "${options.schema}"`, undefined, false))
    }
    const client = yield* Layer.build(PgClient.layer({
      url: Redacted.make(options.url),
      maxConnections: options.maxConnections ?? 10,
      connectTimeout: options.connectTimeout ?? 5_000,
      // A row carries a whole document: allow the largest the decoder accepts, plus the other columns.
      maxMessageSize: defaultMaxBytes + 1024 * 1024,
      ...(options.schema === undefined ? {} : { startupParameters: { search_path: options.schema } })
    })).pipe(Effect.mapError(classifyError("connect")))
    const sql = Context.get(client, SqlClient.SqlClient)
    yield* migrate(sql, options.schema).pipe(Effect.mapError((e) => (e._tag === "PlanStoreError" ? e : classifyError("migrate")(e))))
    return Context.make(PlanStore, makePlanStore(makeBackend(sql))).pipe(Context.add(RegionQueries, makeRegionQueries(sql)))
  })

/**
 * The plan store (and the region queries) in PostgreSQL.
 *
 * @category layers
 * @since 0.1.0
 */
export const layer = (options: PgOptions): Layer.Layer<PlanStore | RegionQueries, PlanStoreError> => Layer.effectContext(make(options))

/**
 * The store with its connection taken from configuration (by default `KPSS_PG_URL`).
 *
 * @category layers
 * @since 0.1.0
 */
export const layerConfig = (
  url: Config.Config<string> = Config.String("KPSS_PG_URL")
): Layer.Layer<PlanStore | RegionQueries, PlanStoreError> =>
  Layer.unwrap(Effect.map(Effect.mapError(url, (e) => unavailable(`configuration: ${e.message}`, e, false)), (u) => layer({ url: u })))

/**
 * The store in PostgreSQL as Promises, with the region queries (on the same connections).
 *
 * @category promise
 * @since 0.1.0
 */
export interface PgPlanStorePromise extends PlanStorePromise {
  readonly region: RegionQueriesPromise
}

/**
 * Opens the store for callers who do not use Effect. Rejects with a `PlanStoreError` when the server
 * cannot be reached. Call `close()` when done.
 *
 * @category promise
 * @since 0.1.0
 */
export const open = (options: PgOptions): Promise<PgPlanStorePromise> =>
  makePromiseApi(layer(options), (run) => ({ region: regionQueriesPromise(run) }))

