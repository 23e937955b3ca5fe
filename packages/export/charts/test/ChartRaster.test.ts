import { samplePlan } from "@kpss/testing"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { fundingChart, ganttChart } from "../src/index.js"
import { czechLetters, loadCzechFont, renderChartPng } from "../src/raster.js"

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

describe("raster", () => {
  it("loads DejaVu Sans from its package", () => {
    const font = loadCzechFont()
    expect(Result.isSuccess(font)).toBe(true)
    if (Result.isSuccess(font)) {
      expect(font.success.regular.byteLength).toBeGreaterThan(100_000)
      expect(font.success.family).toBe("DejaVu Sans")
    }
    expect(czechLetters).toContain("ř")
    expect(czechLetters).toContain("ů")
  })

  it("names the missing file as MissingResource", () => {
    const font = loadCzechFont({ regularPath: "/nonexistent/DejaVuSans.ttf" })
    expect(Result.isFailure(font)).toBe(true)
    if (Result.isFailure(font)) {
      expect(font.failure._tag).toBe("MissingResource")
      expect(font.failure.resource).toBe("font")
      expect(font.failure.detail).toContain("/nonexistent/DejaVuSans.ttf")
    }
  })

  it("renders a chart to a PNG of its size", () => {
    const font = Result.getOrThrow(loadCzechFont())
    const chart = ganttChart(samplePlan)
    const png = renderChartPng(chart, font)
    expect([...png.subarray(0, 8)]).toEqual(pngSignature)
    const view = new DataView(png.buffer, png.byteOffset)
    expect(view.getUint32(16)).toBe(chart.width)
    expect(view.getUint32(20)).toBe(chart.height)
    expect(renderChartPng(fundingChart(samplePlan), font, 2).byteLength).toBeGreaterThan(1000)
  })
})
