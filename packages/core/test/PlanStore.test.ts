import { Context, Effect, Exit, Layer } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  Conflict,
  contentHash,
  decodePlanDocument,
  encodePlanDocument,
  layerMemory,
  makePromiseApi,
  PlanStore,
  PlanStoreError,
  planStoreErrorText,
  prepareRevision,
  jsonUtf8,
  unavailable,
  type Plan
} from "../src/index.js"
import { minimalPlanJson } from "./fixtures.js"

const plan = (() => {
  const r = decodePlanDocument({ formatVersion: 1, plan: minimalPlanJson })
  if (r._tag === "Failure") throw r.failure
  return r.success
})()

describe("PlanStore (memory)", () => {
  it("takes the save time from the Clock", async () => {
    const info = await Effect.runPromise(
      PlanStore.use((s) => s.create(plan, { author: "a", reason: "r" })).pipe(Effect.provide(layerMemory))
    )
    expect(Date.parse(info.savedAt)).toBeGreaterThan(0)
    expect(info.revision).toBe(1)
  })

  it("gives each layer build its own store", async () => {
    const create = PlanStore.use((s) => s.create(plan, { author: "a", reason: "r" }))
    const first = await Effect.runPromiseExit(create.pipe(Effect.provide(layerMemory)))
    const second = await Effect.runPromiseExit(create.pipe(Effect.provide(layerMemory)))
    expect(Exit.isSuccess(first) && Exit.isSuccess(second)).toBe(true)
  })

  it("offers a Promise face that rejects with the PlanStoreError", async () => {
    const store = await makePromiseApi(layerMemory)
    await store.create(plan, { author: "a", reason: "r" })
    const rejected = await store.save(plan, { expectedRevision: 0, author: "a", reason: "r" }).catch((e: unknown) => e)
    expect(rejected).toBeInstanceOf(PlanStoreError)
    expect((rejected as PlanStoreError).reason).toMatchObject({ _tag: "Conflict", expected: 0, actual: 1 })
    expect((rejected as PlanStoreError).retryable).toBe(false)
    expect((await store.load(plan.id)).plan).toEqual(plan as Plan)
    await store.close()
  })
})

describe("makePromiseApi with the layer's other services", () => {
  // An adapter's own service beside the store (as the region queries of PostgreSQL are).
  class Heads extends Context.Service<Heads, { readonly count: Effect.Effect<number, PlanStoreError> }>()("test/Heads") {}
  const layer = Layer.effect(Heads, Effect.gen(function*() {
    const store = yield* PlanStore
    return {
      count: Effect.flatMap(store.list(), (heads) =>
        heads.length > 1 ? Effect.fail(unavailable("too many", undefined, false)) : Effect.succeed(heads.length))
    }
  })).pipe(Layer.provideMerge(layerMemory))

  it("adds Promise members that run on the store's own runtime and reject with the PlanStoreError", async () => {
    const store = await makePromiseApi(layer, (run) => ({ heads: () => run(Heads.use((h) => h.count)) }))
    expect(await store.heads()).toBe(0)
    await store.create(plan, { author: "a", reason: "r" })
    // The same store: the plan saved through the store's face is seen by the other service.
    expect(await store.heads()).toBe(1)
    await store.create({ ...plan, id: "second" as Plan["id"] }, { author: "a", reason: "r" })
    const rejected = await store.heads().catch((e: unknown) => e)
    expect(rejected).toBeInstanceOf(PlanStoreError)
    expect((rejected as PlanStoreError).reason).toMatchObject({ _tag: "Unavailable", detail: "too many" })
    await store.close()
  })
})

describe("prepareRevision", () => {
  it("relies on the plan model having no encoding transformations: the document written is the plan itself", () => {
    expect(encodePlanDocument(plan)).toEqual({ formatVersion: 1, plan })
    const record = Effect.runSync(prepareRevision(plan, 1, { author: "a", reason: "r" }, 0))
    expect(JSON.parse(new TextDecoder().decode(record.document))).toEqual(encodePlanDocument(plan))
    expect(record.size).toBe(record.document.length)
    expect(record.savedAt).toBe("1970-01-01T00:00:00.000Z")
  })
})

describe("PlanStoreError", () => {
  it("says what happened in Czech and English and knows whether to retry", () => {
    const conflict = new PlanStoreError({ reason: new Conflict({ planId: "p", expected: 1, actual: 2 }) })
    expect(planStoreErrorText(conflict).cs).toBe("Plán „p“ mezitím změnil někdo jiný: uložení vycházelo z revize 1, aktuální je 2")
    expect(conflict.message).toContain("revision 1")
    expect(unavailable("connection refused", new Error("ECONNREFUSED")).retryable).toBe(true)
    expect(unavailable("not a database", new Error("x"), false).retryable).toBe(false)
  })
})

describe("contentHash", () => {
  it("tells different bytes apart, as 16 hex digits", () => {
    const bytes = (t: string) => new TextEncoder().encode(t)
    expect(contentHash(bytes("a"))).not.toBe(contentHash(bytes("b")))
    expect(contentHash(bytes("abc"))).toMatch(/^[0-9a-f]{16}$/)
  })
})

describe("jsonUtf8", () => {
  const same = (value: unknown) => expect(Buffer.from(jsonUtf8(value)).toString("utf8")).toBe(JSON.stringify(value))
  it("writes the UTF-8 of JSON.stringify, byte for byte, for the plan and for long arrays", () => {
    same({ formatVersion: 1, plan })
    const long = Array.from({ length: 5000 }, (_, i) => ({ i, t: `Žluťoučký kůň ${i} 🏛`, u: undefined, q: "\"\n" }))
    same({ a: long, b: [...long.map((x) => x.t), undefined, null], c: { d: long }, e: undefined })
    same([1, "x", null])
    same("plán")
  })
  it("agrees with JSON.stringify on arbitrary JSON-like values", () => {
    fc.assert(fc.property(fc.jsonValue(), fc.array(fc.jsonValue(), { minLength: 33, maxLength: 80 }), (v, arr) => {
      same(v)
      same({ v, arr, nested: { arr } })
    }))
  })
})
