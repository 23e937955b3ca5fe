import { decodePlanDocument, encodePlanDocumentJson, checkIntegrity } from "@kpss/core"
import { generatePlan } from "@kpss/testing"
const plan = generatePlan(10_000)
const text = encodePlanDocumentJson(plan)
const obj = JSON.parse(text)
const m = (name: string, f: () => unknown) => { for (let i = 0; i < 5; i++) f(); const ts: number[] = []; for (let i = 0; i < 15; i++) { const s = performance.now(); f(); ts.push(performance.now() - s) } ts.sort((a, b) => a - b); console.log(name, ts[7]!.toFixed(1)) }
m("JSON.parse", () => JSON.parse(text))
m("decode(text)", () => decodePlanDocument(text))
m("decode(obj)", () => decodePlanDocument(obj))
m("integrity", () => (checkIntegrity as any)(obj.plan, ["plan"]))
