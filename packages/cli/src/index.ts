/**
 * `@kpss/cli`: the `kpss` command as a library (`run`) and its executable (`bin.js`).
 *
 * @since 0.1.0
 */
export * from "./CliMessages.js"
export * from "./Files.js"
export * from "./Cli.js"
