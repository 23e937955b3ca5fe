/**
 * Lifecycle rules (`KPSS-LIFE-*`): an adopted plan was approved (not merely taken note of), comes into
 * force on or after its approval, every amendment in force has its own approval, an expired validity
 * is noticed (and can be extended: `extendValidity`), and a later edition names the plan it follows (DOMAIN.md §1, §6).
 *
 * @since 0.1.0
 */
import { validityEnd } from "../PlanLifecycle.js"
import { adoptedStatuses, dateParam, defineFamily } from "../Rule.js"

/**
 * The lifecycle rules.
 *
 * @category rules
 * @since 0.1.0
 */
export const lifecycleFamily = defineFamily(
  { id: "lifecycle", prefix: "LIFE", name: { cs: "Platnost plánu", en: "Plan lifecycle" } },
  () => [
    {
      code: "KPSS-LIFE-001",
      severity: "error",
      appliesFrom: { lifecycle: adoptedStatuses },
      source: { kind: "methodology", reference: "DOMAIN §6 (plán se schvaluje, zpráva se bere na vědomí)" },
      title: { cs: "Plán je schválen, ne jen vzat na vědomí", en: "The plan is approved, not only taken note of" },
      message: {
        cs: "Plán byl usnesením {resolution} pouze vzat na vědomí; plán musí být schválen",
        en: "The plan was only taken note of by resolution {resolution}; a plan must be approved"
      },
      *check({ plan }) {
        const a = plan.lifecycle.approval
        if (a !== undefined && a.kind !== "approved") yield { path: ["lifecycle", "approval", "kind"], params: { resolution: a.resolution } }
      }
    },
    {
      code: "KPSS-LIFE-002",
      severity: "error",
      appliesFrom: { lifecycle: ["inForce", "amended", "expired"] },
      source: { kind: "methodology", reference: "DOMAIN §6 (účinnost po schválení)" },
      title: { cs: "Účinnost nejdříve dnem schválení", en: "In force no earlier than approved" },
      message: {
        cs: "Plán je účinný od {from}, ale schválen byl až {approved}",
        en: "The plan is in force from {from} but was approved only on {approved}"
      },
      hint: { cs: "Uveďte datum účinnosti (inForceFrom) nejdříve v den schválení.", en: "Set the in-force date (inForceFrom) on or after the approval." },
      *check({ plan }) {
        const { approval, inForceFrom } = plan.lifecycle
        if (inForceFrom === undefined) {
          yield { path: ["lifecycle", "inForceFrom"], params: { from: "?", approved: approval === undefined ? "?" : dateParam(approval.date) } }
        } else if (approval !== undefined && inForceFrom < approval.date) {
          yield { path: ["lifecycle", "inForceFrom"], params: { from: dateParam(inForceFrom), approved: dateParam(approval.date) } }
        }
      }
    },
    {
      code: "KPSS-LIFE-003",
      severity: "error",
      appliesFrom: { lifecycle: adoptedStatuses },
      source: { kind: "methodology", reference: "DOMAIN §6 (změna plánu se schvaluje)" },
      title: { cs: "Každá změna platného plánu je schválena", en: "Every amendment of an adopted plan is approved" },
      message: { cs: "Změna č. {number} nemá schválení", en: "Amendment no. {number} has no approval" },
      *check({ plan }) {
        const list = plan.lifecycle.amendments
        for (let i = 0; i < list.length; i++) {
          if (list[i]!.approval === undefined) yield { path: ["lifecycle", "amendments", i], params: { number: list[i]!.number } }
        }
      }
    },
    {
      code: "KPSS-LIFE-004",
      severity: "warning",
      appliesFrom: { lifecycle: ["inForce", "amended"] },
      source: { kind: "methodology", reference: "DOMAIN §6 (platnost lze prodloužit)" },
      title: { cs: "Platný plán nemá prošlou platnost", en: "A plan in force has not outlived its validity" },
      message: {
        cs: "Platnost plánu skončila {until}; plán ukončete, nebo platnost prodlužte",
        en: "The plan's validity ended on {until}; let it expire or extend it"
      },
      hint: {
        cs: "Zastupitelstvo může platnost prodloužit (zaznamená se jako změna plánu s novým koncem období); jinak plán ukončete a připravte další vydání.",
        en: "The assembly may extend the validity (recorded as an amendment with the new end of the period); otherwise let the plan expire and prepare the next edition."
      },
      *check({ plan, today }) {
        const until = validityEnd(plan)
        if (until < today) yield { path: ["lifecycle", "validUntil"], params: { until: dateParam(until) } }
      }
    },
    {
      code: "KPSS-LIFE-005",
      severity: "warning",
      appliesFrom: {},
      source: { kind: "methodology", reference: "DOMAIN §1 (cyklus: další vydání vychází z předchozího)" },
      title: { cs: "Další vydání odkazuje na předchozí plán", en: "A later edition names the previous plan" },
      message: {
        cs: "Plán je {edition}. vydáním, ale neuvádí předchozí plán",
        en: "The plan is edition {edition} but does not name the previous plan"
      },
      *check({ plan }) {
        if (plan.edition > 1 && plan.previousPlanId === undefined) yield { path: ["previousPlanId"], params: { edition: plan.edition } }
      }
    }
  ]
)
