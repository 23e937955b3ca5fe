/**
 * Every text the charts show, in Czech and English: titles, descriptions (the text alternative of each
 * chart), axis and legend words, and the notes shown when a chart has nothing to draw.
 *
 * @since 0.1.0
 */
import { makeMessages } from "@kpss/core"

/**
 * The charts' message catalogue.
 *
 * @category messages
 * @since 0.1.0
 */
export const chartMessages = makeMessages({
  fundingTitle: { cs: "Financování podle zdrojů a let ({measure})", en: "Funding by source and year ({measure})" },
  fundingDesc: {
    cs: "Skládaný sloupcový graf: {measure} finanční prostředky v letech {from}–{to} podle zdrojů; celkem {total}. {years}",
    en: "Stacked bar chart: {measure} money in {from}–{to} by source; {total} in all. {years}"
  },
  fundingYear: { cs: "{year}: {amount}", en: "{year}: {amount}" },
  fundingCell: { cs: "{source}, {year}: {amount}", en: "{source}, {year}: {amount}" },
  fundingEmpty: { cs: "Plán nemá žádné finanční údaje.", en: "The plan has no funding data." },
  planned: { cs: "plánované", en: "planned" },
  secured: { cs: "zajištěné", en: "secured" },
  spent: { cs: "čerpané", en: "spent" },
  currency: { cs: "Kč", en: "CZK" },
  coverageTitle: { cs: "Zajištění financí podle priorit", en: "Funding secured per priority" },
  coverageDesc: {
    cs: "Vodorovný sloupcový graf: podíl zajištěných a plánovaných prostředků u každé priority; práh {threshold}. {rows}",
    en: "Horizontal bar chart: the share of planned money that is secured for each priority; threshold {threshold}. {rows}"
  },
  coverageRow: { cs: "{item}: {coverage} ({secured} z {planned})", en: "{item}: {coverage} ({secured} of {planned})" },
  coverageNone: { cs: "{item}: nic neplánováno", en: "{item}: nothing planned" },
  coverageNothingPlanned: { cs: "nic neplánováno", en: "nothing planned" },
  belowThreshold: { cs: "pod prahem", en: "below threshold" },
  threshold: { cs: "práh {threshold}", en: "threshold {threshold}" },
  coverageEmpty: { cs: "Plán nemá žádné priority.", en: "The plan has no priorities." },
  scheduleTitle: { cs: "Harmonogram", en: "Schedule" },
  scheduleDesc: {
    cs: "Ganttův diagram: {count} milníků a období od {from} do {to}. {rows}",
    en: "Gantt chart: {count} milestones and windows from {from} to {to}. {rows}"
  },
  scheduleRow: { cs: "{title}: {when}", en: "{title}: {when}" },
  scheduleDone: { cs: "splněno", en: "done" },
  today: { cs: "dnes", en: "today" },
  scheduleEmpty: { cs: "Harmonogram neobsahuje žádné milníky.", en: "The schedule has no milestones." }
})
