// A writer in a process of its own, for the concurrency and crash tests. It runs the built packages
// (`pnpm build` first; `npm test` does). Modes:
//   writer <file> <planId> <writer> <saves>  — runWriter from the conformance suite, report sent to the parent
//   churn  <file> <planId> <activities>      — saves ever larger revisions until killed, telling the parent each commit
//   warm                                     — only loads the packages (fills the shared compile cache)
import { Effect } from "effect"
import { PlanStore } from "@kpss/core"
import { layer } from "@kpss/storage-sqlite"
import { makeSizedPlan, runWriter } from "@kpss/testing"

const [mode, filename, planId, a, b] = process.argv.slice(2)
const send = (message) => new Promise((resolve) => process.send(message, resolve))

if (mode === "writer") {
  const report = await Effect.runPromise(Effect.provide(runWriter(planId, Number(a), Number(b)), layer({ filename })))
  await send(report)
} else if (mode === "churn") {
  const plan = makeSizedPlan({ id: planId, activities: Number(a), descriptionLength: 200 })
  await Effect.runPromise(Effect.provide(PlanStore.use((store) => Effect.gen(function*() {
    let expected = (yield* store.history(planId)).length
    for (;;) {
      const info = yield* store.save({ ...plan, title: `Revize ${expected + 1}` }, { expectedRevision: expected, author: "churn", reason: `r${expected + 1}` })
      expected = info.revision
      yield* Effect.promise(() => send({ committed: info.revision, hash: info.hash }))
    }
  })), layer({ filename })))
}
process.exit(0)
