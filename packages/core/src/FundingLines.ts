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
import { domainError, entityNames, type DomainError } from "./DomainError.js"
import { FundingKind, type FundingLine, type FundingSource } from "./Funding.js"
import type { ActorId, FundingSourceId, StrategyItemId } from "./Ids.js"
import type { Money } from "./Money.js"
import type { Plan } from "./Plan.js"
import { checkId, checkMoney, checkName, checkYear, firstError } from "./PlanEdit.js"

const sourceKind = { cs: "Zdroj financování", en: "Funding source" }

/**
 * A cell of the funding matrix to set: the amounts given replace the cell's; those left out stay (0 in
 * a new cell).
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
 * Sets one cell of the funding matrix.
 *
 * @category operations
 * @since 0.1.0
 */
export const setFundingLine = (plan: Plan, input: FundingCellInput, context: OperationContext): Result.Result<Plan, DomainError> => {
  const activity = plan.strategy.items.find((i) => i.id === input.activityId)
  const at = plan.funding.lines.findIndex((l) => l.activityId === input.activityId && l.year === input.year && l.sourceId === input.sourceId)
  const old: FundingLine | undefined = plan.funding.lines[at]
  const changesPlan = input.planned !== undefined && input.planned !== (old?.planned ?? 0)
  const error = firstError(
    authorizeOperation(plan, context, changesPlan ? { kind: "editStrategyItem", ...(activity?.bodyId === undefined ? {} : { bodyId: activity.bodyId }) } : { kind: "recordImplementation" }),
    activity === undefined ? domainError("unknownId", { kind: entityNames.item, id: input.activityId }, { ids: [input.activityId] }) : undefined,
    activity !== undefined && activity.level !== "activity"
      ? domainError("wrongLevel", { level: { cs: "peníze", en: "money" }, parentLevel: plan.strategy.levelNames.activity }, { ids: [input.activityId] })
      : undefined,
    activity?.status === "retired" && old === undefined ? domainError("retired", { id: input.activityId }, { ids: [input.activityId] }) : undefined,
    plan.funding.sources.some((s) => s.id === input.sourceId) ? undefined : domainError("unknownId", { kind: sourceKind, id: input.sourceId }, { ids: [input.sourceId] }),
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
  const lines = at === -1 ? [...plan.funding.lines, line] : plan.funding.lines.map((l, i) => (i === at ? line : l))
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
      : domainError("unknownId", { kind: entityNames.actor, id: input.commissionerId }, { ids: [input.commissionerId] })
  )
  if (error !== undefined) return Result.fail(error)
  const source: FundingSource = { id: input.id, name: input.name, kind: input.kind, ...(input.commissionerId === undefined ? {} : { commissionerId: input.commissionerId }) }
  return Result.succeed({ ...plan, funding: { ...plan.funding, sources: [...plan.funding.sources, source] } })
}
