/**
 * Money: the funding lines of the selected activity (year × source, with the amounts planned, secured
 * and spent), edited cell by cell through core's `setFundingLine`, and the plan's totals by year. Every
 * sum and share shown comes from core's views — the funding matrix (`fundingMatrixOf`: the activity's
 * money, the totals) and `coverage` — and is written with `formatMoney` and `formatPercent`.
 */
import {
  coverage, formatMoney, formatPercent, fundingMatrixOf, PlanIndex, setFundingLine, type Amounts, type FundingSourceId, type Locale, type Plan,
  type StrategyItem
} from "@kpss/core"
import { h, replaceKeepingFocus } from "./Dom.ts"
import type { Editor, EditorState } from "./Editor.ts"
import { ui } from "./UiText.ts"

type Column = "planned" | "secured" | "spent"
const columns: ReadonlyArray<Column> = ["planned", "secured", "spent"]

/** What the person typed as whole crowns: spaces allowed ("1 250 000"); anything else is handed to core, which refuses it. */
const amountOf = (text: string): number => (text.trim() === "" ? Number.NaN : Number(text.replace(/[\s\u00a0]/g, "")))

const coverageCell = (amounts: Amounts, locale: Locale): HTMLTableCellElement => {
  const share = coverage(amounts)
  return h("td", { className: "money" }, share === undefined ? "—" : formatPercent(share, locale))
}

const moneyCells = (amounts: Amounts, locale: Locale): ReadonlyArray<HTMLTableCellElement> =>
  [...columns.map((c) => h("td", { className: "money" }, formatMoney(amounts[c], locale))), coverageCell(amounts, locale)]

const header = (locale: Locale, first: ReadonlyArray<string>) =>
  h("thead", {}, h("tr", {}, ...[...first, ...columns.map((c) => ui(locale, c)), ui(locale, "coverage")].map((t) => h("th", {}, t))))

/** The lines of one activity, editable. */
const activityTable = (plan: Plan, activity: StrategyItem, locale: Locale, editor: Editor): HTMLElement => {
  const index = new PlanIndex(plan)
  const sourceName = new Map(plan.funding.sources.map((s) => [s.id as string, s.name]))
  const rows = index.linesOf(activity.id).map((i) => {
    const line = plan.funding.lines[i]!
    const cell = (c: Column) => h("td", {}, h("input", {
      name: `${line.year}|${line.sourceId}|${c}`,
      inputMode: "numeric",
      className: "amount",
      value: String(line[c]),
      oninput: (e) => editor.apply((p, ctx) =>
        setFundingLine(p, { activityId: activity.id, year: line.year, sourceId: line.sourceId, [c]: amountOf((e.target as HTMLInputElement).value) }, ctx))
    }))
    return h("tr", {}, h("td", {}, String(line.year)), h("td", { className: "source" }, sourceName.get(line.sourceId) ?? line.sourceId), ...columns.map(cell), coverageCell(line, locale))
  })
  const total = h("tr", { className: "total" }, h("th", { colSpan: 2 }, ui(locale, "total")), ...moneyCells(fundingMatrixOf(plan).item(activity.id), locale))

  const year = h("select", { name: "newYear" }, ...Array.from({ length: plan.period.to - plan.period.from + 1 }, (_, k) => h("option", {}, String(plan.period.from + k))))
  const source = h("select", { name: "newSource" }, ...plan.funding.sources.map((s) => h("option", { value: s.id }, s.name)))
  const planned = h("input", { name: "newPlanned", inputMode: "numeric", className: "amount", placeholder: ui(locale, "planned") })
  const add = h("button", {
    type: "button", name: "addLine",
    onclick: () => editor.apply((p, ctx) =>
      setFundingLine(p, { activityId: activity.id, year: Number(year.value), sourceId: source.value as FundingSourceId, planned: amountOf(planned.value) }, ctx))
  }, ui(locale, "addLine"))

  return h("div", {},
    h("table", { className: "funding" }, header(locale, [ui(locale, "year"), ui(locale, "source")]), h("tbody", {}, ...rows, total)),
    h("div", { className: "buttons" }, year, source, planned, add))
}

/** The plan's money by year, from the funding matrix's totals. */
const planTotals = (plan: Plan, locale: Locale): HTMLElement => {
  const totals = fundingMatrixOf(plan).totals
  return h("table", { className: "funding totals" },
    header(locale, [ui(locale, "year")]),
    h("tbody", {},
      ...totals.years.map((y) => h("tr", {}, h("td", {}, String(y)), ...moneyCells(totals.byYear(y), locale))),
      h("tr", { className: "total" }, h("th", {}, ui(locale, "total")), ...moneyCells(totals.total, locale))))
}

/**
 * Shows the money in `root` and keeps it up to date.
 */
export const mountFundingPanel = (root: HTMLElement, editor: Editor): void => {
  const render = (state: EditorState) => {
    const { plan, locale } = state
    const at = state.selected === undefined ? undefined : new PlanIndex(plan).items.get(state.selected)
    const item = at === undefined ? undefined : plan.strategy.items[at]
    replaceKeepingFocus(root,
      ...(item === undefined ? [] : [
        h("h2", {}, ui(locale, "funding")),
        item.level === "activity" ? activityTable(plan, item, locale, editor) : h("p", {}, ui(locale, "fundingOnlyActivities"))
      ]),
      h("h2", {}, ui(locale, "planTotals")),
      planTotals(plan, locale))
  }
  render(editor.state())
  editor.subscribe((state, previous) => {
    // The wording or place of items does not show here: only money, the selection and the language do.
    if (state.selected !== previous.selected || state.locale !== previous.locale || state.plan.funding !== previous.plan.funding) {
      render(state)
    }
  })
}
