/**
 * The municipal system's own storage of plans: its document archive keeps each plan's current document
 * as JSON text in a table of its own SQLite database (`node:sqlite`), beside its other records. It is
 * not a kpss store (no revisions; `@kpss/storage-sqlite` is that): it is what a system that already has
 * a database writes, and what its property tests must trust — that every plan comes back as it went in,
 * and that no malformed document ever gets in.
 *
 * Documents are written with `encodePlanDocumentJson` and read with `decodePlanDocument`, so a row that
 * was damaged outside (by hand, by another program) is reported with its problems, never returned.
 */
import { DatabaseSync } from "node:sqlite"
import { decodePlanDocument, encodePlanDocumentJson, type InvalidInput, type Plan } from "@kpss/core"
import { Result } from "effect"

export interface PlanArchive {
  /** Keeps the plan's document, replacing the one kept under its id. */
  readonly put: (plan: Plan) => void
  /** The plan kept under an id; `undefined` when there is none, `InvalidInput` when the row is damaged. */
  readonly get: (planId: string) => Result.Result<Plan, InvalidInput> | undefined
  /** Takes a document from outside (JSON text, UTF-8 bytes or a parsed value): keeps it only if it is valid. */
  readonly receive: (input: unknown) => Result.Result<Plan, InvalidInput>
  readonly count: () => number
  readonly close: () => void
}

/** Opens the archive in a database file (`:memory:` for a temporary one). */
export const openArchive = (filename = ":memory:"): PlanArchive => {
  const db = new DatabaseSync(filename)
  db.exec(`CREATE TABLE IF NOT EXISTS plan_documents (plan_id TEXT PRIMARY KEY, document TEXT NOT NULL)`)
  const upsert = db.prepare(`INSERT INTO plan_documents (plan_id, document) VALUES (?, ?)
    ON CONFLICT (plan_id) DO UPDATE SET document = excluded.document`)
  const select = db.prepare(`SELECT document FROM plan_documents WHERE plan_id = ?`)
  const counter = db.prepare(`SELECT count(*) AS n FROM plan_documents`)
  const put = (plan: Plan) => {
    upsert.run(plan.id, encodePlanDocumentJson(plan))
  }
  return {
    put,
    get: (planId) => {
      const row = select.get(planId) as { document: string } | undefined
      return row === undefined ? undefined : decodePlanDocument(row.document)
    },
    receive: (input) => {
      const decoded = decodePlanDocument(input)
      if (Result.isSuccess(decoded)) put(decoded.success)
      return decoded
    },
    count: () => Number((counter.get() as { n: number }).n),
    close: () => db.close()
  }
}
