/**
 * Monitoring rules (`KPSS-MON-*`; seed 001: "Kritéria pro implementaci" — the quality, efficiency,
 * accessibility and cost of services; Act 108/2006 §3 h: how fulfilment is monitored): every indicator
 * has a baseline and a target, every year of the period that has ended has an actual, and an indicator
 * off its path is flagged (the status rule is declared in `IndicatorStatus.ts`, tolerances in the
 * profile). (A measure without an indicator is KPSS-PROC-051.)
 *
 * @since 0.1.0
 */
import { yearOf } from "../CalendarDate.js"
import { indicatorStatus } from "../IndicatorStatus.js"
import { adoptedStatuses, defineFamily, fromPhase, numberParam } from "../Rule.js"

/**
 * The monitoring rules.
 *
 * @category rules
 * @since 0.1.0
 */
export const monitoringFamily = defineFamily(
  { id: "monitoring", prefix: "MON", name: { cs: "Monitoring a ukazatele", en: "Monitoring and indicators" } },
  () => [
    {
      code: "KPSS-MON-001",
      severity: "warning",
      appliesFrom: { phases: fromPhase("strategy") },
      source: { kind: "seed", reference: "seed 001 (Kritéria pro implementaci)" },
      title: { cs: "Ukazatel má výchozí a cílovou hodnotu", en: "An indicator has a baseline and a target" },
      message: {
        cs: "Ukazatel „{name}“ nemá {missing}",
        en: "Indicator \"{name}\" has no {missing}"
      },
      *check({ plan }) {
        for (let i = 0; i < plan.indicators.length; i++) {
          const ind = plan.indicators[i]!
          const missing = [ind.baseline === undefined ? ["výchozí hodnotu", "baseline"] : undefined, ind.target === undefined ? ["cílovou hodnotu", "target"] : undefined]
            .filter((m) => m !== undefined)
          if (missing.length > 0) {
            yield {
              path: ["indicators", i],
              ids: [ind.id],
              params: { name: ind.name, missing: { cs: missing.map((m) => m[0]).join(" ani "), en: missing.map((m) => m[1]).join(" or ") } }
            }
          }
        }
      }
    },
    {
      code: "KPSS-MON-002",
      severity: "warning",
      appliesFrom: { lifecycle: ["inForce", "amended", "expired"] },
      source: { kind: "law", reference: "zákon 108/2006 Sb. §3 písm. h) (sledování a vyhodnocování plnění)" },
      title: { cs: "Uplynulý rok má naměřenou hodnotu", en: "A year that has ended has an actual value" },
      message: { cs: "Ukazatel „{name}“ nemá hodnotu za rok {year}", en: "Indicator \"{name}\" has no actual value for {year}" },
      *check({ plan, today }) {
        const last = Math.min(plan.period.to, yearOf(today) - 1)
        for (let i = 0; i < plan.indicators.length; i++) {
          const ind = plan.indicators[i]!
          const years = new Set(ind.actuals.map((a) => a.year as number))
          for (let year = plan.period.from; year <= last; year++) {
            if (!years.has(year)) yield { path: ["indicators", i, "actuals"], ids: [ind.id], params: { name: ind.name, year } }
          }
        }
      }
    },
    {
      code: "KPSS-MON-003",
      severity: "info",
      appliesFrom: { lifecycle: adoptedStatuses },
      source: { kind: "seed", reference: "seed 001 (Kritéria pro implementaci: vyhodnocení)" },
      title: { cs: "Ukazatel se plní podle plánu", en: "An indicator is on its path" },
      message: {
        cs: "Ukazatel „{name}“ se neplní: v roce {year} {actual} {unit}, podle lineárního průběhu k cíli se čekalo {expected} {unit}",
        en: "Indicator \"{name}\" is off track: {actual} {unit} in {year}, the linear path to the target expected {expected} {unit}"
      },
      *check({ plan, settings }) {
        for (let i = 0; i < plan.indicators.length; i++) {
          const ind = plan.indicators[i]!
          const s = indicatorStatus(ind, settings)
          if (s.status === "offTrack") {
            yield { path: ["indicators", i], ids: [ind.id], params: { name: ind.name, unit: ind.unit, year: s.year!, actual: numberParam(s.actual!), expected: numberParam(Math.round(s.expected! * 10) / 10) } }
          }
        }
      }
    }
  ]
)
