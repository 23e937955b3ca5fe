/**
 * Rules for regional plans only (`KPSS-STAT-*`): the statutory medium-term plan of a region (Act
 * 108/2006 Sb. §95) has the parts of vyhl. 505/2006 Sb. §39a — among them the evaluation of the
 * previous plan — is monitored every year with the triad, and its comment procedure includes a public
 * hearing (§39b). These rules are off in the methodology profile and on in the statutory profile.
 *
 * @since 0.1.0
 */
import { triad, type TriadRole } from "../Actor.js"
import { yearOf } from "../CalendarDate.js"
import { adoptedStatuses, defineFamily } from "../Rule.js"

/**
 * The rules for regional plans.
 *
 * @category rules
 * @since 0.1.0
 */
export const statutoryFamily = defineFamily(
  { id: "statutory", prefix: "STAT", name: { cs: "Krajský střednědobý plán", en: "Regional statutory plan" } },
  () => [
    {
      code: "KPSS-STAT-001",
      severity: "error",
      scope: "statutory",
      appliesFrom: {},
      source: { kind: "law", reference: "vyhl. 505/2006 Sb. §39a (vyhodnocení předchozího plánu)" },
      title: { cs: "Plán vyhodnocuje předchozí plán", en: "The plan evaluates the previous plan" },
      message: {
        cs: "Plán je {edition}. vydáním, ale nemá vyhodnocení předchozího plánu",
        en: "The plan is edition {edition} but has no evaluation of the previous plan"
      },
      *check({ plan }) {
        if (plan.edition > 1 && plan.previousEvaluation === undefined) yield { path: ["previousEvaluation"], params: { edition: plan.edition } }
      }
    },
    {
      code: "KPSS-STAT-002",
      severity: "error",
      scope: "statutory",
      appliesFrom: { lifecycle: ["inForce", "amended", "expired"] },
      source: { kind: "law", reference: "zákon 108/2006 Sb. §95; seed 002 (monitorování a pravidelné informování)" },
      title: { cs: "Každý uplynulý rok má monitorovací zprávu", en: "Every past year has a monitoring report" },
      message: { cs: "Za rok {year} chybí monitorovací zpráva", en: "There is no monitoring report for {year}" },
      *check({ plan, today }) {
        const reported = new Set(plan.monitoringReports.map((r) => r.year))
        const last = Math.min(plan.period.to, yearOf(today) - 1)
        for (let year = plan.period.from; year <= last; year++) {
          if (!reported.has(year)) yield { path: ["monitoringReports"], params: { year } }
        }
      }
    },
    {
      code: "KPSS-STAT-003",
      severity: "warning",
      scope: "statutory",
      appliesFrom: { lifecycle: adoptedStatuses },
      source: { kind: "seed", reference: "seed 004 (triáda); seed 002 (monitorování)" },
      title: { cs: "Monitorovací zprávu projednala triáda", en: "The triad discussed the monitoring report" },
      message: {
        cs: "Monitorovací zpráva za rok {year} nebyla přijata rozhodnutím orgánu, v němž jsou uživatelé, poskytovatelé i zadavatelé",
        en: "The monitoring report for {year} was not adopted by a decision of a body with users, providers and commissioners"
      },
      *check({ plan, index }) {
        const decisions = new Map(plan.decisions.map((d) => [d.id, d]))
        const triadBodies = new Map<string, boolean>()
        const hasTriad = (bodyId: string): boolean => {
          let known = triadBodies.get(bodyId)
          if (known === undefined) {
            const b = index.bodies.get(bodyId)
            const roles = new Set<TriadRole>()
            if (b !== undefined) {
              for (const m of plan.bodies[b]!.members) {
                const a = index.actors.get(m.actorId)
                if (a !== undefined) roles.add(plan.actors[a]!.triadRole)
              }
            }
            triadBodies.set(bodyId, known = triad.every((r) => roles.has(r)))
          }
          return known
        }
        for (let i = 0; i < plan.monitoringReports.length; i++) {
          const r = plan.monitoringReports[i]!
          if (r.status !== "approved") continue
          const d = r.approval?.decisionId === undefined ? undefined : decisions.get(r.approval.decisionId)
          if (d === undefined || d.outcome !== "passed" || !hasTriad(d.bodyId)) {
            yield { path: ["monitoringReports", i, "approval"], ids: [r.id], params: { year: r.year } }
          }
        }
      }
    },
    {
      code: "KPSS-STAT-004",
      severity: "error",
      scope: "statutory",
      appliesFrom: { lifecycle: ["settlement", ...adoptedStatuses] },
      source: { kind: "law", reference: "vyhl. 505/2006 Sb. §39b (veřejné projednání)" },
      title: { cs: "Připomínkování zahrnuje veřejné projednání", en: "The comment procedure includes a public hearing" },
      message: { cs: "Žádné období připomínek nezahrnuje veřejné projednání", en: "No comment period includes a public hearing" },
      *check({ plan }) {
        if (plan.consultation.periods.length > 0 && !plan.consultation.periods.some((p) => p.channels.includes("publicHearing"))) {
          yield { path: ["consultation", "periods"] }
        }
      }
    }
  ]
)
