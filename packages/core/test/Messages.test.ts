import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { interpolate, makeMessages, placeholdersOf } from "../src/index.js"

describe("messages", () => {
  const message = makeMessages({
    late: { cs: "Připomínka {id} přišla {days} {days:den|dny|dní} po termínu", en: "Comment {id} came {days} {days:day|days} late" }
  })

  it("renders both languages with parameters", () => {
    expect(message("late", { id: "C-7", days: 3 })).toEqual({
      cs: "Připomínka C-7 přišla 3 dny po termínu",
      en: "Comment C-7 came 3 days late"
    })
  })

  it("chooses the word form that agrees with the number: Czech 1 | 2–4 | 0, 5 and more; English 1 | other", () => {
    const forms = (n: number | string) => message("late", { id: "x", days: n })
    expect([0, 1, 2, 4, 5, 11, 21, 22, 102, 1000].map((n) => forms(n).cs.split(" ")[4])).toEqual(
      ["dní", "den", "dny", "dny", "dní", "dní", "dní", "dní", "dní", "dní"]
    )
    expect([0, 1, 2, 21].map((n) => forms(n).en.split(" ")[4])).toEqual(["days", "day", "days", "days"])
    // A number already formatted for Czech ("1 234", with a no-break space) chooses by its value.
    expect(forms("1\u00a0234").cs).toContain("1\u00a0234 dní")
    expect(forms("2").cs).toContain("2 dny")
  })

  it("names a plural placeholder once among the template's placeholders", () => {
    expect(placeholdersOf("{count} {count:problém|problémy|problémů} v {file}")).toEqual(["count", "file"])
  })

  it("always picks one of the given forms, for any number (property)", () => {
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: false })), (n) => {
      const cs = interpolate("{n:a|b|c}", { n }, "cs")
      const en = interpolate("{n:a|b}", { n }, "en")
      expect(["a", "b", "c"]).toContain(cs)
      expect(["a", "b"]).toContain(en)
    }))
  })

  it("leaves a missing parameter visible", () => {
    expect(interpolate("Aktivita {code}: {title}", { code: "1.2" })).toBe("Aktivita 1.2: {title}")
  })
})
