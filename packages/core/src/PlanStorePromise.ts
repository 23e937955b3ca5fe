/**
 * The plan store for callers who do not use Effect: the same operations as `PlanStore`, returning
 * Promises. A failed operation rejects with the `PlanStoreError` itself (check `error.reason._tag` and
 * `error.retryable`). The facade owns the store's resources (an open file, a connection pool); call
 * `close()` when done. Every adapter exposes it as `open…(options)`, built with {@link makePromiseApi};
 * an adapter with services of its own (the region queries of PostgreSQL) adds their Promise faces on the
 * same runtime, so they share the store's connections.
 *
 * @since 0.1.0
 */
import { Effect, Exit, Cause, type Layer, ManagedRuntime } from "effect"
import { type Plan } from "./Plan.js"
import { type PlanDiff } from "./PlanDiff.js"
import {
  PlanStore,
  planStoreError,
  unavailable,
  type PlanFilter,
  type PlanStoreError,
  type PlanStoreService,
  type RevisionInfo,
  type SaveMeta,
  type SaveOptions,
  type StoredPlan
} from "./PlanStore.js"

/**
 * The plan store as Promises.
 *
 * @category models
 * @since 0.1.0
 */
export interface PlanStorePromise {
  readonly create: (plan: Plan, meta: SaveMeta) => Promise<RevisionInfo>
  readonly save: (plan: Plan, options: SaveOptions) => Promise<RevisionInfo>
  readonly load: (planId: string, revision?: number) => Promise<StoredPlan>
  readonly history: (planId: string) => Promise<ReadonlyArray<RevisionInfo>>
  readonly list: (filter?: PlanFilter) => Promise<ReadonlyArray<RevisionInfo>>
  readonly adopted: (planId: string) => Promise<ReadonlyArray<StoredPlan>>
  readonly diff: (planId: string, from: number, to: number) => Promise<PlanDiff>
  /** Releases the store's resources. */
  readonly close: () => Promise<void>
}

/**
 * Runs an effect of the store's layer and settles with its value or its `PlanStoreError`.
 *
 * @category models
 * @since 0.1.0
 */
export type PromiseRun<R> = <A>(effect: Effect.Effect<A, PlanStoreError, R>) => Promise<A>

/**
 * Opens a store from its layer and returns its Promise face. Rejects with a `PlanStoreError` when the
 * layer cannot be built (a file that is not a database, a server that cannot be reached). `extend`
 * adds members for other services of the layer, run on the same runtime (and closed with it).
 *
 * @category constructors
 * @since 0.1.0
 */
export const makePromiseApi = async <R = never, X extends object = {}>(
  layer: Layer.Layer<PlanStore | R, PlanStoreError>,
  extend?: (run: PromiseRun<PlanStore | R>) => X
): Promise<PlanStorePromise & X> => {
  const runtime = ManagedRuntime.make(layer)
  const runEffect: PromiseRun<PlanStore | R> = async (effect) => {
    const exit = await runtime.runPromiseExit(effect)
    if (Exit.isSuccess(exit)) return exit.value
    const error = Cause.findErrorOption(exit.cause)
    if (error._tag === "Some") throw error.value
    throw planStoreError(unavailable(Cause.pretty(exit.cause), Cause.squash(exit.cause), false).reason)
  }
  const run = <A>(f: (store: PlanStoreService) => Effect.Effect<A, PlanStoreError>): Promise<A> => runEffect(PlanStore.use(f))
  try {
    await run(() => Effect.void)
  } catch (e) {
    await runtime.dispose()
    throw e
  }
  const store: PlanStorePromise = {
    create: (plan, meta) => run((s) => s.create(plan, meta)),
    save: (plan, options) => run((s) => s.save(plan, options)),
    load: (planId, revision) => run((s) => s.load(planId, revision)),
    history: (planId) => run((s) => s.history(planId)),
    list: (filter) => run((s) => s.list(filter)),
    adopted: (planId) => run((s) => s.adopted(planId)),
    diff: (planId, from, to) => run((s) => s.diff(planId, from, to)),
    close: () => runtime.dispose()
  }
  return { ...(extend === undefined ? ({} as X) : extend(runEffect)), ...store }
}
