/**
 * The plan store in one SQLite file, through `node:sqlite` (built into Node ≥ 22.5; no dependency).
 *
 * - The file is opened in WAL mode with `synchronous = FULL`: a save that returned is on disk even after
 *   a power loss (NORMAL would be faster but may lose the last commits on power loss, which a store
 *   that promises to keep every revision should not). Readers never block the writer.
 * - The document arrives as UTF-8 bytes and is bound as a blob cast to `TEXT` (the same bytes, no
 *   re-encoding of a JavaScript string); it is read back as those bytes (`CAST(… AS BLOB)`), which the
 *   decoder turns into text several times faster than the driver turns a 12 MB `TEXT` value into a string.
 * - Every save is one `BEGIN IMMEDIATE` transaction that checks the head and appends the revision, so
 *   writers in other processes serialise on the file lock; a writer waits for the lock up to
 *   `busyTimeout` (trying again every few milliseconds) and then reports `Unavailable` (retryable).
 * - Revisions are append-only: triggers refuse any `UPDATE` or `DELETE` of a revision row.
 * - The schema migrates itself on open (`schema_version`); a file written by a newer schema, or a file
 *   that is not SQLite, is a typed `Unavailable` error (not retryable) and is left untouched.
 *
 * @since 0.1.0
 */
import { hash } from "node:crypto"
import { DatabaseSync } from "node:sqlite"
import {
  makePlanStore,
  makePromiseApi,
  PlanStore,
  revisionInfoFromRow,
  unavailable,
  type PlanFilter,
  type PlanStoreBackend,
  type PlanStoreError,
  type PlanStorePromise,
  type RevisionRecord
} from "@kpss/core"
import { Config, Effect, Layer } from "effect"

/**
 * Where the store lives and how long a writer waits for the file lock.
 *
 * @category models
 * @since 0.1.0
 */
export interface SqliteOptions {
  /** The database file (created when missing); `":memory:"` for a private in-memory database. */
  readonly filename: string
  /** How long a save waits for another writer's lock, in milliseconds (default 30,000). */
  readonly busyTimeout?: number
}

/**
 * The migrations of the store's own schema, in order; `schema_version` records how many ran. A change
 * of schema appends one; an applied step is never edited.
 *
 * @category migrations
 * @since 0.1.0
 */
export const migrations: ReadonlyArray<string> = [
  `CREATE TABLE revisions (
    plan_id TEXT NOT NULL,
    revision INTEGER NOT NULL CHECK (revision >= 1),
    author TEXT NOT NULL,
    reason TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    hash TEXT NOT NULL,
    size INTEGER NOT NULL,
    title TEXT NOT NULL,
    territory_code TEXT NOT NULL,
    region_code TEXT,
    status TEXT NOT NULL,
    period_from INTEGER NOT NULL,
    period_to INTEGER NOT NULL,
    adoption TEXT,
    document TEXT NOT NULL,
    UNIQUE (plan_id, revision)
  );
  CREATE TABLE plans (plan_id TEXT PRIMARY KEY, head INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TRIGGER revisions_no_update BEFORE UPDATE ON revisions BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END;
  CREATE TRIGGER revisions_no_delete BEFORE DELETE ON revisions BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END;`
]

const infoColumns =
  "r.plan_id, r.revision, r.author, r.reason, r.saved_at, r.hash, r.size, r.title, r.territory_code, r.region_code, r.status, r.period_from, r.period_to, r.adoption"

type Row = Record<string, unknown>

const toInfo = revisionInfoFromRow

// SQLite result codes (primary code in the low byte) that a later attempt may get past.
const retryableCodes = new Set([5 /* BUSY */, 6 /* LOCKED */, 10 /* IOERR */, 13 /* FULL */, 14 /* CANTOPEN */])

/**
 * Classifies a `node:sqlite` failure as the store's `Unavailable` error.
 *
 * @category errors
 * @since 0.1.0
 */
export const classifyError = (operation: string, cause: unknown): PlanStoreError => {
  const code = typeof cause === "object" && cause !== null ? (cause as { errcode?: unknown }).errcode : undefined
  const retryable = typeof code === "number" && retryableCodes.has(code & 0xff)
  const detail = cause instanceof Error ? cause.message : String(cause)
  return unavailable(`SQLite ${operation}: ${detail}`, cause, retryable)
}

const attempt = <A>(operation: string, f: () => A): Effect.Effect<A, PlanStoreError> =>
  Effect.try({ try: f, catch: (e) => classifyError(operation, e) })

/**
 * Opens the database file, applies pending migrations and returns the store's primitives over it.
 *
 * @category constructors
 * @since 0.1.0
 */
export const openDatabase = (options: SqliteOptions): DatabaseSync => {
  const db = new DatabaseSync(options.filename, { timeout: options.busyTimeout ?? defaultBusyTimeout })
  try {
    db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")
    migrate(db)
    return db
  } catch (e) {
    db.close()
    throw e
  }
}

const migrate = (db: DatabaseSync): void => {
  db.exec("BEGIN IMMEDIATE")
  try {
    db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    const row = db.prepare("SELECT version FROM schema_version").get() as Row | undefined
    const version = row === undefined ? 0 : Number(row["version"])
    if (version > migrations.length) {
      throw Object.assign(new Error(`the file has schema version ${version}; this library knows ${migrations.length}`), { errcode: 1 })
    }
    for (let v = version; v < migrations.length; v++) db.exec(migrations[v]!)
    if (row === undefined) db.prepare("INSERT INTO schema_version (version) VALUES (?)").run(migrations.length)
    else if (version !== migrations.length) db.prepare("UPDATE schema_version SET version = ?").run(migrations.length)
    db.exec("COMMIT")
  } catch (e) {
    if (db.isTransaction) db.exec("ROLLBACK")
    throw e
  }
}

const defaultBusyTimeout = 30_000
const isBusy = (e: unknown) =>
  typeof e === "object" && e !== null && typeof (e as { errcode?: unknown }).errcode === "number" &&
  ((e as { errcode: number }).errcode & 0xff) === 5
const pause = new Int32Array(new SharedArrayBuffer(4))

/**
 * Takes the write lock (`BEGIN IMMEDIATE`), waiting for another writer up to `busyTimeout` ms. SQLite's
 * own busy handler sleeps ever longer (up to 100 ms a try), so under contention the lock often lies free
 * while every waiter sleeps; this tries again after 1–10 ms with jitter instead, and gives up with
 * SQLite's BUSY error (retryable `Unavailable`) when the time is up.
 */
const beginImmediate = (db: DatabaseSync, busyTimeout: number): void => {
  db.exec("PRAGMA busy_timeout = 0")
  try {
    const deadline = performance.now() + busyTimeout
    for (let attempt = 0;; attempt++) {
      try {
        db.exec("BEGIN IMMEDIATE")
        return
      } catch (e) {
        if (!isBusy(e) || performance.now() >= deadline) throw e
        Atomics.wait(pause, 0, 0, Math.min(1 + attempt, 10) * (0.5 + Math.random()))
      }
    }
  } finally {
    db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(busyTimeout))}`)
  }
}

/**
 * The store's primitives over an open database.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeBackend = (db: DatabaseSync, busyTimeout = defaultBusyTimeout): PlanStoreBackend => {
  const headOf = db.prepare("SELECT head FROM plans WHERE plan_id = ?")
  const insert = db.prepare(
    `INSERT INTO revisions (plan_id, revision, author, reason, saved_at, hash, size, title, territory_code, region_code,
      status, period_from, period_to, adoption, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT))`
  )
  const setHead = db.prepare("INSERT INTO plans (plan_id, head) VALUES (?, ?) ON CONFLICT (plan_id) DO UPDATE SET head = excluded.head")
  const readOne = db.prepare(`SELECT ${infoColumns}, CAST(r.document AS BLOB) AS document FROM revisions r WHERE r.plan_id = ? AND r.revision = ?`)
  const readHead = db.prepare(
    `SELECT ${infoColumns}, CAST(r.document AS BLOB) AS document FROM plans p JOIN revisions r ON r.plan_id = p.plan_id AND r.revision = p.head WHERE p.plan_id = ?`
  )
  const history = db.prepare(`SELECT ${infoColumns} FROM revisions r WHERE r.plan_id = ? ORDER BY r.revision`)

  const append = (record: RevisionRecord, expected: number) =>
    attempt("save", () => {
      beginImmediate(db, busyTimeout)
      try {
        const head = headOf.get(record.planId) as Row | undefined
        const actual = head === undefined ? 0 : Number(head["head"])
        if (actual !== expected) {
          db.exec("ROLLBACK")
          return { _tag: "Stale", actual } as const
        }
        insert.run(
          record.planId, record.revision, record.author, record.reason, record.savedAt, record.hash, record.size,
          record.title, record.territoryCode, record.regionCode ?? null, record.status, record.periodFrom, record.periodTo,
          record.adoption ?? null, record.document
        )
        setHead.run(record.planId, record.revision)
        db.exec("COMMIT")
        return { _tag: "Appended" } as const
      } catch (e) {
        if (db.isTransaction) db.exec("ROLLBACK")
        throw e
      }
    })

  const list = (filter: PlanFilter) =>
    attempt("list", () => {
      const where: Array<string> = []
      const params: Array<string | number> = []
      if (filter.territoryCode !== undefined) (where.push("r.territory_code = ?"), params.push(filter.territoryCode))
      if (filter.regionCode !== undefined) (where.push("r.region_code = ?"), params.push(filter.regionCode))
      if (filter.status !== undefined) {
        where.push(`r.status IN (${filter.status.map(() => "?").join(", ") || "NULL"})`)
        params.push(...filter.status)
      }
      if (filter.period !== undefined) {
        where.push("r.period_from <= ? AND r.period_to >= ?")
        params.push(filter.period.to, filter.period.from)
      }
      const sql = `SELECT ${infoColumns} FROM plans p JOIN revisions r ON r.plan_id = p.plan_id AND r.revision = p.head
        ${where.length === 0 ? "" : `WHERE ${where.join(" AND ")}`} ORDER BY p.plan_id`
      return (db.prepare(sql).all(...params) as Array<Row>).map(toInfo)
    })

  return {
    append,
    read: (planId, revision) =>
      attempt("load", () => {
        const row = (revision === undefined ? readHead.get(planId) : readOne.get(planId, revision)) as Row | undefined
        return row === undefined ? undefined : { info: toInfo(row), document: row["document"] }
      }),
    history: (planId) => attempt("history", () => (history.all(planId) as Array<Row>).map(toInfo)),
    list,
    // The revision hash: SHA-256 of the document's bytes, native.
    digest: (bytes) => hash("sha256", bytes, "hex")
  }
}

/**
 * The plan store over a SQLite file, open for the lifetime of the scope.
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = (options: SqliteOptions) =>
  Effect.map(
    Effect.acquireRelease(attempt("open", () => openDatabase(options)), (db) => Effect.sync(() => db.close())),
    (db) => makePlanStore(makeBackend(db, options.busyTimeout))
  )

/**
 * The plan store over a SQLite file.
 *
 * @category layers
 * @since 0.1.0
 */
export const layer = (options: SqliteOptions): Layer.Layer<PlanStore, PlanStoreError> => Layer.effect(PlanStore, make(options))

/**
 * The plan store over a SQLite file named by configuration (by default `KPSS_SQLITE_FILE`).
 *
 * @category layers
 * @since 0.1.0
 */
export const layerConfig = (
  filename: Config.Config<string> = Config.String("KPSS_SQLITE_FILE")
): Layer.Layer<PlanStore, PlanStoreError> =>
  Layer.unwrap(
    Effect.map(
      Effect.mapError(filename, (e) => unavailable(`configuration: ${e.message}`, e, false)),
      (name) => layer({ filename: name })
    )
  )

/**
 * Opens the store for callers who do not use Effect. Rejects with a `PlanStoreError` when the file
 * cannot be opened or is not a SQLite database. Call `close()` when done.
 *
 * @category promise
 * @since 0.1.0
 */
export const open = (options: SqliteOptions): Promise<PlanStorePromise> => makePromiseApi(layer(options))
