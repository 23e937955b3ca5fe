// Import of a generated register file of the real size (~30 MB, 14 regions) filtered to one region
// (Karlovarský kraj), against reading the same bytes with fs.createReadStream in the same run.
// Targets (issue 6): < 5 s and < 200 MB peak memory. Memory is measured in a child process that does
// one import and nothing else, under --max-old-space-size=64 (a heap over 64 MB would crash it): its
// peak RSS (`process.resourceUsage().maxRSS`, the operating system's figure, which includes Node itself)
// and its peak heap (sampled every 5 ms) go into `extra`; the absolute seconds are printed too.
//
// Then bounded memory on any size: ~1 GiB of register generated on the fly (no file) streams through
// the import in a child under the same 64 MB heap, filtered to ten municipalities (the size of an ORP:
// the services kept stay few, so what grows with the file is only what the reader would leak), against
// generating and encoding the same stream without importing it (in the parent, so the child's peak is
// the import's). KPSS_RPSS_BENCH_GIB sets the size (1); 0 skips this part.
import { spawnSync } from "node:child_process"
import { createWriteStream, createReadStream, mkdtempSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { fileURLToPath } from "node:url"
import { generateRegisterChunks, importRegisterPromise } from "@kpss/import-rpss"
import { decodePlan, defaultLevelNames, isoDate, type Plan } from "@kpss/core"
import { measureAsync, report } from "../../../../scripts/bench-lib.mjs"

// A small plan of its own (not @kpss/testing, whose fixtures would inflate the process being measured).
const decoded = decodePlan({
  id: "bench", title: "Krajský plán", territory: { level: "region", name: "Karlovarský kraj", code: "51" }, edition: 1,
  period: { from: 2024, to: 2026 }, statutory: true, phases: [], lifecycle: { status: "draft", amendments: [] },
  targetGroups: [{ id: "tg-seniors", name: "Senioři", registerCodes: ["CilovaSkupinaOsoby/24"] }], actors: [], bodies: [], meetings: [], decisions: [],
  analyses: { demography: [], needs: [], resources: [], swot: [] },
  strategy: { values: [], levelNames: defaultLevelNames, items: [] },
  funding: { sources: [], lines: [] }, indicators: [], actionPlans: [], monitoringReports: [], consultation: { periods: [], comments: [] }, schedule: []
})
if (decoded._tag !== "Success") throw new Error("the bench plan does not decode")
const plan: Plan = decoded.success
const territory = { regionCodes: ["51"] }
const importedOn = isoDate("2024-06-01")

/** Ten municipalities of Kraj/51 (the generator spreads facilities over 400 municipalities per region). */
const orp = { municipalityCodes: Array.from({ length: 10 }, (_, i) => String(551_000 + i)) }
const itemsPerGiB = 389_000
const gib = Number(process.env["KPSS_RPSS_BENCH_GIB"] ?? "1")

/**
 * The register generated on the fly in slices of about 64 KiB, as a network or file stream delivers
 * it. An async generator, not `Readable.from` over the synchronous one: Node 24's async iterator of such
 * a Readable keeps ~190 bytes per chunk until the stream ends (a heap that grows by 70 MB per GiB of
 * item-sized chunks, whoever reads it).
 */
async function* onTheFly(items: number): AsyncGenerator<string> {
  let slice = ""
  for (const chunk of generateRegisterChunks({ items, seed: 42 })) {
    slice += chunk
    if (slice.length < 64 * 1024) continue
    yield slice
    slice = ""
    // Let the heap sampler run: the source is never waiting for I/O.
    await new Promise((resolve) => setImmediate(resolve))
  }
  if (slice.length > 0) yield slice
}

const encoder = new TextEncoder()

const streamItems = Math.round(itemsPerGiB * gib)

if (process.env["KPSS_RPSS_BENCH_STREAM"] !== undefined) {
  // Child: one import of the stream and nothing else; the peaks.
  const before = process.memoryUsage().rss
  let peakHeap = 0
  const sampler = setInterval(() => { peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed) }, 5)
  const start = performance.now()
  const r = await importRegisterPromise(plan, onTheFly(streamItems), { importedOn, territory: orp, maxBytes: Number.POSITIVE_INFINITY })
  const ms = performance.now() - start
  clearInterval(sampler)
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
  console.log(JSON.stringify({ ms, bytes: r.bytes, rssBefore: before, maxRss: process.resourceUsage().maxRSS * 1024, peakHeap, services: r.stats.added, items: r.items }))
  process.exit(0)
}

if (process.env["KPSS_RPSS_BENCH_FILE"] !== undefined) {
  // Child: one import, then report the peaks.
  const before = process.memoryUsage().rss
  let peakHeap = 0
  const sampler = setInterval(() => { peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed) }, 5)
  const r = await importRegisterPromise(plan, process.env["KPSS_RPSS_BENCH_FILE"], { importedOn, territory })
  clearInterval(sampler)
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
  console.log(JSON.stringify({ rssBefore: before, maxRss: process.resourceUsage().maxRSS * 1024, peakHeap, services: r.stats.added, merged: r.stats.facilitiesMerged, secret: r.stats.secretFacilities }))
  process.exit(0)
}

const dir = mkdtempSync(join(tmpdir(), "kpss-rpss-bench-"))
const file = join(dir, "rpss.json")
await pipeline(Readable.from(generateRegisterChunks({ items: 11_500, seed: 42 })), createWriteStream(file))
const size = statSync(file).size

const readBytes = () => new Promise<void>((resolve, reject) => {
  const s = createReadStream(file, { highWaterMark: 64 * 1024 })
  s.on("data", () => {}).on("end", resolve).on("error", reject)
})

let imported = 0
const importOnce = async () => {
  const r = await importRegisterPromise(plan, file, { importedOn, territory })
  imported = r.stats.added
}

const child = spawnSync(process.execPath, ["--max-old-space-size=64", fileURLToPath(import.meta.url)], {
  env: { ...process.env, KPSS_RPSS_BENCH_FILE: file }, encoding: "utf8"
})
if (child.status !== 0) throw new Error(`the import did not fit in a 64 MB heap: ${child.stderr}`)
const memory = JSON.parse(child.stdout.trim().split("\n").pop()!) as { rssBefore: number; maxRss: number; peakHeap: number; services: number; merged: number; secret: number }
const peakRss = memory.maxRss, peakHeap = memory.peakHeap
const ms = await measureAsync(importOnce, { runs: 3 })
const baselineMs = await measureAsync(readBytes, { runs: 3 })
rmSync(dir, { recursive: true, force: true })

const mib = (b: number) => b / 2 ** 20
console.log(`import of ${mib(size).toFixed(1)} MiB filtered to Kraj/51: ${(ms / 1000).toFixed(2)} s (target < 5 s); ${imported} services (${memory.merged} repeated facilities merged, ${memory.secret} secret ones left out); peak RSS ${mib(peakRss).toFixed(0)} MiB (${mib(memory.rssBefore).toFixed(0)} MiB before the import), peak heap ${mib(peakHeap).toFixed(0)} MiB (target < 200 MB)`)
report({
  bench: `RPSS import ${mib(size).toFixed(1)} MiB → one region`,
  what: "importRegisterPromise(plan, file)",
  ms,
  baseline: "fs.createReadStream of the same bytes",
  baselineMs,
  extra: {
    seconds: ms / 1000,
    underFiveSeconds: ms < 5000,
    peakRssMiB: Math.round(mib(peakRss)),
    rssBeforeImportMiB: Math.round(mib(memory.rssBefore)),
    peakHeapMiB: Math.round(mib(peakHeap)),
    underTwoHundredMB: peakRss < 200 * 1e6,
    services: imported,
    facilitiesMerged: memory.merged,
    secretFacilities: memory.secret,
    fileMiB: Number(mib(size).toFixed(1))
  }
})

// KPSS_RPSS_BENCH_GIB=0: the 30 MB import only (the streamed gigabyte takes minutes).
if (gib === 0) process.exit(0)

// Bounded memory on any size: ~1 GiB generated on the fly, imported in a child under a 64 MB heap; the
// baseline (generating and encoding the same stream) here, so that it does not raise the child's peak.
const streamChild = spawnSync(process.execPath, ["--max-old-space-size=64", fileURLToPath(import.meta.url)], {
  env: { ...process.env, KPSS_RPSS_BENCH_STREAM: "1" }, encoding: "utf8", maxBuffer: 16 * 1024 * 1024
})
if (streamChild.status !== 0) throw new Error(`the streamed import did not fit in a 64 MB heap: ${streamChild.stderr.slice(-2000)}`)
const stream = JSON.parse(streamChild.stdout.trim().split("\n").pop()!) as {
  ms: number; bytes: number; rssBefore: number; maxRss: number; peakHeap: number; services: number; items: number
}
const baselineStart = performance.now()
let generated = 0
for await (const slice of onTheFly(streamItems)) generated += encoder.encode(slice).length
const streamBaselineMs = performance.now() - baselineStart
if (generated !== stream.bytes) throw new Error(`the baseline generated ${generated} bytes, the import read ${stream.bytes}`)

console.log(`streamed import of ${(stream.bytes / 2 ** 30).toFixed(2)} GiB (${stream.items} items) generated on the fly, to ten municipalities: ${(stream.ms / 1000).toFixed(1)} s; ${stream.services} services; peak RSS ${mib(stream.maxRss).toFixed(0)} MiB (${mib(stream.rssBefore).toFixed(0)} MiB before the import), peak heap ${mib(stream.peakHeap).toFixed(0)} MiB under a 64 MB heap limit`)
report({
  bench: `RPSS import ${(stream.bytes / 2 ** 30).toFixed(2)} GiB stream generated on the fly → ten municipalities`,
  what: "importRegisterPromise(plan, stream) under a 64 MB heap",
  ms: stream.ms,
  baseline: "generating and encoding the same stream",
  baselineMs: streamBaselineMs,
  extra: {
    seconds: stream.ms / 1000,
    gib: Number((stream.bytes / 2 ** 30).toFixed(2)),
    items: stream.items,
    services: stream.services,
    peakRssMiB: Math.round(mib(stream.maxRss)),
    rssBeforeImportMiB: Math.round(mib(stream.rssBefore)),
    peakHeapMiB: Math.round(mib(stream.peakHeap)),
    heapLimitMiB: 64,
    peakRssOf30MiBImportMiB: Math.round(mib(peakRss))
  }
})
