// The main job as the README's first command runs it (`node src/main.ts <folder> <day>`), in a process of
// its own: the documents it says it wrote exist and are what their names say, and a second run adds a
// revision to the SQLite store instead of replacing the first.
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { DatabaseSync } from "node:sqlite"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"

const example = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const node = path.resolve(example, "../../node_modules/.bin/node")
const out = mkdtempSync(path.join(tmpdir(), "kpss-main-"))
afterAll(() => rmSync(out, { recursive: true, force: true }))

const runMain = (...args: ReadonlyArray<string>) =>
  spawnSync(node, ["src/main.ts", ...args], { cwd: example, encoding: "utf8", timeout: 120_000 })

/** The first bytes every file of a kind starts with. */
const signatures: Readonly<Record<string, string>> = {
  ".docx": "PK", ".xlsx": "PK", ".pdf": "%PDF-", ".ics": "BEGIN:VCALENDAR", ".html": "<!DOCTYPE html>", ".svg": "<svg", ".json": "{"
}

describe("the main job", () => {
  it("keeps the sample plan in SQLite and writes every document it lists, each of its kind", () => {
    const r = runMain(out, "2018-03-15")
    expect(r.stderr).toBe("")
    expect(r.status).toBe(0)
    const listed = r.stdout.split("\n").filter((l) => l.startsWith("  ")).map((l) => l.trim())
    expect(listed.length).toBeGreaterThanOrEqual(17)
    for (const kind of [".docx", ".pdf", ".xlsx", ".ics", ".html", ".csv", ".svg"]) {
      expect(listed.some((f) => f.endsWith(kind)), kind).toBe(true)
    }
    for (const file of listed) {
      expect(path.dirname(file)).toBe(out)
      const bytes = readFileSync(file)
      expect(bytes.length, file).toBeGreaterThan(100)
      const signature = signatures[path.extname(file)]
      if (signature !== undefined) expect(bytes.subarray(0, 200).toString("latin1").trimStart(), file).toMatch(new RegExp(`^${signature.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i"))
    }
    expect(readdirSync(out).filter((f) => f.endsWith(".partial"))).toEqual([])
    const summary = readFileSync(path.join(out, "souhrn-planu.md"), "utf8")
    expect(summary).toMatch(/Stříbrná Hora/)
    expect(summary).toMatch(/\d\sKč/) // Czech money: the amount, a (no-break) space, Kč
  })

  it("adds a revision on a second run and never loses the first", () => {
    expect(runMain(out, "2018-03-15").status).toBe(0)
    const db = new DatabaseSync(path.join(out, "kpss.sqlite"), { readOnly: true })
    try {
      const rows = db.prepare("SELECT revision FROM revisions ORDER BY revision").all() as Array<{ revision: number }>
      expect(rows.map((row) => row.revision)).toEqual([1, 2])
    } finally {
      db.close()
    }
  })

  it("refuses a day that does not exist with exit 2 and a message in Czech and English", () => {
    const r = runMain(path.join(out, "never"), "2018-02-30")
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("Neplatné datum kontroly „2018-02-30“")
    expect(r.stderr).toContain("Invalid check date")
  })
})
