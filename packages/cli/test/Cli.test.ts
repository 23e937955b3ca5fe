import { decodePlanDocument, encodePlanDocumentJson } from "@kpss/core"
import { amendmentDraft, samplePlan, samplePlanDocument } from "@kpss/testing"
import { generateRegisterChunks } from "@kpss/import-rpss"
import { spawn, spawnSync } from "node:child_process"
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { beforeAll, describe, expect, it } from "vitest"
import { run } from "../src/index.js"

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const root = path.resolve(pkg, "../..")
const node = path.join(root, "node_modules/.bin/node")
const bin = path.join(pkg, "dist/bin.js")
const today = "2026-11-23"

/** Builds the command when its output is missing or older than a source file (`npm test` builds first). */
const ensureBuilt = (): void => {
  const built = (() => {
    try {
      return statSync(bin).mtimeMs
    } catch {
      return 0
    }
  })()
  const newest = Math.max(...readdirSync(path.join(pkg, "src")).map((f) => statSync(path.join(pkg, "src", f)).mtimeMs))
  if (built >= newest) return
  const r = spawnSync(path.join(root, "node_modules/.bin/tsup"), [], { cwd: pkg, encoding: "utf8" })
  if (r.status !== 0) throw new Error(`tsup failed: ${r.stderr}`)
}

/** The real executable, in a process of its own: for exit codes, signals and what only a process shows. */
const kpssProcess = (args: ReadonlyArray<string>, cwd: string) => {
  const r = spawnSync(node, [bin, ...args], { cwd, encoding: "utf8" })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

/**
 * The command in this process (`run`, which the executable calls with the process's streams): the same code
 * path without a second of Node start-up per call. Paths in the tests are absolute, so the directory does not
 * matter here.
 */
const kpss = async (args: ReadonlyArray<string>, _cwd: string) => {
  const out: Array<string> = [], err: Array<string> = []
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t), today: () => today })
  return { code, out: out.map((l) => l + "\n").join(""), err: err.map((l) => l + "\n").join("") }
}

let dir: string
let sample: string
/** The sample plan in force, amended: a draft whose analyses a register import may change. */
let draft: string

/** A folder of its own with a copy of a plan document in it, as `plan.json`. */
const workingCopy = (prefix: string, from: string) => {
  const work = mkdtempSync(path.join(dir, prefix))
  const plan = path.join(work, "plan.json")
  copyFileSync(from, plan)
  return { work, plan }
}

beforeAll(() => {
  ensureBuilt()
  dir = mkdtempSync(path.join(tmpdir(), "kpss-cli-"))
  sample = path.join(dir, "sample.json")
  writeFileSync(sample, JSON.stringify(samplePlanDocument))
  draft = path.join(dir, "draft.json")
  writeFileSync(draft, encodePlanDocumentJson(amendmentDraft(samplePlan)))
})

describe("the kpss executable", () => {
  it("exits with the command's code and writes to its streams: help 0, findings 0, a bad flag 2, a missing plan 1", async () => {
    const help = kpssProcess(["--help"], dir)
    expect(help.code).toBe(0)
    expect(help.out.split("\n")[0]).toMatch(/[áéíóúůýčďěňřšťž]/)
    const checked = kpssProcess(["check", sample, "--today", today], dir)
    expect(checked.code).toBe(0)
    expect(checked.out).toContain("[varování] KPSS-")
    const flag = kpssProcess(["check", sample, "--bogus"], dir)
    expect(flag.code).toBe(2)
    expect(flag.err).toContain("Neznámý přepínač --bogus")
    const db = path.join(dir, "one-plan.sqlite")
    expect((await kpss(["store", "save", sample, "--db", db], dir)).code).toBe(0)
    const missing = kpssProcess(["store", "load", "no-such-plan", "--db", db], dir)
    expect(missing.code).toBe(1)
    expect(missing.err).toContain("nebyl nalezen")
  })
})

describe("kpss check", () => {
  it("exits 0 on the sample plan with the methodology profile and prints Czech findings by family", async () => {
    const r = await kpss(["check", sample, "--today", today], dir)
    expect(r.code).toBe(0)
    expect(r.out).toContain("[varování] KPSS-")
    expect(r.out).toMatch(/\d+ varování/)
  })

  it("exits 1 when a profile file makes a finding an error, in text and JSON", async () => {
    const profile = path.join(dir, "strict.json")
    writeFileSync(profile, JSON.stringify({ id: "strict", rules: { "KPSS-MON-002": "error" } }))
    const text = await kpss(["check", sample, "--today", today, "--profile", profile], dir)
    expect(text.code).toBe(1)
    expect(text.out).toContain("[chyba] KPSS-MON-002 indicators[")
    const json = await kpss(["check", sample, "--today", today, "--profile", profile, "--format", "json", "--locale", "en"], dir)
    expect(json.code).toBe(1)
    const report = JSON.parse(json.out) as { passed: boolean; profile: string; counts: { error: number } }
    expect(report.passed).toBe(false)
    expect(report.profile).toBe("strict")
    expect(report.counts.error).toBeGreaterThan(0)
  })

  it("exits 2 for a missing file, a directory and invalid JSON, saying so", async () => {
    const missing = await kpss(["check", path.join(dir, "nope.json")], dir)
    expect(missing.code).toBe(2)
    expect(missing.err).toContain("neexistuje")
    const directory = await kpss(["check", dir, "--locale", "en"], dir)
    expect(directory.code).toBe(2)
    expect(directory.err).toContain("is a directory")
    const broken = path.join(dir, "broken.json")
    writeFileSync(broken, "{\"formatVersion\": 1, ")
    const json = await kpss(["check", broken], dir)
    expect(json.code).toBe(2)
    expect(json.err).toContain("není platný JSON")
  })

  it("exits 2 for an invalid plan and names every problem with its path", async () => {
    const bad = path.join(dir, "bad.json")
    writeFileSync(bad, JSON.stringify({ formatVersion: 1, plan: { ...samplePlanDocument.plan, id: 5, title: undefined } }))
    const r = await kpss(["check", bad, "--locale", "en"], dir)
    expect(r.code).toBe(2)
    expect(r.err).toContain("plan.id: Expected string")
    expect(r.err).toContain("plan.title: A required field is missing")
  })

  it("exits 2 for an unknown flag, a bad value and an unknown command", async () => {
    const flag = await kpss(["check", sample, "--bogus"], dir)
    expect(flag.code).toBe(2)
    expect(flag.err).toContain("Neznámý přepínač --bogus")
    expect((await kpss(["check", sample, "--format", "yaml"], dir)).code).toBe(2)
    expect((await kpss(["check", sample, "--today", "2026-02-30"], dir)).code).toBe(2)
    expect((await kpss(["frobnicate"], dir)).code).toBe(2)
  })

  it("prints its version with --version", async () => {
    const manifest = JSON.parse(readFileSync(path.join(pkg, "package.json"), "utf8")) as { version: string }
    const r = await kpss(["--version"], dir)
    expect(r.code).toBe(0)
    expect(r.out).toBe(`kpss ${manifest.version}\n`)
  })

  it("prints help in Czech, then English, with exit 0", async () => {
    for (const args of [["--help"], ["check", "--help"], ["export", "--help"], ["store", "--help"], ["migrate", "--help"]]) {
      const r = await kpss(args, dir)
      expect(r.code).toBe(0)
      const [cs, en] = r.out.split("\n")
      expect(cs).toMatch(/[áéíóúůýčďěňřšťž]/)
      expect(en).toMatch(/^kpss/)
    }
  })
})

describe("kpss export", () => {
  const magic: ReadonlyArray<readonly [string, string]> = [["xlsx", "PK"], ["docx", "PK"], ["pdf", "%PDF"], ["ics", "BEGIN:VCALENDAR"], ["html", "<!DOCTYPE html>"], ["json", "{"]]

  it.each(magic)("writes %s starting with its magic bytes and leaves no temporary file", async (format, start) => {
    const out = mkdtempSync(path.join(dir, `out-${format}-`))
    const file = path.join(out, `plan.${format}`)
    const r = await kpss(["export", sample, "--format", format, "-o", file, "--today", today], dir)
    expect(r.code).toBe(0)
    expect(readFileSync(file).subarray(0, start.length).toString("latin1")).toBe(start)
    expect(readdirSync(out)).toEqual([`plan.${format}`])
  })

  it("refuses an unwritable path with a message, a non-zero exit and nothing left behind", async () => {
    const out = mkdtempSync(path.join(dir, "unwritable-"))
    writeFileSync(path.join(out, "a-file"), "x")
    const r = await kpss(["export", sample, "--format", "pdf", "-o", path.join(out, "a-file", "plan.pdf"), "--today", today], dir)
    expect(r.code).not.toBe(0)
    expect(r.err).toContain(`nelze zapisovat: adresář ${path.join(out, "a-file")} neexistuje`)
    expect(readdirSync(out)).toEqual(["a-file"])
    const missingDir = await kpss(["export", sample, "--format", "csv", "-o", path.join(out, "no-dir", "plan.csv"), "--locale", "en"], dir)
    expect(missingDir.code).toBe(1)
    expect(missingDir.err).toContain(`the directory ${path.join(out, "no-dir")} does not exist`)
    mkdirSync(path.join(out, "plan.pdf"))
    const intoDir = await kpss(["export", sample, "--format", "pdf", "-o", path.join(out, "plan.pdf"), "--today", today], dir)
    expect(intoDir.code).not.toBe(0)
    expect(readdirSync(out).sort()).toEqual(["a-file", "plan.pdf"])
  })

  it("exits 2 when a yearly document has no --year", async () => {
    const r = await kpss(["export", sample, "--format", "pdf", "--part", "monitoring", "-o", path.join(dir, "m.pdf"), "--today", today], dir)
    expect(r.code).toBe(2)
    expect(r.err).toContain("year")
  })
})

describe("kpss store and migrate", () => {
  it("saves twice, lists the history and loads the plan back unchanged", async () => {
    const db = path.join(dir, "store.sqlite")
    expect((await kpss(["store", "save", sample, "--db", db], dir)).code).toBe(0)
    const second = await kpss(["store", "save", sample, "--db", db, "--reason", "again"], dir)
    expect(second.code).toBe(0)
    expect(second.out).toContain("revize 2")
    const history = await kpss(["store", "history", samplePlan.id, "--db", db], dir)
    expect(history.out.trim().split("\n")).toHaveLength(2)
    const list = await kpss(["store", "list", "--db", db], dir)
    expect(list.out).toContain(`${samplePlan.id}\t2\t`)
    const loaded = path.join(dir, "loaded.json")
    expect((await kpss(["store", "load", samplePlan.id, "--db", db, "-o", loaded], dir)).code).toBe(0)
    const decoded = decodePlanDocument(readFileSync(loaded))
    expect(decoded._tag).toBe("Success")
    if (decoded._tag === "Success") expect(encodePlanDocumentJson(decoded.success)).toBe(encodePlanDocumentJson(samplePlan))
    const missing = await kpss(["store", "load", "no-such-plan", "--db", db], dir)
    expect(missing.code).toBe(1)
    expect(missing.err).toContain("nebyl nalezen")
  })

  it("reads only a store that exists (a mistyped --db creates nothing) and refuses a directory, with exit 2", async () => {
    const work = mkdtempSync(path.join(dir, "store-paths-"))
    const typo = path.join(work, "typo.sqlite")
    for (const args of [["list"], ["history", samplePlan.id], ["load", samplePlan.id]]) {
      const r = await kpss(["store", ...args, "--db", typo], work)
      expect(r.code).toBe(2)
      expect(r.err).toContain(`Úložiště ${typo} neexistuje`)
    }
    expect(readdirSync(work)).toEqual([])
    const directory = await kpss(["store", "save", sample, "--db", work, "--locale", "en"], work)
    expect(directory.code).toBe(2)
    expect(directory.err).toContain(`${work} is a directory`)
    expect(readdirSync(work)).toEqual([])
  })

  it("saves to and loads from PostgreSQL with --pg (KPSS_PG_URL; required under CI)", async () => {
    const url = process.env["KPSS_PG_URL"]
    if (url === undefined) {
      expect(process.env["CI"]).not.toBe("true")
      return
    }
    const pg = ["--pg", url, "--schema", `kpss_cli_${process.pid}_${Date.now().toString(36)}`]
    expect((await kpss(["store", "save", sample, ...pg], dir)).code).toBe(0)
    expect((await kpss(["store", "save", sample, ...pg], dir)).out).toContain("revize 2")
    const loaded = await kpss(["store", "load", samplePlan.id, "--revision", "1", ...pg], dir)
    expect(loaded.code).toBe(0)
    const decoded = decodePlanDocument(loaded.out)
    expect(decoded._tag === "Success" && encodePlanDocumentJson(decoded.success) === encodePlanDocumentJson(samplePlan)).toBe(true)
  })

  it("migrates a document to the current version", async () => {
    const out = path.join(dir, "migrated.json")
    expect((await kpss(["migrate", sample, "-o", out], dir)).code).toBe(0)
    const decoded = decodePlanDocument(readFileSync(out))
    expect(decoded._tag === "Success" && encodePlanDocumentJson(decoded.success) === encodePlanDocumentJson(samplePlan)).toBe(true)
  })
})

describe("kpss amend", () => {
  it("turns the plan in force into a draft amendment, which a register import then accepts", async () => {
    const { work, plan } = workingCopy("amend-", sample)
    const r = await kpss(["amend", plan, "--reason", "Nové služby z registru", "--today", "2018-03-15"], work)
    expect(r.code).toBe(0)
    expect(r.err).toContain(`Založen návrh ${samplePlan.lifecycle.amendments.length + 1}. změny plánu.`)
    const decoded = decodePlanDocument(readFileSync(plan))
    expect(decoded._tag).toBe("Success")
    if (decoded._tag === "Success") {
      expect(decoded.success.lifecycle.status).toBe("draft")
      expect(decoded.success.lifecycle.amendments.at(-1)).toEqual({ number: samplePlan.lifecycle.amendments.length + 1, reason: "Nové služby z registru" })
    }
    const fixture = path.join(root, "packages/import/rpss/test/fixtures/rpss-small.json")
    const imported = await kpss(["import", "rpss", fixture, "--into", plan, "--territory", "region:51", "--today", "2024-06-01"], work)
    expect(imported.code).toBe(0)
  })

  it("refuses a draft (exit 1, the plan unchanged) and a missing --reason (exit 2)", async () => {
    const { work, plan } = workingCopy("amend-", draft)
    const again = await kpss(["amend", plan, "--reason", "Znovu", "--locale", "en"], work)
    expect(again.code).toBe(1)
    expect(again.err).toContain("The amendment cannot be started:")
    expect(readFileSync(plan, "utf8")).toBe(readFileSync(draft, "utf8"))
    const noReason = await kpss(["amend", plan], work)
    expect(noReason.code).toBe(2)
    expect(noReason.err).toContain("--reason")
    expect(readdirSync(work)).toEqual(["plan.json"])
  })
})

describe("kpss import rpss", () => {
  const fixture = path.join(root, "packages/import/rpss/test/fixtures/rpss-small.json")

  it("adds the register's services of the territory to the plan in --into, reporting progress on stderr", async () => {
    const { work, plan } = workingCopy("import-", draft)
    const r = await kpss(["import", "rpss", fixture, "--into", plan, "--territory", "region:51", "--today", "2024-06-01"], work)
    expect(r.code).toBe(0)
    expect(r.err).toContain("Načteno 100 %")
    expect(r.err).toMatch(/přidáno [1-9]/)
    const decoded = decodePlanDocument(readFileSync(plan))
    expect(decoded._tag).toBe("Success")
    if (decoded._tag === "Success") {
      expect(decoded.success.analyses.resources.length).toBeGreaterThan(samplePlan.analyses.resources.length)
    }
    expect(readdirSync(work)).toEqual(["plan.json"])
  })

  it("refuses to change a plan in force (an adopted version), leaving it as it was", async () => {
    const { work, plan } = workingCopy("import-", sample)
    const r = await kpss(["import", "rpss", fixture, "--into", plan, "--territory", "region:51", "--today", "2024-06-01"], work)
    expect(r.code).not.toBe(0)
    expect(r.err).toContain("schválená verze se nemění")
    expect(readFileSync(plan, "utf8")).toBe(readFileSync(sample, "utf8"))
  })

  it("exits 2 for a bad territory or a missing register, leaving the plan as it was", async () => {
    const { work, plan } = workingCopy("import-", draft)
    expect((await kpss(["import", "rpss", fixture, "--into", plan, "--territory", "Sokolov"], work)).code).toBe(2)
    expect((await kpss(["import", "rpss", path.join(work, "nope.json"), "--into", plan], work)).code).toBe(2)
    expect(readFileSync(plan, "utf8")).toBe(readFileSync(draft, "utf8"))
  })

  it("refuses a register over --max-mb before reading it, and a --max-mb that is not a positive number", async () => {
    const { work, plan } = workingCopy("import-", draft)
    const r = await kpss(["import", "rpss", fixture, "--into", plan, "--territory", "region:51", "--today", "2024-06-01", "--max-mb", "0.001"], work)
    expect(r.code).toBe(1)
    expect(r.err).toContain("Import se nezdařil: Soubor registru má")
    expect(r.err).toContain("nejvýše smí mít 1000 bajtů; import se nespustil")
    expect(r.err).not.toContain("Načteno")
    expect(r.err).toContain("Větší registr lze načíst s --max-mb <MB>.")
    expect((await kpss(["import", "rpss", fixture, "--into", plan, "--max-mb", "-5"], work)).code).toBe(2)
    expect(readFileSync(plan, "utf8")).toBe(readFileSync(draft, "utf8"))
    expect((await kpss(["import", "--help", "--locale", "en"], work)).out).toMatch(/--max-mb <MB>.*default 268 MB/s)
  })

  it("leaves the plan untouched and no temporary file when interrupted with Ctrl-C", async () => {
    const work = mkdtempSync(path.join(dir, "interrupt-"))
    const plan = path.join(work, "plan.json")
    const register = path.join(work, "register.json")
    copyFileSync(draft, plan)
    writeFileSync(register, [...generateRegisterChunks({ items: 6000 })].join(""))
    const child = spawn(node, [bin, "import", "rpss", register, "--into", plan, "--territory", "region:51", "--today", "2024-06-01"], { cwd: work })
    let stderr = ""
    const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString()
      if (stderr.includes("Načteno") && !child.killed) child.kill("SIGINT")
    })
    const code = await exit
    // Either the interrupt came during the import (exit 130) or the import had already finished.
    if (code === 130) {
      expect(stderr).toContain("Přerušeno")
      expect(readFileSync(plan, "utf8")).toBe(readFileSync(draft, "utf8"))
    } else {
      expect(code).toBe(0)
    }
    expect(readdirSync(work).sort()).toEqual(["plan.json", "register.json"])
  })
})
