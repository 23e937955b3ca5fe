/**
 * The decoder against malformed input: valid generated plans broken by one (or two) known mutations,
 * random values, text that is not JSON, and documents of tens of megabytes.
 */
import { decodePlanDocument, encodePlanDocumentJson, type Problem, type ProblemCode } from "@kpss/core"
import { Result } from "effect"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  arbitraryMalformedDocument,
  arbitraryMalformedDocuments,
  generatePlan,
  megabyteString,
  mutations,
  type ExpectedProblem,
  type MalformedDocument
} from "../src/index.js"

const knownCodes = [
  "json", "tooLarge", "formatVersion", "type", "missing", "unknownField", "literal", "date", "year", "money", "id",
  "name", "text", "int", "count", "fraction", "number", "code", "ico", "duplicateId", "reference", "tree",
  "duplicateCell", "invalid", "phaseMerge"
] as const satisfies ReadonlyArray<ProblemCode>
// Fails to compile when a code is added to ProblemCode but not here.
const allListed: Exclude<ProblemCode, (typeof knownCodes)[number]> extends never ? true : false = true
/** Problems about the whole input, which have no path inside it. */
const wholeDocument = new Set<string>(["json", "tooLarge", "type"])

const problemsOf = (input: unknown, options?: Parameters<typeof decodePlanDocument>[1]): ReadonlyArray<Problem> => {
  const result = decodePlanDocument(input, options)
  expect(Result.isFailure(result)).toBe(true)
  return Result.isFailure(result) ? (result.failure.problems as ReadonlyArray<Problem>) : []
}

const wellFormed = (problems: ReadonlyArray<Problem>) => {
  expect(problems.length).toBeGreaterThan(0)
  for (const p of problems) {
    expect(knownCodes).toContain(p.code)
    if (!wholeDocument.has(p.code)) expect(p.path.length, `${p.code} needs a path`).toBeGreaterThan(0)
    expect(p.message.cs.length).toBeGreaterThan(0)
    expect(p.message.en.length).toBeGreaterThan(0)
  }
}

const found = (problems: ReadonlyArray<Problem>, e: ExpectedProblem) =>
  problems.some((p) =>
    e.codes.includes(p.code) &&
    (e.under ? e.path.every((s, i) => p.path[i] === s) : p.path.length === e.path.length && e.path.every((s, i) => p.path[i] === s)))

const check = (m: MalformedDocument) => {
  const problems = problemsOf(m.input)
  wellFormed(problems)
  for (const e of m.expected) {
    expect(found(problems, e), `${m.mutations.join("+")}: ${JSON.stringify(e)} among ${JSON.stringify(problems.map((p) => [p.path, p.code]))}`).toBe(true)
  }
}

describe("decodePlanDocument on malformed input", () => {
  expect(allListed).toBe(true)

  // Each mutation: 50 plans × 10 inputs. With 20 mutations and the properties below, more than
  // 10,000 malformed inputs in all.
  it.each(mutations.map((m) => [m.name, m] as const))("reports %s with its code and path, and never throws", { timeout: 30_000 }, (_name, m) => {
    let inputs = 0
    fc.assert(fc.property(arbitraryMalformedDocuments({ mutations: [m], perPlan: 10 }), (list) => {
      inputs += list.length
      list.forEach(check)
    }), { numRuns: 50 })
    expect(inputs).toBeGreaterThan(250)
  })

  it("reports each of two structural errors (it does not stop at the first)", { timeout: 30_000 }, () => {
    const structural = mutations.filter((m) => m.stage === "structure" && m.name !== "hugeString")
    fc.assert(fc.property(arbitraryMalformedDocument({ mutations: structural, count: 2 }), (m) => {
      expect(m.expected).toHaveLength(2)
      check(m)
    }), { numRuns: 300 })
  })

  it("reports each of two reference errors", { timeout: 30_000 }, () => {
    const references = mutations.filter((m) => m.stage === "references")
    fc.assert(fc.property(arbitraryMalformedDocument({ mutations: references, count: 2 }), (m) => {
      expect(m.expected).toHaveLength(2)
      check(m)
    }), { numRuns: 300 })
  })

  it("fails cleanly on any JSON value, any text and any bytes", () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.uint8Array()), (input) => wellFormed(problemsOf(input))), { numRuns: 300 })
  })
})

describe("decodePlanDocument on large input", () => {
  // A generated plan padded with whitespace to 50 MB: still valid JSON, and the same plan.
  const plan = generatePlan(1000)
  const text = encodePlanDocumentJson(plan)
  const padded = `${text.slice(0, -1)}${" ".repeat(50 * 1024 * 1024 - text.length)}}`

  it("decodes a 50 MB document, and refuses it under a smaller maxBytes", { timeout: 60_000 }, () => {
    const result = decodePlanDocument(padded)
    expect(Result.isSuccess(result) && result.success).toStrictEqual(plan)
    for (const input of [padded, new TextEncoder().encode(padded)]) {
      expect(problemsOf(input, { maxBytes: 10 * 1024 * 1024 }).map((p) => p.code)).toEqual(["tooLarge"])
    }
  })

  it("counts the UTF-8 bytes of text, not its characters", () => {
    const czech = `${text.slice(0, -1)}${" ".repeat(10)}}`.replace(/"Vzorov"/g, `"${"Ž".repeat(400)}"`)
    const bytes = new TextEncoder().encode(czech).byteLength
    expect(bytes).toBeGreaterThan(czech.length)
    expect(problemsOf(czech, { maxBytes: bytes - 1 }).map((p) => p.code)).toEqual(["tooLarge"])
    expect(Result.isSuccess(decodePlanDocument(czech, { maxBytes: bytes }))).toBe(true)
  })

  it("lists every oversized name of a 50 MB document", { timeout: 60_000 }, () => {
    const doc = JSON.parse(text)
    const count = 25
    for (let i = 0; i < count; i++) doc.plan.actors[i].name = megabyteString
    const problems = problemsOf(JSON.stringify(doc))
    expect(problems.filter((p) => p.code === "name")).toHaveLength(count)
  })
})
