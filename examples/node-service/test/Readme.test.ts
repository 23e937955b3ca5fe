// The curl lines of the README work: each is run as written (against this run's service instead of
// localhost:8080), in order, and answers with the status its comment promises (`# → 409`), and shows
// the revision or ETag the comment names. Needs curl; without it the test skips (and says so).
import { execFile } from "node:child_process"
import { readFileSync } from "node:fs"
import { resolve } from "node:path"
import { promisify } from "node:util"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { requireServerInCi, startTestService, url, type TestService } from "./pg.ts"

requireServerInCi()

const run = promisify(execFile)
const exampleDir = resolve(import.meta.dirname, "..")
const readme = readFileSync(resolve(exampleDir, "README.md"), "utf8")
const shBlock = /```sh\npnpm --filter @kpss\/example-node-service sample\n([\s\S]*?)```/.exec(readme)?.[1] ?? ""
const lines = shBlock.split("\n").filter((l) => l.startsWith("curl "))
const hasCurl = await run("curl", ["--version"]).then(() => true, () => false)

describe.runIf(url !== undefined)("the README's curl examples", () => {
  let running: TestService
  beforeAll(async () => {
    running = await startTestService("readme", { today: () => "2018-03-15" })
    // What `pnpm --filter @kpss/example-node-service sample` does.
    await run(process.execPath, [resolve(exampleDir, "src/sample.ts")], { cwd: exampleDir })
  }, 60_000)
  afterAll(async () => {
    await running?.stop()
  })

  it("are found in the README: one line per route and outcome", () => {
    expect(lines.length).toBeGreaterThan(15)
    expect(shBlock).toContain("cd examples/node-service")
  })

  it.skipIf(!hasCurl)("answer as their comments say, one after another", async () => {
    // One shell runs every line in order; each prints its status after a marker.
    const script = lines.map((line) => {
      const command = line.split("# →")[0]!.trim().replaceAll("http://localhost:8080", running.service.url)
      return `${command} -w '\n@@status %{http_code}@@\n'`
    }).join("\n")
    // execFile is asynchronous: the service answers from this same process meanwhile.
    const { stdout } = await run("bash", ["-c", script], { cwd: exampleDir, maxBuffer: 64 * 1024 * 1024 })
    const outputs = stdout.split(/@@status (\d{3})@@\n/)
    lines.forEach((line, i) => {
      const [shown = "", status] = [outputs[2 * i], outputs[2 * i + 1]]
      const comment = line.split("# →")[1] ?? ""
      expect(status, line).toBe(/\d{3}/.exec(comment)?.[0])
      const etag = /ETag: "(\d+)"/.exec(comment)?.[1]
      if (etag !== undefined) expect(shown.toLowerCase(), line).toContain(`etag: "${etag}"`)
      const current = /currentRevision (\d+)/.exec(comment)?.[1]
      if (current !== undefined) expect(shown, line).toContain(`"currentRevision":${current}`)
    })
    expect(readFileSync(resolve(exampleDir, "out/plan.docx")).subarray(0, 2).toString()).toBe("PK")
    expect((await running.store.history("kpsh-4")).map((r) => r.revision)).toEqual([1, 2])
  }, 60_000)
})
