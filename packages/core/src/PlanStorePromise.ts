/**
 * The plan store for callers who do not use Effect: the same operations as `PlanStore`, returning
 * Promises. A failed operation rejects with the `PlanStoreError` itself (check `error.reason._tag` and
 * `error.retryable`). The facade owns the store's resources (an open file, a connection pool); call
 * `close()` when done. Every adapter exposes it as `open…(options)`, built with {@link makePromiseApi}.
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
 * Opens a store from its layer and returns its Promise face. Rejects with a `PlanStoreError` when the
 * layer cannot be built (a file that is not a database, a server that cannot be reached).
 *
 * @category constructors
 * @since 0.1.0
 */
export const makePromiseApi = async (layer: Layer.Layer<PlanStore, PlanStoreError>): Promise<PlanStorePromise> => {
  const runtime = ManagedRuntime.make(layer)
  const run = async <A>(f: (store: PlanStoreService) => Effect.Effect<A, PlanStoreError>): Promise<A> => {
    const exit = await runtime.runPromiseExit(PlanStore.use(f))
    if (Exit.isSuccess(exit)) return exit.value
    const error = Cause.findErrorOption(exit.cause)
    if (error._tag === "Some") throw error.value
    throw planStoreError(unavailable(Cause.pretty(exit.cause), Cause.squash(exit.cause), false).reason)
  }
  try {
    await run(() => Effect.void)
  } catch (e) {
    await runtime.dispose()
    throw e
  }
  return {
    create: (plan, meta) => run((s) => s.create(plan, meta)),
    save: (plan, options) => run((s) => s.save(plan, options)),
    load: (planId, revision) => run((s) => s.load(planId, revision)),
    history: (planId) => run((s) => s.history(planId)),
    list: (filter) => run((s) => s.list(filter)),
    adopted: (planId) => run((s) => s.adopted(planId)),
    diff: (planId, from, to) => run((s) => s.diff(planId, from, to)),
    close: () => runtime.dispose()
  }
}
