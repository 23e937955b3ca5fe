import { fc, test } from "@fast-check/vitest"
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { compileGuard, IntBetween, IsoDate, Name, PlanDocument } from "../src/index.js"
import { minimalPlanJson } from "./fixtures.js"

const strict = { onExcessProperty: "error" } as const
const agrees = (schema: Schema.Top, guard: (u: unknown) => boolean, value: unknown) =>
  guard(value) === Result.isSuccess(Schema.decodeUnknownResult(schema as Schema.Codec<unknown, unknown>)(value, strict))

// Every path to a value inside a JSON value, so a mutation can reach any depth.
const pathsOf = (value: unknown, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []) => {
  out.push(prefix)
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out))
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out)
  return out
}

type Mutation = { kind: "replace" | "delete" | "add"; pathIndex: number; value: unknown; key: string }

const mutate = (doc: unknown, m: Mutation): unknown => {
  const copy = structuredClone(doc) as Record<string, unknown>
  const paths = pathsOf(copy)
  const path = paths[m.pathIndex % paths.length]!
  if (path.length === 0) return m.kind === "replace" ? m.value : copy
  let parent: any = copy
  for (const k of path.slice(0, -1)) parent = parent[k]
  const last = path[path.length - 1]!
  if (m.kind === "replace") parent[last] = m.value
  else if (m.kind === "delete") Array.isArray(parent) ? parent.splice(last as number, 1) : delete parent[last]
  else if (parent[last] !== null && typeof parent[last] === "object" && !Array.isArray(parent[last])) parent[last][m.key] = m.value
  return copy
}

const mutation = fc.record({
  kind: fc.constantFrom("replace", "delete", "add"),
  pathIndex: fc.nat(),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom("2017-02-30", "2016-06-06", -1, 1.5, 2 ** 60, "", " ", "a1", 2016)),
  key: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("id", "title", "__proto__"))
}) as fc.Arbitrary<Mutation>

describe.each([true, false])("compileGuard (each struct as generated code: %s)", (generateCode) => {
  const isDocument = compileGuard(PlanDocument, { generateCode })
  const isJsonDocument = compileGuard(PlanDocument, { symbolKeys: false, generateCode })
  const document = { formatVersion: 1, plan: minimalPlanJson }

  it("accepts a valid document and rejects the obvious", () => {
    expect(isDocument(document)).toBe(true)
    expect(isDocument({ ...document, extra: 1 })).toBe(false)
    expect(isDocument(null)).toBe(false)
  })

  test.prop([fc.array(mutation, { minLength: 1, maxLength: 3 })], { numRuns: 2000 })(
    "agrees with Effect's strict decoder on mutated documents",
    (mutations) => {
      const value = mutations.reduce<unknown>((doc, m) => mutate(doc, m), document)
      expect(agrees(PlanDocument, isDocument, value)).toBe(true)
      // The JSON mode is for values straight from JSON.parse: give it the same document as JSON.
      const text = JSON.stringify(value)
      if (text !== undefined) expect(agrees(PlanDocument, isJsonDocument, JSON.parse(text))).toBe(true)
    },
    120_000
  )

  const small = Schema.Struct({ name: Name, when: Schema.optionalKey(IsoDate), n: IntBetween(0, 10), tags: Schema.Array(Schema.Literals(["a", "b"])) })
  const isSmall = compileGuard(small, { generateCode })
  test.prop([fc.anything()], { numRuns: 1000 })("agrees with the decoder on anything", (value) => {
    expect(agrees(small, isSmall, value)).toBe(true)
  })
  test.prop([fc.record({ name: fc.string(), when: fc.string(), n: fc.double(), tags: fc.array(fc.string()) }, { requiredKeys: [] })], { numRuns: 1000 })(
    "agrees with the decoder on near misses",
    (value) => {
      expect(agrees(small, isSmall, value)).toBe(true)
    }
  )

  const isSmallJson = compileGuard(small, { symbolKeys: false, generateCode })
  test.prop([fc.json()], { numRuns: 1000 })("agrees with the decoder on anything JSON.parse returns (the allocation-free mode)", (text) => {
    expect(agrees(small, isSmallJson, JSON.parse(text))).toBe(true)
  })
  test.prop([fc.record({ name: fc.string(), when: fc.string(), n: fc.double(), tags: fc.array(fc.string()), extra: fc.string(), toString: fc.string(), __proto__: fc.string() }, { requiredKeys: [] })], { numRuns: 1000 })(
    "agrees with the decoder on near misses that went through JSON, with excess and inherited-looking keys",
    (value) => {
      expect(agrees(small, isSmallJson, JSON.parse(JSON.stringify(value)))).toBe(true)
    }
  )

  it("checks symbol keys unless told the values come from JSON", () => {
    const withSymbol = { ...document, [Symbol("x")]: 1 }
    expect(isDocument(withSymbol)).toBe(false)
    expect(isJsonDocument(withSymbol)).toBe(true)
  })

  it("refuses schemas that transform", () => {
    expect(() => compileGuard(Schema.NumberFromString)).toThrow(/encoding/)
  })
})
