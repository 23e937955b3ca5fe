/**
 * The words of the user interface, in Czech and English, through core's message catalogue
 * (`makeMessages`). Everything the plan itself says — findings, decode problems, refused operations,
 * level names, lifecycle states — comes from core in both languages already; this catalogue holds only
 * the labels of the screen.
 */
import { makeMessages, type Locale, type MessageParams } from "@kpss/core"

const messages = makeMessages({
  appTitle: { cs: "Komunitní plán – editor", en: "Community plan – editor" },
  openSample: { cs: "Otevřít ukázkový plán", en: "Open the sample plan" },
  openFile: { cs: "Otevřít soubor JSON…", en: "Open a JSON file…" },
  save: { cs: "Uložit jako JSON", en: "Save as JSON" },
  day: { cs: "Den kontroly", en: "Check date" },
  switchLocale: { cs: "English", en: "Česky" },
  sample: { cs: "ukázkový plán", en: "the sample plan" },
  status: { cs: "Stav: {status}", en: "Status: {status}" },
  acting: { cs: "Jednáte jako koordinátor: {name}", en: "You act as the coordinator: {name}" },
  amendReason: { cs: "Důvod změny plánu", en: "Reason for the amendment" },
  amend: { cs: "Zahájit změnu plánu", en: "Start an amendment" },
  adoptedNote: {
    cs: "Plán je schválen: strategii a plánované částky lze měnit až ve změně plánu; zajištěné a vyčerpané částky lze zapisovat.",
    en: "The plan is adopted: the strategy and planned money change only in an amendment; money secured and spent can be recorded."
  },
  openFailed: { cs: "Soubor „{name}“ nelze otevřít – počet problémů: {count}", en: "The file \"{name}\" cannot be opened – problems: {count}" },
  refused: { cs: "Změna nebyla provedena: {why}", en: "The change was not made: {why}" },
  tree: { cs: "Strategie", en: "Strategy" },
  addPriority: { cs: "Přidat: {level}", en: "Add: {level}" },
  retired: { cs: "vyřazeno", en: "retired" },
  noSelection: { cs: "Vyberte položku strategie ve stromu nebo v nálezech.", en: "Select a strategy item in the tree or among the findings." },
  code: { cs: "Kód", en: "Code" },
  title: { cs: "Název", en: "Title" },
  description: { cs: "Popis", en: "Description" },
  responsible: { cs: "Odpovědný subjekt", en: "Responsible party" },
  nobody: { cs: "— neurčen —", en: "— none —" },
  addChild: { cs: "Přidat: {level}", en: "Add: {level}" },
  newItem: { cs: "Nová položka", en: "New item" },
  moveUp: { cs: "↑ Výš", en: "↑ Up" },
  moveDown: { cs: "↓ Níž", en: "↓ Down" },
  moveUnder: { cs: "Přesunout pod", en: "Move under" },
  retireReason: { cs: "Důvod vyřazení", en: "Reason for retiring" },
  retire: { cs: "Vyřadit", en: "Retire" },
  remove: { cs: "Smazat", en: "Delete" },
  retiredOn: { cs: "Vyřazeno {date}: {reason}", en: "Retired on {date}: {reason}" },
  funding: { cs: "Financování aktivity", en: "Funding of the activity" },
  fundingOnlyActivities: { cs: "Peníze se plánují jen u aktivit.", en: "Money is planned on activities only." },
  year: { cs: "Rok", en: "Year" },
  source: { cs: "Zdroj", en: "Source" },
  planned: { cs: "Plánováno", en: "Planned" },
  secured: { cs: "Zajištěno", en: "Secured" },
  spent: { cs: "Vyčerpáno", en: "Spent" },
  coverage: { cs: "Pokrytí", en: "Coverage" },
  total: { cs: "Celkem", en: "Total" },
  addLine: { cs: "Přidat řádek", en: "Add a line" },
  planTotals: { cs: "Financování plánu podle let", en: "Funding of the plan by year" },
  findings: { cs: "Nálezy kontroly", en: "Findings" },
  checkedIn: { cs: "{summary} · kontrola {ms} ms", en: "{summary} · checked in {ms} ms" },
  error: { cs: "Chyby", en: "Errors" },
  warning: { cs: "Varování", en: "Warnings" },
  info: { cs: "Upozornění", en: "Notes" },
  more: { cs: "… a dalších {count}", en: "… and {count} more" },
  problems: { cs: "Problémy souboru", en: "Problems of the file" }
})

/**
 * The UI catalogue's keys.
 */
export type UiKey = Parameters<typeof messages>[0]

/**
 * A label of the screen in a language.
 */
export const ui = (locale: Locale, key: UiKey, params?: MessageParams): string => messages(key, params)[locale]
