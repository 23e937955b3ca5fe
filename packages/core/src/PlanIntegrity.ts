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
  const index = new Map<Kind, Map<string, Path>>()
  const all = new Set<string>()

  const register = <A extends { readonly id: string }>(kind: Kind, items: ReadonlyArray<A>, path: Path) => {
    const ids = new Map<string, Path>()
    index.set(kind, ids)
    for (let i = 0; i < items.length; i++) {
      const id = items[i]!.id
      const at = [...path, i]
      const seen = ids.get(id)
      if (seen !== undefined) {
        problems.push(problem([...base, ...at, "id"], "duplicateId", { id, other: formatPath([...base, ...seen]) }))
      } else {
        ids.set(id, at)
        all.add(id)
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

  const ref = (kind: Kind, id: string | undefined, path: Path) => {
    if (id === undefined) return
    const known = kind === "any" ? all.has(id) : index.get(kind)!.has(id)
    if (!known) {
      problems.push(problem([...base, ...path], "reference", { kind: kindNames[kind].cs, kindEn: kindNames[kind].en, id }))
    }
  }
  const refs = (kind: Kind, ids: ReadonlyArray<string>, path: Path) => {
    for (let i = 0; i < ids.length; i++) ref(kind, ids[i], [...path, i])
  }

  plan.phases.forEach((p, i) => p.waivers.forEach((w, j) => ref("actor", w.by, ["phases", i, "waivers", j, "by"])))
  ref("decision", plan.lifecycle.approval?.decisionId, ["lifecycle", "approval", "decisionId"])
  plan.lifecycle.amendments.forEach((a, i) => ref("decision", a.approval?.decisionId, ["lifecycle", "amendments", i, "approval", "decisionId"]))
  plan.actors.forEach((a, i) => {
    ref("actor", a.represents, ["actors", i, "represents"])
    ref("actor", a.memberOf, ["actors", i, "memberOf"])
  })
  plan.bodies.forEach((b, i) => {
    b.members.forEach((m, j) => ref("actor", m.actorId, ["bodies", i, "members", j, "actorId"]))
    refs("targetGroup", b.targetGroupIds, ["bodies", i, "targetGroupIds"])
    refs("item", b.priorityIds, ["bodies", i, "priorityIds"])
  })
  plan.meetings.forEach((m, i) => {
    ref("body", m.bodyId, ["meetings", i, "bodyId"])
    ref("actor", m.facilitatorId, ["meetings", i, "facilitatorId"])
    refs("actor", m.attendance, ["meetings", i, "attendance"])
    ref("actor", m.minutes?.takenBy, ["meetings", i, "minutes", "takenBy"])
  })
  plan.decisions.forEach((d, i) => {
    ref("body", d.bodyId, ["decisions", i, "bodyId"])
    ref("meeting", d.meetingId, ["decisions", i, "meetingId"])
    d.votes.forEach((v, j) => ref("actor", v.actorId, ["decisions", i, "votes", j, "actorId"]))
    d.recusals.forEach((r, j) => ref("actor", r.actorId, ["decisions", i, "recusals", j, "actorId"]))
    refs("any", d.concerns, ["decisions", i, "concerns"])
  })
  plan.analyses.needs.forEach((n, i) => ref("targetGroup", n.targetGroupId, ["analyses", "needs", i, "targetGroupId"]))
  plan.analyses.resources.forEach((r, i) => {
    ref("actor", r.providerId, ["analyses", "resources", i, "providerId"])
    refs("targetGroup", r.targetGroupIds, ["analyses", "resources", i, "targetGroupIds"])
  })
  plan.analyses.swot.forEach((s, i) => ref("body", s.bodyId, ["analyses", "swot", i, "bodyId"]))

  const items = plan.strategy.items
  const levelOf = new Map<string, StrategyLevel>()
  for (const item of items) if (!levelOf.has(item.id)) levelOf.set(item.id, item.level)
  items.forEach((item, i) => {
    const at: Path = ["strategy", "items", i]
    ref("actor", item.responsibleId, [...at, "responsibleId"])
    refs("actor", item.partnerIds, [...at, "partnerIds"])
    ref("body", item.bodyId, [...at, "bodyId"])
    refs("targetGroup", item.targetGroupIds, [...at, "targetGroupIds"])
    refs("need", item.needIds, [...at, "needIds"])
    refs("swot", item.swotItemIds, [...at, "swotItemIds"])
    const expected = parentLevel[item.level]
    if (item.parentId === undefined) {
      if (expected !== undefined) {
        problems.push(problem([...base, ...at, "parentId"], "tree", {
          detail: `položka úrovně ${levelCs[item.level]} musí mít nadřazenou položku úrovně ${levelCs[expected]}`,
          detailEn: `an item of level ${item.level} needs a parent of level ${expected}`
        }))
      }
    } else {
      const parent = levelOf.get(item.parentId)
      if (parent === undefined) ref("item", item.parentId, [...at, "parentId"])
      else if (parent !== expected) {
        problems.push(problem([...base, ...at, "parentId"], "tree", {
          detail: `položka úrovně ${levelCs[item.level]} nemůže ležet pod úrovní ${levelCs[parent]}`,
          detailEn: `an item of level ${item.level} cannot sit under level ${parent}`
        }))
      }
    }
  })
  // Levels strictly decrease along parent links, so a cycle is impossible once every parent has the
  // level above its child: the level check above is the cycle check.

  const cells = new Set<string>()
  plan.funding.sources.forEach((s, i) => ref("actor", s.commissionerId, ["funding", "sources", i, "commissionerId"]))
  plan.funding.lines.forEach((line, i) => {
    const at: Path = ["funding", "lines", i]
    const level = levelOf.get(line.activityId)
    if (level === undefined) ref("item", line.activityId, [...at, "activityId"])
    else if (level !== "activity") {
      problems.push(problem([...base, ...at, "activityId"], "tree", {
        detail: `peníze se plánují u aktivit, ne u úrovně ${levelCs[level]}`,
        detailEn: `money is planned on activities, not on level ${level}`
      }))
    }
    ref("source", line.sourceId, [...at, "sourceId"])
    const key = `${line.activityId}\u0000${line.year}\u0000${line.sourceId}`
    if (cells.has(key)) {
      problems.push(problem([...base, ...at], "duplicateCell", { activity: line.activityId, year: line.year, source: line.sourceId }))
    } else cells.add(key)
  })
  plan.indicators.forEach((ind, i) => ref("item", ind.itemId, ["indicators", i, "itemId"]))
  plan.actionPlans.forEach((ap, i) => {
    refs("item", ap.activityIds, ["actionPlans", i, "activityIds"])
    ref("decision", ap.approval?.decisionId, ["actionPlans", i, "approval", "decisionId"])
  })
  plan.monitoringReports.forEach((r, i) => {
    r.activities.forEach((a, j) => ref("item", a.activityId, ["monitoringReports", i, "activities", j, "activityId"]))
    r.indicators.forEach((a, j) => ref("indicator", a.indicatorId, ["monitoringReports", i, "indicators", j, "indicatorId"]))
    ref("decision", r.approval?.decisionId, ["monitoringReports", i, "approval", "decisionId"])
  })
  plan.consultation.comments.forEach((c, i) => {
    ref("period", c.periodId, ["consultation", "comments", i, "periodId"])
    ref("item", c.itemId, ["consultation", "comments", i, "itemId"])
    ref("actor", c.author.actorId, ["consultation", "comments", i, "author", "actorId"])
  })
  plan.schedule.forEach((m, i) => {
    ref("actor", m.ownerId, ["schedule", i, "ownerId"])
    ref("body", m.bodyId, ["schedule", i, "bodyId"])
    refs("milestone", m.after, ["schedule", i, "after"])
  })
  return problems
}
