/**
 * Every text the spreadsheets show — sheet names, column headers, totals — in Czech and English.
 *
 * @since 0.1.0
 */
import { makeMessages, type Locale } from "@kpss/core"

/**
 * The catalogue of the spreadsheets.
 *
 * @category messages
 * @since 0.1.0
 */
export const xlsxText = makeMessages({
  fundingSheet: { cs: "Financování", en: "Funding" },
  summarySheet: { cs: "Souhrn podle zdrojů", en: "Summary by source" },
  activitiesSheet: { cs: "Opatření a aktivity", en: "Measures and activities" },
  settlementSheet: { cs: "Vypořádání připomínek", en: "Settlement of comments" },
  fulfilmentSheet: { cs: "Plnění aktivit", en: "Fulfilment of activities" },
  indicatorsSheet: { cs: "Ukazatele", en: "Indicators" },
  fundingPart: { cs: "financovani", en: "funding" },
  activitiesPart: { cs: "opatreni-a-aktivity", en: "measures-and-activities" },
  settlementPart: { cs: "vyporadani-pripominek", en: "settlement-of-comments" },
  monitoringPart: { cs: "zprava-o-plneni", en: "monitoring-report" },
  providerPart: { cs: "financni-tabulka", en: "funding-table" },
  code: { cs: "Kód", en: "Code" },
  activity: { cs: "Aktivita", en: "Activity" },
  source: { cs: "Zdroj", en: "Source" },
  year: { cs: "Rok", en: "Year" },
  planned: { cs: "Plánováno", en: "Planned" },
  secured: { cs: "Zajištěno", en: "Secured" },
  spent: { cs: "Čerpáno", en: "Spent" },
  plannedIn: { cs: "Plánováno {year}", en: "Planned {year}" },
  securedIn: { cs: "Zajištěno {year}", en: "Secured {year}" },
  spentIn: { cs: "Čerpáno {year}", en: "Spent {year}" },
  plannedTotal: { cs: "Plánováno celkem", en: "Planned in total" },
  securedTotal: { cs: "Zajištěno celkem", en: "Secured in total" },
  spentTotal: { cs: "Čerpáno celkem", en: "Spent in total" },
  coverage: { cs: "Pokrytí", en: "Coverage" },
  total: { cs: "Celkem", en: "Total" },
  responsible: { cs: "Odpovědný", en: "Responsible" },
  partners: { cs: "Partneři", en: "Partners" },
  targetGroups: { cs: "Cílové skupiny", en: "Target groups" },
  deadline: { cs: "Termín", en: "Deadline" },
  cost: { cs: "Náklady plánované", en: "Planned cost" },
  sources: { cs: "Zdroje financování", en: "Funding sources" },
  indicators: { cs: "Ukazatele", en: "Indicators" },
  status: { cs: "Stav", en: "Status" },
  active: { cs: "aktivní", en: "active" },
  retired: { cs: "vyřazeno", en: "retired" },
  number: { cs: "č.", en: "No." },
  date: { cs: "Datum", en: "Date" },
  channel: { cs: "Kanál", en: "Channel" },
  author: { cs: "Autor", en: "Author" },
  text: { cs: "Text připomínky", en: "Comment" },
  concerns: { cs: "Dotčená část", en: "Part concerned" },
  disposition: { cs: "Způsob vypořádání", en: "Disposition" },
  justification: { cs: "Odůvodnění", en: "Justification" },
  change: { cs: "Provedená změna", en: "Change made" },
  unsettled: { cs: "nevypořádáno", en: "not settled" },
  fulfilment: { cs: "Plnění", en: "Fulfilment" },
  comment: { cs: "Komentář", en: "Comment" },
  notReported: { cs: "nevykázáno", en: "not reported" },
  item: { cs: "Položka strategie", en: "Strategy item" },
  indicator: { cs: "Ukazatel", en: "Indicator" },
  unit: { cs: "Jednotka", en: "Unit" },
  baseline: { cs: "Výchozí hodnota", en: "Baseline" },
  target: { cs: "Cílová hodnota", en: "Target" },
  actualIn: { cs: "Skutečnost {year}", en: "Actual {year}" },
  expectedIn: { cs: "Očekáváno {year}", en: "Expected {year}" },
  rowId: { cs: "id řádku (neměnit)", en: "row id (do not change)" },
  commentsPart: { cs: "připomínky", en: "comments" },
  reportPart: { cs: "zpráva o plnění", en: "monitoring report" },
  fundingData: { cs: "financování aktivit", en: "funding of activities" },
  providerActivities: { cs: "aktivity poskytovatele „{name}“", en: "activities of the provider \"{name}\"" }
})

/**
 * A catalogue text in one language.
 *
 * @category messages
 * @since 0.1.0
 */
export const t = (locale: Locale, key: Parameters<typeof xlsxText>[0], params?: Parameters<typeof xlsxText>[1]): string =>
  xlsxText(key, params)[locale]
