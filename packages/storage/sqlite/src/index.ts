/**
 * @kpss/storage-sqlite — the embedded plan store: one SQLite file, no server.
 *
 * @since 0.1.0
 */
export * from "./SqlitePlanStore.js"
