/**
 * Rules of the analyses and their traceability (`KPSS-ANAL-*`): a pressing need no measure answers, a
 * strategy that answers fewer needs than the profile's `minCoverage`, a priority that follows from no
 * need or SWOT item (seed 001), a target group with needs but no working
 * group (seed 004, seed 003), a needed service type that no resource offers, and resources whose service
 * type or form the catalogue of Act 108/2006 Sb. does not know or allow. They read the traceability view
 * (`PlanIndex.traceability`) and the service catalogue; each is linear in the size of the plan.
 *
 * @since 0.1.0
 */
import { serviceFormLabels } from "../Labels.js"
import type { LocalizedText } from "../Messages.js"
import { defineFamily, fromPhase } from "../Rule.js"
import { isFormAllowed, isKnownServiceType, serviceTypeName } from "../ServiceCatalogue.js"

const excerpt = (text: string): string => {
  const oneLine = text.replace(/\s+/g, " ").trim()
  return oneLine.length <= 80 ? oneLine : `${oneLine.slice(0, 79)}…`
}

const typeParam = (serviceType: string): LocalizedText => serviceTypeName(serviceType)

/**
 * The rules of the analyses and traceability.
 *
 * @category rules
 * @since 0.1.0
 */
export const analysesFamily = defineFamily(
  { id: "analyses", prefix: "ANAL", name: { cs: "Analýzy a provázanost", en: "Analyses and traceability" } },
  () => [
    {
      code: "KPSS-ANAL-001",
      severity: "warning",
      appliesFrom: { phases: fromPhase("strategy") },
      source: { kind: "seed", reference: "seed 003 (konsenzus mezi možným a potřebným); seed 001 (opatření)" },
      title: { cs: "Naléhavou potřebu řeší opatření", en: "A pressing need is answered by a measure" },
      message: {
        cs: "Potřebu vysoké naléhavosti „{need}“ neřeší žádné opatření ani aktivita",
        en: "The high-severity need \"{need}\" is answered by no measure or activity"
      },
      hint: {
        cs: "Odkažte potřebu z opatření, které ji řeší (needIds), nebo zdůvodněte, proč ji plán neřeší",
        en: "Link the need from the measure that answers it (needIds), or explain why the plan does not answer it"
      },
      *check({ plan, index }) {
        const answered = index.traceability.needsAnsweredByMeasures
        const needs = plan.analyses.needs
        for (let i = 0; i < needs.length; i++) {
          const need = needs[i]!
          if (need.severity === "high" && !answered.has(need.id)) {
            yield { path: ["analyses", "needs", i], ids: [need.id], params: { need: excerpt(need.description) || need.id } }
          }
        }
      }
    },
    {
      code: "KPSS-ANAL-002",
      severity: "warning",
      appliesFrom: { phases: fromPhase("strategy") },
      source: { kind: "seed", reference: "seed 001 (priority vycházejí ze SWOT analýzy)" },
      title: { cs: "Priorita vychází z analýz", en: "A priority follows from the analyses" },
      message: {
        cs: "Priorita {code} „{title}“ ani žádná její položka neodkazuje na potřebu ani na položku SWOT",
        en: "Priority {code} \"{title}\" answers no need or SWOT item, neither itself nor through its items"
      },
      *check({ plan, index }) {
        const traced = index.traceability.tracedItems
        for (const i of index.itemsOfLevel("priority")) {
          const item = plan.strategy.items[i]!
          if (!traced.has(item.id)) yield { path: ["strategy", "items", i], ids: [item.id], params: { code: item.code, title: item.title } }
        }
      }
    },
    {
      code: "KPSS-ANAL-003",
      severity: "warning",
      appliesFrom: { phases: fromPhase("vision") },
      source: { kind: "seed", reference: "seed 004 (pracovní skupiny podle cílových skupin); seed 003" },
      title: { cs: "Cílová skupina s potřebami má pracovní skupinu", en: "A target group with needs has a working group" },
      message: {
        cs: "Cílová skupina „{group}“ má zjištěné potřeby ({count}), ale žádnou pracovní skupinu",
        en: "The target group \"{group}\" has recorded needs ({count}) but no working group"
      },
      *check({ plan, index }) {
        // No working group at all is KPSS-PROC-010's finding, not one per target group.
        if (index.bodiesOfKind("workingGroup").length === 0) return
        const { needsByTargetGroup, workingGroupsByTargetGroup } = index.traceability
        for (let i = 0; i < plan.targetGroups.length; i++) {
          const group = plan.targetGroups[i]!
          const needs = needsByTargetGroup.get(group.id)
          if (needs !== undefined && !workingGroupsByTargetGroup.has(group.id)) {
            yield { path: ["targetGroups", i], ids: [group.id], params: { group: group.name, count: needs.length } }
          }
        }
      }
    },
    {
      code: "KPSS-ANAL-004",
      severity: "info",
      appliesFrom: { phases: fromPhase("vision") },
      source: { kind: "law", reference: "zákon 108/2006 Sb. §3 písm. h) (analýza zdrojů a potřeb); seed 003" },
      title: { cs: "Potřebný druh služby je mezi zdroji", en: "A needed service type is among the resources" },
      message: {
        cs: "Potřeby žádají službu {type}, ale žádný zdroj v území ji neposkytuje",
        en: "The needs ask for {type}, but no resource in the territory provides it"
      },
      hint: {
        cs: "Chybějící službu by měla řešit strategie (nová služba, spolupráce s okolím) nebo analýza zdrojů doplnit",
        en: "The strategy should answer the missing service (a new service, cooperation with neighbours), or the resource analysis should be completed"
      },
      *check({ plan, index }) {
        // No resource at all is KPSS-PROC-031's finding, not one per needed type.
        if (plan.analyses.resources.length === 0) return
        const { neededServiceTypes, offeredServiceTypes } = index.traceability
        for (const [type, needPosition] of neededServiceTypes) {
          if (!offeredServiceTypes.has(type) && type !== "other") {
            yield { path: ["analyses", "needs", needPosition, "serviceTypes"], params: { type: typeParam(type) } }
          }
        }
      }
    },
    {
      code: "KPSS-ANAL-005",
      severity: "warning",
      appliesFrom: {},
      source: { kind: "law", reference: "zákon 108/2006 Sb. §37–§70 (druhy sociálních služeb)" },
      title: { cs: "Druh služby je v katalogu zákona", en: "A service type is in the catalogue of the law" },
      message: {
        cs: "Druh služby „{type}“ není druhem podle zákona 108/2006 Sb. (uveďte paragraf, např. 40, nebo „other“)",
        en: "The service type \"{type}\" is not a type of Act 108/2006 (give the paragraph, e.g. 40, or \"other\")"
      },
      *check({ plan }) {
        const resources = plan.analyses.resources
        for (let i = 0; i < resources.length; i++) {
          const t = resources[i]!.serviceType
          if (!isKnownServiceType(t)) yield { path: ["analyses", "resources", i, "serviceType"], ids: [resources[i]!.id], params: { type: t } }
        }
        for (const [where, owners] of [["analyses", plan.analyses.needs], ["strategy", plan.strategy.items]] as const) {
          const key = where === "analyses" ? "needs" : "items"
          for (let i = 0; i < owners.length; i++) {
            const list = owners[i]!.serviceTypes
            for (let j = 0; j < list.length; j++) {
              if (!isKnownServiceType(list[j]!)) yield { path: [where, key, i, "serviceTypes", j], ids: [owners[i]!.id], params: { type: list[j]! } }
            }
          }
        }
      }
    },
    {
      code: "KPSS-ANAL-006",
      severity: "warning",
      appliesFrom: {},
      source: { kind: "law", reference: "zákon 108/2006 Sb. §33 a §37–§70 (formy poskytování)" },
      title: { cs: "Služba je ve formě, kterou zákon připouští", en: "A service is in a form the law allows" },
      message: {
        cs: "Zdroj „{name}“: služba {type} se podle zákona neposkytuje ve formě {form}",
        en: "Resource \"{name}\": the law does not provide {type} in the {form} form"
      },
      *check({ plan }) {
        const resources = plan.analyses.resources
        for (let i = 0; i < resources.length; i++) {
          const r = resources[i]!
          for (let j = 0; j < r.forms.length; j++) {
            if (isFormAllowed(r.serviceType, r.forms[j]!) === false) {
              yield { path: ["analyses", "resources", i, "forms", j], ids: [r.id], params: { name: r.name, type: typeParam(r.serviceType), form: serviceFormLabels[r.forms[j]!] } }
            }
          }
        }
      }
    },
    {
      code: "KPSS-ANAL-007",
      severity: "warning",
      appliesFrom: {},
      source: { kind: "methodology", reference: "registr poskytovatelů: kapacita patří formě služby" },
      title: { cs: "Kapacita patří formě, v níž se služba poskytuje", en: "A capacity belongs to a form the service is provided in" },
      message: {
        cs: "Zdroj „{name}“ uvádí kapacitu ve formě {form}, v níž se služba neposkytuje",
        en: "Resource \"{name}\" has a capacity in the {form} form, which the service is not provided in"
      },
      *check({ plan }) {
        const resources = plan.analyses.resources
        for (let i = 0; i < resources.length; i++) {
          const r = resources[i]!
          for (let j = 0; j < r.capacities.length; j++) {
            const form = r.capacities[j]!.form
            if (!r.forms.includes(form)) yield { path: ["analyses", "resources", i, "capacities", j], ids: [r.id], params: { name: r.name, form: serviceFormLabels[form] } }
          }
        }
      }
    },
    {
      code: "KPSS-ANAL-008",
      severity: "warning",
      appliesFrom: { phases: fromPhase("strategy") },
      source: { kind: "seed", reference: "seed 003 (strategie vychází z porovnání potřeb a zdrojů); seed 001" },
      title: { cs: "Strategie odpovídá na většinu zjištěných potřeb", en: "The strategy answers most of the recorded needs" },
      message: {
        cs: "Strategie odpovídá jen na {answered} z {total} zjištěných potřeb ({coverage} %); profil žádá alespoň {min} %",
        en: "The strategy answers only {answered} of the {total} recorded needs ({coverage} %); the profile expects at least {min} %"
      },
      hint: {
        cs: "Odkažte potřeby z položek strategie, které je řeší (needIds), nebo v analýze uveďte, proč je plán neřeší",
        en: "Link the needs from the strategy items that answer them (needIds), or say in the analysis why the plan does not answer them"
      },
      *check({ plan, index, settings }) {
        // Needs answered by an active item of any level (Traceability.needCoverage) against the profile's minCoverage.
        const coverage = index.traceability.needCoverage
        if (coverage === undefined || coverage >= settings.minCoverage) return
        const needs = plan.analyses.needs
        const unanswered = needs.filter((n) => !index.traceability.itemsByNeed.has(n.id)).map((n) => n.id)
        const answered = needs.length - unanswered.length
        yield {
          path: ["analyses", "needs"],
          ids: unanswered,
          params: { answered, total: needs.length, coverage: Math.floor((answered * 100) / needs.length), min: Math.round(settings.minCoverage * 100) }
        }
      }
    }
  ]
)
