/**
 * The invariants of a plan that hold always, whatever its phase: ids are unique within their kind,
 * every reference points at an entity that exists, the strategy tree is a tree whose levels follow
 * priority → goal → measure → activity, and each cell of the funding matrix appears once. A decoded
 * plan satisfies them; every operation keeps them. The methodology (what a good plan has) is the rule
 * engine's business, not this module's.
 *
 * It runs in one pass over the plan with hash maps: linear in the size of the plan.
 *
 * @since 0.1.0
 */
import type { Plan } from "./Plan.js"
import { problem, formatPath, type PathSegment, type Problem } from "./Problem.js"
import { parentLevel, type StrategyLevel } from "./Strategy.js"

type Path = ReadonlyArray<PathSegment>

const kindNames = {
  actor: { cs: "aktéra", en: "actor" },
  body: { cs: "orgán", en: "body" },
  meeting: { cs: "jednání", en: "meeting" },
  decision: { cs: "rozhodnutí", en: "decision" },
  targetGroup: { cs: "cílovou skupinu", en: "target group" },
  need: { cs: "potřebu", en: "need" },
  resource: { cs: "zdroj", en: "resource" },
  swot: { cs: "položku SWOT", en: "SWOT item" },
  item: { cs: "položku strategie", en: "strategy item" },
  source: { cs: "zdroj financování", en: "funding source" },
  indicator: { cs: "ukazatel", en: "indicator" },
  actionPlan: { cs: "akční plán", en: "action plan" },
  report: { cs: "monitorovací zprávu", en: "monitoring report" },
  period: { cs: "období připomínek", en: "comment period" },
  comment: { cs: "připomínku", en: "comment" },
  milestone: { cs: "milník", en: "milestone" },
  any: { cs: "položku plánu", en: "plan item" }
} as const

type Kind = keyof typeof kindNames

const levelCs: Record<StrategyLevel, string> = { priority: "priorita", goal: "cíl", measure: "opatření", activity: "aktivita" }

/**
 * Finds every broken invariant of a plan. An empty list means the plan is whole.
 *
 * @category checks
 * @since 0.1.0
 */
export const checkIntegrity = (plan: Plan, base: Path = []): Array<Problem> => {
  const problems: Array<Problem> = []
  const index = new Map<Kind, Map<string, number>>()

  const register = <A extends { readonly id: string }>(kind: Kind, items: ReadonlyArray<A>, path: Path) => {
    const ids = new Map<string, number>()
    index.set(kind, ids)
    for (let i = 0; i < items.length; i++) {
      const id = items[i]!.id
      const seen = ids.get(id)
      if (seen !== undefined) {
        problems.push(problem([...base, ...path, i, "id"], "duplicateId", { id, other: formatPath([...base, ...path, seen]) }))
      } else {
        ids.set(id, i)
      }
    }
  }

  register("actor", plan.actors, ["actors"])
  register("body", plan.bodies, ["bodies"])
  register("meeting", plan.meetings, ["meetings"])
  register("decision", plan.decisions, ["decisions"])
  register("targetGroup", plan.targetGroups, ["targetGroups"])
  register("need", plan.analyses.needs, ["analyses", "needs"])
  register("resource", plan.analyses.resources, ["analyses", "resources"])
  register("swot", plan.analyses.swot, ["analyses", "swot"])
  register("item", plan.strategy.items, ["strategy", "items"])
  register("source", plan.funding.sources, ["funding", "sources"])
  register("indicator", plan.indicators, ["indicators"])
  register("actionPlan", plan.actionPlans, ["actionPlans"])
  register("report", plan.monitoringReports, ["monitoringReports"])
  register("period", plan.consultation.periods, ["consultation", "periods"])
  register("comment", plan.consultation.comments, ["consultation", "comments"])
  register("milestone", plan.schedule, ["schedule"])

  // Paths are built only when something is wrong: the happy path allocates nothing per reference.
  const dangling = (kind: Kind, id: string, path: Path) =>
    problems.push(problem([...base, ...path], "reference", { kind: kindNames[kind].cs, kindEn: kindNames[kind].en, id }))
  // An id of "any" kind (a decision's concerns) is looked up in every kind's map: concerns are few,
  // and a union of all ids would cost more than it saves.
  const anyKind = [...index.values()]
  const knownAnywhere = (id: string) => anyKind.some((ids) => ids.has(id))
  const known = (kind: Kind, id: string) => (kind === "any" ? knownAnywhere(id) : index.get(kind)!.has(id))
  const ref = (kind: Kind, id: string | undefined, path: () => Path) => {
    if (id !== undefined && !known(kind, id)) dangling(kind, id, path())
  }
  const refs = (kind: Kind, ids: ReadonlyArray<string>, path: (j: number) => Path) => {
    for (let j = 0; j < ids.length; j++) if (!known(kind, ids[j]!)) dangling(kind, ids[j]!, path(j))
  }

  plan.phases.forEach((p, i) => p.waivers.forEach((w, j) => ref("actor", w.by, () => ["phases", i, "waivers", j, "by"])))
  ref("decision", plan.lifecycle.approval?.decisionId, () => ["lifecycle", "approval", "decisionId"])
  plan.lifecycle.amendments.forEach((a, i) => ref("decision", a.approval?.decisionId, () => ["lifecycle", "amendments", i, "approval", "decisionId"]))
  plan.actors.forEach((a, i) => {
    ref("actor", a.represents, () => ["actors", i, "represents"])
    ref("actor", a.memberOf, () => ["actors", i, "memberOf"])
  })
  plan.bodies.forEach((b, i) => {
    b.members.forEach((m, j) => ref("actor", m.actorId, () => ["bodies", i, "members", j, "actorId"]))
    refs("targetGroup", b.targetGroupIds, (j) => ["bodies", i, "targetGroupIds", j])
    refs("item", b.priorityIds, (j) => ["bodies", i, "priorityIds", j])
  })
  plan.meetings.forEach((m, i) => {
    ref("body", m.bodyId, () => ["meetings", i, "bodyId"])
    ref("actor", m.facilitatorId, () => ["meetings", i, "facilitatorId"])
    refs("actor", m.attendance, (j) => ["meetings", i, "attendance", j])
    ref("actor", m.minutes?.takenBy, () => ["meetings", i, "minutes", "takenBy"])
  })
  plan.decisions.forEach((d, i) => {
    ref("body", d.bodyId, () => ["decisions", i, "bodyId"])
    ref("meeting", d.meetingId, () => ["decisions", i, "meetingId"])
    d.votes.forEach((v, j) => ref("actor", v.actorId, () => ["decisions", i, "votes", j, "actorId"]))
    d.recusals.forEach((r, j) => ref("actor", r.actorId, () => ["decisions", i, "recusals", j, "actorId"]))
    refs("any", d.concerns, (j) => ["decisions", i, "concerns", j])
  })
  plan.analyses.needs.forEach((n, i) => ref("targetGroup", n.targetGroupId, () => ["analyses", "needs", i, "targetGroupId"]))
  plan.analyses.resources.forEach((r, i) => {
    ref("actor", r.providerId, () => ["analyses", "resources", i, "providerId"])
    refs("targetGroup", r.targetGroupIds, (j) => ["analyses", "resources", i, "targetGroupIds", j])
  })
  plan.analyses.swot.forEach((s, i) => ref("body", s.bodyId, () => ["analyses", "swot", i, "bodyId"]))

  const items = plan.strategy.items
  const itemIndex = index.get("item")!
  const levelOf = (id: string): StrategyLevel | undefined => {
    const i = itemIndex.get(id)
    return i === undefined ? undefined : items[i]!.level
  }
  const treeProblem = (path: Path, cs: string, en: string) =>
    problems.push(problem([...base, ...path], "tree", { detail: cs, detailEn: en }))
  // The hot loop: lookups through maps fetched once, paths built only on failure, no closures.
  const actorIds = index.get("actor")!, bodyIds = index.get("body")!, groupIds = index.get("targetGroup")!
  const needIds = index.get("need")!, swotIds = index.get("swot")!
  const itemRefs = (kind: Kind, ids: ReadonlyMap<string, number>, list: ReadonlyArray<string>, i: number, field: string) => {
    for (let j = 0; j < list.length; j++) {
      if (!ids.has(list[j]!)) dangling(kind, list[j]!, ["strategy", "items", i, field, j])
    }
  }
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!
    if (item.responsibleId !== undefined && !actorIds.has(item.responsibleId)) {
      dangling("actor", item.responsibleId, ["strategy", "items", i, "responsibleId"])
    }
    if (item.bodyId !== undefined && !bodyIds.has(item.bodyId)) dangling("body", item.bodyId, ["strategy", "items", i, "bodyId"])
    itemRefs("actor", actorIds, item.partnerIds, i, "partnerIds")
    itemRefs("targetGroup", groupIds, item.targetGroupIds, i, "targetGroupIds")
    itemRefs("need", needIds, item.needIds, i, "needIds")
    itemRefs("swot", swotIds, item.swotItemIds, i, "swotItemIds")
    const expected = parentLevel[item.level]
    if (item.parentId === undefined) {
      if (expected !== undefined) {
        treeProblem(["strategy", "items", i, "parentId"],
          `položka úrovně ${levelCs[item.level]} musí mít nadřazenou položku úrovně ${levelCs[expected]}`,
          `an item of level ${item.level} needs a parent of level ${expected}`)
      }
    } else {
      const parent = levelOf(item.parentId)
      if (parent === undefined) dangling("item", item.parentId, ["strategy", "items", i, "parentId"])
      else if (parent !== expected) {
        treeProblem(["strategy", "items", i, "parentId"],
          `položka úrovně ${levelCs[item.level]} nemůže ležet pod úrovní ${levelCs[parent]}`,
          `an item of level ${item.level} cannot sit under level ${parent}`)
      }
    }
  }
  // Levels strictly decrease along parent links, so a cycle is impossible once every parent has the
  // level above its child: the level check above is the cycle check.

  plan.funding.sources.forEach((s, i) => ref("actor", s.commissionerId, () => ["funding", "sources", i, "commissionerId"]))
  // Each cell (activity, source, year) must appear once. Lines are chained per activity in typed arrays
  // and each chain is compared pairwise (a chain is short: sources × years), so the check allocates
  // nothing per line; a long chain (a hostile document) falls back to a set to stay linear.
  const sourceIndex = index.get("source")!
  const lines = plan.funding.lines
  const head = new Int32Array(items.length).fill(-1)
  const next = new Int32Array(lines.length)
  const cellOf = new Float64Array(lines.length)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const a = itemIndex.get(line.activityId)
    const level = a === undefined ? undefined : items[a]!.level
    if (a === undefined) dangling("item", line.activityId, ["funding", "lines", i, "activityId"])
    else if (level !== "activity") {
      treeProblem(["funding", "lines", i, "activityId"],
        `peníze se plánují u aktivit, ne u úrovně ${levelCs[level!]}`,
        `money is planned on activities, not on level ${level}`)
    }
    const s = sourceIndex.get(line.sourceId)
    if (s === undefined) dangling("source", line.sourceId, ["funding", "lines", i, "sourceId"])
    if (a === undefined || s === undefined) continue
    cellOf[i] = s * 4096 + (line.year - 1990)
    next[i] = head[a]!
    head[a] = i
  }
  const duplicateCell = (i: number) => {
    const line = lines[i]!
    problems.push(problem([...base, "funding", "lines", i], "duplicateCell", { activity: line.activityId, year: line.year, source: line.sourceId }))
  }
  for (let a = 0; a < items.length; a++) {
    let length = 0
    for (let i = head[a]!; i !== -1; i = next[i]!) length++
    if (length < 2) continue
    if (length <= 64) {
      for (let i = head[a]!; i !== -1; i = next[i]!) {
        for (let j = next[i]!; j !== -1; j = next[j]!) {
          if (cellOf[i] === cellOf[j]) {
            duplicateCell(i) // the chain runs backwards: i is the later line
            break
          }
        }
      }
    } else {
      const seen = new Set<number>()
      const later: Array<number> = []
      for (let i = head[a]!; i !== -1; i = next[i]!) later.push(i)
      for (let k = later.length - 1; k >= 0; k--) {
        const i = later[k]!
        if (seen.has(cellOf[i]!)) duplicateCell(i)
        else seen.add(cellOf[i]!)
      }
    }
  }
  plan.indicators.forEach((ind, i) => ref("item", ind.itemId, () => ["indicators", i, "itemId"]))
  plan.actionPlans.forEach((ap, i) => {
    refs("item", ap.activityIds, (j) => ["actionPlans", i, "activityIds", j])
    ref("decision", ap.approval?.decisionId, () => ["actionPlans", i, "approval", "decisionId"])
  })
  plan.monitoringReports.forEach((r, i) => {
    r.activities.forEach((a, j) => ref("item", a.activityId, () => ["monitoringReports", i, "activities", j, "activityId"]))
    r.indicators.forEach((a, j) => ref("indicator", a.indicatorId, () => ["monitoringReports", i, "indicators", j, "indicatorId"]))
    ref("decision", r.approval?.decisionId, () => ["monitoringReports", i, "approval", "decisionId"])
  })
  plan.consultation.comments.forEach((c, i) => {
    ref("period", c.periodId, () => ["consultation", "comments", i, "periodId"])
    ref("item", c.itemId, () => ["consultation", "comments", i, "itemId"])
    ref("actor", c.author.actorId, () => ["consultation", "comments", i, "author", "actorId"])
  })
  plan.schedule.forEach((m, i) => {
    ref("actor", m.ownerId, () => ["schedule", i, "ownerId"])
    ref("body", m.bodyId, () => ["schedule", i, "bodyId"])
    refs("milestone", m.after, (j) => ["schedule", i, "after", j])
  })
  return problems
}
