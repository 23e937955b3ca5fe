import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { describe, expect, it } from "vitest"
import { readInput, writeAtomic } from "../src/Files.js"

describe("Files", () => {
  it("writes atomically, replacing an existing file and leaving no temporary file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kpss-files-"))
    const file = path.join(dir, "out.txt")
    writeFileSync(file, "old")
    const r = await writeAtomic(file, "new")
    expect(r).toEqual({ ok: true, value: 3 })
    expect(readFileSync(file, "utf8")).toBe("new")
    expect(readdirSync(dir)).toEqual(["out.txt"])
  })

  it("reports a path it cannot write, in both languages, and leaves nothing", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kpss-files-"))
    writeFileSync(path.join(dir, "f"), "x")
    const r = await writeAtomic(path.join(dir, "f", "out.txt"), "new")
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.message.cs).toContain("nelze zapisovat")
      expect(r.message.en).toContain("Cannot write")
    }
    expect(readdirSync(dir)).toEqual(["f"])
  })

  it("tells a missing file from a directory", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kpss-files-"))
    const missing = await readInput(path.join(dir, "nope"))
    const directory = await readInput(dir)
    expect(!missing.ok && missing.message.en).toContain("does not exist")
    expect(!directory.ok && directory.message.en).toContain("is a directory")
  })
})
