import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import {
  ExportError,
  exportErrorText,
  exportFileName,
  exportPlanPromise,
  isoDate,
  makeExporter,
  NoData,
  runExporter,
  exportError,
  type AudienceView,
  type ExportOptions
} from "../src/index.js"
import { seededPlan } from "./publicationFixtures.js"

const today = isoDate("2018-03-01")
const options: ExportOptions = { locale: "cs", audience: "public", today }

const seen: Array<AudienceView> = []
const spy = makeExporter({
  name: "spy",
  mediaType: "text/plain",
  render: (plan) => {
    seen.push(plan)
    return Effect.succeed({ bytes: new TextEncoder().encode(plan.title), mediaType: "text/plain", fileName: "x.txt" })
  }
})

const failure = async (effect: Effect.Effect<unknown, ExportError>): Promise<ExportError> => {
  const exit = await Effect.runPromiseExit(effect)
  if (Exit.isSuccess(exit)) throw new Error("expected a failure")
  const e = exit.cause.reasons[0]
  if (e === undefined || e._tag !== "Fail") throw new Error("expected a typed failure")
  return e.error
}

describe("runExporter", () => {
  it("hands the public view to render for the public audience, the plan for internal", async () => {
    seen.length = 0
    await Effect.runPromise(runExporter(spy, seededPlan, options))
    await Effect.runPromise(runExporter(spy, seededPlan, { ...options, audience: "internal" }))
    expect(seen[0]!.consultation.comments[0]!.author.name).toBe("Občan/občanka")
    expect(seen[1]!.consultation.comments[0]!.author.name).toBe("SECRET Jiří Řehoř")
  })

  it("answers a plan that does not decode with InvalidInput listing the problems", async () => {
    const error = await failure(runExporter(spy, { ...seededPlan, edition: -1 }, options))
    expect(error.reason._tag).toBe("InvalidInput")
    if (error.reason._tag === "InvalidInput") expect(error.reason.problems.some((p) => p.path.includes("edition"))).toBe(true)
    expect(exportErrorText(error).cs).toContain("neplatný vstup")
  })

  it("checks the options, and the year of a yearly exporter", async () => {
    const yearly = makeExporter({ ...spy, needsYear: true, audiences: ["internal"] })
    const error = await failure(runExporter(yearly, seededPlan, { locale: "de", audience: "public", today: "2018-02-30" }))
    expect(error.reason._tag).toBe("InvalidInput")
    const again = await failure(runExporter(yearly, seededPlan, options))
    if (again.reason._tag !== "InvalidInput") throw new Error("expected InvalidInput")
    expect(again.reason.problems.map((p) => p.path.join("."))).toEqual(["audience", "year"])
  })

  it("turns a throwing render into Failed, and the Promise face rejects with the ExportError", async () => {
    const broken = makeExporter({ name: "broken", mediaType: "x/y", render: () => { throw new Error("boom") } })
    const error = await failure(runExporter(broken, seededPlan, options))
    expect(error.reason._tag).toBe("Failed")
    await expect(exportPlanPromise(broken, seededPlan, options)).rejects.toBeInstanceOf(ExportError)
    const file = await exportPlanPromise(spy, seededPlan, options)
    expect(new TextDecoder().decode(file.bytes)).toBe(seededPlan.title)
  })

  it("says what has no data, in Czech and English, with the part named as the exporters name it (nominative)", () => {
    const error = exportError("xlsx", new NoData({ part: { cs: "zpráva o plnění", en: "monitoring report" }, year: 2030 }))
    expect(exportErrorText(error)).toEqual({
      cs: "Export „xlsx“: v plánu chybí zpráva o plnění v roce 2030",
      en: "Export \"xlsx\": the plan has no monitoring report in 2030"
    })
    expect(exportErrorText(exportError("ics", new NoData({ part: { cs: "harmonogram a jednání", en: "schedule and meetings" } }))).cs)
      .toBe("Export „ics“: v plánu chybí harmonogram a jednání")
  })
})

describe("exportFileName", () => {
  it("makes an ASCII name from the territory, edition, part and year", () => {
    const plan = { ...seededPlan, territory: { ...seededPlan.territory, name: "Stříbrná Hora" }, edition: 4 }
    expect(exportFileName(plan, { cs: "Financování", en: "Funding" }, "xlsx", { locale: "cs", audience: "internal", year: 2017 }))
      .toBe("stribrna-hora-kp4-financovani-2017-interni.xlsx")
  })
})
