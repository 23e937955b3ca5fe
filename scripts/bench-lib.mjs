// A small harness shared by the benchmarks: time a function over repeated runs (the median, after a
// warm-up), and report a figure as a ratio against a baseline measured in the same run. Each result is
// printed for people and as one `BENCH {json}` line that scripts/bench.mjs collects into
// docs/benchmarks.md.

/** The median of a list of numbers. */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/**
 * When each of `runs` runs of `fn` started and ended (`performance.now()`), after `warmup` runs. Each run
 * starts with a clean heap (bench.mjs runs node with --expose-gc), so a run does not pay for the garbage
 * of the one before.
 */
export const timedRuns = (fn, { runs = 7, warmup = 2 } = {}) => {
  for (let i = 0; i < warmup; i++) fn()
  const windows = []
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.()
    const start = performance.now()
    fn()
    windows.push({ start, end: performance.now() })
  }
  return windows
}

/** Median milliseconds of `fn` over `runs` runs after `warmup` runs. */
export const measure = (fn, options) => median(timedRuns(fn, options).map((w) => w.end - w.start))

/** Median milliseconds of an async `fn` over `runs` runs after `warmup` runs. */
export const measureAsync = async (fn, { runs = 5, warmup = 1 } = {}) => {
  for (let i = 0; i < warmup; i++) await fn()
  const times = []
  for (let i = 0; i < runs; i++) {
    // Start each run with a clean heap (bench.mjs runs node with --expose-gc), so a run does not pay
    // for the garbage of the one before.
    globalThis.gc?.()
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  return median(times)
}

/**
 * The steady cost of one call of `fn` and of `baselineFn`, in milliseconds, measured in alternating
 * blocks. A block makes `perBlock` calls back to back without forcing a collection, so it pays for the
 * garbage its own calls leave (as a running service does); alternating the blocks makes both sides see
 * the same machine, whose speed for memory-heavy work drifts by up to 1.7× for seconds at a time on the
 * shared VMs these figures come from (docs/benchmarks.md). Returns the median block mean of each side.
 * `fn` and `baselineFn` may return promises.
 */
export const alternate = async (fn, baselineFn, { blocks = 7, perBlock = 3, warmup = 2 } = {}) => {
  const block = async (f, calls) => {
    const start = performance.now()
    for (let i = 0; i < calls; i++) await f()
    return (performance.now() - start) / calls
  }
  await block(fn, warmup)
  await block(baselineFn, warmup)
  const ms = [], baselineMs = []
  for (let b = 0; b < blocks; b++) {
    ms.push(await block(fn, perBlock))
    baselineMs.push(await block(baselineFn, perBlock))
  }
  return { ms: median(ms), baselineMs: median(baselineMs) }
}

/** Reports a measured figure against its baseline and its target ratio (`ratio ≤ target` passes). */
export const report = ({ bench, what, ms, baseline, baselineMs, target, extra = {} }) => {
  const ratio = ms / baselineMs
  const ok = target === undefined ? undefined : ratio <= target
  const verdict = ok === undefined ? "" : ok ? "  ok" : "  OVER TARGET"
  console.log(
    `${bench} | ${what}: ${ms.toFixed(1)} ms | ${baseline}: ${baselineMs.toFixed(1)} ms | ratio ${ratio.toFixed(2)}` +
      (target === undefined ? "" : ` (target ≤ ${target})`) + verdict
  )
  console.log(`BENCH ${JSON.stringify({ bench, what, ms, baseline, baselineMs, ratio, target, ok, ...extra })}`)
  return ratio
}

/**
 * Times an async job that produces a file against a synchronous same-run baseline and an absolute
 * target, reporting the wall time and the CPU time of the process (on a busy machine wall time
 * overstates the work). `run` returns the size of the produced file in bytes.
 */
export const benchFile = async ({ bench, what, run, baseline, baselineFn, absoluteTargetMs, runs = 5 }) => {
  let size = 0
  const cpu = []
  const ms = await measureAsync(async () => {
    const before = process.cpuUsage()
    size = await run()
    const used = process.cpuUsage(before)
    cpu.push((used.user + used.system) / 1000)
  }, { runs })
  const cpuMs = median(cpu)
  const baselineMs = measure(baselineFn, { runs: 9 })
  report({
    bench: `${bench} (${(size / 2 ** 10).toFixed(0)} KiB)`,
    what,
    ms,
    baseline,
    baselineMs,
    extra: { absoluteTargetMs, absoluteOk: ms < absoluteTargetMs, cpuMs }
  })
  console.log(`absolute: ${(ms / 1000).toFixed(2)} s wall, ${(cpuMs / 1000).toFixed(2)} s CPU (target < ${absoluteTargetMs / 1000} s) ${ms < absoluteTargetMs ? "ok" : "OVER TARGET"}`)
}
