// Types of scripts/bench-lib.mjs, for benchmarks written in TypeScript.
export declare const median: (xs: ReadonlyArray<number>) => number
export declare const timedRuns: (fn: () => unknown, options?: { runs?: number; warmup?: number }) => Array<{ start: number; end: number }>
export declare const measure: (fn: () => unknown, options?: { runs?: number; warmup?: number }) => number
export declare const measureAsync: (fn: () => Promise<unknown>, options?: { runs?: number; warmup?: number }) => Promise<number>
export declare const alternate: (
  fn: () => unknown,
  baselineFn: () => unknown,
  options?: { blocks?: number; perBlock?: number; warmup?: number }
) => Promise<{ ms: number; baselineMs: number }>
export declare const report: (result: {
  bench: string
  what: string
  ms: number
  baseline: string
  baselineMs: number
  target?: number | undefined
  extra?: Record<string, unknown>
}) => number
export declare const benchFile: (options: {
  bench: string
  what: string
  run: () => Promise<number>
  baseline: string
  baselineFn: () => unknown
  absoluteTargetMs: number
  runs?: number
}) => Promise<void>
