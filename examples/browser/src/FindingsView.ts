/**
 * The findings of the check, as the editor's report has them: grouped by severity (errors, warnings,
 * notes), each with its rule code and message in the chosen language. A finding about a strategy item
 * (or about the money of an activity) selects that item when clicked. The list is re-rendered whenever
 * the report changes, that is after every edit.
 */
import { formatNumber, PlanIndex, severities, type Finding, type Plan, type StrategyItemId } from "@kpss/core"
import { h } from "./Dom.ts"
import type { Editor, EditorState } from "./Editor.ts"
import { ui } from "./UiText.ts"

/** More than this many findings of one severity are summed up in one line. */
const shownPerSeverity = 200

/**
 * The strategy item a finding is about: the first of its ids that names an item (a funding finding
 * names the activity and the source).
 */
export const findingItem = (index: PlanIndex, finding: Finding): StrategyItemId | undefined =>
  finding.ids.find((id) => index.items.has(id)) as StrategyItemId | undefined

/**
 * Shows the findings in `root` and keeps them up to date.
 */
export const mountFindings = (root: HTMLElement, editor: Editor): void => {
  const heading = h("h2")
  const summary = h("p", { className: "summary" })
  const groups = h("div")
  root.append(heading, summary, groups)

  const render = (state: EditorState) => {
    const { report, locale, plan } = state
    heading.textContent = ui(locale, "findings")
    summary.textContent = ui(locale, "checkedIn", { summary: report.summary, ms: formatNumber(Math.round(state.checkMs), locale) })
    const index = new PlanIndex(plan)
    groups.replaceChildren(...severities.filter((s) => report.counts[s] > 0).map((severity) => {
      const findings = report.findings.filter((f) => f.severity === severity)
      return h("section", { className: `severity ${severity}`, dataset: { severity } },
        h("h3", {}, `${ui(locale, severity)} (${findings.length})`),
        h("ul", {}, ...findings.slice(0, shownPerSeverity).map((f) => findingRow(f, plan, index, state, editor))),
        findings.length > shownPerSeverity ? h("p", {}, ui(locale, "more", { count: findings.length - shownPerSeverity })) : undefined)
    }))
  }

  render(editor.state())
  editor.subscribe((state, previous) => {
    if (state.report !== previous.report) render(state)
  })
}

const findingRow = (finding: Finding, plan: Plan, index: PlanIndex, state: EditorState, editor: Editor): HTMLLIElement => {
  const item = findingItem(index, finding)
  const text = [h("code", {}, finding.code), " ", h("span", {}, finding.message[state.locale])]
  const hint = finding.hint === undefined ? undefined : h("small", {}, finding.hint[state.locale])
  const row = h("li", { dataset: { code: finding.code } })
  if (item === undefined) row.append(...text, hint ?? "")
  else {
    row.append(h("button", { type: "button", className: "finding", title: plan.strategy.items[index.items.get(item)!]!.title, onclick: () => editor.select(item) }, ...text), hint ?? "")
  }
  return row
}
