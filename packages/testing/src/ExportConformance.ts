/**
 * The conformance suite of the export port: one function every exporter package calls with its
 * exporters and an **independent reader** — a different library than the one that wrote the file (or a
 * real program). For each exporter it checks, on the sample plan and on generated plans, that the file
 * opens with the reader, that Czech text survives ("Příliš žluťoučký kůň úpěl ďábelské ódy" put into
 * every title must come back letter for letter, with no replacement characters or mojibake), that the
 * numbers equal the plan's views (through the package's own `checkNumbers`, e.g. totals against
 * `fundingTotals`), that bad input is a typed `InvalidInput`, and — for every public export — the
 * privacy scan: a plan seeded with unique marker strings in private contacts, in the names and
 * contacts of comment authors who did not consent, and in every author's contact must not show a single
 * marker anywhere in the bytes, in any decompressed entry of a ZIP container (XLSX, DOCX, ODF …) or
 * in the text the reader extracts (PDF streams are compressed and font-encoded, so the reader's text is
 * what counts there).
 *
 * @since 0.1.0
 */
import {
  isoDate,
  runExporter,
  type Exporter,
  type ExportedFile,
  type ExportError,
  type ExportOptions,
  type IsoDate,
  type Locale,
  type Plan
} from "@kpss/core"
import { Effect, Exit } from "effect"
import * as fc from "fast-check"
import { unzipSync } from "fflate"
import { describe, expect, it } from "vitest"
import { arbitraryPlan } from "./Arbitraries.js"
import { generatePlan } from "./PlanGenerator.js"
import { samplePlan } from "./SamplePlan.js"

/**
 * A Czech pangram: every letter with a háček or a čárka that Czech uses.
 *
 * @category constants
 * @since 0.1.0
 */
export const czechPangram = "Příliš žluťoučký kůň úpěl ďábelské ódy"

/**
 * The options of {@link exportConformance}.
 *
 * @category models
 * @since 0.1.0
 */
export interface ExportConformanceOptions {
  /** The exporters of the package. */
  readonly exporters: ReadonlyArray<Exporter>
  /**
   * Opens a file with an independent reader and returns the text a person would read in it (cell
   * values, paragraphs, event summaries). Rejects (or throws) when the file does not open.
   */
  readonly read: (file: ExportedFile, exporter: Exporter) => Promise<string>
  /**
   * Checks the numbers of a file against the plan's views with `expect` (e.g. the funding totals). The
   * plan is the one the exporter rendered (for the public audience, before redaction: money is never
   * redacted).
   */
  readonly checkNumbers?: (file: ExportedFile, plan: Plan, exporter: Exporter, options: ExportOptions) => Promise<void>
  /** Generated plans per exporter (default 4). */
  readonly generatedRuns?: number
  /** The day of the exports (default 2018-03-01). */
  readonly today?: IsoDate
}

/**
 * Marker strings that must never appear in a public export, and the plan seeded with them.
 *
 * @category models
 * @since 0.1.0
 */
export interface SeededPlan {
  readonly plan: Plan
  readonly markers: ReadonlyArray<string>
}

/**
 * The sample plan seeded with private values: every actor gets a private e-mail, phone and (secret)
 * address holding a unique marker; every comment author who did not consent carries a marker in the
 * name and contact; every author who consented carries a marker in the contact. Markers are ASCII so
 * no escaping (XML, iCalendar, CSV) can hide them from the scan.
 *
 * @category fixtures
 * @since 0.1.0
 */
export const seededPrivatePlan = (base: Plan = samplePlan): SeededPlan => {
  const markers: Array<string> = []
  const marker = (kind: string) => {
    const m = `KPSSPRIVATE${kind}${markers.length}X`
    markers.push(m)
    return m
  }
  const plan: Plan = {
    ...base,
    actors: base.actors.map((a) => ({
      ...a,
      contacts: [
        ...a.contacts.filter((c) => c.visibility === "public"),
        { kind: "email", value: `${marker("MAIL")}@example.cz`, visibility: "private" },
        { kind: "phone", value: `+420 ${marker("PHONE")}`, visibility: "private" },
        { kind: "address", value: `Utajená 1, ${marker("ADDRESS")}`, visibility: "private" }
      ]
    })),
    consultation: {
      ...base.consultation,
      comments: base.consultation.comments.map((c, i) => {
        const consent = i % 2 === 1
        const { actorId: _actorId, ...author } = c.author
        return {
          ...c,
          author: consent
            ? { ...author, contact: `${marker("CONTACT")}@example.cz`, consentToPublish: true }
            : { name: `${marker("AUTHOR")} Nováková`, contact: `${marker("CONTACT")}@example.cz`, consentToPublish: false }
        }
      })
    }
  }
  return { plan, markers }
}

/**
 * The plan with the Czech pangram in every title a document shows: the plan, the territory, the
 * strategy items, the sources, the indicators, the milestones, the comments and the meeting places.
 *
 * @category fixtures
 * @since 0.1.0
 */
export const czechTextPlan = (base: Plan = samplePlan): Plan => ({
  ...base,
  title: `${base.title} – ${czechPangram}`,
  strategy: { ...base.strategy, items: base.strategy.items.map((i) => ({ ...i, title: `${czechPangram}: ${i.title}` })) },
  funding: { ...base.funding, sources: base.funding.sources.map((s) => ({ ...s, name: `${czechPangram} ${s.name}` })) },
  indicators: base.indicators.map((i) => ({ ...i, name: `${czechPangram}: ${i.name}` })),
  schedule: base.schedule.map((m) => ({ ...m, title: `${czechPangram}: ${m.title}` })),
  meetings: base.meetings.map((m) => ({ ...m, place: czechPangram })),
  consultation: { ...base.consultation, comments: base.consultation.comments.map((c) => ({ ...c, text: `${czechPangram}. ${c.text}` })) }
})

/** Generous: exporters run a dozen times per test on machines that may be busy; this is no timing assertion. */
const timeout = 120_000

const latin1 = new TextDecoder("latin1")
const utf8 = new TextDecoder("utf-8")

/**
 * Every text view of a file the privacy scan reads: its bytes as UTF-8 and as Latin-1 and, for a ZIP
 * container, every entry decompressed.
 *
 * @category privacy
 * @since 0.1.0
 */
export const scannableTexts = (bytes: Uint8Array): Array<string> => {
  const out = [utf8.decode(bytes), latin1.decode(bytes)]
  if (bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    for (const [, entry] of Object.entries(unzipSync(bytes))) out.push(utf8.decode(entry))
  }
  return out
}

/**
 * The markers found in a file or in the text its reader extracted (empty when the file is clean).
 *
 * @category privacy
 * @since 0.1.0
 */
export const findMarkers = (markers: ReadonlyArray<string>, bytes: Uint8Array, readText = ""): Array<string> => {
  const texts = [...scannableTexts(bytes), readText]
  return markers.filter((m) => texts.some((t) => t.includes(m)))
}

const mojibake = /\uFFFD|Ã.|Å[\u0080-\u00ff™¯¾½¡¥]|Ä[\u0080-\u00ff›Ť]/

const optionsFor = (exporter: Exporter, plan: Plan, locale: Locale, audience: "public" | "internal", today: IsoDate): ExportOptions => {
  const base = { locale, audience: exporter.audiences.includes(audience) ? audience : exporter.audiences[0]!, today }
  if (!exporter.needsYear) return base
  return { ...base, year: plan.monitoringReports[0]?.year ?? plan.period.from }
}

const run = async (exporter: Exporter, plan: unknown, options: ExportOptions): Promise<Exit.Exit<ExportedFile, ExportError>> =>
  Effect.runPromiseExit(runExporter(exporter, plan, options))

const succeed = async (exporter: Exporter, plan: unknown, options: ExportOptions): Promise<ExportedFile> => {
  const exit = await run(exporter, plan, options)
  if (Exit.isFailure(exit)) throw new Error(`${exporter.name} failed: ${String(exit.cause)}`)
  return exit.value
}

const failureOf = (exit: Exit.Exit<ExportedFile, ExportError>): ExportError | undefined => {
  if (Exit.isSuccess(exit)) return undefined
  const reason = exit.cause.reasons[0]
  return reason !== undefined && reason._tag === "Fail" ? reason.error : undefined
}

/**
 * Defines the export conformance tests for a package's exporters.
 *
 * @category suites
 * @since 0.1.0
 */
export const exportConformance = (name: string, options: ExportConformanceOptions): void => {
  const today = options.today ?? isoDate("2018-03-01")
  const runs = options.generatedRuns ?? 4
  describe(`export conformance: ${name}`, () => {
    for (const exporter of options.exporters) {
      describe(exporter.name, () => {
        it("writes a file the independent reader opens, in both languages and for both audiences", async () => {
          for (const locale of ["cs", "en"] as const) {
            for (const audience of exporter.audiences) {
              const o = optionsFor(exporter, samplePlan, locale, audience, today)
              const file = await succeed(exporter, samplePlan, o)
              expect(file.bytes.length).toBeGreaterThan(0)
              expect(file.mediaType).toBe(exporter.mediaType)
              expect(file.fileName).toMatch(/^[a-z0-9][a-z0-9.-]*$/)
              const text = await options.read(file, exporter)
              expect(text.length).toBeGreaterThan(0)
            }
          }
        }, timeout)

        it("keeps Czech text intact", async () => {
          const plan = czechTextPlan()
          const o = optionsFor(exporter, plan, "cs", "internal", today)
          const text = await options.read(await succeed(exporter, plan, o), exporter)
          expect(text).toContain(czechPangram)
          expect(text).not.toMatch(mojibake)
        }, timeout)

        it("reports the numbers of the plan's views", async () => {
          if (options.checkNumbers === undefined) return
          const sampleOptions = optionsFor(exporter, samplePlan, "cs", "internal", today)
          await options.checkNumbers(await succeed(exporter, samplePlan, sampleOptions), samplePlan, exporter, sampleOptions)
          // A generated plan may lack what an exporter needs (a provider's activities): NoData is allowed there.
          const generated = generatePlan(120, { seed: 7, years: 3, sources: 3 })
          const o = optionsFor(exporter, generated, "cs", "internal", today)
          const exit = await run(exporter, generated, o)
          if (failureOf(exit)?.reason._tag === "NoData") return
          if (Exit.isFailure(exit)) throw new Error(`${exporter.name} failed: ${String(exit.cause)}`)
          await options.checkNumbers(exit.value, generated, exporter, o)
        }, timeout)

        it("handles generated plans: a file that opens, or a typed NoData", async () => {
          await fc.assert(
            fc.asyncProperty(arbitraryPlan({ maxActivities: 12 }), fc.constantFrom<Locale>("cs", "en"), async (plan, locale) => {
              const o = optionsFor(exporter, plan, locale, "public", today)
              const exit = await run(exporter, plan, o)
              const error = failureOf(exit)
              if (error !== undefined) {
                expect(error.reason._tag).toBe("NoData")
                return
              }
              if (Exit.isFailure(exit)) throw new Error(String(exit.cause))
              await options.read(exit.value, exporter)
              if (options.checkNumbers !== undefined) {
                await options.checkNumbers(exit.value, plan, exporter, { ...o, audience: "internal" })
              }
            }),
            // Exporters are slow next to a predicate: report the first counterexample instead of shrinking for minutes.
            { numRuns: runs, endOnFailure: true }
          )
        }, timeout)

        it("answers a plan that does not decode with InvalidInput", async () => {
          const o = optionsFor(exporter, samplePlan, "cs", "internal", today)
          const error = failureOf(await run(exporter, { ...samplePlan, period: { from: 2019, to: "2017" } }, o))
          expect(error?.reason._tag).toBe("InvalidInput")
        }, timeout)

        if (exporter.audiences.includes("public")) {
          it("never shows private values in a public export", async () => {
            const { markers, plan } = seededPrivatePlan()
            for (const locale of ["cs", "en"] as const) {
              const file = await succeed(exporter, plan, optionsFor(exporter, plan, locale, "public", today))
              const text = await options.read(file, exporter)
              expect(findMarkers(markers, file.bytes, text)).toEqual([])
            }
          }, timeout)
        }
      })
    }
  })
}
