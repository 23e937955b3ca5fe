import { fc, test } from "@fast-check/vitest"
import { describe, expect, it } from "vitest"
import {
  daysBetween,
  formatDate,
  formatDateRange,
  formatDateShort,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  isIsoDate,
  isoDate,
  plusDays
} from "../src/index.js"

const nbsp = "\u00a0"

describe("Czech formatting", () => {
  it("writes dates as Czech documents do", () => {
    expect(formatDate(isoDate("2016-06-06"))).toBe("6. června 2016")
    expect(formatDate(isoDate("2016-02-22"))).toBe("22. února 2016")
    expect(formatDate(isoDate("2016-06-06"), "en")).toBe("6 June 2016")
    expect(formatDateShort(isoDate("2016-06-27"))).toBe("27. 6. 2016")
    expect(formatMonth(isoDate("2016-07-01"))).toBe("červenec 2016")
  })

  it("writes a span of days compactly", () => {
    expect(formatDateRange(isoDate("2016-06-06"), isoDate("2016-06-27"))).toBe("6.–27. 6. 2016")
    expect(formatDateRange(isoDate("2021-03-22"), isoDate("2021-04-11"))).toBe("22. 3.–11. 4. 2021")
    expect(formatDateRange(isoDate("2019-12-20"), isoDate("2020-01-10"))).toBe("20. 12. 2019–10. 1. 2020")
  })

  it("writes money in whole crowns with spaces between thousands", () => {
    expect(formatMoney(1234567).replace(/\s/g, " ")).toBe("1 234 567 Kč")
    expect(formatMoney(1234567)).toContain(nbsp + "Kč")
    expect(formatMoney(0)).toBe(`0${nbsp}Kč`)
    expect(formatMoney(1234567, "en")).toBe(`CZK${nbsp}1,234,567`)
    expect(formatNumber(25000).replace(/\s/g, " ")).toBe("25 000")
    expect(formatPercent(0.85).replace(/\s/g, " ")).toBe("85 %")
  })

  test.prop([fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })])("money keeps every digit", (n) => {
    expect(Number(formatMoney(n).replace(/\D/g, ""))).toBe(n)
  })
})

describe("calendar dates", () => {
  it("accepts only dates that exist", () => {
    expect(isIsoDate("2016-02-29")).toBe(true)
    expect(isIsoDate("2017-02-29")).toBe(false)
    expect(isIsoDate("2000-02-29")).toBe(true)
    expect(isIsoDate("1900-02-29")).toBe(false)
    expect(isIsoDate("2017-13-01")).toBe(false)
    expect(isIsoDate("2017-1-01")).toBe(false)
    expect(() => isoDate("2017-02-30")).toThrow()
  })

  test.prop([fc.date({ min: new Date(1950, 0, 1), max: new Date(2150, 0, 1), noInvalidDate: true }), fc.integer({ min: -2000, max: 2000 })])(
    "plusDays and daysBetween are inverse",
    (d, n) => {
      const start = isoDate(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`)
      expect(daysBetween(start, plusDays(start, n))).toBe(n)
      expect(isIsoDate(plusDays(start, n))).toBe(true)
    }
  )
})
