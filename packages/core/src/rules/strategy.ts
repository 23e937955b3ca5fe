/**
 * Strategy rules (`KPSS-STRAT-*`): every activity has a responsible
 * party (seed 001: "Ke každé aktivitě je nutné též určit instituci či osobu zodpovědnou"), that party is
 * still a partner of the coalition, and no one party carries more than the profile's share of the
 * activities (Act 108/2006 Sb. §3 h: the duties of the participants). "Left the coalition" and the loads
 * are defined once, in `Responsibility.ts`, and computed once per plan and day (`responsibilityOf`).
 * (A measure without an indicator is KPSS-PROC-051.)
 *
 * @since 0.1.0
 */
import { defineFamily, fromPhase } from "../Rule.js"
import { responsibilityOf } from "../Responsibility.js"

/** The share rule needs a plan of some size: with one or two activities someone always carries half. */
const minActivitiesForShare = 3

/**
 * The strategy rules.
 *
 * @category rules
 * @since 0.1.0
 */
export const strategyFamily = defineFamily(
  { id: "strategy", prefix: "STRAT", name: { cs: "Strategie a odpovědnost", en: "Strategy and responsibility" } },
  () => [
    {
      code: "KPSS-STRAT-001",
      severity: "error",
      appliesFrom: { phases: fromPhase("strategy") },
      source: { kind: "seed", reference: "seed 001 (Ke každé aktivitě je nutné též určit instituci či osobu zodpovědnou)" },
      title: { cs: "Každá aktivita má odpovědnou osobu nebo instituci", en: "Every activity has a responsible party" },
      message: { cs: "Aktivita {code} „{title}“ nemá odpovědnou osobu ani instituci", en: "Activity {code} \"{title}\" has no responsible party" },
      hint: { cs: "Určete garanta nebo realizátora aktivity.", en: "Name the institution or person responsible for it." },
      *check({ plan, today }) {
        for (const i of responsibilityOf(plan, today).unassigned) {
          const item = plan.strategy.items[i]!
          yield { path: ["strategy", "items", i, "responsibleId"], ids: [item.id], params: { code: item.code, title: item.title } }
        }
      }
    },
    {
      code: "KPSS-STRAT-002",
      severity: "warning",
      appliesFrom: { phases: fromPhase("strategy") },
      source: { kind: "seed", reference: "seed 001 (odpovědnost za aktivity); seed 004 (partnerská koalice)" },
      title: { cs: "Odpovědný partner je stále v koalici", en: "The responsible party is still in the coalition" },
      message: {
        cs: "Za aktivitu {code} „{title}“ odpovídá „{actor}“, který už není partnerem koalice",
        en: "Activity {code} \"{title}\" is the responsibility of \"{actor}\", who is no longer a partner of the coalition"
      },
      hint: { cs: "Předejte aktivitu jinému partnerovi, nebo ji vyřaďte.", en: "Hand the activity to another partner, or retire it." },
      *check({ plan, today, index }) {
        for (const i of responsibilityOf(plan, today).departed) {
          const item = plan.strategy.items[i]!
          const actor = plan.actors[index.actors.get(item.responsibleId!)!]!
          yield { path: ["strategy", "items", i, "responsibleId"], ids: [item.id, actor.id], params: { code: item.code, title: item.title, actor: actor.name } }
        }
      }
    },
    {
      code: "KPSS-STRAT-003",
      severity: "warning",
      appliesFrom: { phases: fromPhase("strategy") },
      source: { kind: "law", reference: "zákon 108/2006 Sb. §3 písm. h) (povinnosti účastníků); seed 002 (podíly odpovědnosti)" },
      title: { cs: "Odpovědnost je rozložena mezi partnery", en: "Responsibility is shared among the partners" },
      message: {
        cs: "„{actor}“ odpovídá za {count} z {total} aktivit ({share} %), víc než {max} %",
        en: "\"{actor}\" is responsible for {count} of {total} activities ({share} %), more than {max} %"
      },
      *check({ plan, today, settings }) {
        const view = responsibilityOf(plan, today)
        if (view.activities < minActivitiesForShare) return
        for (const load of view.loads) {
          if (load.share > settings.maxResponsibleShare) {
            yield {
              path: ["actors", load.position],
              ids: [load.actorId],
              params: { actor: plan.actors[load.position]!.name, count: load.responsible, total: view.activities, share: Math.round(load.share * 100), max: Math.round(settings.maxResponsibleShare * 100) }
            }
          }
        }
      }
    }
  ]
)
