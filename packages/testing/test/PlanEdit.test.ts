// The generic property of every editing operation: on arbitrary valid plans and arbitrary inputs (ids
// that exist and ids that do not, good and bad values), a successful operation yields a plan with no
// integrity problem, and a failed one leaves the plan unchanged.
import { fc, test } from "@fast-check/vitest"
import {
  addItem, assignResponsible, decodePlan, checkIntegrity, editItem, setFundingLine, isoDate, moveItem, parentLevel, removeItem, reparentItem, retireItem, setStrategyStatement, strategyLevels,
  type ActorId, type DomainError, type OperationContext, type Plan, type StrategyItemId
} from "@kpss/core"
import { Result } from "effect"
import { afterAll, describe, expect } from "vitest"
import { arbitraryPlan } from "../src/index.js"

/** The plan's first actor acts as its coordinator (a plan without actors: someone unknown). */
let ctx: OperationContext = { actor: { role: "coordinator" }, today: isoDate("2018-03-01") }
const actingIn = (plan: Plan): OperationContext =>
  ({ actor: { role: "coordinator", actorId: (plan.actors[0]?.id ?? "nobody") as ActorId }, today: isoDate(`${plan.period.from}-06-30`) })

type Operation = (plan: Plan) => Result.Result<Plan, DomainError>

/** An id of the plan's items (mostly), or one that does not exist. */
const existingOr = (ids: ReadonlyArray<string>, missing: string): fc.Arbitrary<string> =>
  ids.length === 0 ? fc.constant(missing) : fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 3 }, { arbitrary: fc.constant(missing), weight: 1 })
const itemId = (plan: Plan): fc.Arbitrary<StrategyItemId> =>
  existingOr(plan.strategy.items.map((i) => i.id), "nope") as fc.Arbitrary<StrategyItemId>
/** An actor still taking part (mostly), any actor, or one that does not exist. */
const actorId = (plan: Plan): fc.Arbitrary<ActorId> =>
  fc.oneof(
    { arbitrary: existingOr(plan.actors.filter((a) => a.active).map((a) => a.id), "ghost"), weight: 2 },
    { arbitrary: existingOr(plan.actors.map((a) => a.id), "ghost"), weight: 1 }
  ) as fc.Arbitrary<ActorId>
const maybe = <A>(a: fc.Arbitrary<A>) => fc.option(a, { nil: undefined })
const rarely = <A>(a: fc.Arbitrary<A>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: a, weight: 1 })
const name = fc.oneof(fc.constantFrom("Nová položka", "", "  ", "x".repeat(501)), fc.string({ maxLength: 20 }))

/**
 * Operation generators by name; each draws its inputs from the plan it will run on.
 */
export const operations: Record<string, (plan: Plan) => fc.Arbitrary<Operation>> = {
  addItem: (plan) => fc.record({
    id: fc.oneof({ arbitrary: fc.constantFrom("new-1", "new-2"), weight: 3 }, { arbitrary: itemId(plan), weight: 1 }, { arbitrary: fc.constant(""), weight: 1 }),
    parentId: maybe(itemId(plan)),
    fit: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 }),
    anyLevel: fc.constantFrom(...strategyLevels),
    title: fc.oneof({ arbitrary: fc.constant("Nová položka"), weight: 3 }, { arbitrary: name, weight: 1 }),
    responsibleId: rarely(actorId(plan)),
    before: rarely(itemId(plan))
  }).map((i) => (p: Plan) => {
    // Mostly the level that fits under the drawn parent (the interesting case), sometimes any level.
    const parent = p.strategy.items.find((x) => x.id === i.parentId)
    const level = i.fit ? (strategyLevels.find((l) => parentLevel[l] === parent?.level) ?? i.anyLevel) : i.anyLevel
    return addItem(p, {
      id: i.id as StrategyItemId, level, code: "9.9", title: i.title,
      ...(i.parentId === undefined ? {} : { parentId: i.parentId }),
      ...(i.responsibleId === undefined ? {} : { responsibleId: i.responsibleId }),
      ...(i.before === undefined ? {} : { before: i.before })
    }, ctx)
  }),
  editItem: (plan) => fc.record({ id: itemId(plan), code: maybe(name), title: maybe(name), description: maybe(fc.oneof(fc.constant(""), fc.string({ maxLength: 20 }))) })
    .map((i) => (p: Plan) => editItem(p, i, ctx)),
  moveItem: (plan) => fc.record({ id: itemId(plan), before: maybe(itemId(plan)) }).map((i) => (p: Plan) => moveItem(p, i, ctx)),
  reparentItem: (plan) => itemId(plan).chain((id) => {
    // Mostly a parent of the right level (the interesting case), sometimes any item.
    const level = plan.strategy.items.find((i) => i.id === id)?.level
    const fitting = plan.strategy.items.filter((i) => level !== undefined && parentLevel[level] === i.level).map((i) => i.id)
    const parentId = fitting.length === 0 ? itemId(plan) : fc.oneof({ arbitrary: fc.constantFrom(...fitting), weight: 3 }, { arbitrary: itemId(plan), weight: 1 })
    return fc.record({ id: fc.constant(id), parentId, before: rarely(itemId(plan)) })
  }).map((i) => (p: Plan) => reparentItem(p, i, ctx)),
  retireItem: (plan) => fc.record({ id: itemId(plan), reason: name }).map((i) => (p: Plan) => retireItem(p, i, ctx)),
  removeItem: (plan) => itemId(plan).map((id) => (p: Plan) => removeItem(p, { id }, ctx)),
  assignResponsible: (plan) => fc.record({ itemId: itemId(plan), responsibleId: actorId(plan), partnerIds: maybe(fc.array(actorId(plan), { maxLength: 2 })) })
    .map((i) => (p: Plan) => assignResponsible(p, i, ctx)),
  setFundingLine: (plan) => {
    const activities = plan.strategy.items.filter((i) => i.level === "activity").map((i) => i.id as string)
    const sources = plan.funding.sources.map((s) => s.id as string)
    const money = fc.oneof({ arbitrary: fc.nat(1_000_000), weight: 4 }, { arbitrary: fc.constantFrom(-1, 0.5, Number.MAX_SAFE_INTEGER + 2, Number.NaN), weight: 1 })
    return fc.record({
      activityId: activities.length === 0 ? itemId(plan) : fc.oneof({ arbitrary: fc.constantFrom(...activities), weight: 4 }, { arbitrary: itemId(plan), weight: 1 }),
      sourceId: fc.constantFrom(...sources, "nope"),
      year: fc.integer({ min: plan.period.from - 1, max: plan.period.to + 1 }),
      planned: maybe(money), secured: maybe(money), spent: maybe(money)
    }).map((i) => (p: Plan) => setFundingLine(p, i as Parameters<typeof setFundingLine>[1], ctx))
  },
  setStrategyStatement: () => fc.record({ mission: maybe(fc.string()), vision: maybe(fc.string()), values: maybe(fc.array(name, { maxLength: 3 })) })
    .map((i) => (p: Plan) => setStrategyStatement(p, i, ctx))
}

const successes = new Map<string, number>()

/** Mostly plans still in draft (an adopted version refuses every edit of its content), sometimes any state. */
const draftOrAny = fc.tuple(arbitraryPlan({ maxActivities: 12 }), fc.nat(3))
  .map(([plan, k]) => (k === 0 ? plan : { ...plan, lifecycle: { ...plan.lifecycle, status: "draft" as const } }))

describe("editing operations", () => {
  afterAll(() => {
    // The property is not vacuous: every operation succeeded on some generated input.
    for (const opName of Object.keys(operations)) expect(successes.get(opName) ?? 0, opName).toBeGreaterThan(0)
  })
  for (const [opName, make] of Object.entries(operations)) {
    test.prop([draftOrAny.chain((plan) => fc.tuple(fc.constant(plan), fc.array(make(plan), { minLength: 1, maxLength: 4 })))], { numRuns: 80 })(
      `${opName}: success keeps the plan whole, failure leaves it unchanged`,
      ([plan, ops]) => {
        expect(checkIntegrity(plan)).toEqual([])
        ctx = actingIn(plan)
        let current = plan
        for (const op of ops) {
          const before = structuredClone(current)
          const result = op(current)
          if (Result.isSuccess(result)) {
            expect(checkIntegrity(result.success)).toEqual([])
            expect(Result.isSuccess(decodePlan(structuredClone(result.success)))).toBe(true)
            successes.set(opName, (successes.get(opName) ?? 0) + 1)
            current = result.success
          } else {
            expect(current).toEqual(before)
            expect(result.failure.text.cs.length).toBeGreaterThan(0)
          }
        }
      }
    )
  }
})
