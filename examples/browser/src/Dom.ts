/**
 * A small helper to build DOM elements: `h("button", { onclick }, "text")`. The example uses no UI
 * framework, so that what it shows about kpss is not hidden behind one; swap this for yours.
 */

type Attributes<K extends keyof HTMLElementTagNameMap> = Partial<Omit<HTMLElementTagNameMap[K], "style" | "dataset">> & {
  readonly dataset?: Readonly<Record<string, string>>
}

/**
 * An element with properties (`className`, `value`, `onclick`, …), `data-*` attributes and children.
 */
export const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes<K> = {},
  ...children: ReadonlyArray<Node | string | undefined>
): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag)
  const { dataset, ...properties } = attributes
  Object.assign(element, properties)
  for (const [key, value] of Object.entries(dataset ?? {})) element.dataset[key] = value
  for (const child of children) if (child !== undefined) element.append(child)
  return element
}

/**
 * A labelled form field: `<label>Název <input …></label>`.
 */
export const field = (label: string, control: HTMLElement): HTMLLabelElement => h("label", { className: "field" }, h("span", {}, label), control)

/**
 * Replaces the content of `container` with `children`, keeping the focus (and the caret) in the control
 * of the same `name`: a panel redrawn after every keystroke must not take the field from under the
 * person typing in it.
 */
export const replaceKeepingFocus = (container: HTMLElement, ...children: ReadonlyArray<Node>): void => {
  const active = document.activeElement
  const focused = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement
    ? active
    : undefined
  const name = focused !== undefined && container.contains(focused) ? focused.name : ""
  const caret = focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement ? [focused.selectionStart, focused.selectionEnd] : undefined
  container.replaceChildren(...children)
  if (name === "") return
  const again = container.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${CSS.escape(name)}"]`)
  if (again === null) return
  again.focus()
  if (caret !== undefined && !(again instanceof HTMLSelectElement) && again.type !== "number" && again.type !== "date") {
    again.setSelectionRange(caret[0] ?? null, caret[1] ?? null)
  }
}
