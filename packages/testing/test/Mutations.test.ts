import { decodePlanDocument, problem, type Problem } from "@kpss/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbitraryMalformedDocument, reportsExpected } from "../src/index.js"

describe("reportsExpected", () => {
  const problems: ReadonlyArray<Problem> = [
    problem(["plan", "title"], "name", { limit: 500 }),
    problem(["document", "plan", "funding", "lines", 2, "planned"], "money", { found: "-1" })
  ]

  it("finds a problem by one of its codes at exactly its path, or below it when `under`", () => {
    expect(reportsExpected(problems, { path: ["plan", "title"], codes: ["name", "text"] })).toBe(true)
    expect(reportsExpected(problems, { path: ["plan", "title"], codes: ["missing"] })).toBe(false)
    expect(reportsExpected(problems, { path: ["plan"], codes: ["name"] })).toBe(false)
    expect(reportsExpected(problems, { path: ["plan"], codes: ["name"], under: true })).toBe(true)
    expect(reportsExpected(problems, { path: ["plan", "title", "x"], codes: ["name"], under: true })).toBe(false)
  })

  it("takes the expected path relative to where the document sits in the input", () => {
    const money = { path: ["plan", "funding", "lines", 2, "planned"], codes: ["money" as const] }
    expect(reportsExpected(problems, money)).toBe(false)
    expect(reportsExpected(problems, money, ["document"])).toBe(true)
    expect(reportsExpected(problems, { ...money, path: ["plan", "funding"], under: true }, ["document"])).toBe(true)
  })

  it("holds for what the decoder reports on malformed documents", () => {
    fc.assert(fc.property(arbitraryMalformedDocument(), (m) => {
      const decoded = decodePlanDocument(m.input)
      expect(decoded._tag).toBe("Failure")
      const reported = decoded._tag === "Failure" ? decoded.failure.problems : []
      for (const e of m.expected) expect(reportsExpected(reported, e), `${m.mutations.join("+")}: ${JSON.stringify(e)}`).toBe(true)
    }), { numRuns: 40 })
  })
})
