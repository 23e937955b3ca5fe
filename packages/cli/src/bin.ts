#!/usr/bin/env node
/**
 * The `kpss` executable: runs the command on the process's arguments, exits with its code. Ctrl-C
 * (SIGINT) or SIGTERM removes any output file still being written and exits 130 / 143.
 *
 * @since 0.1.0
 */
import { localeOf, run } from "./Cli.js"
import { say } from "./CliMessages.js"
import { removePending } from "./Files.js"

const argv = process.argv.slice(2)
const locale = localeOf(argv)

const stop = (code: number) => () => {
  removePending()
  process.stderr.write(say(locale, "interrupted") + "\n")
  process.exit(code)
}
// A reader that stops early (`kpss check … | head`) is not an error of the command.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0)
  throw e
})
process.on("SIGINT", stop(130))
process.on("SIGTERM", stop(143))

// On a terminal, progress rewrites one line, and the next message replaces it.
const tty = process.stderr.isTTY === true
run(argv, {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write((tty ? "\r\x1b[K" : "") + text + "\n"),
  progress: (text) => process.stderr.write(tty ? `\r${text}\x1b[K` : text + "\n"),
  today: () => new Date().toISOString().slice(0, 10)
}).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`)
    process.exitCode = 1
  }
)
