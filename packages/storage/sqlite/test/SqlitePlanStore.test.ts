import { fork } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { fileURLToPath } from "node:url"
import { PlanStore, type PlanStoreError } from "@kpss/core"
import { makeSizedPlan, planStoreConformance, type StorageProbe, type WriterReport } from "@kpss/testing"
import { Effect, Exit } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { layer, open } from "../src/index.js"

const dir = mkdtempSync(join(tmpdir(), "kpss-sqlite-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const filename = join(dir, "plans.sqlite")
const writerScript = fileURLToPath(new URL("./writer-process.mjs", import.meta.url))

/** Reads the file with a connection of its own, behind the store's back. */
const probeOf = (file: string): StorageProbe => {
  const raw = () => new DatabaseSync(file)
  const use = <A>(f: (db: DatabaseSync) => A): A => {
    const db = raw()
    try {
      return f(db)
    } finally {
      db.close()
    }
  }
  return {
    revisions: async (planId) =>
      use((db) => db.prepare("SELECT revision FROM revisions WHERE plan_id = ? ORDER BY revision").all(planId).map((r) => Number(r["revision"]))),
    document: async (planId, revision) =>
      use((db) => JSON.parse(String(db.prepare("SELECT document FROM revisions WHERE plan_id = ? AND revision = ?").get(planId, revision)!["document"]))),
    corrupt: async (planId, revision, document) =>
      use((db) => {
        // The store refuses updates of revisions by a trigger; the probe lifts it for this one write.
        const trigger = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'revisions_no_update'").get()!["sql"] as string
        db.exec("BEGIN IMMEDIATE; DROP TRIGGER revisions_no_update;")
        db.prepare("UPDATE revisions SET document = ? WHERE plan_id = ? AND revision = ?").run(JSON.stringify(document), planId, revision)
        db.exec(`${trigger}; COMMIT;`)
      })
  }
}

const forkWriter = <A>(args: ReadonlyArray<string>, onMessage?: (message: A) => void) => {
  // The writers share one compile cache: the first compiles the packages, the others load the code.
  const env = { ...process.env, NODE_COMPILE_CACHE: join(dir, "compile-cache") }
  const child = fork(writerScript, [...args], { stdio: ["ignore", "inherit", "inherit", "ipc"], env })
  const messages: Array<A> = []
  child.on("message", (m) => {
    messages.push(m as A)
    onMessage?.(m as A)
  })
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; messages: Array<A> }>((resolve, reject) => {
    child.on("error", reject)
    child.on("exit", (code, signal) => resolve({ code, signal, messages }))
  })
  return { child, done }
}

planStoreConformance("SQLite", {
  layer: layer({ filename }),
  probe: probeOf(filename),
  runWriters: async ({ planId, writers, saves }) => {
    // One process fills the shared compile cache first, so the writers start without compiling.
    await forkWriter(["warm"]).done
    return Promise.all(Array.from({ length: writers }, async (_, w) => {
      const { done } = forkWriter<WriterReport>(["writer", filename, planId, String(w), String(saves)])
      const { code, messages } = await done
      if (code !== 0 || messages.length !== 1) throw new Error(`writer ${w} exited with ${code}`)
      return messages[0]!
    }))
  }
})

const failureOf = (exit: Exit.Exit<unknown, PlanStoreError>) => {
  if (Exit.isSuccess(exit)) throw new Error("expected a failure")
  const reason = exit.cause.reasons.find((r) => r._tag === "Fail")
  if (reason?._tag !== "Fail") throw new Error("expected a typed failure")
  return reason.error
}

describe("SQLite file handling", () => {
  it("answers a file that is not SQLite with a typed, non-retryable error and leaves it untouched", async () => {
    const file = join(dir, "not-a-database.sqlite")
    const content = "Tohle není databáze, ale obyčejný text. ".repeat(200)
    writeFileSync(file, content)
    const exit = await Effect.runPromiseExit(PlanStore.use((s) => s.list()).pipe(Effect.provide(layer({ filename: file }))))
    const error = failureOf(exit)
    expect(error.reason._tag).toBe("Unavailable")
    expect(error.retryable).toBe(false)
    expect(error.message).toContain("not a database")
    expect(readFileSync(file, "utf8")).toBe(content)
    await expect(open({ filename: file })).rejects.toMatchObject({ _tag: "PlanStoreError", reason: { _tag: "Unavailable" } })
  })

  it("refuses a file written by a newer schema", async () => {
    const file = join(dir, "newer.sqlite")
    const db = new DatabaseSync(file)
    db.exec("CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (99);")
    db.close()
    const exit = await Effect.runPromiseExit(PlanStore.use((s) => s.list()).pipe(Effect.provide(layer({ filename: file }))))
    expect(failureOf(exit).message).toContain("schema version 99")
  })

  it("migrates a new file once and records the schema version; revisions cannot be updated or deleted", async () => {
    const file = join(dir, "fresh.sqlite")
    const store = await open({ filename: file })
    await store.create(makeSizedPlan({ id: "p" }), { author: "a", reason: "r" })
    await store.close()
    const again = await open({ filename: file })
    expect((await again.history("p")).length).toBe(1)
    await again.close()
    const db = new DatabaseSync(file)
    expect(db.prepare("SELECT version FROM schema_version").all()).toEqual([{ version: 1 }])
    expect(db.prepare("PRAGMA journal_mode").get()).toEqual({ journal_mode: "wal" })
    expect(() => db.exec("UPDATE revisions SET author = 'x'")).toThrow(/append-only/)
    expect(() => db.exec("DELETE FROM revisions")).toThrow(/append-only/)
    db.close()
  })

  it("survives a writer killed with SIGKILL in the middle of saving", async () => {
    const file = join(dir, "crash.sqlite")
    const store = await open({ filename: file })
    await store.create(makeSizedPlan({ id: "crash", activities: 2000, descriptionLength: 200 }), { author: "a", reason: "r1" })
    await store.close()
    let last = 1
    const { child, done } = forkWriter<{ committed: number }>(["churn", file, "crash", "2000"], (m) => {
      last = m.committed
      // Kill at an odd moment after a few commits: the next save is already under way.
      if (m.committed === 6) setTimeout(() => child.kill("SIGKILL"), 7)
    })
    const { signal } = await done
    expect(signal).toBe("SIGKILL")
    expect(last).toBeGreaterThanOrEqual(6)
    const db = new DatabaseSync(file)
    expect(db.prepare("PRAGMA integrity_check").all()).toEqual([{ integrity_check: "ok" }])
    db.close()
    const reopened = await open({ filename: file })
    const history = await reopened.history("crash")
    expect(history.map((h) => h.revision)).toEqual(Array.from({ length: history.length }, (_, i) => i + 1))
    expect(history.length).toBeGreaterThanOrEqual(last)
    expect((await reopened.load("crash", last)).plan.title).toBe(`Revize ${last}`)
    expect((await reopened.load("crash")).info.revision).toBe(history.length)
    await reopened.close()
  }, 120_000)
})
