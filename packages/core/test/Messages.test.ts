import { describe, expect, it } from "vitest"
import { interpolate, makeMessages } from "../src/index.js"

describe("messages", () => {
  const message = makeMessages({
    late: { cs: "Připomínka {id} přišla {days} dní po termínu", en: "Comment {id} came {days} days late" }
  })

  it("renders both languages with parameters", () => {
    expect(message("late", { id: "C-7", days: 3 })).toEqual({
      cs: "Připomínka C-7 přišla 3 dní po termínu",
      en: "Comment C-7 came 3 days late"
    })
  })

  it("leaves a missing parameter visible", () => {
    expect(interpolate("Aktivita {code}: {title}", { code: "1.2" })).toBe("Aktivita 1.2: {title}")
  })
})
