/**
 * Writes two request bodies for trying the service with curl (see the README): `out/create.json`
 * creates the sample plan (the fictional town of Stříbrná Hora), `out/save.json` saves it again with
 * a new vision. Run `pnpm --filter @kpss/example-node-service sample`.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { encodePlanDocument } from "@kpss/core"
import { samplePlan } from "@kpss/testing"

const outDir = resolve(import.meta.dirname, "..", "out")
mkdirSync(outDir, { recursive: true })
const write = (name: string, body: unknown) => {
  const file = resolve(outDir, name)
  writeFileSync(file, JSON.stringify(body, null, 2))
  console.log(file)
}
write("create.json", { author: "Jana Nováková, koordinátorka KPSS", reason: "Založení plánu", document: encodePlanDocument(samplePlan) })
const edited = { ...samplePlan, strategy: { ...samplePlan.strategy, vision: "Stříbrná Hora je město, kde každý najde pomoc včas a blízko domova." } }
write("save.json", { author: "Jana Nováková, koordinátorka KPSS", reason: "Úprava vize po jednání řídící skupiny", document: encodePlanDocument(edited) })
