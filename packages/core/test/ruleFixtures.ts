/**
 * Plans for the rule and process tests of the core: the minimal document of `fixtures.ts`, decoded,
 * and edited as JSON. (The compliant plan and the rule breakers live in @kpss/testing.)
 */
import { Result } from "effect"
import { decodePlan, formatPath, type Plan, type PlanEncoded } from "../src/index.js"
import { minimalPlanJson } from "./fixtures.js"

type DeepMutable<T> = T extends ReadonlyArray<infer U> ? Array<DeepMutable<U>> : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T
export type Draft = DeepMutable<PlanEncoded>

export const planOf = (edit: (draft: Draft) => void = () => {}, base: unknown = minimalPlanJson): Plan => {
  const draft = structuredClone(base) as Draft
  edit(draft)
  const decoded = decodePlan(draft)
  if (Result.isFailure(decoded)) throw new Error(decoded.failure.problems.map((p) => `${formatPath(p.path)}: ${p.message.en}`).join("; "))
  return decoded.success
}
