// The guide docs/guides/embed-in-a-node-service.md shows this example's code: every block marked
// `from=<file>` must be in that file word for word, so the guide cannot drift from code that is
// type-checked and tested. (docs/test compiles the guide's other TypeScript blocks.)
import { readFileSync } from "node:fs"
import { resolve } from "node:path"
import { describe, expect, it } from "vitest"

const root = resolve(import.meta.dirname, "../../..")
const guide = readFileSync(resolve(root, "docs/guides/embed-in-a-node-service.md"), "utf8")
const excerpts = [...guide.matchAll(/^```ts nocheck from=(\S+)\n([\s\S]*?)^```$/gm)].map((m) => ({ file: m[1]!, text: m[2]! }))

describe("the guide to embedding kpss in a Node service", () => {
  it("shows excerpts of every part of the example", () => {
    expect(new Set(excerpts.map((e) => e.file))).toEqual(new Set([
      "examples/node-service/src/main.ts",
      "examples/node-service/src/Service.ts",
      "examples/node-service/src/Http.ts",
      "examples/node-service/test/pg.ts",
      "examples/node-service/test/Service.test.ts"
    ]))
  })

  it.each(excerpts.map((e, i) => [i + 1, e.file, e] as const))("excerpt %i is in %s word for word", (_n, file, e) => {
    expect(readFileSync(resolve(root, file), "utf8")).toContain(e.text)
  })
})
