/**
 * The findings of the check, as the editor's report has them: grouped by severity (errors, warnings,
 * notes), each with its rule code and message in the chosen language. A finding about a strategy item
 * (or about the money of an activity) selects that item when clicked. The list is re-rendered whenever
 * the report changes, that is after every edit.
 */
import { formatNumber, PlanIndex, severities, type Finding, type Locale, type StrategyItemId } from "@kpss/core"
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
  // The rows of the last render by what they show: an edit changes few findings, so most rows are reused
  // (a check makes new finding objects, so they are matched by their text, not by reference).
  let rows = new Map<string, Array<HTMLLIElement>>()

  const render = (state: EditorState) => {
    const { report, locale, plan } = state
    heading.textContent = ui(locale, "findings")
    summary.textContent = ui(locale, "checkedIn", { summary: report.summary, ms: formatNumber(Math.round(state.checkMs), locale) })
    const index = new PlanIndex(plan)
    const next = new Map<string, Array<HTMLLIElement>>()
    const rowOf = (finding: Finding): HTMLLIElement => {
      const item = findingItem(index, finding)
      const key = `${item ?? ""}|${finding.code}|${finding.message[locale]}|${finding.hint?.[locale] ?? ""}`
      const row = rows.get(key)?.pop() ?? findingRow(finding, item, locale, editor)
      next.set(key, [...(next.get(key) ?? []), row])
      return row
    }
    groups.replaceChildren(...severities.filter((s) => report.counts[s] > 0).map((severity) => {
      const findings = report.findings.filter((f) => f.severity === severity)
      return h("section", { className: `severity ${severity}`, dataset: { severity } },
        h("h3", {}, `${ui(locale, severity)} (${findings.length})`),
        h("ul", {}, ...findings.slice(0, shownPerSeverity).map(rowOf)),
        findings.length > shownPerSeverity ? h("p", {}, ui(locale, "more", { count: findings.length - shownPerSeverity })) : undefined)
    }))
    rows = next
  }

  render(editor.state())
  editor.subscribe((state, previous) => {
    if (state.report !== previous.report) render(state)
  })
}

const findingRow = (finding: Finding, item: StrategyItemId | undefined, locale: Locale, editor: Editor): HTMLLIElement => {
  const text = [h("code", {}, finding.code), " ", h("span", {}, finding.message[locale])]
  const hint = finding.hint === undefined ? "" : h("small", {}, finding.hint[locale])
  return item === undefined
    ? h("li", { dataset: { code: finding.code } }, ...text, hint)
    : h("li", { dataset: { code: finding.code } }, h("button", { type: "button", className: "finding", onclick: () => editor.select(item) }, ...text), hint)
}
