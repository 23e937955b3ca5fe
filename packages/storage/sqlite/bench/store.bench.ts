// Save and load of a 10,000-activity plan (generatePlan) through the SQLite store, against node:sqlite
// writing and reading the same bytes in the same run (same pragmas: WAL, synchronous = FULL, one
// transaction per write), each pair timed in alternating blocks of calls that pay for their own garbage
// (bench-lib's `alternate`). Two baselines per figure:
//   - the raw driver alone (the target, ≤ 2×);
//   - the raw driver plus the validation floor, decodePlanDocument of the same text (compiled guard and
//     integrity check), which the store must run on every document in and out and the driver does not.
// Run: pnpm build && node_modules/.bin/node packages/storage/sqlite/bench/store.bench.ts   (or `pnpm bench store`)
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { decodePlanDocument, encodePlanDocumentJson, makePlanStore } from "@kpss/core"
import { makeBackend, openDatabase } from "@kpss/storage-sqlite"
import { generatePlan } from "@kpss/testing"
import { Effect } from "effect"
import { alternate, report } from "../../../../scripts/bench-lib.mjs"

const dir = mkdtempSync(join(tmpdir(), "kpss-sqlite-bench-"))
try {
  const plan = generatePlan(10_000)
  const text = encodePlanDocumentJson(plan)
  const mib = (Buffer.byteLength(text) / 2 ** 20).toFixed(1)

  const raw = new DatabaseSync(join(dir, "raw.sqlite"))
  raw.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE raw (id INTEGER PRIMARY KEY, doc TEXT NOT NULL)")
  const insert = raw.prepare("INSERT INTO raw (doc) VALUES (?)")
  const select = raw.prepare("SELECT doc FROM raw WHERE id = ?")
  const selectBlob = raw.prepare("SELECT CAST(doc AS BLOB) AS doc FROM raw WHERE id = ?")
  let rawId = 0
  const rawWrite = () => {
    raw.exec("BEGIN IMMEDIATE")
    insert.run(text)
    raw.exec("COMMIT")
    rawId++
  }
  rawWrite()

  const db = openDatabase({ filename: join(dir, "store.sqlite") })
  const store = makePlanStore(makeBackend(db))
  let revision = Effect.runSync(store.create(plan, { author: "bench", reason: "create" })).revision
  const save = () => {
    revision = Effect.runSync(store.save(plan, { expectedRevision: revision, author: "bench", reason: "save" })).revision
  }
  const load = () => Effect.runSync(store.load(plan.id))
  const check = (decoded: { _tag: string }) => {
    if (decoded._tag !== "Success") throw new Error("the benchmark's document does not decode")
  }

  const bench = (op: string) => `SQLite ${op}, 10,000 activities (${mib} MiB)`
  const saved = await alternate(save, rawWrite)
  report({ bench: bench("save"), what: "PlanStore.save", ...saved, baseline: "node:sqlite INSERT of the same text", target: 2 })
  const savedFloor = await alternate(save, () => (check(decodePlanDocument(text)), rawWrite()))
  report({ bench: bench("save"), what: "PlanStore.save", ...savedFloor, baseline: "INSERT + decodePlanDocument (the validation floor)" })
  const loaded = await alternate(load, () => select.get(rawId))
  report({ bench: bench("load"), what: "PlanStore.load", ...loaded, baseline: "node:sqlite SELECT of the same text", target: 2 })
  const loadedFloor = await alternate(load, () => check(decodePlanDocument((select.get(rawId) as { doc: string }).doc)))
  report({ bench: bench("load"), what: "PlanStore.load", ...loadedFloor, baseline: "SELECT + decodePlanDocument (the validation floor)" })
  // The store reads the document as its UTF-8 bytes (a blob), which skips the driver's conversion to a
  // string; the same read by the raw driver, for comparison.
  const loadedBytes = await alternate(load, () => selectBlob.get(rawId))
  report({ bench: bench("load"), what: "PlanStore.load", ...loadedBytes, baseline: "node:sqlite SELECT of the same bytes as a blob" })
  raw.close()
  db.close()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
