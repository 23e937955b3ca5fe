/**
 * Links between the resources entered by hand and the services of the providers register (RPSS). A
 * service a planner typed in before the register was imported, and the same service imported later,
 * are two resources of one facility; {@link proposeRegisterLinks} finds such pairs, and
 * {@link linkResourceToRegister} joins a chosen pair into one resource that keeps the hand-entered id,
 * name and links and takes the register's id and data — so that every later import updates it instead
 * of adding the service again.
 *
 * Pairs are proposed, never joined silently: a name is weak evidence, and even an IČO with the same
 * type may be a second service of the same provider in another town.
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import type { Resource } from "./Analysis.js"
import { referencedError, referencesTo, removedKinds } from "./AnalysisEdit.js"
import { authorizeOperation, type OperationContext } from "./Authorization.js"
import { domainError, entityNames, unknownId, type DomainError } from "./DomainError.js"
import type { ResourceId } from "./Ids.js"
import type { Plan } from "./Plan.js"
import { checkName, firstError } from "./PlanEdit.js"
import { withRegisterData } from "./RegisterImport.js"
import { comparableName } from "./Text.js"

/**
 * How strongly a hand-entered resource and a registered one look alike: `ico` — the same IČO, the same
 * service type and a form in common; `name` — the same service type and the same name (of the service,
 * of one of the register's facilities, or of the provider), compared with {@link comparableName}, and
 * no two different IČOs.
 *
 * @category models
 * @since 0.1.0
 */
export type RegisterLinkMatch = "ico" | "name"

/**
 * A proposed link: a resource entered by hand and a resource imported from the register that look like
 * the same service.
 *
 * @category models
 * @since 0.1.0
 */
export interface RegisterLinkProposal {
  /** The resource entered by hand (it has no register id). */
  readonly resourceId: ResourceId
  /** The imported resource. */
  readonly registerResourceId: ResourceId
  readonly registerId: string
  readonly match: RegisterLinkMatch
}

const sharesForm = (a: Resource, b: Resource): boolean =>
  a.forms.length === 0 || b.forms.length === 0 || a.forms.some((f) => b.forms.includes(f))

const matchOf = (hand: Resource, registered: Resource): RegisterLinkMatch | undefined => {
  if (hand.serviceType !== registered.serviceType) return undefined
  if (hand.ico !== undefined && registered.ico !== undefined) {
    if (hand.ico !== registered.ico) return undefined
    if (sharesForm(hand, registered)) return "ico"
  }
  const name = comparableName(hand.name)
  const sameName = comparableName(registered.name) === name || (registered.facilities ?? []).some((f) => comparableName(f.name) === name)
  return sameName || comparableName(registered.providerName) === comparableName(hand.providerName) ? "name" : undefined
}

/**
 * The links worth proposing: for each resource entered by hand (without a register id), the imported
 * resources that look like the same service — those matched by IČO first, then those matched by name.
 *
 * @category views
 * @since 0.1.0
 */
export const proposeRegisterLinks = (plan: Plan): ReadonlyArray<RegisterLinkProposal> => {
  const registeredByType = new Map<string, Array<Resource>>()
  for (const r of plan.analyses.resources) {
    if (r.registerId === undefined) continue
    const list = registeredByType.get(r.serviceType)
    if (list === undefined) registeredByType.set(r.serviceType, [r])
    else list.push(r)
  }
  const out: Array<RegisterLinkProposal> = []
  for (const hand of plan.analyses.resources) {
    if (hand.registerId !== undefined) continue
    const found: Record<RegisterLinkMatch, Array<RegisterLinkProposal>> = { ico: [], name: [] }
    for (const r of registeredByType.get(hand.serviceType) ?? []) {
      const match = matchOf(hand, r)
      if (match !== undefined) found[match].push({ resourceId: hand.id, registerResourceId: r.id, registerId: r.registerId!, match })
    }
    out.push(...found.ico, ...found.name)
  }
  return out
}

/**
 * A link to make: the resource entered by hand and the register id of its service.
 *
 * @category models
 * @since 0.1.0
 */
export interface RegisterLink {
  readonly resourceId: ResourceId
  readonly registerId: string
}

/**
 * Links a resource entered by hand to a service of the register. The resource takes the register id;
 * when resources imported with that id are in the plan, they are joined into it (`withRegisterData`):
 * it keeps its id, name, provider actor and target groups (joined with theirs), and takes the
 * register's provider, IČO, type, forms, capacities, municipalities and facilities — the register's
 * capacities replace the hand-entered ones, since a capacity is the registered maximum of a form and
 * the register is where it is registered — and the imported resources go. Without such a resource it
 * keeps its own data until the next import fills them in. Either way every later import updates it by
 * the register id instead of adding the service again.
 *
 * Refused: an unknown resource, one already linked (or imported), and an imported resource a decision
 * concerns (it would disappear).
 *
 * @category operations
 * @since 0.1.0
 */
export const linkResourceToRegister = (plan: Plan, input: RegisterLink, context: OperationContext): Result.Result<Plan, DomainError> => {
  const resources = plan.analyses.resources
  const i = resources.findIndex((r) => r.id === input.resourceId)
  const hand = resources[i]
  const imported = resources.filter((r, j) => j !== i && r.registerId === input.registerId)
  const refs = imported.map((r) => ({ id: r.id, refs: referencesTo(plan, r.id) })).find((x) => x.refs !== undefined)
  const error = firstError(
    authorizeOperation(plan, context, { kind: "editAnalyses" }),
    hand === undefined ? unknownId(entityNames.resource, input.resourceId) : undefined,
    hand?.registerId === undefined ? undefined : domainError("alreadyLinked", { id: hand.id, registerId: hand.registerId }, { ids: [hand.id] }),
    checkName("registerId", input.registerId),
    refs === undefined ? undefined : referencedError(removedKinds.resource, refs.id, refs.refs!)
  )
  if (error !== undefined) return Result.fail(error)
  // The latest import last, so its data win.
  const sorted = [...imported].sort((a, b) => (a.registerImportedOn ?? "").localeCompare(b.registerImportedOn ?? ""))
  const linked = sorted.reduce(withRegisterData, { ...hand!, registerId: input.registerId } as Resource)
  const gone = new Set(imported.map((r) => r.id as string))
  const next = resources.flatMap((r, j) => (j === i ? [linked] : gone.has(r.id) ? [] : [r]))
  return Result.succeed({ ...plan, analyses: { ...plan.analyses, resources: next } })
}
