/**
 * The top of the screen: open the sample plan or a JSON file (a file that does not decode is listed
 * with every problem, its path and message), save the plan as its canonical JSON document, the day the
 * plan is checked on, the language, the plan's lifecycle state with who acts, and — for an adopted plan
 * — starting an amendment (core's `amend`, which gives a draft to edit). A refused change is shown here
 * too.
 */
import { amend, encodePlanDocumentJson, formatDate, formatPath, isAdopted, isIsoDate, lifecycleLabels, type IsoDate } from "@kpss/core"
import { Result } from "effect"
import { field, h } from "./Dom.ts"
import type { Editor, EditorState } from "./Editor.ts"
import { actingCoordinator } from "./Editor.ts"
import { openFile, openSample } from "./PlanSource.ts"
import { ui } from "./UiText.ts"

const download = (name: string, text: string) => {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }))
  h("a", { href: url, download: name }).click()
  URL.revokeObjectURL(url)
}

/**
 * Shows the toolbar in `root` and keeps it up to date.
 */
export const mountToolbar = (root: HTMLElement, editor: Editor): void => {
  const title = h("h1")
  const sample = h("button", { type: "button", name: "openSample", onclick: () => editor.open(openSample()) })
  const file = h("input", {
    type: "file", name: "openFile", accept: ".json,application/json",
    onchange: async () => {
      const picked = file.files?.[0]
      if (picked === undefined) return
      const opened = await openFile(picked)
      if (Result.isSuccess(opened)) editor.open(opened.success)
      else editor.reject(opened.failure)
      file.value = ""
    }
  })
  const fileText = h("span")
  const save = h("button", {
    type: "button", name: "save",
    onclick: () => { const { plan, name } = editor.state(); download(name ?? "plan.json", encodePlanDocumentJson(plan, 2)) }
  })
  const day = h("input", { type: "date", name: "day", onchange: () => { if (isIsoDate(day.value)) editor.setToday(day.value as IsoDate) } })
  // The date control speaks the browser's language; the day in words is core's Czech (or English) formatting.
  const dayInWords = h("span", { className: "day" })
  const dayLabel = field("", day)
  dayLabel.append(dayInWords)
  const locale = h("button", { type: "button", name: "locale", onclick: () => editor.setLocale(editor.state().locale === "cs" ? "en" : "cs") })
  const status = h("p", { className: "status" })
  const reason = h("input", { name: "amendReason" })
  const amendButton = h("button", { type: "button", name: "amend", onclick: () => editor.apply((p, ctx) => amend(p, { reason: reason.value }, ctx)) })
  const adopted = h("div", { className: "adopted" }, h("p"), reason, amendButton)
  const refused = h("p", { className: "refused", role: "alert" })
  const problems = h("div", { className: "problems", role: "alert" })

  root.append(
    h("div", { className: "bar" }, title, h("div", { className: "buttons" }, sample, h("label", { className: "button" }, fileText, file), save, dayLabel, locale)),
    status, adopted, refused, problems)

  const render = (state: EditorState) => {
    const { plan, locale: lang } = state
    document.documentElement.lang = lang
    document.title = `${ui(lang, "appTitle")} – ${plan.title}`
    title.textContent = plan.title
    sample.textContent = ui(lang, "openSample")
    fileText.textContent = ui(lang, "openFile")
    save.textContent = ui(lang, "save")
    dayLabel.firstElementChild!.textContent = ui(lang, "day")
    if (day.value !== state.today) day.value = state.today
    dayInWords.textContent = formatDate(state.today, lang)
    locale.textContent = ui(lang, "switchLocale")
    const actorId = actingCoordinator(plan).actorId
    status.textContent = [
      ui(lang, "status", { status: lifecycleLabels[plan.lifecycle.status][lang] }),
      ...(actorId === undefined ? [] : [ui(lang, "acting", { name: plan.actors.find((a) => a.id === actorId)?.name ?? actorId })]),
      state.name ?? ui(lang, "sample")
    ].join(" · ")
    adopted.hidden = !isAdopted(plan)
    adopted.firstElementChild!.textContent = ui(lang, "adoptedNote")
    reason.placeholder = ui(lang, "amendReason")
    amendButton.textContent = ui(lang, "amend")
    refused.textContent = state.refused === undefined ? "" : ui(lang, "refused", { why: state.refused[lang] })
    refused.hidden = state.refused === undefined
    const rejected = state.rejected
    problems.hidden = rejected === undefined
    problems.replaceChildren(...(rejected === undefined ? [] : [
      h("h2", {}, ui(lang, "openFailed", { name: rejected.name, count: rejected.problems.length })),
      h("ul", {}, ...rejected.problems.map((p) => h("li", { dataset: { code: p.code } }, h("code", {}, formatPath(p.path)), " ", p.message[lang])))
    ]))
  }
  render(editor.state())
  editor.subscribe(render)
}
