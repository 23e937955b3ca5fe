/**
 * Plans for the rule and process tests of the core: the minimal document of `fixtures.ts`, decoded,
 * and edited as JSON. (The compliant plan and the rule breakers live in @kpss/testing.)
 */
import { Result } from "effect"
import { decodePlan, formatPath, type DomainError, type Plan, type PlanEncoded } from "../src/index.js"
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

/** The plan of a successful operation (a failure throws, naming its reason). */
export const ok = (r: Result.Result<Plan, DomainError>): Plan => {
  if (Result.isFailure(r)) throw new Error(`${r.failure.reason}: ${r.failure.text.en}`)
  return r.success
}

/** The error of a failed operation (a success throws). */
export const failure = (r: Result.Result<Plan, DomainError>): DomainError => {
  if (Result.isSuccess(r)) throw new Error("expected a failure")
  return r.failure
}
