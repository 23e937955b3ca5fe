import { makeMemoryBackend, makePlanStore, PlanStore, type MemoryRevision } from "@kpss/core"
import { Layer } from "effect"
import { planStoreConformance } from "../src/StorageConformance.js"

const rows = new Map<string, Array<MemoryRevision>>()
const layer = Layer.succeed(PlanStore, makePlanStore(makeMemoryBackend(rows)))

planStoreConformance("memory", {
  layer,
  probe: {
    revisions: async (planId) => (rows.get(planId) ?? []).map((r) => r.revision),
    document: async (planId, revision) => JSON.parse(new TextDecoder().decode(rows.get(planId)![revision - 1]!.document)),
    corrupt: async (planId, revision, document) => {
      const list = rows.get(planId)!
      list[revision - 1] = { ...list[revision - 1]!, document: new TextEncoder().encode(JSON.stringify(document)) }
    }
  }
})
