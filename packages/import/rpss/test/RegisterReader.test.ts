import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"
import { fc, test } from "@fast-check/vitest"
import {
  addProvider, check, encodePlanDocumentJson, isoDate, linkResourceToRegister, mergeRegisterServices,
  type ActorId, type OperationContext, type Plan, type RegisterImportError, type RegisterService, type ResourceId
} from "@kpss/core"
import { amendmentDraft, compliantPlan, editPlan } from "@kpss/testing"
import { Effect, Result } from "effect"
import { describe, expect, it } from "vitest"
import { defaultMaxRegisterBytes, generateRegisterChunks, generateRegisterItem, importRegisterPromise, regionCodes, readRegister, type RegisterImportRun, type RegisterSource } from "../src/index.js"

const fixture = new URL("./fixtures/rpss-small.json", import.meta.url).pathname
const fixtureText = readFileSync(fixture, "utf8")
const importedOn = isoDate("2024-06-01")
const karlovarsky = { regionCodes: ["Kraj/51"] }

// The analyses of an adopted version never change: the register is imported into the draft of an amendment.
const adopted: Plan = editPlan(compliantPlan, (p) => {
  p.actors.push({ id: "charita-cheb", kind: "organisation", name: "Charita Cheb", ico: "44478151", triadRole: "provider", sector: "socialServices", contacts: [], active: true })
  p.targetGroups.push({ id: "tg-carers", name: "Pečující", registerCodes: ["CilovaSkupinaOsoby/26"] })
})
const plan: Plan = amendmentDraft(adopted)

const run = (source: RegisterSource, options: Partial<Parameters<typeof importRegisterPromise>[2]> = {}, base = plan) =>
  importRegisterPromise(base, source, { importedOn, territory: karlovarsky, ...options })

const failure = async (source: RegisterSource, options: Partial<Parameters<typeof importRegisterPromise>[2]> = {}, base = plan): Promise<RegisterImportError> => {
  try {
    await run(source, options, base)
  } catch (e) {
    return e as RegisterImportError
  }
  throw new Error("the import succeeded")
}

const byRegisterId = (r: RegisterImportRun) => new Map(r.plan.analyses.resources.filter((x) => x.registerId !== undefined).map((x) => [x.registerId!, x]))

describe("an adopted version", () => {
  it("is refused before a byte of the register is read, and by the merge itself", async () => {
    const error = await failure(join(tmpdir(), "no-such-register.json"), {}, adopted)
    expect(error.reason._tag).toBe("Adopted")
    expect(error.message).toContain("in force")
    const merged = mergeRegisterServices(adopted, [], { importedOn, territory: karlovarsky })
    expect(Result.isFailure(merged) && merged.failure.reason._tag).toBe("Adopted")
  })
})

describe("the person importing", () => {
  const someone = plan.actors[0]!.id as ActorId
  it("is asked of the authorization policy (editing the analyses) before a byte is read, and by the merge itself", async () => {
    const leader = { role: "workingGroupLeader" as const, actorId: someone }
    const error = await failure(join(tmpdir(), "no-such-register.json"), { actor: leader })
    expect(error.reason._tag).toBe("NotAllowed")
    expect(error.message).toBe("Not allowed: the analyses are edited by the coordinator, the steering group or the leader of the working group the part belongs to")
    const merged = mergeRegisterServices(plan, [], { importedOn, territory: karlovarsky, actor: { role: "public" } })
    expect(Result.isFailure(merged) && merged.failure.reason._tag).toBe("NotAllowed")
    const unknown = mergeRegisterServices(plan, [], { importedOn, territory: karlovarsky, actor: { role: "coordinator", actorId: "ghost" as ActorId } })
    expect(Result.isFailure(unknown) && unknown.failure.reason._tag).toBe("NotAllowed")
    expect(Result.isSuccess(mergeRegisterServices(plan, [], { importedOn, territory: karlovarsky, actor: { role: "coordinator", actorId: someone } }))).toBe(true)
    expect(Result.isSuccess(mergeRegisterServices(plan, [], { importedOn, territory: karlovarsky, actor: { role: "steeringGroupMember", actorId: someone } }))).toBe(true)
  })
})

describe("import of the register fixture (Karlovarský kraj, 1. 6. 2024)", async () => {
  const result = await run(fixture)
  const imported = byRegisterId(result)
  const warningsOf = (id: string) => result.warnings.filter((w) => w.registerId === id).map((w) => w.code)

  it("keeps the plan's own resources and adds each service of the territory once, with its register id", () => {
    expect(result.plan.analyses.resources[0]).toEqual(plan.analyses.resources[0])
    expect([...imported.keys()].sort()).toEqual([
      "1000001", "1000002", "1000004", "1000005", "1000006", "1000007", "1000008", "1000009",
      "1000013", "1000014", "1000015", "1000016", "1000018", "1000019", "1000020"
    ])
    for (const r of imported.values()) {
      expect(r.id).toBe(`rpss-${r.registerId}`)
      expect(r.registerImportedOn).toBe("2024-06-01")
    }
    expect(result.items).toBe(27)
  })

  it("keeps capacity per form, and types, forms, IČO, provider and target groups", () => {
    expect(imported.get("1000001")).toMatchObject({
      serviceType: "49", forms: ["residential"], capacities: [{ form: "residential", unit: "bed", count: 32 }],
      name: "Domov pro seniory Sokolov", ico: "00574520", targetGroupIds: ["tg-seniors"], municipalityCodes: ["560286"]
    })
    expect(imported.get("1000002")).toMatchObject({
      serviceType: "40", forms: ["field", "outpatient"],
      capacities: [{ form: "field", unit: "client", count: 80 }, { form: "outpatient", unit: "client", count: 20 }],
      providerId: "charita-cheb", targetGroupIds: ["tg-seniors", "tg-carers"], municipalityCodes: ["554481", "554529"]
    })
    expect(imported.get("1000014")?.capacities).toEqual([
      { form: "residential", unit: "bed", count: 6 }, { form: "field", unit: "client", count: 15 }, { form: "outpatient", unit: "client", count: 10 }
    ])
    expect(imported.get("1000009")?.capacities).toContainEqual({ form: "outpatient", unit: "client", count: 0 })
  })

  it("skips an ended registration whose facility still looks active, and an ended facility", () => {
    expect(imported.has("1000003")).toBe(false)
    expect(warningsOf("1000003")).toEqual(["ended"])
    expect(imported.get("1000004")).toMatchObject({ municipalityCodes: ["554961"], facilities: [{ name: "Stacionář Slunce Karlovy Vary", municipalityCode: "554961" }] })
  })

  it("merges repeated facilities, comparing names with spaces trimmed but keeping them as written", () => {
    expect(imported.get("1000005")?.facilities).toEqual([{ name: "Sociálně terapeutická dílna Naděje", municipalityCode: "560286" }])
    expect(imported.get("1000006")?.facilities).toEqual([{ name: "Centrum  sociální rehabilitace Sokolov", municipalityCode: "560286" }])
    expect(result.stats.facilitiesMerged).toBe(2)
  })

  it("never lists a facility with a secret address", () => {
    expect(imported.get("1000007")).toMatchObject({ name: "Azylové domy", facilities: [], municipalityCodes: [] })
    expect(imported.get("1000008")).toMatchObject({ municipalityCodes: ["554961"], facilities: [{ name: "Krizové centrum Karlovy Vary", municipalityCode: "554961" }] })
    expect(result.stats.secretFacilities).toBe(2)
  })

  it("carries no secret address and no person's name anywhere into the plan", () => {
    const json = encodePlanDocumentJson(result.plan)
    for (const secret of ["Tajná", "13b", "4711", "35999", "29999999", "Skrýš", "Skrytá", "9876", "77z", "35998", "29999998"]) {
      expect(json, secret).not.toContain(secret)
    }
    for (const person of ["Miroslava Tajemná", "Bohumil Skrytý", "Karolína Utajená", "Jiří Charitní", "Alžběta Vedoucí", "Tajemná", "Utajená"]) {
      expect(json, person).not.toContain(person)
    }
    // Nor any street or house number: the plan keeps municipalities, never addresses.
    for (const street of ["Nemocniční", "Kostelní", "Bezručova", "2272", "11867906"]) expect(json, street).not.toContain(street)
  })

  it("imports a facility without an address point by its municipality", () => {
    expect(imported.get("1000009")?.municipalityCodes).toEqual(["554642"])
    expect(imported.get("1000018")?.municipalityCodes).toEqual(["560286"])
  })

  it("warns about bad items in the territory and skips those it cannot use; is silent about the rest of the country", () => {
    expect(warningsOf("1000010")).toEqual(["missingType"])
    expect(warningsOf("1000011")).toEqual(["missingProvider"])
    expect(warningsOf("1000012")).toEqual(["unknownServiceType"])
    expect(warningsOf("1000013")).toEqual(["unknownForm", "unknownCapacityType", "unknownTargetGroup"])
    expect(imported.get("1000013")).toMatchObject({ forms: ["outpatient"], capacities: [{ form: "outpatient", unit: "client", count: 25 }] })
    expect(warningsOf("1000015")).toEqual(["formNotAllowed"])
    expect(warningsOf("1000016")).toEqual(["badIco"])
    expect(imported.get("1000016")?.ico).toBeUndefined()
    expect(warningsOf("1000017")).toEqual(["notStarted"])
    expect(warningsOf("1000019")).toEqual(["badDate"])
    expect(warningsOf("1000020")).toEqual(["duplicateItem"])
    expect(result.warnings.filter((w) => w.code === "notAnItem").map((w) => w.position)).toEqual([21])
    for (const id of ["1000022", "1000023", "1000024", "1000025", "1000026"]) expect(warningsOf(id)).toEqual([])
    for (const w of result.warnings) {
      expect(w.message.cs.length).toBeGreaterThan(0)
      expect(w.message.en.length).toBeGreaterThan(0)
    }
  })

  it("leaves a plan the rules can check: the outreach programme in a residential form is flagged", () => {
    const findings = check(result.plan, { today: importedOn, only: ["KPSS-ANAL-005", "KPSS-ANAL-006", "KPSS-ANAL-007"] }).findings
    expect(findings.map((f) => [f.code, f.ids])).toEqual([["KPSS-ANAL-006", ["rpss-1000015"]]])
  })
})

describe("territory", () => {
  it("filters by municipality codes (with or without the Obec/ prefix) — the way to import an ORP", async () => {
    const a = byRegisterId(await run(fixture, { territory: { municipalityCodes: ["560286"] } }))
    const b = byRegisterId(await run(fixture, { territory: { municipalityCodes: ["Obec/560286"] } }))
    expect([...a.keys()].sort()).toEqual(["1000001", "1000005", "1000006", "1000008", "1000018", "1000020"])
    expect([...b.keys()]).toEqual([...a.keys()])
    expect(a.get("1000008")?.municipalityCodes).toEqual([])
  })

  it("uses the plan's territory when none is given, and needs the municipalities of an ORP", async () => {
    const sokolov = editPlan(plan, (p) => { p.territory = { level: "municipality", name: "Sokolov", code: "560286" } })
    const r = await importRegisterPromise(sokolov, fixture, { importedOn })
    expect(byRegisterId(r).has("1000001")).toBe(true)
    const orp = editPlan(plan, (p) => { p.territory = { level: "orp", name: "ORP Sokolov", code: "4109" } })
    const e = await importRegisterPromise(orp, fixture, { importedOn }).then(() => { throw new Error("the import succeeded") }, (x: RegisterImportError) => x)
    expect(e.reason._tag).toBe("TerritoryUnknown")
    expect(e.message).toContain("no municipality codes")
  })
})

describe("re-import", () => {
  const services = Effect.runPromise(readRegister(fixture, { territory: karlovarsky, importedOn })).then((r) => r.services)

  it("updates by register id and never duplicates, keeping the resource's id, name and links", async () => {
    const all = await services
    const first = mergeRegisterServices(plan, all, { importedOn, territory: karlovarsky })
    if (Result.isFailure(first)) throw first.failure
    const renamed = editPlan(first.success.plan, (p) => {
      const r = p.analyses.resources.find((x) => x.registerId === "1000001")!
      r.name = "Domov Sokolov (přejmenováno v plánu)"
      r.targetGroupIds = ["tg-carers"]
    })
    const changed = all.map((s) => (s.registerId === "1000001" ? { ...s, forms: [{ formCode: "FormaSocialniSluzby/pob", capacities: [{ typeCode: "TypKapacitySocialniSluzby/luzka", count: 40 }] }] } : s))
    const second = mergeRegisterServices(renamed, changed, { importedOn: isoDate("2024-07-01"), territory: karlovarsky })
    if (Result.isFailure(second)) throw second.failure
    const list = second.success.plan.analyses.resources.filter((r) => r.registerId === "1000001")
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({
      id: "rpss-1000001", name: "Domov Sokolov (přejmenováno v plánu)", capacities: [{ form: "residential", unit: "bed", count: 40 }],
      targetGroupIds: ["tg-carers", "tg-seniors"], registerImportedOn: "2024-07-01"
    })
    expect(second.success.plan.analyses.resources).toHaveLength(first.success.plan.analyses.resources.length)
    expect(second.success.stats).toMatchObject({ added: 0, updated: 15 })
  })

  it("removes a resource whose registration has ended since the last import", async () => {
    const all = await services
    const first = mergeRegisterServices(plan, all, { importedOn, territory: karlovarsky })
    if (Result.isFailure(first)) throw first.failure
    const ended = all.map((s) => (s.registerId === "1000002" ? { ...s, until: isoDate("2024-06-15") } : s))
    const later = mergeRegisterServices(first.success.plan, ended, { importedOn: isoDate("2024-09-01"), territory: karlovarsky })
    if (Result.isFailure(later)) throw later.failure
    expect(later.success.plan.analyses.resources.some((r) => r.registerId === "1000002")).toBe(false)
    expect(later.success.warnings.filter((w) => w.code === "removed").map((w) => w.registerId)).toEqual(["1000002"])
  })

  // Invariant: importing the same services twice gives the plan that importing them once gives,
  // whatever subset of the register and in whatever order.
  test.prop([fc.infiniteStream(fc.nat()), fc.integer({ min: 0, max: 30 })])("importing twice = importing once", async (order, take) => {
    const all = [...(await services)]
    const picked: Array<RegisterService> = []
    const it = order[Symbol.iterator]()
    while (all.length > 0 && picked.length < take) picked.push(all.splice(it.next().value % all.length, 1)[0]!)
    const once = mergeRegisterServices(plan, picked, { importedOn, territory: karlovarsky })
    if (Result.isFailure(once)) throw once.failure
    const twice = mergeRegisterServices(once.success.plan, picked, { importedOn, territory: karlovarsky })
    if (Result.isFailure(twice)) throw twice.failure
    expect(twice.success.plan).toEqual(once.success.plan)
  })
})

describe("bad input: a typed error, the plan unchanged", () => {
  const stream = (...chunks: Array<string>) => Readable.from(chunks.map((c) => Buffer.from(c)))

  it("not JSON", async () => {
    const e = await failure(stream("Toto není JSON."))
    expect(e.reason._tag).toBe("NotJson")
    expect(e.message).toContain("not valid JSON")
  })

  it("empty", async () => {
    expect((await failure(stream(""))).reason._tag).toBe("NotJson")
  })

  it("content after the document", async () => {
    expect((await failure(stream("{\"polozky\":[]} navíc"))).reason._tag).toBe("NotJson")
  })

  it("truncated in the middle", async () => {
    const e = await failure(stream(fixtureText.slice(0, Math.floor(fixtureText.length / 2))))
    expect(e.reason._tag).toBe("Truncated")
    expect(e.message).toContain("truncated")
  })

  it("JSON, but not the register", async () => {
    expect((await failure(stream("{\"items\":[1,2,3]}"))).reason._tag).toBe("NoItems")
    expect((await failure(stream("[{\"polozky\":[]}]"))).reason._tag).toBe("NoItems")
  })

  it("an item over the size limit stops the read early (bounded memory), whatever the stream's length", async () => {
    let produced = 0
    // An endless item: 64 KiB of text at a time, for ever. Reading must stop at the limit.
    const endless = async function*() {
      yield "{\"polozky\":[{\"poznamka\":\""
      const block = "x".repeat(64 * 1024)
      for (;;) {
        produced += block.length
        yield block
      }
    }
    const e = await failure(endless(), { maxItemBytes: 1024 * 1024 })
    expect(e.reason._tag).toBe("ItemTooLarge")
    expect(e.message).toContain("larger than 1048576 bytes")
    expect(produced).toBeLessThan(2 * 1024 * 1024)
  })

  it("a file that cannot be read", async () => {
    const e = await failure("/nonexistent/rpss.json")
    expect(e.reason._tag).toBe("ReadFailed")
    expect(e.message).toMatch(/cannot be read/)
  })
})

describe("a generated register file", () => {
  it("streams from a Node Readable and keeps exactly the services with a facility of the region", async () => {
    const chunks = [...generateRegisterChunks({ items: 600, seed: 7 })]
    const parsed = JSON.parse(chunks.join("")) as Generated
    // A facility counts while it is provided on the day (an ended one does not), a secret one included.
    const expected = parsed.polozky
      .filter((i) => i.datumPoskytovaniDo === null && i.zarizeni.some((z) => z.adresa.kraj.id === "Kraj/51" && (z.poskytujeDo === null || z.poskytujeDo >= importedOn)))
      .map((i) => i.identifikator).sort()
    const result = await run(Readable.from(chunks))
    expect(result.items).toBe(600)
    expect([...byRegisterId(result).keys()].sort()).toEqual(expected)
    expect(expected.length).toBeGreaterThan(10)
    expect(encodePlanDocumentJson(result.plan)).not.toMatch(/ředitel|statutární|Nemocniční|Husova|Palackého/)
  })

  it("carries the register's traps at low rates, by seed, and the import merges them and never carries a secret address", async () => {
    const chunks = [...generateRegisterChunks({ items: 800, seed: 3 })]
    expect([...generateRegisterChunks({ items: 800, seed: 3 })]).toEqual(chunks)
    expect([...generateRegisterChunks({ items: 800, seed: 4 })]).not.toEqual(chunks)
    const items = (JSON.parse(chunks.join("")) as Generated).polozky
    const facilities = items.flatMap((i) => i.zarizeni)
    const rate = (n: number, of: number) => n / of
    const secret = facilities.filter((z) => z.utajenaAdresa)
    const sameKey = (a: Facility, b: Facility) => a.adresa.kodAdresnihoMista === b.adresa.kodAdresnihoMista && a.adresa.obec.id === b.adresa.obec.id
    const repeated = items.filter((i) => i.zarizeni.slice(1).some((z) => z.nazev === i.zarizeni[0]!.nazev && sameKey(z, i.zarizeni[0]!)))
    const spaced = items.filter((i) => i.zarizeni.slice(1).some((z) => z.nazev !== i.zarizeni[0]!.nazev && z.nazev.replace(/\s+/g, " ").trim() === i.zarizeni[0]!.nazev && sameKey(z, i.zarizeni[0]!)))
    for (const [what, r, low, high] of [
      ["secret facilities", rate(secret.length, facilities.length), 0.005, 0.05],
      ["ended facilities", rate(facilities.filter((z) => z.poskytujeDo !== null).length, facilities.length), 0.01, 0.08],
      ["facilities without an address point", rate(facilities.filter((z) => z.adresa.kodAdresnihoMista === undefined).length, facilities.length), 0.01, 0.08],
      ["repeated facilities", rate(repeated.length, items.length), 0.01, 0.06],
      ["names differing only in spaces", rate(spaced.length, items.length), 0.01, 0.06],
      ["several forms", rate(items.filter((i) => i.formy.length > 1).length, items.length), 0.08, 0.25],
      ["ended registrations", rate(items.filter((i) => i.datumPoskytovaniDo !== null).length, items.length), 0.02, 0.1]
    ] as const) {
      expect(r, what).toBeGreaterThan(low)
      expect(r, what).toBeLessThan(high)
    }
    expect(items.filter((i) => i.formy.length > 1).every((i) => new Set(i.formy.map((f) => f.forma.id)).size === i.formy.length)).toBe(true)
    // The whole country: every trap reaches the merge.
    const result = await run(Readable.from(chunks), { territory: { regionCodes: regionCodes.map(String) } })
    expect(result.stats.secretFacilities).toBeGreaterThan(0)
    expect(result.stats.facilitiesMerged).toBeGreaterThan(0)
    const json = encodePlanDocumentJson(result.plan)
    expect(json).not.toMatch(/Azylový dům/)
    for (const z of secret) if (z.adresa.kodAdresnihoMista !== undefined) expect(json).not.toContain(String(z.adresa.kodAdresnihoMista))
    const multiForm = result.plan.analyses.resources.filter((r) => r.forms.length > 1)
    expect(multiForm.length).toBeGreaterThan(0)
    expect(multiForm.every((r) => r.forms.every((f) => r.capacities.some((c) => c.form === f)))).toBe(true)
  })
})

interface Facility {
  readonly nazev: string
  readonly poskytujeDo: string | null
  readonly utajenaAdresa: boolean
  readonly adresa: { readonly kodAdresnihoMista?: number; readonly kraj: { readonly id: string }; readonly obec: { readonly id: string } }
}
interface Generated {
  readonly polozky: ReadonlyArray<{
    readonly identifikator: string
    readonly datumPoskytovaniDo: string | null
    readonly druhSocialniSluzby: { readonly id: string }
    readonly zarizeni: ReadonlyArray<Facility>
    readonly formy: ReadonlyArray<{ readonly forma: { readonly id: string } }>
  }>
}

describe("the size of the register: bounded memory on any size, a typed error at the limit", () => {
  const gib = 1024 ** 3

  it("refuses a 1 GB file before reading a byte of it, truncated or not", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpss-rpss-"))
    try {
      // The first half of the fixture, then a hole up to 1 GiB: a truncated 1 GB file that takes no disk space.
      const file = join(dir, "rpss-1gb.json")
      const fd = openSync(file, "w")
      writeSync(fd, fixtureText.slice(0, Math.floor(fixtureText.length / 2)))
      ftruncateSync(fd, gib)
      closeSync(fd)
      let progress = 0
      const e = await failure(file, { onProgress: () => { progress++ } })
      expect(e.reason).toMatchObject({ _tag: "TooLarge", bytes: gib, limit: defaultMaxRegisterBytes, whole: true })
      expect(e.message).toBe(`The register file has ${gib} bytes, at most ${defaultMaxRegisterBytes} bytes are allowed; the import did not start (the limit can be raised)`)
      expect(progress).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("stops a stream that is not JSON at its first bytes, however long it would go on", async () => {
    let produced = 0
    const garbage = async function*() {
      const block = Buffer.from("Toto není registr. ".repeat(3449))
      while (produced < gib) {
        produced += block.length
        yield block
      }
    }
    const e = await failure(garbage())
    expect(e.reason._tag).toBe("NotJson")
    expect(produced).toBeLessThan(1024 * 1024)
  })

  it("stops a stream at the limit: a truncated 1 GB register of ordinary items never ends, and never fills memory", async () => {
    let produced = 0
    // Real items, one after another, and the closing never comes: truncated, but only the end would tell.
    const endless = async function*() {
      yield "{\"polozky\":["
      let random = 1
      for (let i = 0; produced < gib; i++) {
        const chunk = (i === 0 ? "" : ",") + JSON.stringify(generateRegisterItem(i, () => ((random = (random * 16807) % 2147483647) / 2147483647)))
        produced += chunk.length
        yield chunk
      }
    }
    const limit = 4 * 1024 * 1024
    const e = await failure(endless(), { maxBytes: limit })
    expect(e.reason).toMatchObject({ _tag: "TooLarge", limit, whole: false })
    expect(e.message).toContain("passed the limit of 4194304 bytes")
    expect(produced).toBeLessThan(limit + 1024 * 1024)
  })

  it("reports its progress, and refuses a limit that is not a positive number", async () => {
    const seen: Array<[number, number | undefined]> = []
    const r = await run(fixture, { onProgress: (p) => seen.push([p.bytes, p.totalBytes]) })
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.at(-1)).toEqual([r.bytes, r.bytes])
    expect((await failure(fixture, { maxBytes: Number.NaN })).reason._tag).toBe("InvalidInput")
    expect((await failure(fixture, { maxBytes: 0 })).reason._tag).toBe("InvalidInput")
    expect((await run(fixture, { maxBytes: Number.POSITIVE_INFINITY })).items).toBe(27)
  })
})

describe("a service entered by hand and the same service in the register", () => {
  const ctx: OperationContext = { actor: { actorId: "town" as ActorId, role: "coordinator" }, today: importedOn }
  // The home care of Charita Cheb (register 1000002), typed in before the register was imported.
  const draft = editPlan(plan, (p) => { p.lifecycle = { status: "draft", amendments: [] } })
  const byHand = (() => {
    const r = addProvider(draft, {
      name: "Charita Cheb", ico: "44478151", providerId: "charita-cheb" as ActorId,
      services: [{ id: "ps-charita" as ResourceId, name: "Pečovatelská služba Charity", serviceType: "40", forms: ["field"], capacities: [{ form: "field", unit: "client", count: 100 }] }]
    }, ctx)
    if (Result.isFailure(r)) throw r.failure
    return r.success
  })()
  const linked = (result: Result.Result<Plan, unknown>) => {
    if (Result.isFailure(result)) throw result.failure
    return result.success
  }
  const withRegisterId = (p: Plan, id: string) => p.analyses.resources.filter((r) => r.registerId === id)

  it("is proposed for linking by the import, and once linked, a re-import updates it instead of adding it again", async () => {
    const first = await run(fixture, {}, byHand)
    expect(first.proposedLinks).toContainEqual({ resourceId: "ps-charita", registerResourceId: "rpss-1000002", registerId: "1000002", match: "ico" })
    const joined = linked(linkResourceToRegister(first.plan, { resourceId: "ps-charita" as ResourceId, registerId: "1000002" }, ctx))
    expect(withRegisterId(joined, "1000002").map((r) => r.id)).toEqual(["ps-charita"])
    expect(joined.analyses.resources).toHaveLength(first.plan.analyses.resources.length - 1)
    const again = await run(fixture, { importedOn: isoDate("2024-07-01") }, joined)
    expect(again.stats.added).toBe(0)
    expect(again.plan.analyses.resources).toHaveLength(joined.analyses.resources.length)
    expect(withRegisterId(again.plan, "1000002")).toEqual([expect.objectContaining({
      id: "ps-charita", name: "Pečovatelská služba Charity", providerId: "charita-cheb", registerImportedOn: "2024-07-01",
      capacities: [{ form: "field", unit: "client", count: 80 }, { form: "outpatient", unit: "client", count: 20 }]
    })])
    expect(again.proposedLinks.filter((l) => l.resourceId === "ps-charita")).toEqual([])
  })

  it("linked to its register id before any import, is updated by the first import and not duplicated", async () => {
    const early = linked(linkResourceToRegister(byHand, { resourceId: "ps-charita" as ResourceId, registerId: "1000002" }, ctx))
    const r = await run(fixture, {}, early)
    expect(withRegisterId(r.plan, "1000002").map((x) => x.id)).toEqual(["ps-charita"])
    expect(r.plan.analyses.resources.some((x) => x.id === "rpss-1000002")).toBe(false)
    expect(r.stats).toMatchObject({ added: 14, updated: 1 })
    expect(withRegisterId(r.plan, "1000002")[0]).toMatchObject({ forms: ["field", "outpatient"], municipalityCodes: ["554481", "554529"], registerImportedOn: "2024-06-01" })
  })
})
