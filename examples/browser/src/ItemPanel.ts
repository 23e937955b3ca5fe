/**
 * The selected strategy item: its wording (code, title, description), its responsible party, its place
 * in the tree (up, down, under another parent, a new child below it) and retiring or deleting it. Each
 * control runs one of core's operations — `editItem`, `assignResponsible`, `addItem`, `moveItem`,
 * `reparentItem`, `retireItem`, `removeItem` — as the person types or clicks; core checks the input, the
 * tree's rules (levels, cycles, history) and who may do it, and a refusal comes back as a message.
 */
import {
  addItem, assignResponsible, editItem, formatDate, moveItem, parentLevel, PlanIndex, removeItem, reparentItem, retireItem, strategyLevels,
  type ActorId, type Plan, type StrategyItem, type StrategyItemId
} from "@kpss/core"
import { field, h, replaceKeepingFocus } from "./Dom.ts"
import type { Editor, EditorState } from "./Editor.ts"
import { ui } from "./UiText.ts"

/**
 * A fresh item id: `new-1`, `new-2`, … (a real application may use its own ids; any opaque string of
 * 1–200 characters will do).
 */
export const newItemId = (plan: Plan): StrategyItemId => {
  const taken = new PlanIndex(plan).items
  let n = 1
  while (taken.has(`new-${n}`)) n++
  return `new-${n}` as StrategyItemId
}

/** The level below, or `undefined` for an activity. */
const childLevel = (item: StrategyItem) => strategyLevels.find((l) => parentLevel[l] === item.level)

/**
 * Shows the selected item in `root` and keeps it up to date.
 */
export const mountItemPanel = (root: HTMLElement, editor: Editor): void => {
  const render = (state: EditorState) => {
    const { plan, locale, selected } = state
    const index = new PlanIndex(plan)
    const at = selected === undefined ? undefined : index.items.get(selected)
    const item = at === undefined ? undefined : plan.strategy.items[at]
    if (item === undefined) {
      replaceKeepingFocus(root, h("p", { className: "empty" }, ui(locale, "noSelection")))
      return
    }
    const id = item.id
    const levelName = (level: StrategyItem["level"]) => plan.strategy.levelNames[level][locale]
    const active = item.status === "active"
    const text = (name: "code" | "title", value: string) =>
      h("input", { name, value, disabled: !active, oninput: (e) => editor.apply((p, ctx) => editItem(p, { id, [name]: (e.target as HTMLInputElement).value }, ctx)) })
    const description = h("textarea", {
      name: "description", value: item.description ?? "", disabled: !active, rows: 3,
      oninput: (e) => editor.apply((p, ctx) => editItem(p, { id, description: (e.target as HTMLTextAreaElement).value }, ctx))
    })

    const responsible = h("select", {
      name: "responsible", disabled: !active,
      onchange: (e) => editor.apply((p, ctx) => assignResponsible(p, { itemId: id, responsibleId: (e.target as HTMLSelectElement).value as ActorId }, ctx))
    },
    h("option", { value: "", disabled: true, selected: item.responsibleId === undefined }, ui(locale, "nobody")),
    ...plan.actors.filter((a) => a.active || a.id === item.responsibleId).map((a) => h("option", { value: a.id, selected: a.id === item.responsibleId }, a.name)))

    // Siblings for up and down; parents one level up for "move under".
    const siblings = item.parentId === undefined
      ? plan.strategy.items.filter((x) => x.parentId === undefined).map((x) => x.id)
      : index.childrenOf(item.parentId).map((i) => plan.strategy.items[i]!.id)
    const k = siblings.indexOf(id)
    const above = parentLevel[item.level]
    const parents = above === undefined ? [] : index.itemsOfLevel(above).map((i) => plan.strategy.items[i]!)
    const below = childLevel(item)

    const structure = h("div", { className: "buttons" },
      h("button", { type: "button", name: "up", disabled: !active || k <= 0, onclick: () => editor.apply((p, ctx) => moveItem(p, { id, before: siblings[k - 1] }, ctx)) }, ui(locale, "moveUp")),
      h("button", {
        type: "button", name: "down", disabled: !active || k === siblings.length - 1,
        onclick: () => editor.apply((p, ctx) => moveItem(p, { id, before: siblings[k + 2] }, ctx))
      }, ui(locale, "moveDown")),
      below === undefined || !active ? undefined : h("button", {
        type: "button", name: "addChild",
        onclick: () => {
          const child = newItemId(plan)
          const code = `${item.code}.${index.childrenOf(id).length + 1}`
          if (editor.apply((p, ctx) => addItem(p, { id: child, level: below, parentId: id, code, title: ui(locale, "newItem") }, ctx))) editor.select(child)
        }
      }, ui(locale, "addChild", { level: levelName(below) }))
    )
    // The possible parents (a plan of 1,000 activities has some 250 measures) are listed when the select
    // is opened, not on every redraw of the panel.
    const current = item.parentId === undefined ? undefined : plan.strategy.items[index.items.get(item.parentId)!]
    const option = (x: StrategyItem) => h("option", { value: x.id, selected: x.id === item.parentId }, `${x.code} ${x.title}`)
    const parentSelect = h("select", {
      name: "parent",
      onchange: (e) => editor.apply((p, ctx) => reparentItem(p, { id, parentId: (e.target as HTMLSelectElement).value as StrategyItemId }, ctx))
    }, ...(current === undefined ? [] : [option(current)]))
    const listParents = () => { if (parentSelect.options.length <= 1) parentSelect.replaceChildren(...parents.map(option)) }
    parentSelect.addEventListener("focus", listParents)
    parentSelect.addEventListener("pointerdown", listParents)
    const moveUnder = parents.length === 0 || !active ? undefined : field(ui(locale, "moveUnder"), parentSelect)

    const reason = h("input", { name: "retireReason", placeholder: ui(locale, "retireReason") })
    const ending = active
      ? h("div", { className: "buttons" }, reason,
        h("button", { type: "button", name: "retire", onclick: () => editor.apply((p, ctx) => retireItem(p, { id, reason: reason.value }, ctx)) }, ui(locale, "retire")),
        h("button", {
          type: "button", name: "remove", className: "danger",
          onclick: () => { if (editor.apply((p, ctx) => removeItem(p, { id }, ctx))) editor.select(item.parentId) }
        }, ui(locale, "remove")))
      : h("p", { className: "retired-note" }, ui(locale, "retiredOn", { date: item.retired === undefined ? "" : formatDate(item.retired.on, locale), reason: item.retired?.reason ?? "" }))

    replaceKeepingFocus(root,
      h("h2", {}, `${levelName(item.level)} ${item.code}`),
      field(ui(locale, "code"), text("code", item.code)),
      field(ui(locale, "title"), text("title", item.title)),
      field(ui(locale, "description"), description),
      field(ui(locale, "responsible"), responsible),
      structure,
      ...(moveUnder === undefined ? [] : [moveUnder]),
      ending)
  }

  render(editor.state())
  editor.subscribe((state, previous) => {
    // Funding edits leave the strategy as it was: the panel stays as it is while money is typed.
    if (state.selected !== previous.selected || state.locale !== previous.locale || state.plan.strategy !== previous.plan.strategy || state.plan.actors !== previous.plan.actors) {
      render(state)
    }
  })
}
