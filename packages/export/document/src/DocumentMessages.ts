/**
 * Every text of the plan document and the monitoring report that does not come from the plan itself:
 * chapter titles, column headers, fixed sentences — in Czech and English.
 *
 * @since 0.1.0
 */
import { makeMessages } from "@kpss/core"

/**
 * The documents' message catalogue.
 *
 * @category messages
 * @since 0.1.0
 */
export const documentMessages = makeMessages({
  planSubtitle: { cs: "{edition}. komunitní plán sociálních služeb na období {from}–{to}", en: "Community plan of social services no. {edition}, {from}–{to}" },
  territory: { cs: "Území: {name} ({level})", en: "Territory: {name} ({level})" },
  status: { cs: "Stav dokumentu: {status}", en: "Status: {status}" },
  approvedBy: { cs: "{kind} {body} usnesením č. {resolution} dne {date}", en: "{kind} by the {body}, resolution no. {resolution}, on {date}" },
  approvedKind: { cs: "Schváleno", en: "Approved" },
  tookNoteKind: { cs: "Vzato na vědomí", en: "Noted" },
  asOf: { cs: "Stav k {date}", en: "As of {date}" },
  internal: { cs: "Interní dokument – obsahuje osobní údaje", en: "Internal document – contains personal data" },
  contents: { cs: "Obsah", en: "Contents" },
  page: { cs: "Strana", en: "Page" },
  tableLabel: { cs: "Tabulka", en: "Table" },
  yes: { cs: "ano", en: "yes" },
  no: { cs: "ne", en: "no" },
  none: { cs: "–", en: "–" },
  total: { cs: "Celkem", en: "Total" },

  chBasics: { cs: "Základní údaje o plánu", en: "The plan at a glance" },
  basicsCaption: { cs: "Základní údaje", en: "Basic data" },
  field: { cs: "Údaj", en: "Item" },
  value: { cs: "Hodnota", en: "Value" },
  fTerritory: { cs: "Území", en: "Territory" },
  fPeriod: { cs: "Období", en: "Period" },
  fEdition: { cs: "Pořadí plánu", en: "Edition" },
  fStatus: { cs: "Stav", en: "Status" },
  fApproval: { cs: "Schválení", en: "Approval" },
  fInForce: { cs: "Platnost od", en: "In force from" },
  fValidUntil: { cs: "Platnost do", en: "Valid until" },
  fStatutory: { cs: "Střednědobý plán kraje (§ 95 zákona č. 108/2006 Sb.)", en: "Regional medium-term plan (Act 108/2006 §95)" },

  chProcess: { cs: "Jak byl plán zpracován", en: "How the plan was prepared" },
  processIntro: {
    cs: "Plán vznikl metodou komunitního plánování: ve spolupráci zadavatelů, poskytovatelů a uživatelů sociálních služeb (triáda) a veřejnosti, v šesti fázích.",
    en: "The plan was prepared by community planning: together by commissioners, providers and users of social services (the triad) and the public, in six phases."
  },
  phasesCaption: { cs: "Fáze plánování", en: "Phases of planning" },
  phase: { cs: "Fáze", en: "Phase" },
  phaseState: { cs: "Stav", en: "State" },
  started: { cs: "Zahájena", en: "Started" },
  completed: { cs: "Ukončena", en: "Completed" },
  stateNotStarted: { cs: "nezahájena", en: "not started" },
  stateInProgress: { cs: "probíhá", en: "in progress" },
  stateCompleted: { cs: "ukončena", en: "completed" },
  chParticipants: { cs: "Účastníci a organizační struktura", en: "Participants and structure" },
  bodiesCaption: { cs: "Orgány komunitního plánování a jejich složení podle triády", en: "Bodies of community planning and their triad composition" },
  body: { cs: "Orgán", en: "Body" },
  bodyKind: { cs: "Druh", en: "Kind" },
  leader: { cs: "Vedoucí", en: "Leader" },
  facilitator: { cs: "Facilitátor", en: "Facilitator" },
  decisionRule: { cs: "Způsob rozhodování", en: "Decision rule" },
  members: { cs: "Členové", en: "Members" },
  actorsCaption: { cs: "Zapojení aktéři", en: "Actors involved" },
  actor: { cs: "Aktér", en: "Actor" },
  triadRole: { cs: "Role v triádě", en: "Triad role" },
  sector: { cs: "Oblast", en: "Sector" },
  contacts: { cs: "Kontakty", en: "Contacts" },
  meetingsSummary: {
    cs: "Orgány se sešly {count}krát; zápisy z {published} jednání byly zveřejněny.",
    en: "The bodies met {count} times; the minutes of {published} meetings were published."
  },

  chAnalyses: { cs: "Analýzy", en: "Analyses" },
  chDemography: { cs: "Demografické údaje", en: "Demography" },
  demographyCaption: { cs: "Obyvatelstvo podle věkových skupin", en: "Population by age band" },
  year: { cs: "Rok", en: "Year" },
  ageBand: { cs: "Věková skupina", en: "Age band" },
  population: { cs: "Počet obyvatel", en: "Population" },
  source: { cs: "Zdroj", en: "Source" },
  chNeeds: { cs: "Potřeby cílových skupin", en: "Needs of target groups" },
  needsCaption: { cs: "Zjištěné potřeby", en: "Needs found" },
  targetGroup: { cs: "Cílová skupina", en: "Target group" },
  need: { cs: "Potřeba", en: "Need" },
  severity: { cs: "Naléhavost", en: "Severity" },
  severityLow: { cs: "nízká", en: "low" },
  severityMedium: { cs: "střední", en: "medium" },
  severityHigh: { cs: "vysoká", en: "high" },
  needSurvey: { cs: "dotazníkové šetření", en: "survey" },
  needInterview: { cs: "rozhovory", en: "interviews" },
  needData: { cs: "statistická data", en: "data" },
  needWorkingGroup: { cs: "pracovní skupina", en: "working group" },
  needOther: { cs: "jiný zdroj", en: "other" },
  chResources: { cs: "Zdroje: poskytovatelé a služby", en: "Resources: providers and services" },
  resourcesCaption: { cs: "Sociální a související služby na území", en: "Social and related services in the territory" },
  provider: { cs: "Poskytovatel", en: "Provider" },
  service: { cs: "Služba", en: "Service" },
  serviceType: { cs: "Druh (§)", en: "Type (§)" },
  forms: { cs: "Forma", en: "Form" },
  capacity: { cs: "Kapacita", en: "Capacity" },
  chEconomic: { cs: "Ekonomické zhodnocení", en: "Economic evaluation" },
  noData: { cs: "Údaje nejsou k dispozici.", en: "No data." },

  chSwot: { cs: "SWOT analýza", en: "SWOT analysis" },
  strength: { cs: "Silné stránky", en: "Strengths" },
  weakness: { cs: "Slabé stránky", en: "Weaknesses" },
  opportunity: { cs: "Příležitosti", en: "Opportunities" },
  threat: { cs: "Hrozby", en: "Threats" },

  chVision: { cs: "Poslání, vize a hodnoty", en: "Mission, vision and values" },
  mission: { cs: "Poslání", en: "Mission" },
  vision: { cs: "Vize", en: "Vision" },
  values: { cs: "Hodnoty", en: "Values" },

  chStrategy: { cs: "Strategická část", en: "Strategy" },
  strategyIntro: {
    cs: "Strategie je strom: {priority} → {goal} → {measure} → {activity}. U každé položky je uveden odpovědný subjekt, partneři, termín a plánované finanční prostředky za celé období.",
    en: "The strategy is a tree: {priority} → {goal} → {measure} → {activity}. Each item names who is responsible, the partners, the deadline and the money planned for the whole period."
  },
  strategyCaption: { cs: "{code} {title}: cíle, opatření a aktivity", en: "{code} {title}: goals, measures and activities" },
  code: { cs: "Kód", en: "Code" },
  item: { cs: "Název", en: "Title" },
  level: { cs: "Úroveň", en: "Level" },
  responsible: { cs: "Odpovídá", en: "Responsible" },
  partners: { cs: "Partneři", en: "Partners" },
  deadline: { cs: "Termín", en: "Deadline" },
  plannedMoney: { cs: "Plánováno", en: "Planned" },

  chFunding: { cs: "Financování", en: "Funding" },
  fundingIntro: {
    cs: "Plánované prostředky na aktivity plánu celkem {planned}, z toho zajištěno {secured} ({coverage}).",
    en: "Money planned for the plan's activities: {planned} in all, of which {secured} is secured ({coverage})."
  },
  fundingBySourceCaption: { cs: "Plánované prostředky podle zdrojů a let", en: "Planned money by source and year" },
  fundingByYearCaption: { cs: "Plánované, zajištěné a čerpané prostředky podle let", en: "Planned, secured and spent money by year" },
  coverageCaption: { cs: "Zajištění financí podle priorit", en: "Funding secured per priority" },
  planned: { cs: "Plánováno", en: "Planned" },
  secured: { cs: "Zajištěno", en: "Secured" },
  spent: { cs: "Čerpáno", en: "Spent" },
  coverage: { cs: "Zajištěno (%)", en: "Secured (%)" },

  chIndicators: { cs: "Ukazatele", en: "Indicators" },
  indicatorsCaption: { cs: "Ukazatele plnění", en: "Indicators of fulfilment" },
  indicator: { cs: "Ukazatel", en: "Indicator" },
  dimension: { cs: "Hledisko", en: "Dimension" },
  unit: { cs: "Jednotka", en: "Unit" },
  baseline: { cs: "Výchozí hodnota", en: "Baseline" },
  target: { cs: "Cílová hodnota", en: "Target" },
  actual: { cs: "Skutečnost", en: "Actual" },

  chSchedule: { cs: "Harmonogram", en: "Schedule" },
  scheduleCaption: { cs: "Milníky harmonogramu", en: "Milestones of the schedule" },
  milestone: { cs: "Milník", en: "Milestone" },
  when: { cs: "Kdy", en: "When" },
  owner: { cs: "Odpovídá", en: "Owner" },
  done: { cs: "Splněno", en: "Done" },

  chMonitoring: { cs: "Sledování a vyhodnocování plnění", en: "Monitoring and evaluation" },
  monitoringText: {
    cs: "Plán se naplňuje ročními akčními plány. Plnění každé aktivity a hodnoty ukazatelů se každý rok vyhodnocují ve zprávě o plnění, kterou projedná řídící skupina a vezme na vědomí zastupitelstvo; zpráva se zveřejňuje. Z vyhodnocení vychází akční plán na další rok a další komunitní plán.",
    en: "The plan is carried out through yearly action plans. Each year the fulfilment of every activity and the values of the indicators are evaluated in a monitoring report, which the steering group discusses and the assembly takes note of; the report is published. The next action plan and the next community plan start from this evaluation."
  },
  actionPlansCaption: { cs: "Akční plány", en: "Action plans" },
  activities: { cs: "Počet aktivit", en: "Activities" },
  approval: { cs: "Schválení", en: "Approval" },
  reportsCaption: { cs: "Zprávy o plnění", en: "Monitoring reports" },
  reportStatus: { cs: "Stav zprávy", en: "Report status" },
  draft: { cs: "návrh", en: "draft" },
  approved: { cs: "schválena", en: "approved" },

  chChanges: { cs: "Změny plánu", en: "Changing the plan" },
  changesText: {
    cs: "Plán lze měnit aktualizací: návrh změny projedná pracovní skupina a řídící skupina, změnu schvaluje ten, kdo schválil plán. Každá změna se eviduje s důvodem a schválením; schválená verze plánu se nemění.",
    en: "The plan is changed by an amendment: the working group and the steering group discuss the proposal, and whoever approved the plan approves the change. Every change is recorded with its reason and approval; an adopted version never changes."
  },
  amendmentsCaption: { cs: "Aktualizace plánu", en: "Amendments" },
  amendment: { cs: "Č.", en: "No." },
  reason: { cs: "Důvod", en: "Reason" },

  chPrevious: { cs: "Vyhodnocení předchozího plánu", en: "Evaluation of the previous plan" },
  previousCaption: { cs: "Aktivity {edition}. komunitního plánu", en: "Activities of plan no. {edition}" },
  fulfilment: { cs: "Plnění", en: "Fulfilment" },
  carriedOver: { cs: "Převzato", en: "Carried over" },

  chAnnex: { cs: "Příloha: Vypořádání připomínek", en: "Annex: Settlement of comments" },
  annexIntro: {
    cs: "Návrh plánu byl zveřejněn k připomínkám {periods}. Přijato {count} {count:připomínka|připomínky|připomínek}; vypořádáno {settled}.",
    en: "The draft was open for comment {periods}. {count} {count:comment was|comments were} received; {settled} {settled:is|are} settled."
  },
  commentsCaption: { cs: "Připomínky a jejich vypořádání", en: "Comments and their settlement" },
  commentNo: { cs: "Č.", en: "No." },
  received: { cs: "Doručeno", en: "Received" },
  author: { cs: "Autor", en: "Author" },
  channel: { cs: "Způsob", en: "Channel" },
  comment: { cs: "Připomínka", en: "Comment" },
  concerns: { cs: "Týká se", en: "Concerns" },
  disposition: { cs: "Vypořádání", en: "Disposition" },
  justification: { cs: "Odůvodnění", en: "Justification" },
  unsettled: { cs: "nevypořádáno", en: "not settled" },
  noComments: { cs: "K návrhu nebyly podány žádné připomínky.", en: "No comments were received on the draft." },

  reportTitle: { cs: "Zpráva o plnění komunitního plánu za rok {year}", en: "Monitoring report for {year}" },
  reportSubtitle: { cs: "{plan}", en: "{plan}" },
  reportPrepared: { cs: "Zpracováno {date}", en: "Prepared on {date}" },
  chReportSummary: { cs: "Shrnutí", en: "Summary" },
  fulfilmentCounts: { cs: "Plnění aktivit v roce {year}", en: "Fulfilment of activities in {year}" },
  count: { cs: "Počet", en: "Count" },
  chReportActivities: { cs: "Plnění aktivit", en: "Fulfilment of activities" },
  reportActivitiesCaption: { cs: "Plnění aktivit v roce {year}", en: "Activities in {year}" },
  spentInYear: { cs: "Čerpáno v roce", en: "Spent in the year" },
  chReportIndicators: { cs: "Hodnoty ukazatelů", en: "Indicator values" },
  reportIndicatorsCaption: { cs: "Ukazatele v roce {year}", en: "Indicators in {year}" },
  chReportFunding: { cs: "Financování v roce {year}", en: "Funding in {year}" },
  reportFundingCaption: { cs: "Prostředky podle zdrojů v roce {year}", en: "Money by source in {year}" },
  planPart: { cs: "komunitní plán", en: "community plan" },
  monitoringReportPart: { cs: "zpráva o plnění", en: "monitoring report" }
})

/**
 * A key of the documents' catalogue.
 *
 * @category messages
 * @since 0.1.0
 */
export type DocumentMessageKey = Parameters<typeof documentMessages>[0]
