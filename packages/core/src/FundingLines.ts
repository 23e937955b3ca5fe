/**
 * Operations on the money of the plan: add a funding source, and set a cell of the funding matrix —
 * the planned, secured and spent amounts of an activity in a year from a source. Amounts are whole
 * non-negative crowns within the safe integer range; the year must be in the plan period; a cell is
 * created when it does not exist. The planned amounts and the sources are part of the adopted plan
 * (changing them needs the right to edit the strategy); money secured and spent is implementation,
 * recorded after adoption too.
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import { authorizeOperation, type OperationContext } from "./Authorization.js"
import { domainError, entityNames, unknownId, type DomainError } from "./DomainError.js"
import { FundingKind, type FundingLine, type FundingSource } from "./Funding.js"
import type { ActorId, FundingSourceId, StrategyItemId } from "./Ids.js"
import type { Money } from "./Money.js"
import type { Plan } from "./Plan.js"
import { checkId, checkMoney, checkName, checkYear, firstError } from "./PlanEdit.js"

const sourceKind = { cs: "Zdroj financování", en: "Funding source" }

/**
 * A cell of the funding matrix to set: the amounts given replace the cell's; those left out stay (0 in
 * a new cell, which is added only when it has money).
 *
 * @category models
 * @since 0.1.0
 */
export interface FundingCellInput {
  readonly activityId: StrategyItemId
  readonly year: number
  readonly sourceId: FundingSourceId
  readonly planned?: number
  readonly secured?: number
  readonly spent?: number
}

/**
 * Sets one cell of the funding matrix ({@link setFundingLines} with one cell).
 *
 * @category operations
 * @since 0.1.0
 */
export const setFundingLine = (plan: Plan, input: FundingCellInput, context: OperationContext): Result.Result<Plan, DomainError> =>
  setFundingLines(plan, [input], context)

const cellKey = (activityId: string, year: number, sourceId: string) => `${activityId}\u0000${year}\u0000${sourceId}`

/**
 * Sets cells of the funding matrix at once (a filled table, a form with many cells): all of them, or
 * none and the first error. Each cell is checked as {@link setFundingLine} checks it, in order, against
 * the plan as the cells before it left it (a later cell for the same activity, year and source wins).
 * A cell the plan does not have gets a line only when it brings money: a blank row of a table adds
 * nothing. Linear in the plan and the cells.
 *
 * @category operations
 * @since 0.1.0
 */
export const setFundingLines = (
  plan: Plan,
  inputs: ReadonlyArray<FundingCellInput>,
  context: OperationContext
): Result.Result<Plan, DomainError> => {
  const items = new Map(plan.strategy.items.map((i) => [i.id as string, i]))
  const sources = new Set<string>(plan.funding.sources.map((s) => s.id))
  const lines = [...plan.funding.lines]
  const at = new Map(lines.map((l, i) => [cellKey(l.activityId, l.year, l.sourceId), i]))
  for (const input of inputs) {
    const activity = items.get(input.activityId)
    const key = cellKey(input.activityId, input.year, input.sourceId)
    const index = at.get(key)
    const old: FundingLine | undefined = index === undefined ? undefined : lines[index]
    const changesPlan = input.planned !== undefined && input.planned !== (old?.planned ?? 0)
    const error = firstError(
      authorizeOperation(plan, context, changesPlan ? { kind: "editStrategyItem", ...(activity?.bodyId === undefined ? {} : { bodyId: activity.bodyId }) } : { kind: "recordImplementation" }),
      activity === undefined ? unknownId(entityNames.item, input.activityId) : undefined,
      activity !== undefined && activity.level !== "activity"
        ? domainError("wrongLevel", { level: { cs: "peníze", en: "money" }, parentLevel: plan.strategy.levelNames.activity }, { ids: [input.activityId] })
        : undefined,
      activity?.status === "retired" && old === undefined ? domainError("retired", { id: input.activityId }, { ids: [input.activityId] }) : undefined,
      sources.has(input.sourceId) ? undefined : unknownId(sourceKind, input.sourceId),
      checkYear(plan, input.year),
      input.planned === undefined ? undefined : checkMoney("planned", input.planned),
      input.secured === undefined ? undefined : checkMoney("secured", input.secured),
      input.spent === undefined ? undefined : checkMoney("spent", input.spent)
    )
    if (error !== undefined) return Result.fail(error)
    const line: FundingLine = {
      activityId: input.activityId,
      year: input.year as FundingLine["year"],
      sourceId: input.sourceId,
      planned: (input.planned ?? old?.planned ?? 0) as Money,
      secured: (input.secured ?? old?.secured ?? 0) as Money,
      spent: (input.spent ?? old?.spent ?? 0) as Money
    }
    if (index !== undefined) lines[index] = line
    else if (line.planned + line.secured + line.spent > 0) at.set(key, lines.push(line) - 1)
  }
  return Result.succeed({ ...plan, funding: { ...plan.funding, lines } })
}

/**
 * Adds a funding source, and the commissioner that stands behind it.
 *
 * @category operations
 * @since 0.1.0
 */
export const addFundingSource = (
  plan: Plan,
  input: { readonly id: FundingSourceId; readonly name: string; readonly kind: FundingKind; readonly commissionerId?: ActorId },
  context: OperationContext
): Result.Result<Plan, DomainError> => {
  const error = firstError(
    authorizeOperation(plan, context, { kind: "editStrategyItem" }),
    checkId("id", input.id),
    plan.funding.sources.some((s) => s.id === input.id) ? domainError("duplicateId", { kind: sourceKind, id: input.id }, { ids: [input.id] }) : undefined,
    checkName("name", input.name),
    FundingKind.literals.includes(input.kind) ? undefined : domainError("invalidValue", { field: "kind", found: String(input.kind), expected: FundingKind.literals.join(", ") }),
    input.commissionerId === undefined || plan.actors.some((a) => a.id === input.commissionerId)
      ? undefined
      : unknownId(entityNames.actor, input.commissionerId)
  )
  if (error !== undefined) return Result.fail(error)
  const source: FundingSource = { id: input.id, name: input.name, kind: input.kind, ...(input.commissionerId === undefined ? {} : { commissionerId: input.commissionerId }) }
  return Result.succeed({ ...plan, funding: { ...plan.funding, sources: [...plan.funding.sources, source] } })
}
