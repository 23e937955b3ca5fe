/**
 * The names people read for the values of the model's enumerations — triad roles, sectors, phases,
 * lifecycle states, funding kinds, dispositions, fulfilment… — in Czech and English. Documents, reports
 * and user interfaces take them from here.
 *
 * @since 0.1.0
 */
import type { TriadRole, Sector } from "./Actor.js"
import type { ServiceForm } from "./Analysis.js"
import type { BodyKind, MemberRole } from "./Body.js"
import type { Channel, Disposition } from "./Consultation.js"
import type { DecisionMethod } from "./DecisionRule.js"
import type { FundingKind } from "./Funding.js"
import type { IndicatorDimension } from "./Indicator.js"
import type { IndicatorStatus } from "./IndicatorStatus.js"
import type { LocalizedText } from "./Messages.js"
import type { Fulfilment } from "./Monitoring.js"
import type { ApprovingBody, LifecycleStatus, Phase } from "./Process.js"
import type { MilestoneKind } from "./Schedule.js"
import type { ServiceCategory } from "./ServiceCatalogue.js"
import type { TerritoryLevel } from "./Territory.js"

type Labels<K extends string> = Readonly<Record<K, LocalizedText>>

/** @category labels @since 0.1.0 */
export const triadRoleLabels: Labels<TriadRole> = {
  user: { cs: "uživatelé", en: "users" },
  provider: { cs: "poskytovatelé", en: "providers" },
  commissioner: { cs: "zadavatelé", en: "commissioners" },
  public: { cs: "veřejnost", en: "public" }
}

/** @category labels @since 0.1.0 */
export const sectorLabels: Labels<Sector> = {
  publicAdministration: { cs: "veřejná správa", en: "public administration" },
  socialServices: { cs: "sociální služby", en: "social services" },
  health: { cs: "zdravotnictví", en: "health" },
  housing: { cs: "bydlení", en: "housing" },
  employment: { cs: "zaměstnanost", en: "employment" },
  education: { cs: "vzdělávání", en: "education" },
  other: { cs: "ostatní", en: "other" }
}

/** @category labels @since 0.1.0 */
export const phaseLabels: Labels<Phase> = {
  start: { cs: "Zahájení", en: "Start" },
  steeringStructure: { cs: "Vytvoření řídící struktury", en: "Steering structure" },
  understandingNeeds: { cs: "Porozumění problémům v komunitě", en: "Understanding the community's problems" },
  vision: { cs: "Návrh rozvoje sociálních služeb", en: "Vision of development" },
  strategy: { cs: "Strategie rozvoje sociálních služeb", en: "Strategy" },
  implementation: { cs: "Od plánování k provádění", en: "From planning to implementation" }
}

/** @category labels @since 0.1.0 */
export const lifecycleLabels: Labels<LifecycleStatus> = {
  draft: { cs: "návrh", en: "draft" },
  commentPeriod: { cs: "připomínkování", en: "public comment" },
  settlement: { cs: "vypořádání připomínek", en: "settlement of comments" },
  approved: { cs: "schválen", en: "approved" },
  inForce: { cs: "v platnosti", en: "in force" },
  amended: { cs: "aktualizován", en: "amended" },
  expired: { cs: "ukončen", en: "expired" }
}

/** @category labels @since 0.1.0 */
export const approvingBodyLabels: Labels<ApprovingBody> = {
  assembly: { cs: "Zastupitelstvo města", en: "Municipal assembly" },
  council: { cs: "Rada města", en: "Municipal council" },
  steeringGroup: { cs: "Řídící skupina", en: "Steering group" },
  regionalAssembly: { cs: "Zastupitelstvo kraje", en: "Regional assembly" },
  regionalCouncil: { cs: "Rada kraje", en: "Regional council" }
}

/** @category labels @since 0.1.0 */
export const bodyKindLabels: Labels<BodyKind> = {
  coalition: { cs: "partnerská koalice", en: "partner coalition" },
  steeringGroup: { cs: "řídící skupina", en: "steering group" },
  workingGroup: { cs: "pracovní skupina", en: "working group" },
  managementTeam: { cs: "manažerský tým", en: "management team" },
  other: { cs: "jiný orgán", en: "other body" }
}

/** @category labels @since 0.1.0 */
export const memberRoleLabels: Labels<MemberRole> = {
  member: { cs: "člen", en: "member" },
  leader: { cs: "vedoucí", en: "leader" },
  facilitator: { cs: "facilitátor", en: "facilitator" },
  externalExpert: { cs: "externí odborník", en: "external expert" },
  coordinator: { cs: "koordinátor", en: "coordinator" }
}

/** @category labels @since 0.1.0 */
export const decisionMethodLabels: Labels<DecisionMethod> = {
  consensus: { cs: "konsenzus", en: "consensus" },
  consent: { cs: "souhlas bez zásadní námitky", en: "consent" },
  unanimity: { cs: "jednomyslnost", en: "unanimity" },
  simpleMajority: { cs: "prostá většina", en: "simple majority" },
  qualifiedMajority: { cs: "kvalifikovaná většina", en: "qualified majority" },
  triadMajority: { cs: "většina v každé části triády", en: "majority in each chamber of the triad" }
}

/** @category labels @since 0.1.0 */
export const fundingKindLabels: Labels<FundingKind> = {
  municipality: { cs: "rozpočet obce", en: "municipal budget" },
  region: { cs: "rozpočet kraje", en: "regional budget" },
  state: { cs: "státní rozpočet", en: "state budget" },
  eu: { cs: "fondy EU", en: "EU funds" },
  healthInsurance: { cs: "zdravotní pojišťovny", en: "health insurance" },
  userPayments: { cs: "úhrady uživatelů", en: "user payments" },
  fundraising: { cs: "dary a sbírky", en: "fundraising" },
  other: { cs: "jiné zdroje", en: "other sources" }
}

/** @category labels @since 0.1.0 */
export const indicatorDimensionLabels: Labels<IndicatorDimension> = {
  quality: { cs: "kvalita", en: "quality" },
  efficiency: { cs: "efektivita", en: "efficiency" },
  accessibility: { cs: "dostupnost", en: "accessibility" },
  cost: { cs: "náklady", en: "cost" },
  output: { cs: "výstup", en: "output" }
}

/** @category labels @since 0.1.0 */
export const fulfilmentLabels: Labels<Fulfilment> = {
  fulfilled: { cs: "splněno", en: "fulfilled" },
  partlyFulfilled: { cs: "částečně splněno", en: "partly fulfilled" },
  notFulfilled: { cs: "nesplněno", en: "not fulfilled" },
  cancelled: { cs: "zrušeno", en: "cancelled" },
  movedToNextYear: { cs: "přesunuto do dalšího roku", en: "moved to the next year" }
}

/** @category labels @since 0.1.0 */
export const dispositionLabels: Labels<Disposition> = {
  accepted: { cs: "akceptováno", en: "accepted" },
  partlyAccepted: { cs: "částečně akceptováno", en: "partly accepted" },
  rejected: { cs: "neakceptováno", en: "rejected" },
  noted: { cs: "vzato na vědomí", en: "noted" }
}

/** @category labels @since 0.1.0 */
export const channelLabels: Labels<Channel> = {
  web: { cs: "webový formulář", en: "web form" },
  email: { cs: "e-mail", en: "e-mail" },
  paperForm: { cs: "písemný formulář", en: "paper form" },
  publicHearing: { cs: "veřejné projednání", en: "public hearing" },
  meeting: { cs: "jednání", en: "meeting" }
}

/** @category labels @since 0.1.0 */
export const serviceFormLabels: Labels<ServiceForm> = {
  residential: { cs: "pobytová", en: "residential" },
  outpatient: { cs: "ambulantní", en: "outpatient" },
  field: { cs: "terénní", en: "field" }
}

/** @category labels @since 0.1.0 */
export const territoryLevelLabels: Labels<TerritoryLevel> = {
  municipality: { cs: "obec", en: "municipality" },
  orp: { cs: "obec s rozšířenou působností", en: "municipality with extended powers" },
  microregion: { cs: "mikroregion", en: "microregion" },
  region: { cs: "kraj", en: "region" }
}

/** @category labels @since 0.1.0 */
export const serviceCategoryLabels: Labels<ServiceCategory> = {
  counselling: { cs: "sociální poradenství", en: "social counselling" },
  care: { cs: "služby sociální péče", en: "social care services" },
  prevention: { cs: "služby sociální prevence", en: "social prevention services" }
}

/** @category labels @since 0.1.0 */
export const indicatorStatusLabels: Labels<IndicatorStatus> = {
  onTrack: { cs: "plní se", en: "on track" },
  atRisk: { cs: "ohroženo", en: "at risk" },
  offTrack: { cs: "neplní se", en: "off track" },
  noTarget: { cs: "bez výchozí nebo cílové hodnoty", en: "no baseline or target" },
  noActual: { cs: "bez naměřené hodnoty", en: "no actual value" }
}

/** @category labels @since 0.1.0 */
export const milestoneKindLabels: Labels<MilestoneKind> = {
  task: { cs: "úkol", en: "task" },
  deadline: { cs: "termín", en: "deadline" },
  meeting: { cs: "jednání", en: "meeting" },
  commentPeriodOpens: { cs: "zahájení připomínkování", en: "comment period opens" },
  commentPeriodCloses: { cs: "ukončení připomínkování", en: "comment period closes" },
  settlement: { cs: "vypořádání připomínek", en: "settlement of comments" },
  approval: { cs: "schválení", en: "approval" },
  periodStarts: { cs: "začátek období plánu", en: "plan period starts" },
  actionPlan: { cs: "akční plán", en: "action plan" },
  publication: { cs: "zveřejnění", en: "publication" }
}
