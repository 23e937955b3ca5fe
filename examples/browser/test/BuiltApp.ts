/**
 * The example as a person gets it: built by Vite (programmatic API) into a folder, served from there
 * by Vite's preview server on 127.0.0.1 on a free port, and opened in Debian's Chromium driven by
 * playwright-core. Shared by the end-to-end test and the benchmark (`bench/recheck.bench.mjs`).
 */
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { chromium, type Browser } from "playwright-core"
import { build, preview } from "vite"

/** The example's folder. */
export const exampleRoot = fileURLToPath(new URL("..", import.meta.url))

/** Where Chromium is: `KPSS_CHROMIUM` (exported by scripts/setup.sh) or Debian's path. */
export const chromiumPath = process.env["KPSS_CHROMIUM"] ?? "/usr/bin/chromium"

/** Whether Chromium is there. */
export const hasChromium = existsSync(chromiumPath)

/** Whether this is a CI run, where the browser tests must run and never skip. */
export const inCi = process.env["CI"] === "true"

/** Builds the app and the benchmark page into `outDir` (inside the example's `build/`). */
export const buildApp = async (outDir: string): Promise<void> => {
  await build({ root: exampleRoot, configFile: `${exampleRoot}vite.config.ts`, logLevel: "warn", build: { outDir, emptyOutDir: true } })
}

/** A running server of a built folder. */
export interface Served {
  readonly url: string
  readonly close: () => Promise<void>
}

/** Serves a built folder on 127.0.0.1, on a port the system picks. */
export const serve = async (outDir: string): Promise<Served> => {
  const server = await preview({
    root: exampleRoot,
    configFile: `${exampleRoot}vite.config.ts`,
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port: 0, strictPort: true, open: false }
  })
  const address = server.httpServer.address()
  if (address === null || typeof address === "string") throw new Error(`unexpected server address ${String(address)}`)
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() }
}

/** Starts headless Chromium with the flags this machine's closed network needs. */
export const launchChromium = (): Promise<Browser> => {
  if (!hasChromium) {
    throw new Error(`Chromium not found at ${chromiumPath}: install it (Debian: apt-get install chromium; scripts/setup.sh ensure_chromium does it) or set KPSS_CHROMIUM`)
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
  })
}
