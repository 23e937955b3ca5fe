/**
 * A Czech summary of a plan, as Markdown: what the plan is, where it stands, the strategy in numbers,
 * the participants by triad role, and the funding by source and year.
 */
import {
  approvingBodyLabels,
  coverage,
  formatDate,
  formatMoney,
  formatPercent,
  fundingTotals,
  lifecycleLabels,
  strategyLevels,
  triadRoleLabels,
  triad,
  type Plan,
  type Report
} from "@kpss/core"

const levelPlural = { priority: "priority", goal: "cíle", measure: "opatření", activity: "aktivity" } as const

const severityCs = { error: "chyba", warning: "varování", info: "upozornění" } as const

export const renderSummary = (plan: Plan, report: Report): string => {
  const lines: Array<string> = []
  const out = (s = "") => lines.push(s)
  out(`# ${plan.title}`)
  out()
  out(`${plan.edition}. komunitní plán sociálních služeb, ${plan.territory.name}, na období ${plan.period.from}–${plan.period.to}.`)
  out()
  const { status, approval, inForceFrom } = plan.lifecycle
  let state = `Stav: **${lifecycleLabels[status].cs}**`
  if (inForceFrom !== undefined) state += ` od ${formatDate(inForceFrom)}`
  if (approval !== undefined) {
    state += `; schválen (${approvingBodyLabels[approval.body].cs}, usnesení ${approval.resolution}, ${formatDate(approval.date)})`
  }
  out(state + ".")
  out()

  out("## Strategie v číslech")
  out()
  const active = plan.strategy.items.filter((i) => i.status === "active")
  for (const level of strategyLevels) {
    out(`- ${levelPlural[level]}: ${active.filter((i) => i.level === level).length}`)
  }
  out()

  out("## Účastníci podle triády")
  out()
  for (const role of [...triad, "public" as const]) {
    const n = plan.actors.filter((a) => a.active && a.triadRole === role).length
    if (n > 0) out(`- ${triadRoleLabels[role].cs}: ${n}`)
  }
  out(`- pracovní skupiny: ${plan.bodies.filter((b) => b.kind === "workingGroup").map((b) => b.name).join("; ")}`)
  out()

  const totals = fundingTotals(plan)
  out("## Financování podle zdrojů a let (plánováno / zajištěno)")
  out()
  out(`| Zdroj | ${totals.years.join(" | ")} | Celkem |`)
  out(`|---|${totals.years.map(() => "---:").join("|")}|---:|`)
  const cellText = (planned: number, secured: number) => `${formatMoney(planned)} / ${formatMoney(secured)}`
  for (const source of totals.sources) {
    const row = totals.years.map((y) => {
      const c = totals.cell(source.id, y)
      return cellText(c.planned, c.secured)
    })
    const s = totals.bySource(source.id)
    out(`| ${source.name} | ${row.join(" | ")} | ${cellText(s.planned, s.secured)} |`)
  }
  const yearTotals = totals.years.map((y) => {
    const c = totals.byYear(y)
    return `**${cellText(c.planned, c.secured)}**`
  })
  out(`| **Celkem** | ${yearTotals.join(" | ")} | **${cellText(totals.total.planned, totals.total.secured)}** |`)
  out()
  const ratio = coverage(totals.total)
  if (ratio !== undefined) out(`Zajištěno je ${formatPercent(ratio)} plánovaných prostředků; vyčerpáno ${formatMoney(totals.total.spent)}.`)
  out()

  out(`## Kontrola podle metodiky (k ${formatDate(report.today)})`)
  out()
  out(`Profil „${report.profile}“: ${report.summary}.`)
  out()
  for (const finding of report.findings) {
    out(`- **${finding.code}** (${severityCs[finding.severity]}): ${finding.message.cs}`)
  }
  out()
  return lines.join("\n")
}
