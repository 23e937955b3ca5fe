import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { allRules, placeholdersOf, renderRulesReference, requirements, ruleCodePattern, ruleFamilies, rulesByCode } from "../src/index.js"

describe("the rule registry", () => {
  it("has unique codes that follow KPSS-<FAMILY>-<NNN> with the family's prefix", () => {
    const codes = allRules.map((r) => r.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const family of ruleFamilies) {
      for (const r of family.rules) {
        expect(r.code).toMatch(ruleCodePattern)
        expect(r.code.startsWith(`KPSS-${family.prefix}-`)).toBe(true)
        expect(r.family).toBe(family.id)
      }
    }
    expect(new Set(ruleFamilies.map((f) => f.prefix)).size).toBe(ruleFamilies.length)
    expect(new Set(ruleFamilies.map((f) => f.id)).size).toBe(ruleFamilies.length)
  })

  it("gives every rule a source, a title and cs and en messages with the same placeholders", () => {
    for (const r of allRules) {
      expect(r.source.reference.trim(), r.code).not.toBe("")
      for (const text of [r.title, r.message, ...(r.hint === undefined ? [] : [r.hint])]) {
        expect(text.cs.trim(), r.code).not.toBe("")
        expect(text.en.trim(), r.code).not.toBe("")
        expect(placeholdersOf(text.cs), r.code).toEqual(placeholdersOf(text.en))
      }
    }
  })

  it("names only existing rules in the coverage of the domain", () => {
    for (const q of requirements) {
      for (const code of q.rules ?? []) expect(rulesByCode.has(code), code).toBe(true)
      expect((q.rules ?? []).length > 0 || q.notChecked !== undefined, q.text).toBe(true)
    }
  })
})

describe("docs/rules.md", () => {
  it("is the generated rule reference", () => {
    const checkedIn = readFileSync(new URL("../../../docs/rules.md", import.meta.url), "utf8")
    expect(checkedIn, "docs/rules.md is stale: run `pnpm build && node scripts/generate-docs.mjs` and commit it").toBe(renderRulesReference())
  })
})
