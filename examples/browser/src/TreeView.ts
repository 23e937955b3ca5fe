/**
 * The strategy tree — priorities, goals, measures, activities under the plan's own level names — as
 * one row per item in tree order (children from core's `PlanIndex`), each with its code, title, the
 * money planned for it (rolled up the tree by core's funding matrix) and a mark when a finding concerns
 * it. A click selects the item.
 *
 * A plan of 1,000 activities has ~1,400 rows, so rows are kept by id and redrawn only when their item,
 * money or mark changed; an edit creates a new plan whose unchanged items are the same objects.
 */
import { addItem, formatMoney, fundingMatrixOf, PlanIndex, type Plan, type RuleSeverity, type StrategyItem, type StrategyItemId } from "@kpss/core"
import { h } from "./Dom.ts"
import type { Editor, EditorState } from "./Editor.ts"
import { findingItem } from "./FindingsView.ts"
import { newItemId } from "./ItemPanel.ts"
import { ui } from "./UiText.ts"

interface Row {
  readonly element: HTMLLIElement
  item: StrategyItem | undefined
  drawn: string
}

/** The items in tree order: each root, then its children depth first, in the plan's order. */
const treeOrder = (plan: Plan): ReadonlyArray<StrategyItem> => {
  const index = new PlanIndex(plan)
  const items = plan.strategy.items
  const out: Array<StrategyItem> = []
  const visit = (item: StrategyItem) => {
    out.push(item)
    for (const child of index.childrenOf(item.id)) visit(items[child]!)
  }
  for (const item of items) if (item.parentId === undefined) visit(item)
  return out
}

/** The most serious severity of the findings about each item. */
const marks = (state: EditorState): ReadonlyMap<string, RuleSeverity> => {
  const index = new PlanIndex(state.plan)
  const out = new Map<string, RuleSeverity>()
  // Findings come sorted by severity, so the first one about an item is its worst.
  for (const finding of state.report.findings) {
    const id = findingItem(index, finding)
    if (id !== undefined && !out.has(id)) out.set(id, finding.severity)
  }
  return out
}

/**
 * Shows the tree in `root` and keeps it up to date.
 */
export const mountTree = (root: HTMLElement, editor: Editor): void => {
  const heading = h("h2")
  const addPriority = h("button", {
    type: "button",
    className: "add-priority",
    onclick: () => {
      const { plan, locale } = editor.state()
      const id = newItemId(plan)
      const code = String(plan.strategy.items.filter((i) => i.level === "priority").length + 1)
      if (editor.apply((p, ctx) => addItem(p, { id, level: "priority", code, title: ui(locale, "newItem") }, ctx))) editor.select(id)
    }
  })
  const list = h("ol", { className: "tree" })
  root.append(h("div", { className: "tree-head" }, heading, addPriority), list)

  const rows = new Map<string, Row>()
  let order: ReadonlyArray<string> = []
  let items: ReadonlyArray<StrategyItem> = []

  const rowOf = (id: string): Row => {
    let row = rows.get(id)
    if (row === undefined) {
      const element = h("li", { tabIndex: 0, dataset: { id }, onclick: () => editor.select(id as StrategyItemId) })
      element.addEventListener("keydown", (e) => { if (e.key === "Enter") editor.select(id as StrategyItemId) })
      rows.set(id, row = { element, item: undefined, drawn: "" })
    }
    return row
  }

  const render = (state: EditorState, previous: EditorState | undefined) => {
    const { plan, locale } = state
    heading.textContent = ui(locale, "tree")
    addPriority.textContent = ui(locale, "addPriority", { level: plan.strategy.levelNames.priority[locale] })
    if (previous === undefined || plan !== previous.plan || state.report !== previous.report || locale !== previous.locale) {
      // The order changes only with the items (a funding edit keeps them).
      if (previous === undefined || plan.strategy.items !== previous.plan.strategy.items) items = treeOrder(plan)
      const ids = items.map((i) => i.id as string)
      const matrix = fundingMatrixOf(plan)
      const mark = marks(state)
      for (const item of items) {
        const row = rowOf(item.id)
        const severity = mark.get(item.id)
        const planned = matrix.item(item.id).planned
        const key = `${locale}|${severity ?? ""}|${planned}|${plan.strategy.levelNames[item.level][locale]}`
        if (row.item === item && row.drawn === key) continue
        row.item = item
        row.drawn = key
        row.element.className = `level-${item.level} ${item.status}${severity === undefined ? "" : ` mark-${severity}`}`
        row.element.replaceChildren(
          h("span", { className: "mark", title: severity === undefined ? "" : ui(locale, severity) }),
          h("span", { className: "code" }, item.code),
          h("span", { className: "title" }, item.title),
          h("span", { className: "level" }, plan.strategy.levelNames[item.level][locale]),
          ...(item.status === "retired" ? [h("span", { className: "badge" }, ui(locale, "retired"))] : []),
          ...(planned > 0 ? [h("span", { className: "money" }, formatMoney(planned, locale))] : [])
        )
      }
      if (ids.length !== order.length || ids.some((id, i) => id !== order[i])) {
        const kept = new Set(ids)
        for (const id of order) if (!kept.has(id)) rows.delete(id)
        list.replaceChildren(...ids.map((id) => rowOf(id).element))
        order = ids
      }
    }
    if (previous === undefined || state.selected !== previous.selected || plan !== previous.plan) {
      list.querySelector("li.selected")?.classList.remove("selected")
      const selected = state.selected === undefined ? undefined : rows.get(state.selected)?.element
      selected?.classList.add("selected")
      if (state.selected !== previous?.selected) selected?.scrollIntoView({ block: "nearest" })
    }
  }

  render(editor.state(), undefined)
  editor.subscribe(render)
}
