// The scanner that finds the register's items in the byte stream: compared with JSON.parse of the whole
// text, however the bytes are cut into chunks.
import { fc, test } from "@fast-check/vitest"
import { describe, expect, it } from "vitest"
import { ItemScanner } from "../src/ItemScanner.js"

const encoder = new TextEncoder()

/** Scans the bytes cut at the given positions; the items with their positions, the error, whether complete. */
const scan = (bytes: Uint8Array, cuts: ReadonlyArray<number> = []) => {
  const items: Array<unknown> = []
  const positions: Array<number> = []
  const scanner = new ItemScanner((value, position) => {
    items.push(value)
    positions.push(position)
  })
  const at = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b)
  let from = 0
  for (const cut of [...at, bytes.length]) {
    scanner.write(bytes.subarray(from, cut))
    from = cut
  }
  return { items, positions, error: scanner.error, complete: scanner.error === undefined && scanner.end(), sawItems: scanner.sawItems }
}

// Strings with what could fool a scanner: quotes, backslashes, brackets, braces, commas, and characters
// of two, three and four bytes in UTF-8.
const tricky = fc.oneof(
  fc.string({ unit: fc.constantFrom("\"", "\\", "[", "]", "{", "}", ",", ":", "š", "€", "😀", "a", "\n", "\u0000", "/") }),
  fc.string({ unit: "grapheme" })
)
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null), fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), tricky,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(tricky, tie("value"), { maxKeys: 4 })
  )
})).value

const document = fc.record({
  before: fc.dictionary(tricky.filter((k) => k !== "polozky"), value, { maxKeys: 2 }),
  items: fc.array(value, { maxLength: 8 }),
  after: fc.dictionary(tricky.filter((k) => k !== "polozky"), value, { maxKeys: 2 }),
  indent: fc.constantFrom(0, 1, 2, "\t")
}).map(({ before, items, after, indent }) => JSON.stringify({ ...before, polozky: items, ...after }, null, indent))

describe("the item scanner", () => {
  test.prop([document, fc.array(fc.nat(), { maxLength: 6 })])("finds the same items as JSON.parse of the whole text, wherever the chunks are cut", (text, cuts) => {
    const bytes = encoder.encode(text)
    const result = scan(bytes, cuts.map((c) => c % (bytes.length + 1)))
    expect(result.error).toBeUndefined()
    expect(result.complete).toBe(true)
    expect(result.items).toEqual((JSON.parse(text) as { polozky: Array<unknown> }).polozky)
    expect(result.positions).toEqual(result.items.map((_, i) => i))
  })

  it("reads an item split across two chunks at every byte, and one byte at a time", () => {
    const items = [
      { nazev: "Domov „U Potoka“ [Cheb] {1}", poznamka: "uvozovky \" a zpětné lomítko \\ a ] } , :", znaky: "ěščřžýáíé € 😀", u: "\u00e9\u2028" },
      ["]", "}", "\\\"", 1.5e-7, 0, true, null],
      "jen řetězec \"]}",
      42
    ]
    const text = `{"hlavicka":{"a":"]"},"polozky": [ ${items.map((i) => JSON.stringify(i)).join(" ,\n")} ] ,"konec":"\\"}"}`
    const bytes = encoder.encode(text)
    for (let cut = 0; cut <= bytes.length; cut++) expect(scan(bytes, [cut]).items, `cut at ${cut}`).toEqual(items)
    expect(scan(bytes, Array.from({ length: bytes.length }, (_, i) => i)).items).toEqual(items)
    // A character of four bytes cut inside, at each of its bytes.
    const emoji = text.indexOf("😀")
    const start = encoder.encode(text.slice(0, emoji)).length
    for (let k = 1; k < 4; k++) expect(scan(bytes, [start + k, start + k + 1]).items).toEqual(items)
  })

  test.prop([fc.json(), fc.nat(), fc.constantFrom("delete", "insert", "replace"), fc.constantFrom(..."{}[]\",:\\0123456789-+.eEtrufalsn \u0001\u00a0x")], { numRuns: 500 })(
    "says a text is JSON exactly when JSON.parse does, a text cut or changed anywhere included",
    (json, at, how, ch) => {
      const k = at % (json.length + 1)
      const text = how === "delete" ? json.slice(0, k) + json.slice(k + 1) : how === "insert" ? json.slice(0, k) + ch + json.slice(k) : json.slice(0, k) + ch + json.slice(k + 1)
      let valid = true
      try {
        JSON.parse(text)
      } catch {
        valid = false
      }
      expect(scan(encoder.encode(text), [k]).complete).toBe(valid)
    }
  )

  it("names the offset and what was expected; content after the document is not JSON", () => {
    expect(scan(encoder.encode("{\"polozky\":[1,}")).error).toEqual({ offset: 14, detail: "\"}\" where a value was expected", trailing: false })
    expect(scan(encoder.encode("{\"polozky\":[]} x")).error).toEqual({ offset: 15, detail: "content after the end of the document", trailing: true })
    expect(scan(encoder.encode("{\"polozky\":[\"a\u0001\"]}")).error?.detail).toBe("a control character (byte 0x01) inside a string")
    expect(scan(encoder.encode("[01]")).error?.detail).toBe("a number with a leading zero")
    expect(scan(encoder.encode("{\"polozky\":[1")).complete).toBe(false)
  })

  it("reads the items of the top-level polozky only, and says whether it saw them", () => {
    expect(scan(encoder.encode("{\"a\":{\"polozky\":[1]},\"polozky\":[2,{\"polozky\":[3]}]}")).items).toEqual([2, { polozky: [3] }])
    expect(scan(encoder.encode("[{\"polozky\":[1]}]"))).toMatchObject({ items: [], sawItems: false, complete: true })
    expect(scan(encoder.encode("{\"polozky\":{\"a\":1}}"))).toMatchObject({ items: [], sawItems: false, complete: true })
    expect(scan(encoder.encode("{\"\\u0070olozky\":[1]}")).items).toEqual([1])
    expect(scan(encoder.encode("7")).complete).toBe(true)
  })
})
