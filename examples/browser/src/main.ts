/**
 * The browser example: opens the sample plan (or the plan a person picks), and puts the four parts of
 * the screen together — the toolbar, the strategy tree, the selected item with its money, and the
 * findings. `?today=YYYY-MM-DD` sets the day the plan is checked on, `?lang=en` starts in English.
 */
import { isIsoDate, type IsoDate } from "@kpss/core"
import { makeEditor } from "./Editor.ts"
import { openSample } from "./PlanSource.ts"
import { mountScreen } from "./Screen.ts"
import "./style.css"

const params = new URLSearchParams(location.search)
const today = params.get("today")
const sample = openSample()
const editor = makeEditor({ ...sample, day: today !== null && isIsoDate(today) ? today as IsoDate : sample.day }, params.get("lang") === "en" ? "en" : "cs")
mountScreen(editor)
