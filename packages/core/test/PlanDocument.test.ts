import { readFileSync } from "node:fs"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  currentFormatVersion,
  decodePlan,
  decodePlanDocument,
  encodePlanDocument,
  encodePlanDocumentJson,
  formatPath,
  planDocumentJsonSchema,
  type Migration,
  type Problem
} from "../src/index.js"
import { minimalPlanJson } from "./fixtures.js"

const problemsOf = (input: unknown, options?: Parameters<typeof decodePlanDocument>[1]): ReadonlyArray<Problem> => {
  const result = decodePlanDocument(input, options)
  if (Result.isSuccess(result)) throw new Error("expected a failure")
  return result.failure.problems as ReadonlyArray<Problem>
}

const doc = (patch: (plan: any) => void = () => {}) => {
  const plan = structuredClone(minimalPlanJson)
  patch(plan)
  return { formatVersion: 1, plan }
}

describe("decodePlanDocument", () => {
  it("decodes a valid document from a value, text and bytes, and encodes it back exactly", () => {
    const text = JSON.stringify(doc())
    for (const input of [doc(), text, new TextEncoder().encode(text)]) {
      const result = decodePlanDocument(input)
      expect(Result.isSuccess(result)).toBe(true)
      if (Result.isSuccess(result)) expect(encodePlanDocument(result.success)).toEqual(doc())
    }
  })

  it("decodes the plan alone with decodePlan", () => {
    expect(Result.isSuccess(decodePlan(doc().plan))).toBe(true)
  })

  it("lists every structural problem with its path, code and both languages", () => {
    const problems = problemsOf(doc((p) => {
      p.edition = "4"
      p.period.to = 2019.5
      p.territory.level = "town"
      p.extra = true
      delete p.title
      p.funding.lines = [{ activityId: "a1", year: 2017, sourceId: "s1", planned: -1, secured: 1.5, spent: 2 ** 60 }]
      p.strategy.items[0].deadline = "2017-02-30"
    }))
    const byPath = new Map(problems.map((p) => [formatPath(p.path), p]))
    expect(byPath.get("plan.edition")?.code).toBe("type")
    expect(byPath.get("plan.edition")?.message.cs).toBe("Očekáván číslo, nalezen text")
    expect(byPath.get("plan.period.to")?.code).toBe("year")
    expect(byPath.get("plan.territory.level")?.code).toBe("literal")
    expect(byPath.get("plan.extra")?.code).toBe("unknownField")
    expect(byPath.get("plan.title")?.code).toBe("missing")
    expect(byPath.get("plan.funding.lines[0].planned")?.code).toBe("money")
    expect(byPath.get("plan.funding.lines[0].secured")?.code).toBe("money")
    expect(byPath.get("plan.funding.lines[0].spent")?.code).toBe("money")
    expect(byPath.get("plan.strategy.items[0].deadline")?.message.cs).toContain("Neplatné datum \"2017-02-30\"")
    for (const p of problems) {
      expect(p.message.cs.length).toBeGreaterThan(0)
      expect(p.message.en.length).toBeGreaterThan(0)
    }
  })

  it("lists every dangling reference and duplicate id", () => {
    const problems = problemsOf(doc((p) => {
      p.strategy.items[3].responsibleId = "nobody"
      p.funding.lines[0].sourceId = "nowhere"
      p.actors.push({ ...p.actors[0] })
    }))
    expect(problems.map((p) => [formatPath(p.path), p.code])).toEqual(expect.arrayContaining([
      ["plan.strategy.items[3].responsibleId", "reference"],
      ["plan.funding.lines[0].sourceId", "reference"],
      ["plan.actors[1].id", "duplicateId"]
    ]))
    expect(problems.find((p) => p.code === "reference")?.message.cs).toBe("Odkaz na neexistující aktéra „nobody“")
  })

  it("rejects a malformed strategy tree and a repeated funding cell", () => {
    const problems = problemsOf(doc((p) => {
      p.strategy.items[1].parentId = p.strategy.items[3].id
      p.funding.lines.push({ ...p.funding.lines[0] })
    }))
    expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining(["tree", "duplicateCell"]))
  })

  it("answers text that is not JSON, a wrong version and an oversized input with one clear problem", () => {
    expect(problemsOf("{\"formatVersion\": 1, ")[0]?.code).toBe("json")
    expect(problemsOf(new Uint8Array([0xff, 0xfe, 0x00]))[0]?.code).toBe("json")
    expect(problemsOf({ formatVersion: 7, plan: {} })[0]?.code).toBe("formatVersion")
    expect(problemsOf({ plan: {} }).map((p) => p.code)).toEqual(["missing"])
    expect(problemsOf([1, 2]).map((p) => p.code)).toEqual(["type"])
    const text = JSON.stringify(doc())
    const tooLarge = problemsOf(text, { maxBytes: text.length - 1 })
    expect(tooLarge.map((p) => p.code)).toEqual(["tooLarge"])
    expect(tooLarge[0]?.message.cs).toContain("příliš velký")
  })

  it("never throws, whatever it is given", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000)
    for (const input of [undefined, null, 0, "", "null", deep, Symbol("x"), () => 1, new Uint8Array(0), { formatVersion: 1, plan: null }]) {
      expect(Result.isFailure(decodePlanDocument(input))).toBe(true)
    }
  })

  it("migrates an older document through the registered migrations", () => {
    // A pretend version 0 that called the plan "document": the hook renames it on the way in.
    const renameDocument: Migration = {
      from: 0 + 1,
      migrate: (old) => Result.succeed({ formatVersion: 2, plan: old["document"] })
    }
    const old = { formatVersion: 1, document: doc().plan }
    const result = decodePlanDocument(old, { migrations: [renameDocument], currentVersion: 2 })
    // Version 2 is only pretended, so the migrated document must fail on its formatVersion literal...
    expect(Result.isFailure(result)).toBe(true)
    if (Result.isFailure(result)) expect(result.failure.problems.map((p) => formatPath(p.path))).toEqual(["formatVersion"])
    // ...and a failing migration reports its own problems.
    const failing: Migration = { from: 1, migrate: () => Result.fail([{ path: ["document"], code: "invalid", message: { cs: "x", en: "x" } }]) }
    const failed = decodePlanDocument(old, { migrations: [failing], currentVersion: 2 })
    expect(Result.isFailure(failed) && failed.failure.problems[0]?.path).toEqual(["document"])
  })

  it("writes the current format version and stable JSON", () => {
    const result = decodePlanDocument(doc())
    if (Result.isFailure(result)) throw result.failure
    const json = encodePlanDocumentJson(result.success)
    expect(JSON.parse(json).formatVersion).toBe(currentFormatVersion)
    expect(encodePlanDocumentJson(result.success)).toBe(json)
  })
})

describe("the published JSON Schema", () => {
  it("is current (regenerate with `pnpm build && node scripts/generate-docs.mjs`)", () => {
    const published = JSON.parse(readFileSync(new URL("../../../docs/plan-document.schema.json", import.meta.url), "utf8"))
    expect(published).toEqual(planDocumentJsonSchema())
  })
})
