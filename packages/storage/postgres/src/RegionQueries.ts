/**
 * What a region asks across the plans of its municipalities, answered by PostgreSQL for each plan's
 * head revision: planned, secured and spent money per kind of source and year across all plans of a
 * region (from `plan_funding`, the per-revision sums the store writes with each save); and every
 * activity of a service type (Act 108/2006) across plans (from the `jsonb` documents).
 *
 * The activity query reads the stored documents as they are; a plan whose head revision is corrupt
 * contributes what it holds (the store reports the corruption when the plan itself is loaded).
 *
 * @since 0.1.0
 */
import { unavailable, type FundingKind, type LifecycleStatus, type PlanStoreError, type PromiseRun } from "@kpss/core"
import { Context, Effect } from "effect"
import { type SqlClient } from "effect/sql"

/**
 * Money of one kind of source in one year, summed across plans.
 *
 * @category models
 * @since 0.1.0
 */
export interface FundingTotal {
  readonly kind: FundingKind
  readonly year: number
  readonly planned: number
  readonly secured: number
  readonly spent: number
  /** How many plans contributed. */
  readonly plans: number
}

/**
 * An activity found across plans.
 *
 * @category models
 * @since 0.1.0
 */
export interface ActivityHit {
  readonly planId: string
  readonly revision: number
  readonly activityId: string
  readonly code: string
  readonly title: string
}

/**
 * Which plans a region query looks at: those of a region (by `regionCode`), optionally only in some
 * lifecycle statuses.
 *
 * @category models
 * @since 0.1.0
 */
export interface RegionScope {
  readonly regionCode?: string
  readonly status?: ReadonlyArray<LifecycleStatus>
}

/**
 * The queries across plans.
 *
 * @category services
 * @since 0.1.0
 */
export interface RegionQueriesService {
  /** Planned, secured and spent money per source kind and year, ordered by year then kind. */
  readonly fundingTotals: (scope: RegionScope) => Effect.Effect<ReadonlyArray<FundingTotal>, PlanStoreError>
  /** The activities (strategy items of level activity) that name the service type, by plan id and position. */
  readonly activitiesOfServiceType: (serviceType: string, scope?: RegionScope) => Effect.Effect<ReadonlyArray<ActivityHit>, PlanStoreError>
}

/**
 * @category services
 * @since 0.1.0
 */
export class RegionQueries extends Context.Service<RegionQueries, RegionQueriesService>()("@kpss/storage-postgres/RegionQueries") {}

const failed = (operation: string) => (cause: unknown): PlanStoreError =>
  unavailable(`PostgreSQL ${operation}: ${cause instanceof Error ? cause.message : String(cause)}`, cause,
    typeof cause === "object" && cause !== null && (cause as { isRetryable?: unknown }).isRetryable === true)

/**
 * The region queries over a SQL client connected to the store's database.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeRegionQueries = (sql: SqlClient.SqlClient): RegionQueriesService => {
  const scopeWhere = (scope: RegionScope) => {
    const where = [sql`TRUE`]
    if (scope.regionCode !== undefined) where.push(sql`r.region_code = ${scope.regionCode}`)
    if (scope.status !== undefined) where.push(sql`r.status = ANY(${[...scope.status]})`)
    return where
  }
  const heads = (scope: RegionScope) => {
    const where = scopeWhere(scope)
    return sql`SELECT r.plan_id, r.revision, r.document FROM plans p
      JOIN revisions r ON r.plan_id = p.plan_id AND r.revision = p.head WHERE ${sql.and(where)}`
  }
  return {
    fundingTotals: (scope) =>
      Effect.map(
        sql<{ kind: FundingKind; year: number; planned: string; secured: string; spent: string; plans: string }>`
          SELECT f.source_kind AS kind, f.year, sum(f.planned)::text AS planned, sum(f.secured)::text AS secured,
            sum(f.spent)::text AS spent, count(DISTINCT f.plan_id)::text AS plans
          FROM plans p JOIN revisions r ON r.plan_id = p.plan_id AND r.revision = p.head
          JOIN plan_funding f ON f.plan_id = p.plan_id AND f.revision = p.head
          WHERE ${sql.and(scopeWhere(scope))}
          GROUP BY f.source_kind, f.year ORDER BY f.year, f.source_kind COLLATE "C"`,
        (rows) => rows.map((r) => ({
          kind: r.kind,
          year: Number(r.year),
          planned: Number(r.planned),
          secured: Number(r.secured),
          spent: Number(r.spent),
          plans: Number(r.plans)
        }))
      ).pipe(Effect.mapError(failed("funding totals"))),
    activitiesOfServiceType: (serviceType, scope = {}) =>
      Effect.map(
        sql<{ plan_id: string; revision: number; id: string; code: string; title: string }>`
          WITH heads AS (${heads(scope)})
          SELECT h.plan_id, h.revision, i.value->>'id' AS id, i.value->>'code' AS code, i.value->>'title' AS title
          FROM heads h, jsonb_array_elements(h.document->'plan'->'strategy'->'items') WITH ORDINALITY AS i(value, n)
          WHERE i.value->>'level' = 'activity' AND i.value->'serviceTypes' ? ${serviceType}
          ORDER BY h.plan_id COLLATE "C", i.n`,
        (rows) => rows.map((r) => ({ planId: r.plan_id, revision: Number(r.revision), activityId: r.id, code: r.code, title: r.title }))
      ).pipe(Effect.mapError(failed("activities of a service type")))
  }
}

/**
 * The region queries for callers who do not use Effect: each rejects with the `PlanStoreError`. The
 * store opened by `open` has them as its `region` member.
 *
 * @category promise
 * @since 0.1.0
 */
export interface RegionQueriesPromise {
  readonly fundingTotals: (scope: RegionScope) => Promise<ReadonlyArray<FundingTotal>>
  readonly activitiesOfServiceType: (serviceType: string, scope?: RegionScope) => Promise<ReadonlyArray<ActivityHit>>
}

/**
 * The Promise face of the region queries on a runtime that provides them.
 *
 * @category promise
 * @since 0.1.0
 */
export const regionQueriesPromise = (run: PromiseRun<RegionQueries>): RegionQueriesPromise => ({
  fundingTotals: (scope) => run(RegionQueries.use((q) => q.fundingTotals(scope))),
  activitiesOfServiceType: (serviceType, scope) => run(RegionQueries.use((q) => q.activitiesOfServiceType(serviceType, scope)))
})
