// Regenerates the documents in docs/ that are derived from the code (run after `pnpm build`):
// the JSON Schema of the canonical plan document. Tests fail when a checked-in copy is stale.
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
