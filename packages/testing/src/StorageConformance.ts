/**
 * The conformance suite of the `PlanStore` port: one function every adapter calls with its layer and a
 * probe that reads its database directly. The probe proves what was persisted (revision rows counted
 * by a raw query, documents read behind the store's back), not only what round-trips through the
 * adapter. It covers round trips, history and its order, conflicts, rejected input, adopted versions,
 * listing, diffs, corrupt rows, ids with SQL metacharacters, large plans (10,000 activities and a
 * 50 MB document) and concurrent writers.
 *
 * Adapters declare what they can do through {@link StorageConformanceOptions}; a test is left out only
 * for a missing capability, never by name.
 *
 * @since 0.1.0
 */
import {
  decodePlanDocument,
  defaultLevelNames,
  encodePlanDocument,
  PlanStore,
  type Plan,
  type PlanStoreError,
  type PlanStoreErrorReason,
  type PlanStoreService
} from "@kpss/core"
import { Effect, Exit, type Layer, ManagedRuntime } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

/**
 * A back door into an adapter's database, used to check what was really written.
 *
 * @category models
 * @since 0.1.0
 */
export interface StorageProbe {
  /** The revision numbers stored for a plan, ascending, read with a raw query. */
  readonly revisions: (planId: string) => Promise<ReadonlyArray<number>>
  /** The stored document of one revision as the database holds it, parsed from JSON. */
  readonly document: (planId: string, revision: number) => Promise<unknown>
  /** Replaces the stored document of a revision behind the store's back (to simulate damage). */
  readonly corrupt: (planId: string, revision: number, document: unknown) => Promise<void>
}

/**
 * What one concurrent writer did.
 *
 * @category models
 * @since 0.1.0
 */
export interface WriterReport {
  readonly writer: number
  /** The revisions this writer's saves created. */
  readonly committed: ReadonlyArray<number>
  readonly conflicts: number
}

/**
 * How an adapter runs the suite.
 *
 * @category models
 * @since 0.1.0
 */
export interface StorageConformanceOptions {
  /** A layer of an empty store; built once for the suite. */
  readonly layer: Layer.Layer<PlanStore, PlanStoreError>
  readonly probe: StorageProbe
  /**
   * Runs `writers` concurrent writers, each calling {@link runWriter} with `saves` saves on one plan,
   * each on its own connection (or process). Without it the suite runs them in this process, each on
   * a store of its own built from `connect`.
   */
  readonly runWriters?: (input: { readonly planId: string; readonly writers: number; readonly saves: number }) => Promise<ReadonlyArray<WriterReport>>
  /** A layer opening another connection to the same store (for in-process concurrent writers). */
  readonly connect?: () => Layer.Layer<PlanStore, PlanStoreError>
  /** Writers and saves per writer of the concurrency test (default 8 × 500). */
  readonly concurrency?: { readonly writers: number; readonly saves: number }
  /** Whether to store a 50 MB document (default true). */
  readonly hugeDocuments?: boolean
  /** Per-test timeout in milliseconds for the heavy tests (default 240 s). */
  readonly heavyTimeout?: number
}

const item = (id: string, level: string, parentId: string | undefined, extra: Record<string, unknown> = {}) => ({
  id,
  level,
  ...(parentId === undefined ? {} : { parentId }),
  code: id,
  title: `Položka ${id}`,
  partnerIds: [],
  targetGroupIds: [],
  serviceTypes: [],
  needIds: [],
  swotItemIds: [],
  status: "active",
  ...extra
})

/**
 * Options of {@link makeSizedPlan}.
 *
 * @category models
 * @since 0.1.0
 */
export interface SizedPlanOptions {
  readonly id: string
  readonly activities?: number
  /** Characters of description per activity (to make large documents). */
  readonly descriptionLength?: number
  readonly title?: string
  readonly territoryCode?: string
  readonly regionCode?: string
  readonly status?: "draft" | "commentPeriod" | "settlement" | "approved" | "inForce" | "amended" | "expired"
  readonly period?: { readonly from: number; readonly to: number }
  /** Service types of every activity (default `["odborné sociální poradenství"]`). */
  readonly serviceTypes?: ReadonlyArray<string>
}

/**
 * A valid plan of a chosen size: one priority, goal and measure, `activities` activities under it, each
 * with a funding line per year of the period from two sources (municipal and regional). For storage
 * tests and benchmarks, where size and identity matter more than variety.
 *
 * @category generators
 * @since 0.1.0
 */
export const makeSizedPlan = (options: SizedPlanOptions): Plan => {
  const n = options.activities ?? 3
  const period = options.period ?? { from: 2024, to: 2026 }
  const filler = "Podpora dostupnosti služeb pro seniory a osoby se zdravotním postižením. "
  const description = options.descriptionLength === undefined
    ? undefined
    : filler.repeat(Math.ceil(options.descriptionLength / filler.length)).slice(0, options.descriptionLength)
  const activities = Array.from({ length: n }, (_, i) =>
    item(`a${i + 1}`, "activity", "m1", {
      responsibleId: "town",
      serviceTypes: options.serviceTypes ?? ["odborné sociální poradenství"],
      ...(description === undefined ? {} : { description })
    }))
  const lines = []
  for (let i = 1; i <= n; i++) {
    for (let year = period.from; year <= period.to; year++) {
      lines.push({ activityId: `a${i}`, year, sourceId: "s-town", planned: 1000 * i, secured: 500 * i, spent: 0 })
      lines.push({ activityId: `a${i}`, year, sourceId: "s-region", planned: 300 * i, secured: 100 * i, spent: 0 })
    }
  }
  const status = options.status ?? "draft"
  const adopted = status === "approved" || status === "inForce" || status === "amended"
  const json = {
    formatVersion: 1,
    plan: {
      id: options.id,
      title: options.title ?? `Komunitní plán sociálních služeb ${options.id}`,
      territory: {
        level: "municipality",
        name: "Vzorov",
        code: options.territoryCode ?? "599999",
        ...(options.regionCode === undefined ? {} : { regionCode: options.regionCode })
      },
      edition: 1,
      period,
      statutory: false,
      phases: [],
      lifecycle: {
        status,
        ...(adopted ? { approval: { body: "assembly", resolution: "ZM/1/2024", date: "2024-01-15", kind: "approved" } } : {}),
        amendments: []
      },
      targetGroups: [{ id: "tg-seniors", name: "Senioři", registerCodes: [] }],
      actors: [
        { id: "town", kind: "organisation", name: "Město Vzorov", triadRole: "commissioner", sector: "publicAdministration", contacts: [], active: true }
      ],
      bodies: [],
      meetings: [],
      decisions: [],
      analyses: { demography: [], needs: [], resources: [], swot: [] },
      strategy: {
        values: [],
        levelNames: defaultLevelNames,
        items: [item("p1", "priority", undefined), item("g1", "goal", "p1"), item("m1", "measure", "g1"), ...activities]
      },
      funding: {
        sources: [
          { id: "s-town", name: "Rozpočet města", kind: "municipality", commissionerId: "town" },
          { id: "s-region", name: "Dotace kraje", kind: "region" }
        ],
        lines
      },
      indicators: [],
      actionPlans: [],
      monitoringReports: [],
      consultation: { periods: [], comments: [] },
      schedule: []
    }
  }
  const decoded = decodePlanDocument(json)
  if (decoded._tag === "Failure") throw new Error(`makeSizedPlan built an invalid plan: ${decoded.failure.message}`)
  return decoded.success
}

/**
 * One concurrent writer: `saves` times, loads the head of the plan, changes its title to
 * `w<writer>-<i>` and saves it based on that head, with the same text as the reason. A conflict is
 * counted and the writer goes on; any other failure fails the writer.
 *
 * @category concurrency
 * @since 0.1.0
 */
export const runWriter = (planId: string, writer: number, saves: number): Effect.Effect<WriterReport, PlanStoreError, PlanStore> =>
  PlanStore.use((store) =>
    Effect.gen(function*() {
      const committed: Array<number> = []
      let conflicts = 0
      for (let i = 0; i < saves; i++) {
        const head = yield* store.load(planId)
        const mark = `w${writer}-${i}`
        const saved = yield* store
          .save({ ...head.plan, title: mark }, { expectedRevision: head.info.revision, author: `writer ${writer}`, reason: mark })
          .pipe(Effect.result)
        if (saved._tag === "Success") committed.push(saved.success.revision)
        else if (saved.failure.reason._tag === "Conflict") conflicts++
        else return yield* Effect.fail(saved.failure)
      }
      return { writer, committed, conflicts }
    })
  )

const reasonOf = async <A>(effect: Promise<Exit.Exit<A, PlanStoreError>>): Promise<PlanStoreErrorReason> => {
  const exit = await effect
  if (Exit.isSuccess(exit)) throw new Error("expected the operation to fail, it succeeded")
  const failure = exit.cause.reasons.find((r) => r._tag === "Fail")
  if (failure === undefined || failure._tag !== "Fail") throw new Error(`expected a PlanStoreError, got a defect`)
  return failure.error.reason
}

const sqlIds = [
  "'; DROP TABLE revisions; --",
  "Robert'); DELETE FROM plans WHERE ('1'='1",
  "100% _wild_ \\ card",
  "\"quoted\" `back` [bracket] $1 ?",
  "plán/č. 1 — Kutná Hora 🏛"
]

/**
 * Runs the conformance suite of the plan store against an adapter.
 *
 * @category suites
 * @since 0.1.0
 */
export const planStoreConformance = (name: string, options: StorageConformanceOptions): void => {
  describe(`PlanStore conformance: ${name}`, () => {
    let runtime: ManagedRuntime.ManagedRuntime<PlanStore, PlanStoreError>
    const heavy = options.heavyTimeout ?? 240_000
    const probe = options.probe

    beforeAll(async () => {
      runtime = ManagedRuntime.make(options.layer)
      await runtime.runPromise(Effect.void)
    }, 60_000)
    afterAll(async () => {
      await runtime?.dispose()
    })

    const run = <A>(f: (store: PlanStoreService) => Effect.Effect<A, PlanStoreError>): Promise<A> =>
      runtime.runPromise(PlanStore.use(f))
    const fails = <A>(f: (store: PlanStoreService) => Effect.Effect<A, PlanStoreError>) =>
      reasonOf(runtime.runPromiseExit(PlanStore.use(f)))
    const meta = (reason: string) => ({ author: "Jana Nováková", reason })

    it("stores a new plan and loads it back equal, and the database holds exactly that document", async () => {
      const plans = [
        makeSizedPlan({ id: "rt-1" }),
        makeSizedPlan({ id: "rt-2", activities: 40, title: "Plán „Žluťoučký kůň“ — úpěl ďábelské ódy", status: "inForce", regionCode: "27" }),
        makeSizedPlan({ id: "rt-3", activities: 0, period: { from: 2030, to: 2030 } })
      ]
      for (const plan of plans) {
        const info = await run((s) => s.create(plan, meta("založení")))
        expect(info).toMatchObject({ planId: plan.id, revision: 1, author: "Jana Nováková", reason: "založení", title: plan.title })
        const loaded = await run((s) => s.load(plan.id))
        expect(loaded.plan).toEqual(plan)
        expect(loaded.info).toEqual(info)
        expect(await probe.revisions(plan.id)).toEqual([1])
        expect(await probe.document(plan.id, 1)).toEqual(encodePlanDocument(plan))
      }
    })

    it("appends revisions in order, never overwriting one, and reads any of them", async () => {
      const id = "history-1"
      let plan = makeSizedPlan({ id })
      await run((s) => s.create(plan, meta("r1")))
      for (let r = 2; r <= 6; r++) {
        plan = { ...plan, title: `Verze ${r}` }
        const info = await run((s) => s.save(plan, { expectedRevision: r - 1, ...meta(`r${r}`) }))
        expect(info.revision).toBe(r)
      }
      const history = await run((s) => s.history(id))
      expect(history.map((h) => [h.revision, h.reason])).toEqual([1, 2, 3, 4, 5, 6].map((r) => [r, `r${r}`]))
      const times = history.map((h) => Date.parse(h.savedAt))
      expect(times.every((t, i) => Number.isFinite(t) && (i === 0 || t >= times[i - 1]!))).toBe(true)
      expect(new Set(history.map((h) => h.hash)).size).toBe(6)
      expect(await probe.revisions(id)).toEqual([1, 2, 3, 4, 5, 6])
      for (let r = 2; r <= 6; r++) {
        expect((await run((s) => s.load(id, r))).plan.title).toBe(`Verze ${r}`)
        expect((await probe.document(id, r)) as { plan: { title: string } }).toMatchObject({ plan: { title: `Verze ${r}` } })
      }
      expect((await run((s) => s.load(id))).info.revision).toBe(6)
    })

    it("answers a stale save with Conflict and writes nothing", async () => {
      const id = "conflict-1"
      const plan = makeSizedPlan({ id })
      await run((s) => s.create(plan, meta("r1")))
      await run((s) => s.save({ ...plan, title: "A" }, { expectedRevision: 1, ...meta("A") }))
      const stale = await fails((s) => s.save({ ...plan, title: "B" }, { expectedRevision: 1, ...meta("B") }))
      expect(stale).toMatchObject({ _tag: "Conflict", planId: id, expected: 1, actual: 2 })
      const ahead = await fails((s) => s.save({ ...plan, title: "C" }, { expectedRevision: 7, ...meta("C") }))
      expect(ahead).toMatchObject({ _tag: "Conflict", expected: 7, actual: 2 })
      const again = await fails((s) => s.create(plan, meta("again")))
      expect(again).toMatchObject({ _tag: "Conflict", expected: 0, actual: 2 })
      const missing = await fails((s) => s.save(makeSizedPlan({ id: "conflict-missing" }), { expectedRevision: 1, ...meta("x") }))
      expect(missing).toMatchObject({ _tag: "Conflict", expected: 1, actual: 0 })
      expect(await probe.revisions(id)).toEqual([1, 2])
      expect(await probe.revisions("conflict-missing")).toEqual([])
      expect((await run((s) => s.load(id))).plan.title).toBe("A")
    })

    it("rejects a plan that fails decoding before anything is written", async () => {
      const good = makeSizedPlan({ id: "invalid-1" })
      const dangling = { ...good, strategy: { ...good.strategy, items: good.strategy.items.map((i) => i.level === "activity" ? { ...i, responsibleId: "nobody" } : i) } } as Plan
      const reason = await fails((s) => s.create(dangling, meta("bad")))
      expect(reason._tag).toBe("InvalidInput")
      if (reason._tag === "InvalidInput") expect(reason.problems.some((p) => p.code === "reference")).toBe(true)
      const badYear = { ...good, period: { from: 1500, to: 2026 } } as unknown as Plan
      expect((await fails((s) => s.create(badYear, meta("bad"))))._tag).toBe("InvalidInput")
      const negative = await fails((s) => s.save(good, { expectedRevision: -1, ...meta("bad") }))
      expect(negative._tag).toBe("InvalidInput")
      expect(await probe.revisions("invalid-1")).toEqual([])
    })

    it("reports a missing plan or revision as NotFound", async () => {
      expect(await fails((s) => s.load("no-such-plan"))).toMatchObject({ _tag: "NotFound", planId: "no-such-plan" })
      expect(await fails((s) => s.history("no-such-plan"))).toMatchObject({ _tag: "NotFound" })
      await run((s) => s.create(makeSizedPlan({ id: "nf-1" }), meta("r1")))
      expect(await fails((s) => s.load("nf-1", 2))).toMatchObject({ _tag: "NotFound", planId: "nf-1", revision: 2 })
      expect(await fails((s) => s.load("nf-1", 0))).toMatchObject({ _tag: "NotFound", revision: 0 })
    })

    it("reads the adopted versions: the first revision recording each adoption", async () => {
      const id = "adopted-1"
      const draft = makeSizedPlan({ id })
      const approved = makeSizedPlan({ id, status: "approved" })
      await run((s) => s.create(draft, meta("návrh")))
      await run((s) => s.save(approved, { expectedRevision: 1, ...meta("schváleno") }))
      const inForce: Plan = { ...approved, lifecycle: { ...approved.lifecycle, status: "inForce" } }
      await run((s) => s.save(inForce, { expectedRevision: 2, ...meta("účinnost") }))
      await run((s) => s.save({ ...inForce, title: "Aktualizace" }, { expectedRevision: 3, ...meta("monitoring") }))
      const amended = {
        ...inForce,
        lifecycle: {
          ...inForce.lifecycle,
          status: "amended",
          amendments: [{ number: 1, reason: "Nová aktivita", approval: { body: "assembly", resolution: "ZM/7/2025", date: "2025-03-10", kind: "approved" } }]
        }
      } as unknown as Plan
      await run((s) => s.save(amended, { expectedRevision: 4, ...meta("dodatek") }))
      const adopted = await run((s) => s.adopted(id))
      expect(adopted.map((a) => a.info.revision)).toEqual([2, 5])
      expect(adopted[1]!.plan).toEqual(amended)
      expect(await run((s) => s.adopted("rt-1"))).toEqual([])
    })

    it("lists the heads of plans filtered by territory, region, status and period", async () => {
      const mk = (id: string, o: Partial<Parameters<typeof makeSizedPlan>[0]>) => run((s) => s.create(makeSizedPlan({ id, ...o }), meta("r1")))
      await mk("list-a", { territoryCode: "100001", regionCode: "43", status: "draft", period: { from: 2020, to: 2022 } })
      await mk("list-b", { territoryCode: "100002", regionCode: "43", status: "inForce", period: { from: 2023, to: 2025 } })
      await mk("list-c", { territoryCode: "100003", regionCode: "51", status: "inForce", period: { from: 2026, to: 2028 } })
      const b = await run((s) => s.load("list-b"))
      await run((s) => s.save({ ...b.plan, lifecycle: { ...b.plan.lifecycle, status: "expired" } }, { expectedRevision: 1, ...meta("konec") }))
      const ids = async (filter: Parameters<PlanStoreService["list"]>[0]) =>
        (await run((s) => s.list(filter))).map((i) => i.planId).filter((id) => id.startsWith("list-"))
      expect(await ids({})).toEqual(["list-a", "list-b", "list-c"])
      expect(await ids({ territoryCode: "100002" })).toEqual(["list-b"])
      expect(await ids({ regionCode: "43" })).toEqual(["list-a", "list-b"])
      expect(await ids({ status: ["inForce"] })).toEqual(["list-c"])
      expect(await ids({ status: ["expired", "draft"] })).toEqual(["list-a", "list-b"])
      expect(await ids({ period: { from: 2022, to: 2023 } })).toEqual(["list-a", "list-b"])
      expect(await ids({ period: { from: 2029, to: 2040 } })).toEqual([])
      expect(await ids({ regionCode: "43", status: ["draft"], period: { from: 2019, to: 2020 } })).toEqual(["list-a"])
      const head = (await run((s) => s.list({ territoryCode: "100002" })))[0]
      expect(head).toMatchObject({ revision: 2, status: "expired" })
    })

    it("diffs two revisions by entity", async () => {
      const id = "diff-1"
      const v1 = makeSizedPlan({ id, activities: 3 })
      const v2base = makeSizedPlan({ id, activities: 4, title: "Nový název" })
      const v2: Plan = { ...v2base, strategy: { ...v2base.strategy, items: v2base.strategy.items.filter((i) => i.id !== "a2") } }
      const v2clean = { ...v2, funding: { ...v2.funding, lines: v2.funding.lines.filter((l) => l.activityId !== "a2") } }
      await run((s) => s.create(v1, meta("r1")))
      await run((s) => s.save(v2clean, { expectedRevision: 1, ...meta("r2") }))
      const diff = await run((s) => s.diff(id, 1, 2))
      expect(diff.fields).toEqual([{ path: "title", before: v1.title, after: "Nový název" }])
      const items = diff.collections.find((c) => c.path === "strategy.items")
      expect(items).toMatchObject({ added: ["a4"], removed: ["a2"], changed: [] })
      const lines = diff.collections.find((c) => c.path === "funding.lines")
      expect(lines?.added.length).toBe(6)
      expect(lines?.removed.length).toBe(6)
      expect(lines?.changed).toEqual([])
      expect(await run((s) => s.diff(id, 2, 2))).toEqual({ collections: [], fields: [] })
      expect(await fails((s) => s.diff(id, 1, 3))).toMatchObject({ _tag: "NotFound", revision: 3 })
    })

    it("reports a corrupt stored revision as CorruptDocument, never as a plan", async () => {
      const id = "corrupt-1"
      const plan = makeSizedPlan({ id })
      await run((s) => s.create(plan, meta("r1")))
      await run((s) => s.save({ ...plan, title: "Dvě" }, { expectedRevision: 1, ...meta("r2") }))
      await run((s) => s.save({ ...plan, title: "Tři" }, { expectedRevision: 2, ...meta("r3") }))
      await probe.corrupt(id, 2, { formatVersion: 1, plan: { id, title: 42 } })
      await probe.corrupt(id, 3, { formatVersion: 1, plan: { ...encodePlanDocument(makeSizedPlan({ id: "someone-else" })).plan } })
      const two = await fails((s) => s.load(id, 2))
      expect(two).toMatchObject({ _tag: "CorruptDocument", planId: id, revision: 2 })
      if (two._tag === "CorruptDocument") expect(two.problems.length).toBeGreaterThan(0)
      expect(await fails((s) => s.load(id))).toMatchObject({ _tag: "CorruptDocument", revision: 3 })
      expect((await run((s) => s.load(id, 1))).plan).toEqual(plan)
      expect((await run((s) => s.history(id))).length).toBe(3)
      expect(await fails((s) => s.diff(id, 1, 2))).toMatchObject({ _tag: "CorruptDocument" })
    })

    it("keeps ids with SQL metacharacters exactly", async () => {
      for (const id of sqlIds) {
        const plan = makeSizedPlan({ id })
        await run((s) => s.create(plan, meta(id)))
        await run((s) => s.save({ ...plan, title: "Druhá" }, { expectedRevision: 1, ...meta(id) }))
        expect((await run((s) => s.load(id, 1))).plan).toEqual(plan)
        expect(await probe.revisions(id)).toEqual([1, 2])
        expect((await run((s) => s.history(id))).map((h) => h.reason)).toEqual([id, id])
      }
      const listed = (await run((s) => s.list({}))).map((i) => i.planId)
      for (const id of sqlIds) expect(listed).toContain(id)
      expect(listed).toContain("rt-1")
    })

    it("stores and loads a plan with 10,000 activities", async () => {
      const plan = makeSizedPlan({ id: "large-10k", activities: 10_000 })
      const info = await run((s) => s.create(plan, meta("velký")))
      const loaded = await run((s) => s.load(plan.id))
      expect(loaded.plan.strategy.items.length).toBe(10_003)
      expect(loaded.plan).toEqual(plan)
      const stored = await probe.document(plan.id, 1)
      expect(stored).toEqual(encodePlanDocument(plan))
      expect(info.size).toBe(Buffer.byteLength(JSON.stringify(encodePlanDocument(plan))))
    }, heavy)

    it.runIf(options.hugeDocuments !== false)("stores and loads a 50 MB plan", async () => {
      const plan = makeSizedPlan({ id: "huge-50mb", activities: 10_000, descriptionLength: 5_000 })
      const info = await run((s) => s.create(plan, meta("obří")))
      expect(info.size).toBeGreaterThan(50_000_000)
      const loaded = await run((s) => s.load(plan.id))
      expect(loaded.plan.strategy.items.length).toBe(10_003)
      expect(loaded.plan.strategy.items[5]).toEqual(plan.strategy.items[5])
      expect(loaded.info.hash).toBe(info.hash)
      expect(await probe.revisions(plan.id)).toEqual([1])
    }, heavy)

    it("lets concurrent writers on one plan either commit or conflict, with no gap and no lost update", async () => {
      const { writers, saves } = options.concurrency ?? { writers: 8, saves: 500 }
      const id = "concurrent-1"
      await run((s) => s.create(makeSizedPlan({ id }), meta("start")))
      let reports: ReadonlyArray<WriterReport>
      if (options.runWriters !== undefined) {
        reports = await options.runWriters({ planId: id, writers, saves })
      } else {
        const connect = options.connect ?? (() => options.layer)
        reports = await Promise.all(Array.from({ length: writers }, async (_, w) => {
          const writerRuntime = ManagedRuntime.make(connect())
          try {
            return await writerRuntime.runPromise(runWriter(id, w, saves))
          } finally {
            await writerRuntime.dispose()
          }
        }))
      }
      expect(reports.length).toBe(writers)
      for (const r of reports) expect(r.committed.length + r.conflicts).toBe(saves)
      const committed = reports.flatMap((r) => r.committed.map((revision) => ({ revision, writer: r.writer })))
      const total = committed.length
      expect(total).toBeGreaterThan(0)
      const expected = Array.from({ length: total + 1 }, (_, i) => i + 1)
      expect(await probe.revisions(id)).toEqual(expected)
      expect([...committed.map((c) => c.revision)].sort((a, b) => a - b)).toEqual(expected.slice(1))
      const history = await run((s) => s.history(id))
      expect(history.map((h) => h.revision)).toEqual(expected)
      const byRevision = new Map(history.map((h) => [h.revision, h]))
      for (const c of committed) expect(byRevision.get(c.revision)?.author).toBe(`writer ${c.writer}`)
      // No lost update: every committed save's own document is the one stored under its revision.
      for (const c of committed.filter((_, i) => i % Math.max(1, Math.floor(total / 200)) === 0)) {
        const h = byRevision.get(c.revision)!
        expect(await probe.document(id, c.revision)).toMatchObject({ plan: { title: h.reason } })
      }
    }, heavy)
  })
}
