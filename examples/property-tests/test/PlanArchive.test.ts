// The municipal system keeps plans in a table of its own (src/PlanArchive.ts). Its properties, with
// `@kpss/testing`'s generators: every generated plan comes back exactly as it went in (names in any
// script, money up to 2^53 − 1, thousands of activities), and every malformed document — broken in one
// known way by `arbitraryMalformedDocument`, which also says what the decoder must report — is refused
// with that problem and leaves the table as it was.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { test } from "@fast-check/vitest"
import { type Plan } from "@kpss/core"
import { arbitraryMalformedDocument, arbitraryPlan, generatePlan, reportsExpected, samplePlan } from "@kpss/testing"
import { Result } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { openArchive } from "../src/PlanArchive.ts"

const dir = mkdtempSync(join(tmpdir(), "kpss-archive-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const roundTrip = (plan: Plan): Plan | undefined => {
  const archive = openArchive()
  try {
    archive.put(plan)
    const back = archive.get(plan.id)
    return back !== undefined && Result.isSuccess(back) ? back.success : undefined
  } finally {
    archive.close()
  }
}

describe("the municipal plan archive", () => {
  test.prop([arbitraryPlan({ maxActivities: 15 })], { numRuns: 50 })("gives back every generated plan exactly as it was put", (plan) => {
    expect(roundTrip(plan)).toEqual(plan)
  })

  it("gives back large realistic plans and the sample plan", () => {
    for (const plan of [generatePlan(1_000, { seed: 11, years: 4, sources: 5 }), samplePlan]) expect(roundTrip(plan)).toEqual(plan)
  })

  const archive = openArchive(join(dir, "archive.sqlite"))
  archive.put(samplePlan)
  afterAll(() => archive.close())

  test.prop([arbitraryMalformedDocument()], { numRuns: 80 })("refuses every malformed document with its problem, and keeps nothing of it", (m) => {
    const result = archive.receive(m.input)
    expect(Result.isFailure(result), m.mutations.join("+")).toBe(true)
    if (Result.isSuccess(result)) return
    for (const e of m.expected) {
      expect(reportsExpected(result.failure.problems, e), `${m.mutations.join("+")}: ${JSON.stringify(e)}`).toBe(true)
    }
    expect(archive.count()).toBe(1)
  })

  it("reports a row damaged outside the archive instead of returning it", () => {
    // A backdoor: another program writes into the archive's table directly.
    const other = new DatabaseSync(join(dir, "archive.sqlite"))
    other.prepare("UPDATE plan_documents SET document = ? WHERE plan_id = ?")
      .run(JSON.stringify({ formatVersion: 1, plan: { ...samplePlan, title: "" } }), samplePlan.id)
    other.close()
    const damaged = archive.get(samplePlan.id)
    expect(damaged !== undefined && Result.isFailure(damaged) && damaged.failure.problems.map((p) => [p.path.join("."), p.code])).toEqual([["plan.title", "name"]])
    expect(archive.get("neni")).toBeUndefined()
  })
})
