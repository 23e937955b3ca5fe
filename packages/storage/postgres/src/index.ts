/**
 * @kpss/storage-postgres — the plan store in PostgreSQL, with queries across the plans of a region.
 *
 * @since 0.1.0
 */
export * from "./PgPlanStore.js"
export * from "./RegionQueries.js"
