/**
 * @kpss/import-rpss — import of the MPSV register of social service providers (RPSS open data) into a
 * plan's resource analysis, streamed from a file or a Node stream; and a generator of register files for
 * tests and benchmarks.
 *
 * @since 0.1.0
 */
export * from "./RegisterReader.js"
export * from "./RegisterGenerator.js"
