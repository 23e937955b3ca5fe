/**
 * Funding rules (`KPSS-FUND-*`; seed 001: "Financování realizace…" — a concrete proposal of how the
 * activities are funded, coordinated among the commissioners): money planned in a past year is backed
 * by a source, every activity says how it is funded, lines lie in the plan period, nothing is secured
 * above plan or spent above what was secured, and each priority is covered to the profile's threshold.
 * All sums come from the funding matrix (`FundingMatrix.ts`), built once per plan.
 *
 * How the cost of an activity is known: the model plans money per activity, year and source, so "a cost
 * with no source" is a line with money planned and nothing secured in a year that has ended
 * (KPSS-FUND-001), and an activity with no line at all has not said what it costs (KPSS-FUND-002).
 *
 * @since 0.1.0
 */
import { yearOf } from "../CalendarDate.js"
import { coverage, fundingMatrixOf } from "../FundingMatrix.js"
import type { FundingLine } from "../Funding.js"
import { defineFamily, fromPhase, moneyParam, type FindingParam, type RawFinding } from "../Rule.js"
import type { Plan } from "../Plan.js"
import type { PlanIndex } from "../PlanIndex.js"

const lineFinding = (plan: Plan, index: PlanIndex, i: number, extra: Record<string, FindingParam> = {}): RawFinding => {
  const line: FundingLine = plan.funding.lines[i]!
  const at = index.items.get(line.activityId)
  const item = at === undefined ? undefined : plan.strategy.items[at]
  // Sources are few: the name is looked up for the findings only.
  const source = plan.funding.sources.find((s) => s.id === line.sourceId)?.name ?? line.sourceId
  return {
    path: ["funding", "lines", i],
    ids: [line.activityId, line.sourceId],
    params: {
      code: item?.code ?? line.activityId,
      year: line.year,
      source,
      planned: moneyParam(line.planned),
      secured: moneyParam(line.secured),
      spent: moneyParam(line.spent),
      ...extra
    }
  }
}

/**
 * The funding rules.
 *
 * @category rules
 * @since 0.1.0
 */
export const fundingFamily = defineFamily(
  { id: "funding", prefix: "FUND", name: { cs: "Financování", en: "Funding" } },
  () => [
    {
      code: "KPSS-FUND-001",
      severity: "warning",
      appliesFrom: { phases: fromPhase("strategy") },
      source: { kind: "seed", reference: "seed 001 (Financování realizace: konkrétní návrh financování aktivit)" },
      title: { cs: "Plánované peníze mají zajištěný zdroj", en: "Planned money has a secured source" },
      message: {
        cs: "Aktivita {code} měla v roce {year} ze zdroje „{source}“ plánováno {planned}, ale nic nebylo zajištěno",
        en: "Activity {code} had {planned} planned from source \"{source}\" in {year}, but nothing was secured"
      },
      *check({ plan, today, index }) {
        const lines = plan.funding.lines
        const thisYear = yearOf(today)
        for (const i of fundingMatrixOf(plan).gaps) {
          const l = lines[i]!
          if (l.year < thisYear && l.secured === 0) yield lineFinding(plan, index, i)
        }
      }
    },
    {
      code: "KPSS-FUND-002",
      severity: "info",
      appliesFrom: { phases: fromPhase("strategy") },
      source: { kind: "seed", reference: "seed 001 (Financování realizace)" },
      title: { cs: "Aktivita uvádí, jak je financována", en: "An activity says how it is funded" },
      message: { cs: "Aktivita {code} „{title}“ nemá žádný řádek financování", en: "Activity {code} \"{title}\" has no funding line" },
      hint: { cs: "Pokud aktivita nic nestojí, je to v pořádku; jinak uveďte zdroje.", en: "If the activity costs nothing, that is fine; otherwise name its sources." },
      *check({ plan }) {
        for (const i of fundingMatrixOf(plan).unfunded) {
          const item = plan.strategy.items[i]!
          yield { path: ["strategy", "items", i], ids: [item.id], params: { code: item.code, title: item.title } }
        }
      }
    },
    {
      code: "KPSS-FUND-003",
      severity: "error",
      appliesFrom: {},
      source: { kind: "methodology", reference: "období plánu (DOMAIN §1)" },
      title: { cs: "Peníze jsou plánovány v období plánu", en: "Money is planned within the plan period" },
      message: {
        cs: "Řádek financování aktivity {code} je na rok {year}, mimo období plánu {from}–{to}",
        en: "The funding line of activity {code} is for {year}, outside the plan period {from}–{to}"
      },
      *check({ plan, index }) {
        for (const i of fundingMatrixOf(plan).outsidePeriod) yield lineFinding(plan, index, i, { from: plan.period.from, to: plan.period.to })
      }
    },
    {
      code: "KPSS-FUND-004",
      severity: "warning",
      appliesFrom: {},
      source: { kind: "seed", reference: "seed 001 (koordinace financování mezi zadavateli)" },
      title: { cs: "Zajištěno není víc, než je plánováno", en: "No more is secured than planned" },
      message: {
        cs: "Aktivita {code} má v roce {year} ze zdroje „{source}“ zajištěno {secured}, víc než plánovaných {planned}",
        en: "Activity {code} has {secured} secured from source \"{source}\" in {year}, more than the {planned} planned"
      },
      hint: { cs: "Upravte plán, nebo uvolněte peníze jiné aktivitě.", en: "Adjust the plan, or release the money to another activity." },
      *check({ plan, index }) {
        for (const i of fundingMatrixOf(plan).overCommitted) yield lineFinding(plan, index, i)
      }
    },
    {
      code: "KPSS-FUND-005",
      severity: "warning",
      appliesFrom: {},
      source: { kind: "seed", reference: "seed 003 (revize čerpání finančních prostředků)" },
      title: { cs: "Vyčerpáno není víc, než bylo zajištěno", en: "No more is spent than secured" },
      message: {
        cs: "Aktivita {code} vyčerpala v roce {year} ze zdroje „{source}“ {spent}, víc než zajištěných {secured}",
        en: "Activity {code} spent {spent} from source \"{source}\" in {year}, more than the {secured} secured"
      },
      *check({ plan, index }) {
        for (const i of fundingMatrixOf(plan).overspent) yield lineFinding(plan, index, i)
      }
    },
    {
      code: "KPSS-FUND-006",
      severity: "warning",
      appliesFrom: { phases: fromPhase("strategy") },
      source: { kind: "seed", reference: "seed 001 (Financování realizace); DOMAIN §4" },
      title: { cs: "Priorita je dostatečně finančně pokryta", en: "A priority is covered well enough" },
      message: {
        cs: "Priorita {code} „{title}“ má zajištěno {coverage} % plánovaných peněz, méně než {min} %",
        en: "Priority {code} \"{title}\" has {coverage} % of its planned money secured, less than {min} %"
      },
      *check({ plan, settings }) {
        for (const row of fundingMatrixOf(plan).coverageRows("priority")) {
          const c = coverage(row.amounts)
          if (c !== undefined && c < settings.minFundingCoverage) {
            const item = plan.strategy.items[row.position]!
            yield {
              path: ["strategy", "items", row.position],
              ids: [item.id],
              params: { code: item.code, title: item.title, coverage: Math.floor(c * 100), min: Math.round(settings.minFundingCoverage * 100) }
            }
          }
        }
      }
    }
  ]
)
