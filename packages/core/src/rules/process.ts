/**
 * Process rules (`KPSS-PROC-*`): the six phases follow in order, and each phase has produced its
 * deliverables (seed 000, DOMAIN.md §2). A deliverable rule applies from the phase after the one that
 * produces it; the phase gates of `PhaseProcess` run the same rules before a phase may be left. Phases
 * are named as the profile names them.
 *
 * @since 0.1.0
 */
import { triadRoleLabels } from "../Labels.js"
import { missingTriadRoles, passedDecisions, steeringStructureBodies } from "../Participation.js"
import { phases, type Phase } from "../Process.js"
import { dateParam, defineFamily, fromPhase } from "../Rule.js"

/**
 * The process rules.
 *
 * @category rules
 * @since 0.1.0
 */
export const processFamily = defineFamily(
  { id: "process", prefix: "PROC", name: { cs: "Proces plánování", en: "Planning process" } },
  () => [
    {
      code: "KPSS-PROC-001",
      severity: "error",
      appliesFrom: {},
      source: { kind: "seed", reference: "seed 000 (šest fází)" },
      title: { cs: "Fáze jdou po sobě", en: "Phases follow in order" },
      message: {
        cs: "Fáze „{phase}“ je zahájena nebo dokončena, ačkoli předchozí fáze „{previous}“ dokončena není",
        en: "Phase \"{phase}\" is started or completed although the previous phase \"{previous}\" is not completed"
      },
      hint: { cs: "Dokončete předchozí fázi (nebo její výstupy prominutím odůvodněte).", en: "Complete the previous phase (or waive its deliverables with a reason)." },
      *check({ plan, index, phaseLabels }) {
        let open: Phase | undefined
        for (const phase of phases) {
          const record = index.phaseRecord(phase)
          const state = record?.state ?? "notStarted"
          if (open !== undefined && state !== "notStarted") {
            yield { path: ["phases", plan.phases.indexOf(record!)], params: { phase: phaseLabels[phase], previous: phaseLabels[open] } }
          }
          if (open === undefined && state !== "completed") open = phase
        }
      }
    },
    {
      code: "KPSS-PROC-002",
      severity: "error",
      appliesFrom: {},
      source: { kind: "methodology", reference: "záznam fází procesu" },
      title: { cs: "Data fází jsou ve správném pořadí", en: "Phase dates are in order" },
      message: {
        cs: "Fáze „{phase}“ je dokončena {completed}, dříve než byla zahájena ({started})",
        en: "Phase \"{phase}\" was completed on {completed}, before it was started ({started})"
      },
      *check({ plan, phaseLabels }) {
        for (let i = 0; i < plan.phases.length; i++) {
          const r = plan.phases[i]!
          if (r.startedOn !== undefined && r.completedOn !== undefined && r.completedOn < r.startedOn) {
            yield { path: ["phases", i, "completedOn"], params: { phase: phaseLabels[r.phase], completed: dateParam(r.completedOn), started: dateParam(r.startedOn) } }
          }
        }
      }
    },
    {
      code: "KPSS-PROC-010",
      severity: "warning",
      appliesFrom: { phases: fromPhase("steeringStructure") },
      source: { kind: "seed", reference: "seed 000, fáze 1" },
      title: { cs: "Existuje první pracovní skupina", en: "A first working group exists" },
      message: {
        cs: "Plán nemá pracovní skupinu ani realizační tým se členy (výstup fáze 1: vytvoření první pracovní skupiny)",
        en: "The plan has no working group or management team with members (deliverable of phase 1: form the first working group)"
      },
      *check({ index }) {
        const has = [...index.bodiesOfKind("workingGroup"), ...index.bodiesOfKind("managementTeam")].some((b) => b.members.length > 0)
        if (!has) yield { path: ["bodies"] }
      }
    },
    {
      code: "KPSS-PROC-020",
      severity: "error",
      appliesFrom: { phases: fromPhase("understandingNeeds") },
      source: { kind: "seed", reference: "seed 000, fáze 2; seed 004" },
      title: { cs: "Existuje řídící skupina", en: "A steering group exists" },
      message: {
        cs: "Plán nemá řídící pracovní skupinu se členy (výstup fáze 2: organizační a řídící struktura)",
        en: "The plan has no steering group with members (deliverable of phase 2: the steering structure)"
      },
      *check({ index }) {
        if (!index.bodiesOfKind("steeringGroup").some((b) => b.members.length > 0)) yield { path: ["bodies"] }
      }
    },
    {
      code: "KPSS-PROC-021",
      severity: "error",
      appliesFrom: { phases: fromPhase("understandingNeeds") },
      source: { kind: "seed", reference: "seed 000, fáze 2; seed 004" },
      title: { cs: "Řídící skupina má jednací řád", en: "The steering group has rules of procedure" },
      message: {
        cs: "Řídící skupina „{name}“ nemá přijatý jednací řád",
        en: "The steering group \"{name}\" has no adopted rules of procedure"
      },
      *check({ index }) {
        for (const body of index.bodiesOfKind("steeringGroup")) {
          if (body.rulesOfProcedure === undefined) {
            yield { path: ["bodies", index.bodies.get(body.id)!, "rulesOfProcedure"], ids: [body.id], params: { name: body.name } }
          }
        }
      }
    },
    {
      code: "KPSS-PROC-022",
      severity: "warning",
      appliesFrom: { phases: fromPhase("understandingNeeds") },
      source: { kind: "seed", reference: "seed 000, fáze 2; seed 004 (partnerská koalice)" },
      title: { cs: "Řídící struktura zapojuje triádu", en: "The steering structure involves the triad" },
      message: {
        cs: "V orgánu „{name}“ chybí {missing} (zapojení všech účastníků triády)",
        en: "The body \"{name}\" lacks {missing} (all participants of the triad involved)"
      },
      *check({ index }) {
        for (const body of steeringStructureBodies(index)) {
          const missing = missingTriadRoles(body, index.triadRoles)
          if (missing.length > 0) {
            yield {
              path: ["bodies", index.bodies.get(body.id)!, "members"],
              ids: [body.id],
              params: {
                name: body.name,
                missing: { cs: missing.map((r) => triadRoleLabels[r].cs).join(", "), en: missing.map((r) => triadRoleLabels[r].en).join(", ") }
              }
            }
          }
        }
      }
    },
    {
      code: "KPSS-PROC-030",
      severity: "error",
      appliesFrom: { phases: fromPhase("vision") },
      source: { kind: "law", reference: "zákon 108/2006 Sb. §3 písm. h); seed 000, fáze 3" },
      title: { cs: "Analýza potřeb existuje", en: "A needs analysis exists" },
      message: { cs: "Plán nemá analýzu potřeb (žádná zjištěná potřeba)", en: "The plan has no needs analysis (no need recorded)" },
      *check({ plan }) {
        if (plan.analyses.needs.length === 0) yield { path: ["analyses", "needs"] }
      }
    },
    {
      code: "KPSS-PROC-031",
      severity: "error",
      appliesFrom: { phases: fromPhase("vision") },
      source: { kind: "law", reference: "zákon 108/2006 Sb. §3 písm. h); seed 000, fáze 3" },
      title: { cs: "Analýza zdrojů existuje", en: "A resource analysis exists" },
      message: { cs: "Plán nemá analýzu zdrojů (žádná služba ani poskytovatel)", en: "The plan has no resource analysis (no service or provider)" },
      *check({ plan }) {
        if (plan.analyses.resources.length === 0) yield { path: ["analyses", "resources"] }
      }
    },
    {
      code: "KPSS-PROC-032",
      severity: "error",
      appliesFrom: { phases: fromPhase("vision") },
      source: { kind: "seed", reference: "seed 000, fáze 3 (SWOT; příležitosti, rizika)" },
      title: { cs: "SWOT analýza je úplná", en: "The SWOT analysis is complete" },
      message: { cs: "SWOT analýze chybí kvadrant: {missing}", en: "The SWOT analysis lacks a quadrant: {missing}" },
      *check({ plan }) {
        const kinds = new Set(plan.analyses.swot.map((s) => s.kind))
        const names = {
          strength: { cs: "silné stránky", en: "strengths" },
          weakness: { cs: "slabé stránky", en: "weaknesses" },
          opportunity: { cs: "příležitosti", en: "opportunities" },
          threat: { cs: "hrozby", en: "threats" }
        } as const
        const missing = (["strength", "weakness", "opportunity", "threat"] as const).filter((k) => !kinds.has(k))
        if (missing.length > 0) {
          yield {
            path: ["analyses", "swot"],
            params: { missing: { cs: missing.map((k) => names[k].cs).join(", "), en: missing.map((k) => names[k].en).join(", ") } }
          }
        }
      }
    },
    {
      code: "KPSS-PROC-033",
      severity: "warning",
      appliesFrom: { phases: fromPhase("vision") },
      source: { kind: "law", reference: "zákon 108/2006 Sb. §3 písm. h) (ekonomické zhodnocení)" },
      title: { cs: "Analýza zdrojů má ekonomické zhodnocení", en: "The resource analysis has an economic evaluation" },
      message: { cs: "Analýze zdrojů chybí ekonomické zhodnocení", en: "The resource analysis lacks an economic evaluation" },
      *check({ plan }) {
        if ((plan.analyses.economicEvaluation ?? "").trim() === "") yield { path: ["analyses", "economicEvaluation"] }
      }
    },
    {
      code: "KPSS-PROC-034",
      severity: "warning",
      appliesFrom: { phases: fromPhase("vision") },
      source: { kind: "seed", reference: "seed 002 (statistická, sociologická a demografická data)" },
      title: { cs: "Plán má demografická data", en: "The plan has demographic data" },
      message: { cs: "Plán nemá demografická data", en: "The plan has no demographic data" },
      *check({ plan }) {
        if (plan.analyses.demography.length === 0) yield { path: ["analyses", "demography"] }
      }
    },
    {
      code: "KPSS-PROC-040",
      severity: "error",
      appliesFrom: { phases: fromPhase("strategy") },
      source: { kind: "seed", reference: "seed 000, fáze 4; seed 001" },
      title: { cs: "Vize je formulována", en: "The vision is stated" },
      message: { cs: "Plán nemá formulovanou vizi", en: "The plan has no vision" },
      *check({ plan }) {
        if ((plan.strategy.vision ?? "").trim() === "") yield { path: ["strategy", "vision"] }
      }
    },
    {
      code: "KPSS-PROC-041",
      severity: "warning",
      appliesFrom: { phases: fromPhase("strategy") },
      source: { kind: "seed", reference: "seed 000, fáze 4 (hodnoty)" },
      title: { cs: "Plán uvádí hodnoty", en: "The plan states its values" },
      message: { cs: "Plán neuvádí hodnoty, které respektuje", en: "The plan does not state the values it respects" },
      *check({ plan }) {
        if (plan.strategy.values.length === 0) yield { path: ["strategy", "values"] }
      }
    },
    {
      code: "KPSS-PROC-042",
      severity: "error",
      appliesFrom: { phases: fromPhase("strategy") },
      source: { kind: "seed", reference: "seed 000, fáze 4 (vize přijata většinou účastníků)" },
      title: { cs: "Vize je přijata většinou", en: "The vision was accepted by a majority" },
      message: {
        cs: "Chybí přijaté rozhodnutí partnerské koalice o vizi podle většinového pravidla (vize musí být přijata většinou účastníků)",
        en: "There is no passed decision of the partner coalition under a majority rule accepting the vision (the vision must be accepted by a majority)"
      },
      *check({ index }) {
        if (passedDecisions(index, { subject: "visionAccepted", bodyKind: "coalition", majority: true }).length === 0) yield { path: ["decisions"] }
      }
    },
    {
      code: "KPSS-PROC-050",
      severity: "error",
      appliesFrom: { phases: fromPhase("implementation") },
      source: { kind: "seed", reference: "seed 000, fáze 5; seed 001 (opatření a aktivity)" },
      title: { cs: "Strategie má aktivity", en: "The strategy has activities" },
      message: { cs: "Strategie nemá žádnou aktivní aktivitu (plán kroků a úkolů)", en: "The strategy has no active activity (plan of steps and tasks)" },
      *check({ index }) {
        if (index.itemsOfLevel("activity").length === 0) yield { path: ["strategy", "items"] }
      }
    },
    {
      code: "KPSS-PROC-051",
      severity: "warning",
      appliesFrom: { phases: fromPhase("implementation") },
      source: { kind: "seed", reference: "seed 000, fáze 5 (systém monitorování); seed 001 (kritéria)" },
      title: { cs: "Každé opatření má ukazatel", en: "Every measure has an indicator" },
      message: { cs: "Opatření {code} „{title}“ nemá žádný ukazatel plnění", en: "Measure {code} \"{title}\" has no indicator" },
      hint: { cs: "Doplňte ukazatel (kvalita, efektivita, dostupnost, náklady nebo výstup).", en: "Add an indicator (quality, efficiency, accessibility, cost or output)." },
      *check({ plan, index }) {
        for (const i of index.itemsOfLevel("measure")) {
          const item = plan.strategy.items[i]!
          if (index.indicatorsOf(item.id).length === 0) yield { path: ["strategy", "items", i], ids: [item.id], params: { code: item.code, title: item.title } }
        }
      }
    },
    {
      code: "KPSS-PROC-052",
      severity: "error",
      appliesFrom: { phases: fromPhase("implementation") },
      source: { kind: "seed", reference: "seed 000, fáze 5 (připomínkování veřejností)" },
      title: { cs: "Proběhlo veřejné připomínkování", en: "A public comment was held" },
      message: { cs: "Plán neprošel veřejným připomínkováním (žádné období připomínek)", en: "The plan had no public comment (no comment period)" },
      *check({ plan }) {
        if (plan.consultation.periods.length === 0) yield { path: ["consultation", "periods"] }
      }
    },
    {
      code: "KPSS-PROC-053",
      severity: "error",
      appliesFrom: { phases: fromPhase("implementation") },
      source: { kind: "seed", reference: "seed 000, fáze 5 (schválení zastupitelstvem); DOMAIN §6" },
      title: { cs: "Plán schválilo zastupitelstvo", en: "The assembly approved the plan" },
      message: { cs: "Plán neschválilo zastupitelstvo obce ani kraje", en: "The plan was not approved by the municipal or regional assembly" },
      *check({ plan }) {
        const a = plan.lifecycle.approval
        if (a === undefined || (a.body !== "assembly" && a.body !== "regionalAssembly")) {
          yield { path: a === undefined ? ["lifecycle"] : ["lifecycle", "approval", "body"] }
        }
      }
    }
  ]
)
