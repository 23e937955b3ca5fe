// Regenerates the documents in docs/ that are derived from the code (run after `pnpm build`):
// the JSON Schema of the canonical plan document, the rule reference, the package diagram and the
// glossary's English index. Tests fail when a checked-in copy is stale.
import { writeFileSync } from "node:fs"
import { planDocumentJsonSchema } from "../packages/core/dist/index.js"

const target = new URL("../docs/plan-document.schema.json", import.meta.url)
writeFileSync(target, `${JSON.stringify(planDocumentJsonSchema(), null, 2)}\n`)
console.log(`wrote ${target.pathname}`)

// The rule reference, from the rule registry.
const { renderRulesReference } = await import("../packages/core/dist/index.js")
const rulesTarget = new URL("../docs/rules.md", import.meta.url)
writeFileSync(rulesTarget, renderRulesReference())
console.log(`wrote ${rulesTarget.pathname}`)

// The package diagram of docs/architecture.md, from the package.json files; the English → Czech table
// of docs/glossary.md, from its Czech → English table (see scripts/docs-lib.mjs).
const { packageGraph, renderGlossary, renderPackageSvg, withPackageGraph } = await import("./docs-lib.mjs")
const { fileURLToPath } = await import("node:url")
const { readFileSync } = await import("node:fs")
const root = fileURLToPath(new URL("..", import.meta.url))
for (const [file, render] of [
  ["docs/architecture.md", (text) => withPackageGraph(text, root)],
  ["docs/glossary.md", renderGlossary]
]) {
  const target = new URL(`../${file}`, import.meta.url)
  writeFileSync(target, render(readFileSync(target, "utf8")))
  console.log(`wrote ${target.pathname}`)
}
const svgTarget = new URL("../docs/architecture-packages.svg", import.meta.url)
writeFileSync(svgTarget, renderPackageSvg(packageGraph(root)))
console.log(`wrote ${svgTarget.pathname}`)
