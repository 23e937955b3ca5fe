/**
 * The realistic sample plan: the 4th community plan of social services of the fictional town Stříbrná
 * Hora for 2017–2019, modelled on Kutná Hora's harmonogram (seed 003) — five working groups with their
 * managers, the partner coalition, the coordination (steering) group and the management team; needs,
 * resources and SWOT per group; 6 priorities with about 60 activities; money per activity, year and
 * source; indicators; action plans for 2017 and 2018 and the monitoring report for 2017; the public
 * comment of June 2016 with every comment settled; and the schedule with the seed's dates.
 *
 * Everything here is invented: the town, the organisations, their IČO, the people and their contacts.
 * The document is written as raw JSON and decoded once when the module loads, so the sample is always a
 * plan the decoder accepts; the repetitive parts (funding lines, fulfilment rows, working-group
 * meetings) come from small deterministic loops.
 *
 * @since 0.1.0
 */
import { Result } from "effect"
import {
  currentFormatVersion,
  decodePlanDocument,
  formatPath,
  isoDate,
  plusDays,
  type Fulfilment,
  type Plan,
  type PlanEncoded
} from "@kpss/core"
import { prng } from "./internal/prng.js"

type ActorJson = PlanEncoded["actors"][number]
type BodyJson = PlanEncoded["bodies"][number]
type MeetingJson = PlanEncoded["meetings"][number]
type DecisionJson = PlanEncoded["decisions"][number]
type VoteJson = DecisionJson["votes"][number]
type RuleJson = BodyJson["decisionRule"]
type NeedJson = PlanEncoded["analyses"]["needs"][number]
type ResourceJson = PlanEncoded["analyses"]["resources"][number]
type CapacityJson = ResourceJson["capacities"][number]
type SwotJson = PlanEncoded["analyses"]["swot"][number]
type ItemJson = PlanEncoded["strategy"]["items"][number]
type LineJson = PlanEncoded["funding"]["lines"][number]
type IndicatorJson = PlanEncoded["indicators"][number]
type CommentJson = PlanEncoded["consultation"]["comments"][number]
type MilestoneJson = PlanEncoded["schedule"][number]

/**
 * The sample plan as its canonical JSON document (`{ formatVersion, plan }`).
 *
 * @category models
 * @since 0.1.0
 */
export interface SamplePlanDocument {
  readonly formatVersion: number
  readonly plan: PlanEncoded
}

// --- Territory and constants -------------------------------------------------------------------

const townCode = "534862"
const regionCode = "27"
const web = "https://www.stribrnahora.example.cz/komunitni-planovani"
const years = [2017, 2018, 2019] as const

/** A day before or after an ISO date, through core's date arithmetic. */
const shift = (date: string, days: number): string => plusDays(isoDate(date), days)

const toThousands = (n: number): number => Math.round(n / 1000) * 1000

const deepFreeze = <A>(value: A): A => {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

// --- Actors ------------------------------------------------------------------------------------

const org = (
  id: string,
  name: string,
  triadRole: ActorJson["triadRole"],
  sector: ActorJson["sector"],
  ico: string | undefined,
  host: string
): ActorJson => ({
  id,
  kind: "organisation",
  name,
  triadRole,
  sector,
  ...(ico === undefined ? {} : { ico }),
  contacts: [
    { kind: "web", value: `https://${host}.example.cz`, visibility: "public" },
    { kind: "email", value: `info@${host}.example.cz`, visibility: "public" }
  ],
  active: true
})

const person = (
  id: string,
  name: string,
  triadRole: ActorJson["triadRole"],
  sector: ActorJson["sector"],
  represents: string | undefined,
  mailbox: string,
  phone: string
): ActorJson => ({
  id,
  kind: "person",
  name,
  triadRole,
  sector,
  ...(represents === undefined ? {} : { represents }),
  contacts: [
    { kind: "email", value: `${mailbox}@example.cz`, visibility: "private" },
    { kind: "phone", value: phone, visibility: "private" }
  ],
  active: true
})

const actors: ReadonlyArray<ActorJson> = [
  // Commissioners and public administration
  org("a-mesto", "Město Stříbrná Hora", "commissioner", "publicAdministration", "00236411", "mesto-stribrnahora"),
  { ...org("a-odbor", "Městský úřad Stříbrná Hora, odbor sociálních věcí a zdravotnictví", "commissioner", "publicAdministration", undefined, "socialni-stribrnahora"), memberOf: "a-mesto" },
  org("a-kraj", "Středočeský kraj, odbor sociálních věcí", "commissioner", "publicAdministration", undefined, "kraj"),
  org("a-up", "Úřad práce ČR, kontaktní pracoviště Stříbrná Hora", "public", "employment", undefined, "up-stribrnahora"),
  org("a-mp", "Městská policie Stříbrná Hora", "public", "other", undefined, "mp-stribrnahora"),
  org("a-byty", "Správa městského bytového fondu Stříbrná Hora, s. r. o.", "public", "housing", "27154084", "byty-stribrnahora"),
  // Providers
  org("a-css", "Centrum sociálních služeb Stříbrná Hora, příspěvková organizace", "provider", "socialServices", "70885125", "css-stribrnahora"),
  org("a-domov", "Domov Na Výsluní, poskytovatel sociálních služeb", "provider", "socialServices", "48602370", "domov-navysluni"),
  org("a-charita", "Oblastní charita Stříbrná Hora", "provider", "socialServices", "26749319", "charita-stribrnahora"),
  org("a-poradna", "Poradna pro občanství a rodinu Stříbrná Hora, z. ú.", "provider", "socialServices", "05637198", "poradna-stribrnahora"),
  org("a-kotva", "Krizové centrum Kotva, z. ú.", "provider", "socialServices", "22928464", "kotva"),
  org("a-most", "Most – kontaktní centrum a terénní programy, z. ú.", "provider", "socialServices", "69931526", "most-kc"),
  org("a-asistence", "Asistence bez bariér, o. p. s.", "provider", "socialServices", "01458736", "asistence-bez-barier"),
  org("a-jasan", "Jasan – společnost pro podporu lidí s postižením, z. ú.", "provider", "socialServices", "22683097", "jasan"),
  org("a-slunecnice", "Denní centrum Slunečnice, z. ú.", "provider", "socialServices", "05986419", "slunecnice"),
  org("a-hnizdo", "Rodinné centrum Hnízdo, z. s.", "provider", "socialServices", "27074358", "hnizdo"),
  org("a-kolebka", "Raná péče Kolébka, o. p. s.", "provider", "socialServices", "22895612", "kolebka"),
  org("a-prostor", "Prostor pro mladé, z. s.", "provider", "socialServices", "71520341", "prostor-pro-mlade"),
  org("a-nemocnice", "Nemocnice Stříbrná Hora, a. s.", "provider", "health", "66274192", "nemocnice-stribrnahora"),
  org("a-hospic", "Domácí hospic Světlo, o. p. s.", "provider", "health", "26051737", "hospic-svetlo"),
  // Other partners
  org("a-zs", "Základní škola Stříbrná Hora, Komenského 12", "public", "education", "04246187", "zs-komenskeho"),
  org("a-dobrovolnici", "Dobrovolnické centrum Stříbrná Hora, z. s.", "public", "other", "22519670", "dobrovolnici-sh"),
  // User representatives
  org("a-klub-senioru", "Klub seniorů Stříbrná Hora, z. s.", "user", "other", "73158208", "klub-senioru-sh"),
  org("a-spolek-zp", "Spolek zdravotně postižených Stříbrná Hora, z. s.", "user", "other", "02675421", "szp-sh"),
  org("a-nevidomi", "Klub nevidomých a slabozrakých Stříbrná Hora, z. s.", "user", "other", "68450133", "nevidomi-sh"),
  org("a-paprsek", "Paprsek – sdružení rodičů a přátel lidí s postižením, z. s.", "user", "other", "22739181", "paprsek"),
  org("a-rodice", "Rodiče sobě, z. s.", "user", "other", "44982755", "rodice-sobe"),
  // Persons
  person("p-koord", "Mgr. Lenka Horáčková, koordinátorka komunitního plánování", "commissioner", "publicAdministration", "a-odbor", "lenka.horackova", "+420 601 100 201"),
  person("p-mistostarosta", "Ing. Radek Procházka, místostarosta", "commissioner", "publicAdministration", "a-mesto", "radek.prochazka", "+420 601 100 202"),
  person("p-kraj", "Bc. Eva Marková, krajská koordinátorka plánování", "commissioner", "publicAdministration", "a-kraj", "eva.markova", "+420 601 100 203"),
  person("p-man-sen", "Bc. Pavel Kratochvíl, manažer PS Senioři", "provider", "socialServices", "a-domov", "pavel.kratochvil", "+420 601 100 204"),
  person("p-man-vyl", "Mgr. Ivana Machová, manažerka PS Osoby ohrožené sociálním vyloučením a krizí", "provider", "socialServices", "a-charita", "ivana.machova", "+420 601 100 205"),
  person("p-man-zp", "Jaroslav Šimek, manažer PS Zdravotně postižení", "user", "other", "a-spolek-zp", "jaroslav.simek", "+420 601 100 206"),
  person("p-man-mkp", "Mgr. Kateřina Bártová, manažerka PS Osoby s mentálním a kombinovaným postižením", "provider", "socialServices", "a-slunecnice", "katerina.bartova", "+420 601 100 207"),
  person("p-man-rod", "Ing. Martin Kolář, manažer PS Rodiny s dětmi a děti a mládež", "public", "education", "a-zs", "martin.kolar", "+420 601 100 208"),
  person("p-fac-1", "PhDr. Tomáš Novotný, externí facilitátor", "public", "other", undefined, "tomas.novotny", "+420 601 100 209"),
  person("p-fac-2", "Mgr. Jana Veselá, facilitátorka", "public", "other", undefined, "jana.vesela", "+420 601 100 210"),
  person("p-uziv-sen", "Marie Dvořáková", "user", "other", "a-klub-senioru", "marie.dvorakova", "+420 601 100 211"),
  person("p-uziv-rodic", "Petra Malá", "user", "other", "a-paprsek", "petra.mala", "+420 601 100 212"),
  person("p-uziv-vyl", "Josef Král", "user", "other", undefined, "josef.kral", "+420 601 100 213"),
  person("p-uziv-zp", "Karel Beneš", "user", "other", "a-nevidomi", "karel.benes", "+420 601 100 214")
]

const actorById = new Map(actors.map((a) => [a.id, a]))
const actor = (id: string): ActorJson => {
  const found = actorById.get(id)
  if (found === undefined) throw new Error(`sample plan: unknown actor ${id}`)
  return found
}

// --- Target groups -----------------------------------------------------------------------------

const targetGroups: PlanEncoded["targetGroups"] = [
  { id: "tg-seniori", name: "Senioři", registerCodes: ["CilovaSkupinaOsoby/24"] },
  { id: "tg-pecujici", name: "Pečující osoby", registerCodes: ["CilovaSkupinaOsoby/26"] },
  { id: "tg-vylouceni", name: "Osoby ohrožené sociálním vyloučením a osoby v krizi", registerCodes: [] },
  { id: "tg-zp", name: "Osoby se zdravotním postižením", registerCodes: [] },
  { id: "tg-mkp", name: "Osoby s mentálním a kombinovaným postižením", registerCodes: [] },
  { id: "tg-rodiny", name: "Rodiny s dětmi", registerCodes: [] },
  { id: "tg-mladez", name: "Děti a mládež", registerCodes: [] }
]

// --- Bodies ------------------------------------------------------------------------------------

const consensusRule: RuleJson = {
  method: "consensus",
  quorum: 0.5,
  abstentionsCount: false,
  fallback: { method: "simpleMajority", quorum: 0.5, abstentionsCount: false }
}
const simpleMajorityRule: RuleJson = { method: "simpleMajority", quorum: 0.5, abstentionsCount: false }

interface WorkingGroupSpec {
  readonly id: string
  readonly key: string
  readonly name: string
  readonly targetGroupIds: ReadonlyArray<string>
  readonly priorityId: string
  readonly leader: string
  readonly facilitator: string
  readonly members: ReadonlyArray<string>
  /** SWOT, early March (proposals), late March (revisions), June (comments on the draft). */
  readonly meetingDays: readonly [string, string, string, string]
  readonly place: string
}

const workingGroups: ReadonlyArray<WorkingGroupSpec> = [
  {
    id: "ps-seniori", key: "seniori", name: "Senioři", targetGroupIds: ["tg-seniori", "tg-pecujici"], priorityId: "P1",
    leader: "p-man-sen", facilitator: "p-fac-1",
    members: ["a-css", "a-domov", "a-charita", "a-nemocnice", "a-hospic", "a-dobrovolnici", "a-klub-senioru", "p-uziv-sen", "a-odbor"],
    meetingDays: ["2016-02-03", "2016-03-02", "2016-03-21", "2016-06-08"], place: "Domov Na Výsluní, společenská místnost"
  },
  {
    id: "ps-vylouceni", key: "vylouceni", name: "Osoby ohrožené sociálním vyloučením a krizí", targetGroupIds: ["tg-vylouceni"], priorityId: "P2",
    leader: "p-man-vyl", facilitator: "p-fac-2",
    members: ["a-charita", "a-poradna", "a-kotva", "a-most", "a-up", "a-mp", "a-byty", "p-uziv-vyl", "a-odbor"],
    meetingDays: ["2016-02-04", "2016-03-03", "2016-03-22", "2016-06-09"], place: "Oblastní charita Stříbrná Hora, zasedací místnost"
  },
  {
    id: "ps-zp", key: "zp", name: "Zdravotně postižení", targetGroupIds: ["tg-zp"], priorityId: "P3",
    leader: "p-man-zp", facilitator: "p-fac-1",
    members: ["a-asistence", "a-jasan", "a-nemocnice", "a-css", "a-spolek-zp", "a-nevidomi", "p-uziv-zp", "a-odbor"],
    meetingDays: ["2016-02-09", "2016-03-08", "2016-03-23", "2016-06-14"], place: "Městský úřad, zasedací místnost č. 214"
  },
  {
    id: "ps-mkp", key: "mkp", name: "Osoby s mentálním a kombinovaným postižením", targetGroupIds: ["tg-mkp"], priorityId: "P4",
    leader: "p-man-mkp", facilitator: "p-fac-2",
    members: ["a-slunecnice", "a-jasan", "a-kolebka", "a-paprsek", "p-uziv-rodic", "a-up", "a-odbor"],
    meetingDays: ["2016-02-10", "2016-03-09", "2016-03-24", "2016-06-15"], place: "Denní centrum Slunečnice"
  },
  {
    id: "ps-rodiny", key: "rodiny", name: "Rodiny s dětmi a děti a mládež", targetGroupIds: ["tg-rodiny", "tg-mladez"], priorityId: "P5",
    leader: "p-man-rod", facilitator: "p-fac-1",
    members: ["a-hnizdo", "a-kolebka", "a-prostor", "a-charita", "a-poradna", "a-zs", "a-rodice", "a-mp", "a-odbor"],
    meetingDays: ["2016-02-11", "2016-03-10", "2016-03-29", "2016-06-16"], place: "Rodinné centrum Hnízdo"
  }
]

const coalitionMembers: ReadonlyArray<string> = actors
  .filter((a) => a.kind === "organisation" || a.id === "p-uziv-vyl" || a.id === "p-uziv-zp")
  .map((a) => a.id)

const steeringMembers: ReadonlyArray<BodyJson["members"][number]> = [
  { actorId: "p-mistostarosta", role: "leader", from: "2015-11-25" },
  { actorId: "p-koord", role: "coordinator", from: "2015-11-25" },
  { actorId: "a-odbor", role: "member", from: "2015-11-25" },
  { actorId: "p-kraj", role: "member", from: "2015-11-25" },
  ...workingGroups.map((g) => ({ actorId: g.leader, role: "member" as const, from: "2015-11-25" })),
  { actorId: "p-uziv-sen", role: "member", from: "2015-11-25" },
  { actorId: "p-uziv-rodic", role: "member", from: "2015-11-25" }
]

const bodies: ReadonlyArray<BodyJson> = [
  {
    id: "koalice",
    kind: "coalition",
    name: "Partnerská koalice komunitního plánování Stříbrná Hora",
    open: true,
    members: [
      ...coalitionMembers.map((id) => ({ actorId: id, role: "member" as const })),
      { actorId: "p-koord", role: "coordinator" },
      { actorId: "p-fac-1", role: "facilitator" }
    ],
    decisionRule: consensusRule,
    targetGroupIds: targetGroups.map((t) => t.id),
    priorityIds: []
  },
  {
    id: "ks",
    kind: "steeringGroup",
    name: "Koordinační skupina KPSS",
    open: false,
    members: steeringMembers,
    decisionRule: consensusRule,
    rulesOfProcedure: {
      adoptedOn: "2015-11-25",
      reference: `${web}/jednaci-rad-koordinacni-skupiny.pdf`,
      summary:
        "Koordinační skupinu jmenuje Rada města na návrh partnerské koalice. Zasedá nejméně čtyřikrát ročně, " +
        "pozvánku s programem rozesílá koordinátorka nejméně sedm dní předem. Rozhoduje konsenzem; " +
        "nedojde-li ke shodě, rozhoduje prostá většina přítomných. Zápis se zveřejňuje na webu města do deseti dnů."
    },
    composition: { administration: 30, users: 30, providers: 40, selection: "appointed" },
    targetGroupIds: targetGroups.map((t) => t.id),
    priorityIds: ["P6"]
  },
  {
    id: "mt",
    kind: "managementTeam",
    name: "Manažerský tým",
    open: false,
    members: [
      { actorId: "p-koord", role: "coordinator" },
      ...workingGroups.map((g) => ({ actorId: g.leader, role: "member" as const }))
    ],
    decisionRule: consensusRule,
    targetGroupIds: [],
    priorityIds: []
  },
  ...workingGroups.map((g): BodyJson => ({
    id: g.id,
    kind: "workingGroup",
    name: `Pracovní skupina ${g.name}`,
    open: true,
    members: [
      { actorId: g.leader, role: "leader", from: "2013-01-01" },
      { actorId: g.facilitator, role: "facilitator", from: "2016-01-01" },
      { actorId: "p-koord", role: "coordinator" },
      ...g.members.map((id) => ({ actorId: id, role: "member" as const }))
    ],
    decisionRule: consensusRule,
    targetGroupIds: [...g.targetGroupIds],
    priorityIds: [g.priorityId]
  }))
]

// --- Analyses ----------------------------------------------------------------------------------

const demographySource = "ČSÚ, Veřejná databáze – obyvatelstvo podle věku k 31. 12."
const demography: PlanEncoded["analyses"]["demography"] = (
  [
    ["0–14 let", [2951, 2968, 2987]],
    ["15–64 let", [13418, 13247, 13082]],
    ["65–79 let", [2734, 2843, 2951]],
    ["80 a více let", [818, 846, 873]]
  ] as const
).flatMap(([ageBand, counts]) =>
  counts.map((population, i) => ({ year: 2013 + i, ageBand, population, source: demographySource }))
)

const needs: ReadonlyArray<NeedJson> = [
  { id: "n-sen-1", targetGroupId: "tg-seniori", source: "data", severity: "high", serviceTypes: ["40"],
    description: "Pečovatelská služba nestačí pokrýt zájem o péči ve večerních hodinách a o víkendech; v roce 2015 odmítla 23 žadatelů." },
  { id: "n-sen-2", targetGroupId: "tg-pecujici", source: "survey", severity: "high", serviceTypes: ["44"],
    description: "Ve městě chybí pobytová odlehčovací služba, která by rodinám pečujícím o seniora umožnila odpočinek nebo léčení." },
  { id: "n-sen-3", targetGroupId: "tg-seniori", source: "data", severity: "high", serviceTypes: ["50"],
    description: "Čekací doba na umístění do domova se zvláštním režimem pro lidi s demencí přesahuje jeden rok." },
  { id: "n-sen-4", targetGroupId: "tg-seniori", source: "survey", severity: "medium", serviceTypes: ["66"],
    description: "Osamělost a sociální izolace seniorů žijících sami, zejména v okrajových částech města." },
  { id: "n-sen-5", targetGroupId: "tg-pecujici", source: "interview", severity: "medium", serviceTypes: ["37"],
    description: "Pečující osoby nemají dostatek informací o službách, příspěvku na péči a kompenzačních pomůckách." },
  { id: "n-vyl-1", targetGroupId: "tg-vylouceni", source: "workingGroup", severity: "high", serviceTypes: ["other"],
    description: "Nedostatek dostupného sociálního a krizového bydlení; rodiny po ztrátě bydlení končí v ubytovnách." },
  { id: "n-vyl-2", targetGroupId: "tg-vylouceni", source: "data", severity: "high", serviceTypes: ["37"],
    description: "Rostoucí zadluženost domácností a počet exekucí; dluhová poradna má čekací dobu tři týdny." },
  { id: "n-vyl-3", targetGroupId: "tg-vylouceni", source: "interview", severity: "medium", serviceTypes: ["63", "61"],
    description: "Lidé bez domova potřebují noclehárnu po celý rok, nejen v zimním období." },
  { id: "n-vyl-4", targetGroupId: "tg-vylouceni", source: "workingGroup", severity: "medium", serviceTypes: ["69"],
    description: "V lokalitách ohrožených sociálním vyloučením chybí pravidelná terénní sociální práce." },
  { id: "n-vyl-5", targetGroupId: "tg-vylouceni", source: "data", severity: "medium", serviceTypes: ["59", "69"],
    description: "Užívání návykových látek mezi mladými dospělými a s ním spojená rizika." },
  { id: "n-zp-1", targetGroupId: "tg-zp", source: "survey", severity: "high", serviceTypes: ["39"],
    description: "Osobní asistence není dostupná v pozdních večerních a nočních hodinách." },
  { id: "n-zp-2", targetGroupId: "tg-zp", source: "survey", severity: "medium", serviceTypes: ["other"],
    description: "Bariéry ve veřejných budovách, na chodnících a zastávkách městské dopravy." },
  { id: "n-zp-3", targetGroupId: "tg-zp", source: "interview", severity: "high", serviceTypes: ["other"],
    description: "Chybí přepravní služba pro lidi s omezenou pohyblivostí (k lékaři, na úřady)." },
  { id: "n-zp-4", targetGroupId: "tg-zp", source: "workingGroup", severity: "medium", serviceTypes: ["52", "70"],
    description: "Návaznost sociální a zdravotní péče po propuštění z nemocnice není zajištěna." },
  { id: "n-mkp-1", targetGroupId: "tg-mkp", source: "interview", severity: "high", serviceTypes: ["51"],
    description: "Ve městě chybí chráněné bydlení; dospělí lidé s postižením odcházejí do ústavů mimo region." },
  { id: "n-mkp-2", targetGroupId: "tg-mkp", source: "data", severity: "medium", serviceTypes: ["67"],
    description: "Kapacita sociálně terapeutických dílen nestačí; pořadník má 9 zájemců." },
  { id: "n-mkp-3", targetGroupId: "tg-mkp", source: "interview", severity: "high", serviceTypes: ["44"],
    description: "Rodiče pečující o dospělé děti s postižením stárnou a potřebují odlehčení." },
  { id: "n-mkp-4", targetGroupId: "tg-mkp", source: "workingGroup", severity: "medium", serviceTypes: ["70"],
    description: "Málo pracovních příležitostí a podpory při hledání práce pro lidi s mentálním postižením." },
  { id: "n-rod-1", targetGroupId: "tg-rodiny", source: "data", severity: "high", serviceTypes: ["65"],
    description: "Rodiny v evidenci OSPOD potřebují podporu při péči o děti a vedení domácnosti přímo v domácnosti." },
  { id: "n-rod-2", targetGroupId: "tg-rodiny", source: "interview", severity: "medium", serviceTypes: ["54"],
    description: "Včasná podpora rodin s dětmi s postižením nebo s ohroženým vývojem; raná péče má pořadník." },
  { id: "n-mla-1", targetGroupId: "tg-mladez", source: "survey", severity: "medium", serviceTypes: ["62"],
    description: "Dospívající na sídlišti Pod Haldou nemají bezpečné místo pro trávení volného času." },
  { id: "n-mla-2", targetGroupId: "tg-mladez", source: "data", severity: "medium", serviceTypes: ["62", "69"],
    description: "Rizikové chování dětí a mládeže: záškoláctví, experimenty s návykovými látkami, šikana." }
]

const service = (
  id: string,
  providerId: string,
  name: string,
  serviceType: string,
  capacities: ReadonlyArray<CapacityJson>,
  targetGroupIds: ReadonlyArray<string>,
  registerId?: string
): ResourceJson => {
  const provider = actor(providerId)
  return {
    id,
    providerId,
    providerName: provider.name,
    ...(provider.ico === undefined ? {} : { ico: provider.ico }),
    name,
    serviceType,
    forms: [...new Set(capacities.map((c) => c.form))],
    capacities: [...capacities],
    targetGroupIds: [...targetGroupIds],
    municipalityCodes: [townCode],
    ...(registerId === undefined ? {} : { registerId })
  }
}

const resources: ReadonlyArray<ResourceJson> = [
  service("r-pecovatelska", "a-css", "Pečovatelská služba", "40", [{ form: "field", unit: "client", count: 180 }, { form: "outpatient", unit: "client", count: 20 }], ["tg-seniori", "tg-zp"], "4718263"),
  service("r-tisnova", "a-css", "Tísňová péče", "41", [{ form: "field", unit: "client", count: 40 }], ["tg-seniori", "tg-zp"], "5930417"),
  service("r-ds", "a-domov", "Domov pro seniory Na Výsluní", "49", [{ form: "residential", unit: "bed", count: 64 }], ["tg-seniori"], "2864091"),
  service("r-dzr", "a-domov", "Domov se zvláštním režimem Na Výsluní", "50", [{ form: "residential", unit: "bed", count: 24 }], ["tg-seniori"], "6157302"),
  service("r-nocleharna", "a-charita", "Noclehárna Charity Stříbrná Hora", "63", [{ form: "outpatient", unit: "bed", count: 12 }], ["tg-vylouceni"], "3492875"),
  service("r-ndc", "a-charita", "Nízkoprahové denní centrum", "61", [{ form: "outpatient", unit: "client", count: 20 }], ["tg-vylouceni"], "8204516"),
  service("r-azyl", "a-charita", "Azylový dům pro matky s dětmi", "57", [{ form: "residential", unit: "bed", count: 24 }], ["tg-vylouceni", "tg-rodiny"], "1673948"),
  service("r-tp-charita", "a-charita", "Terénní programy Charity", "69", [{ form: "field", unit: "client", count: 60 }], ["tg-vylouceni"], "7045132"),
  service("r-poradna", "a-poradna", "Občanská a dluhová poradna", "37", [{ form: "outpatient", unit: "contact", count: 8 }, { form: "field", unit: "contact", count: 2 }], ["tg-vylouceni", "tg-rodiny", "tg-seniori"], "9318620"),
  service("r-kotva", "a-kotva", "Krizová pomoc", "60", [{ form: "outpatient", unit: "client", count: 4 }, { form: "field", unit: "client", count: 2 }], ["tg-vylouceni", "tg-rodiny"], "2587461"),
  service("r-linka", "a-kotva", "Linka důvěry Kotva", "55", [{ form: "field", unit: "call", count: 2 }], ["tg-vylouceni", "tg-mladez"], "6640273"),
  service("r-kc", "a-most", "Kontaktní centrum Most", "59", [{ form: "outpatient", unit: "contact", count: 15 }], ["tg-vylouceni"], "4082951"),
  service("r-oa", "a-asistence", "Osobní asistence", "39", [{ form: "field", unit: "client", count: 45 }], ["tg-zp", "tg-seniori"], "5761804"),
  service("r-pruvodce", "a-asistence", "Průvodcovské a předčitatelské služby", "42", [{ form: "field", unit: "client", count: 15 }, { form: "outpatient", unit: "client", count: 5 }], ["tg-zp"], "3129576"),
  service("r-ds-slunecnice", "a-slunecnice", "Denní stacionář Slunečnice", "46", [{ form: "outpatient", unit: "client", count: 20 }], ["tg-mkp"], "8476013"),
  service("r-std", "a-slunecnice", "Sociálně terapeutická dílna Slunečnice", "67", [{ form: "outpatient", unit: "client", count: 8 }], ["tg-mkp"], "1905384"),
  service("r-sr", "a-jasan", "Sociální rehabilitace Jasan", "70", [{ form: "outpatient", unit: "client", count: 15 }, { form: "field", unit: "client", count: 10 }], ["tg-mkp", "tg-zp"], "7392648"),
  service("r-psb", "a-jasan", "Podpora samostatného bydlení Jasan", "43", [{ form: "field", unit: "client", count: 10 }], ["tg-mkp"], "2018537"),
  service("r-sas", "a-hnizdo", "Sociálně aktivizační služby pro rodiny s dětmi", "65", [{ form: "field", unit: "client", count: 30 }, { form: "outpatient", unit: "client", count: 10 }], ["tg-rodiny"], "6853209"),
  service("r-rana", "a-kolebka", "Raná péče Kolébka", "54", [{ form: "field", unit: "client", count: 35 }], ["tg-rodiny", "tg-zp", "tg-mkp"], "4527196"),
  service("r-nzdm", "a-prostor", "Nízkoprahový klub Vrtule", "62", [{ form: "outpatient", unit: "client", count: 30 }], ["tg-mladez"], "9160742"),
  service("r-luzka", "a-nemocnice", "Sociální lůžka Nemocnice Stříbrná Hora", "52", [{ form: "residential", unit: "bed", count: 8 }], ["tg-seniori", "tg-zp"], "3708415"),
  service("r-klub", "a-klub-senioru", "Klub seniorů – volnočasové a vzdělávací aktivity", "other", [{ form: "outpatient", unit: "client", count: 60 }], ["tg-seniori"])
]

type SwotQuadrants = Readonly<Record<"strength" | "weakness" | "opportunity" | "threat", ReadonlyArray<string>>>

const swotByBody: ReadonlyArray<readonly [string, string, SwotQuadrants]> = [
  ["ps-seniori", "sen", {
    strength: [
      "Dobře fungující terénní pečovatelská služba s dlouholetou tradicí a stabilním týmem.",
      "Domov pro seniory s kvalifikovaným personálem a dobrou pověstí ve městě.",
      "Aktivní Klub seniorů a zájem seniorů o dění ve městě."
    ],
    weakness: [
      "Pečovatelská služba neposkytuje péči večer a o víkendech.",
      "Ve městě chybí pobytová odlehčovací služba.",
      "Dlouhé čekací lhůty do domova se zvláštním režimem."
    ],
    opportunity: [
      "Střednědobý plán kraje počítá s rozvojem odlehčovacích služeb.",
      "Rostoucí zájem dobrovolníků o práci se seniory."
    ],
    threat: [
      "Stárnutí populace: počet lidí nad 65 let roste rychleji než kapacity služeb.",
      "Nedostatek pracovníků v sociálních službách a nízké mzdy."
    ]
  }],
  ["ps-vylouceni", "vyl", {
    strength: [
      "Síť služeb Charity pokrývá noclehárnu, denní centrum, azylový dům i terénní programy.",
      "Dobrá spolupráce poskytovatelů s městskou policií a úřadem práce.",
      "Dluhová poradna s akreditací ministerstva spravedlnosti."
    ],
    weakness: [
      "Město nemá koncepci sociálního bydlení ani krizové byty.",
      "Noclehárna je v provozu pouze od listopadu do března.",
      "Terénní práce v lokalitách ohrožených vyloučením je jen nárazová."
    ],
    opportunity: [
      "Výzvy OP Zaměstnanost na sociální začleňování.",
      "Připravovaný zákon o sociálním bydlení."
    ],
    threat: [
      "Růst počtu exekucí a zadlužených domácností.",
      "Odmítavý postoj části veřejnosti ke službám pro lidi bez domova."
    ]
  }],
  ["ps-zp", "zp", {
    strength: [
      "Osobní asistence dostupná v celém správním obvodu.",
      "Aktivní spolky lidí se zdravotním postižením.",
      "Dobrá spolupráce s nemocnicí při propouštění pacientů."
    ],
    weakness: [
      "Bariéry ve veřejných budovách a na zastávkách městské dopravy.",
      "Chybí přepravní služba pro lidi s omezenou pohyblivostí.",
      "Osobní asistence nepokrývá noční hodiny."
    ],
    opportunity: [
      "Programy státu a kraje na odstraňování bariér.",
      "Sociální lůžka v nemocnici jako návazná služba."
    ],
    threat: [
      "Nejisté vícezdrojové financování osobní asistence.",
      "Nedostatek osobních asistentů na trhu práce."
    ]
  }],
  ["ps-mkp", "mkp", {
    strength: [
      "Kvalitní denní stacionář s odborným personálem.",
      "Zkušenost poskytovatele se sociální rehabilitací a tréninkem bydlení.",
      "Aktivní spolek rodičů, který se podílí na plánování."
    ],
    weakness: [
      "Ve městě chybí chráněné bydlení.",
      "Malá kapacita sociálně terapeutických dílen.",
      "Málo pracovních příležitostí pro lidi s mentálním postižením."
    ],
    opportunity: [
      "Transformace pobytových služeb a investiční podpora bydlení v komunitě z IROP.",
      "Zájem místních zaměstnavatelů o chráněná pracovní místa."
    ],
    threat: [
      "Stárnutí pečujících rodičů.",
      "Zdlouhavé stavební řízení a nedostatek vhodných objektů."
    ]
  }],
  ["ps-rodiny", "rod", {
    strength: [
      "Fungující rodinné centrum a sociálně aktivizační služba pro rodiny.",
      "Nízkoprahový klub s dobrou dostupností v centru města.",
      "Spolupráce škol s neziskovými organizacemi v prevenci."
    ],
    weakness: [
      "Nízkoprahové služby chybí na sídlišti a v okrajových částech města.",
      "Nedostatečná kapacita rané péče.",
      "Slabé propojení orgánu sociálně-právní ochrany dětí a služeb pro rodiny."
    ],
    opportunity: [
      "Krajská podpora služeb pro rodiny (§ 65) v síti sociálních služeb.",
      "Dobrovolnické programy pro děti (Pět P)."
    ],
    threat: [
      "Nárůst rizikového chování dětí a mládeže.",
      "Krátkodobé projektové financování služeb pro rodiny."
    ]
  }],
  ["ks", "spol", {
    strength: ["Dlouholetá tradice komunitního plánování: město připravuje již čtvrtý plán."],
    weakness: ["Nízká účast uživatelů služeb na jednáních pracovních skupin."],
    opportunity: ["Zařazení služeb do krajské sítě sociálních služeb zajišťuje stabilnější financování."],
    threat: ["Jednoletý dotační cyklus komplikuje plánování poskytovatelů."]
  }]
]

const quadrantLetter = { strength: "s", weakness: "w", opportunity: "o", threat: "t" } as const

const swot: ReadonlyArray<SwotJson> = swotByBody.flatMap(([bodyId, key, quadrants]) =>
  (["strength", "weakness", "opportunity", "threat"] as const).flatMap((kind) =>
    quadrants[kind].map((text, i) => ({ id: `sw-${key}-${quadrantLetter[kind]}${i + 1}`, bodyId, kind, text }))
  )
)

const economicEvaluation =
  "Podle revize finančních tabulek za rok 2015 bylo na naplnění cílů a opatření 3. KPSH vynaloženo celkem " +
  "78,6 mil. Kč, z toho 31 % z úhrad uživatelů, 29 % z dotace kraje podle § 101a, 18 % z rozpočtu města, " +
  "9 % z projektů ESF, 7 % od zdravotních pojišťoven a 6 % z darů a dalších zdrojů. Nejnákladnější jsou pobytové " +
  "služby pro seniory; na služby sociální prevence připadá 14 % výdajů. Město přispívá na sociální služby " +
  "vlastním dotačním programem a provozem příspěvkové organizace Centrum sociálních služeb."

// --- Strategy ----------------------------------------------------------------------------------

/** How an activity is funded: shares of sources (at most three). */
const mixes = {
  sluzba: [["fs-kraj", 0.45], ["fs-mesto", 0.35], ["fs-uhrady", 0.2]],
  pobyt: [["fs-uhrady", 0.6], ["fs-kraj", 0.3], ["fs-zp", 0.1]],
  prevence: [["fs-kraj", 0.7], ["fs-mesto", 0.3]],
  azyl: [["fs-kraj", 0.6], ["fs-mesto", 0.2], ["fs-uhrady", 0.2]],
  luzka: [["fs-zp", 0.5], ["fs-uhrady", 0.35], ["fs-kraj", 0.15]],
  ranaPece: [["fs-kraj", 0.6], ["fs-mesto", 0.2], ["fs-sponzori", 0.2]],
  nadregionalni: [["fs-mpsv", 0.55], ["fs-kraj", 0.25], ["fs-mesto", 0.2]],
  esf: [["fs-esf", 0.85], ["fs-mesto", 0.15]],
  tisnova: [["fs-uhrady", 0.6], ["fs-mesto", 0.4]],
  mesto: [["fs-mesto", 1]],
  mestoDary: [["fs-mesto", 0.7], ["fs-sponzori", 0.3]],
  dary: [["fs-sponzori", 0.7], ["fs-mesto", 0.3]],
  irop: [["fs-irop", 0.85], ["fs-mesto", 0.15]]
} satisfies Record<string, ReadonlyArray<readonly [string, number]>>

type Mix = keyof typeof mixes

interface IndicatorSpec {
  readonly name: string
  readonly dimension: IndicatorJson["dimension"]
  readonly unit: string
  readonly lower?: boolean
  readonly baseline?: number
  readonly target: number
  readonly actual2017: number
  readonly comment?: string
  readonly source: string
}

interface ActivitySpec {
  readonly title: string
  readonly responsible: string
  readonly partners?: ReadonlyArray<string>
  readonly services?: ReadonlyArray<string>
  readonly needs?: ReadonlyArray<string>
  readonly swot?: ReadonlyArray<string>
  readonly targetGroups?: ReadonlyArray<string>
  readonly description?: string
  /** Annual cost in Kč in the first year (0: an activity without its own money). */
  readonly cost: number
  readonly mix: Mix
  /** The first year with money and in an action plan (default 2017). */
  readonly fromYear?: 2017 | 2018 | 2019
  readonly deadline?: string
  /** A gap: secured well below planned; an over-commitment: more secured than planned in 2017. */
  readonly coverage?: "gap" | "over"
  readonly fulfilment2017?: readonly [Fulfilment, string]
  readonly retired?: { readonly reason: string; readonly on: string }
  /** The code the activity had in the 3rd plan, when it continues. */
  readonly carriedOver?: string
}

interface MeasureSpec {
  readonly title: string
  readonly needs: ReadonlyArray<string>
  readonly swot: ReadonlyArray<string>
  readonly indicators: ReadonlyArray<IndicatorSpec>
  readonly activities: ReadonlyArray<ActivitySpec>
}

interface GoalSpec {
  readonly title: string
  readonly measures: ReadonlyArray<MeasureSpec>
}

interface PrioritySpec {
  readonly title: string
  readonly description: string
  readonly bodyId: string
  readonly targetGroups: ReadonlyArray<string>
  readonly needs: ReadonlyArray<string>
  readonly swot: ReadonlyArray<string>
  readonly goals: ReadonlyArray<GoalSpec>
}

const priorities: ReadonlyArray<PrioritySpec> = [
  {
    title: "Senioři",
    description: "Podpora života seniorů v jejich přirozeném prostředí, podpora pečujících a dostupná pobytová péče pro ty, kdo ji potřebují.",
    bodyId: "ps-seniori",
    targetGroups: ["tg-seniori", "tg-pecujici"],
    needs: ["n-sen-1", "n-sen-2", "n-sen-3", "n-sen-4", "n-sen-5"],
    swot: ["sw-sen-w1", "sw-sen-w2", "sw-sen-t1"],
    goals: [
      {
        title: "Seniorům umožnit co nejdéle žít v domácím prostředí",
        measures: [
          {
            title: "Zachování a rozvoj terénních služeb pro seniory",
            needs: ["n-sen-1"], swot: ["sw-sen-s1", "sw-sen-w1"],
            indicators: [
              { name: "Počet uživatelů terénní pečovatelské služby", dimension: "output", unit: "osob", baseline: 168, target: 200, actual2017: 182, source: "Výkaz Centra sociálních služeb" },
              { name: "Podíl hodin péče poskytnutých večer a o víkendech", dimension: "accessibility", unit: "%", baseline: 0, target: 15, actual2017: 6, comment: "Zatím jen víkendy; večerní směny od roku 2018.", source: "Výkaz Centra sociálních služeb" }
            ],
            activities: [
              { title: "Zachování a rozvoj terénní pečovatelské služby", responsible: "a-css", partners: ["a-odbor"], services: ["40"], needs: ["n-sen-1"], swot: ["sw-sen-s1"], cost: 6_800_000, mix: "sluzba", carriedOver: "1.1.1" },
              { title: "Rozšíření pečovatelské služby o večery a víkendy", responsible: "a-css", partners: ["a-mesto"], services: ["40"], needs: ["n-sen-1"], swot: ["sw-sen-w1"], cost: 900_000, mix: "sluzba",
                description: "Péče do 21 hodin v pracovní dny a od 7 do 19 hodin o víkendech a svátcích; přijetí tří pečovatelek.",
                fulfilment2017: ["partlyFulfilled", "Služba rozšířena o víkendy a svátky; večerní směny se pro nedostatek pečovatelek zavedou v roce 2018."] },
              { title: "Zajištění tísňové péče pro osamělé seniory", responsible: "a-css", partners: ["a-klub-senioru"], services: ["41"], needs: ["n-sen-4"], cost: 350_000, mix: "tisnova" }
            ]
          },
          {
            title: "Podpora pečujících osob",
            needs: ["n-sen-2", "n-sen-5"], swot: ["sw-sen-w2", "sw-sen-o1"],
            indicators: [
              { name: "Počet pečujících osob, které využily poradenství nebo odlehčení", dimension: "output", unit: "osob", baseline: 12, target: 60, actual2017: 28, source: "Výkazy poskytovatelů" }
            ],
            activities: [
              { title: "Zřízení odlehčovací služby pobytové", responsible: "a-domov", partners: ["a-kraj", "a-mesto"], services: ["44"], needs: ["n-sen-2"], swot: ["sw-sen-w2", "sw-sen-o1"], targetGroups: ["tg-seniori", "tg-pecujici"],
                description: "Šest lůžek odlehčovací služby v Domově Na Výsluní po přestavbě 2. patra; podmínkou je zařazení do krajské sítě.",
                cost: 2_400_000, mix: "pobyt", fromYear: 2018, deadline: "2018-12-31", coverage: "gap" },
              { title: "Poradenství a svépomocná skupina pro pečující osoby", responsible: "a-poradna", partners: ["a-css", "a-hospic"], services: ["37"], needs: ["n-sen-5"], targetGroups: ["tg-pecujici"], cost: 180_000, mix: "prevence" },
              { title: "Půjčovna kompenzačních pomůcek", responsible: "a-charita", partners: ["a-css"], needs: ["n-sen-5"], services: ["other"], cost: 120_000, mix: "dary", coverage: "over" }
            ]
          }
        ]
      },
      {
        title: "Zajistit dostupnou a kvalitní pobytovou péči a aktivní stárnutí",
        measures: [
          {
            title: "Zachování a rozšíření kapacity pobytových služeb",
            needs: ["n-sen-3"], swot: ["sw-sen-s2", "sw-sen-w3", "sw-sen-t1"],
            indicators: [
              { name: "Průměrná čekací doba na umístění do domova se zvláštním režimem", dimension: "accessibility", unit: "měsíců", lower: true, baseline: 14, target: 8, actual2017: 13, source: "Evidence žadatelů Domova Na Výsluní" }
            ],
            activities: [
              { title: "Zachování provozu domova pro seniory", responsible: "a-domov", partners: ["a-kraj"], services: ["49"], needs: ["n-sen-3"], swot: ["sw-sen-s2"], cost: 28_000_000, mix: "pobyt", carriedOver: "1.2.1" },
              { title: "Rozšíření kapacity domova se zvláštním režimem pro osoby s demencí", responsible: "a-domov", partners: ["a-kraj", "a-mesto"], services: ["50"], needs: ["n-sen-3"], swot: ["sw-sen-w3"],
                description: "Rozšíření o 12 lůžek v nové přístavbě.", cost: 3_200_000, mix: "pobyt", fromYear: 2018, coverage: "gap" }
            ]
          },
          {
            title: "Aktivní stárnutí a prevence osamělosti",
            needs: ["n-sen-4"], swot: ["sw-sen-s3", "sw-sen-o2"],
            indicators: [
              { name: "Počet dobrovolníků v domovech pro seniory", dimension: "output", unit: "osob", baseline: 9, target: 25, actual2017: 16, source: "Dobrovolnické centrum" }
            ],
            activities: [
              { title: "Podpora dobrovolnictví v domovech pro seniory", responsible: "a-dobrovolnici", partners: ["a-domov", "a-charita"], needs: ["n-sen-4"], swot: ["sw-sen-o2"], services: ["other"], cost: 90_000, mix: "mestoDary" },
              { title: "Provoz Klubu seniorů a volnočasové aktivity seniorů", responsible: "a-klub-senioru", partners: ["a-mesto"], needs: ["n-sen-4"], swot: ["sw-sen-s3"], services: ["other"], cost: 60_000, mix: "mesto" },
              { title: "Zavedení sociálně aktivizační služby pro seniory", responsible: "a-charita", partners: ["a-klub-senioru"], services: ["66"], needs: ["n-sen-4"], cost: 450_000, mix: "prevence",
                fulfilment2017: ["movedToNextYear", "Služba nebyla v roce 2017 zařazena do krajské sítě; registrace a zahájení provozu přesunuty na rok 2018."] }
            ]
          }
        ]
      }
    ]
  },
  {
    title: "Osoby ohrožené sociálním vyloučením a krizí",
    description: "Pomoc lidem bez domova a v bytové nouzi, předcházení zadlužení a krizím a prevence závislostí.",
    bodyId: "ps-vylouceni",
    targetGroups: ["tg-vylouceni"],
    needs: ["n-vyl-1", "n-vyl-2", "n-vyl-3", "n-vyl-4", "n-vyl-5"],
    swot: ["sw-vyl-w1", "sw-vyl-w2", "sw-vyl-t1"],
    goals: [
      {
        title: "Zajistit pomoc lidem bez domova a v bytové nouzi",
        measures: [
          {
            title: "Zachování služeb pro osoby bez přístřeší",
            needs: ["n-vyl-3"], swot: ["sw-vyl-s1", "sw-vyl-w2"],
            indicators: [
              { name: "Počet nocí poskytnutých v noclehárně", dimension: "output", unit: "nocí", baseline: 2150, target: 3800, actual2017: 3460, source: "Výkaz Charity" }
            ],
            activities: [
              { title: "Celoroční provoz noclehárny", responsible: "a-charita", partners: ["a-mesto", "a-mp"], services: ["63"], needs: ["n-vyl-3"], swot: ["sw-vyl-w2"], cost: 1_300_000, mix: "prevence" },
              { title: "Zachování provozu nízkoprahového denního centra", responsible: "a-charita", partners: ["a-mesto"], services: ["61"], needs: ["n-vyl-3"], swot: ["sw-vyl-s1"], cost: 1_600_000, mix: "prevence", carriedOver: "2.1.2" },
              { title: "Zachování azylového domu pro matky s dětmi", responsible: "a-charita", partners: ["a-odbor"], services: ["57"], targetGroups: ["tg-vylouceni", "tg-rodiny"], cost: 3_400_000, mix: "azyl", carriedOver: "2.1.3" }
            ]
          },
          {
            title: "Prostupné bydlení a terénní práce",
            needs: ["n-vyl-1", "n-vyl-4"], swot: ["sw-vyl-w1", "sw-vyl-w3", "sw-vyl-o1", "sw-vyl-o2"],
            indicators: [
              { name: "Počet krizových bytů města", dimension: "accessibility", unit: "bytů", baseline: 0, target: 4, actual2017: 0, comment: "Byty vyčleněny usnesením Rady v únoru 2018.", source: "Správa městského bytového fondu" }
            ],
            activities: [
              { title: "Koncepce sociálního bydlení a vyčlenění krizových bytů města", responsible: "a-mesto", partners: ["a-byty", "a-charita", "a-odbor"], needs: ["n-vyl-1"], swot: ["sw-vyl-w1", "sw-vyl-o2"], services: ["other"], cost: 250_000, mix: "mesto",
                fulfilment2017: ["partlyFulfilled", "Koncepce sociálního bydlení zpracována a projednána; krizové byty vyčlení Rada města až v roce 2018."] },
              { title: "Terénní sociální práce v lokalitách ohrožených sociálním vyloučením", responsible: "a-charita", partners: ["a-odbor", "a-mp"], services: ["69"], needs: ["n-vyl-4"], swot: ["sw-vyl-w3", "sw-vyl-o1"], cost: 950_000, mix: "esf", deadline: "2019-06-30" }
            ]
          }
        ]
      },
      {
        title: "Předcházet zadlužení, krizím a závislostem",
        measures: [
          {
            title: "Dostupné odborné poradenství a krizová pomoc",
            needs: ["n-vyl-2"], swot: ["sw-vyl-s3", "sw-vyl-t1"],
            indicators: [
              { name: "Průměrné náklady na jednoho klienta dluhové poradny", dimension: "cost", unit: "Kč", lower: true, baseline: 7400, target: 6800, actual2017: 7050, source: "Výkaz poradny" },
              { name: "Čekací doba na první konzultaci v dluhové poradně", dimension: "accessibility", unit: "dnů", lower: true, baseline: 21, target: 7, actual2017: 12, source: "Výkaz poradny" }
            ],
            activities: [
              { title: "Dluhové poradenství a prevence předlužení", responsible: "a-poradna", partners: ["a-charita", "a-up"], services: ["37"], needs: ["n-vyl-2"], swot: ["sw-vyl-s3", "sw-vyl-t1"], cost: 780_000, mix: "prevence" },
              { title: "Zachování krizové pomoci a linky důvěry", responsible: "a-kotva", partners: ["a-mp"], services: ["60", "55"], targetGroups: ["tg-vylouceni", "tg-rodiny"], cost: 1_100_000, mix: "nadregionalni", carriedOver: "2.2.2" }
            ]
          },
          {
            title: "Prevence závislostí a zaměstnanost",
            needs: ["n-vyl-5"], swot: ["sw-vyl-s2"],
            indicators: [
              { name: "Počet kontaktů kontaktního centra", dimension: "output", unit: "kontaktů", baseline: 4100, target: 4500, actual2017: 4380, source: "Výkaz kontaktního centra" }
            ],
            activities: [
              { title: "Zachování kontaktního centra a terénního programu pro uživatele drog", responsible: "a-most", partners: ["a-mp", "a-nemocnice"], services: ["59", "69"], needs: ["n-vyl-5"], cost: 1_450_000, mix: "nadregionalni" },
              { title: "Spolupráce s Úřadem práce při zaměstnávání osob ohrožených vyloučením", responsible: "a-up", partners: ["a-charita", "a-mesto"], swot: ["sw-vyl-s2"], services: ["other"], cost: 0, mix: "mesto",
                description: "Veřejně prospěšné práce a společensky účelná pracovní místa pro klienty azylových služeb." }
            ]
          }
        ]
      }
    ]
  },
  {
    title: "Zdravotně postižení",
    description: "Podpora samostatného života lidí se zdravotním postižením a dostupné, bezbariérové město.",
    bodyId: "ps-zp",
    targetGroups: ["tg-zp"],
    needs: ["n-zp-1", "n-zp-2", "n-zp-3", "n-zp-4"],
    swot: ["sw-zp-w1", "sw-zp-w2", "sw-zp-w3"],
    goals: [
      {
        title: "Podpořit samostatný život lidí se zdravotním postižením",
        measures: [
          {
            title: "Osobní asistence a průvodcovské služby",
            needs: ["n-zp-1"], swot: ["sw-zp-s1", "sw-zp-w3", "sw-zp-t1", "sw-zp-t2"],
            indicators: [
              { name: "Počet hodin osobní asistence za rok", dimension: "output", unit: "hodin", baseline: 21_500, target: 28_000, actual2017: 22_900, source: "Výkaz poskytovatele" }
            ],
            activities: [
              { title: "Zachování a rozšíření osobní asistence o večerní a noční hodiny", responsible: "a-asistence", partners: ["a-spolek-zp", "a-kraj"], services: ["39"], needs: ["n-zp-1"], swot: ["sw-zp-w3", "sw-zp-t1"], cost: 3_600_000, mix: "sluzba", coverage: "gap",
                fulfilment2017: ["partlyFulfilled", "Základní rozsah zachován; rozšíření o noční hodiny se pro krácení krajské dotace neuskutečnilo."] },
              { title: "Průvodcovské a předčitatelské služby pro nevidomé a slabozraké", responsible: "a-asistence", partners: ["a-nevidomi"], services: ["42"], cost: 420_000, mix: "sluzba" }
            ]
          },
          {
            title: "Sociální rehabilitace a návaznost zdravotní a sociální péče",
            needs: ["n-zp-4"], swot: ["sw-zp-s3", "sw-zp-o2"],
            indicators: [
              { name: "Podíl klientů sociální rehabilitace, kteří dosáhli osobního cíle", dimension: "quality", unit: "%", baseline: 58, target: 70, actual2017: 63, source: "Individuální plány klientů" }
            ],
            activities: [
              { title: "Odborné sociální poradenství pro lidi se zdravotním postižením", responsible: "a-poradna", partners: ["a-spolek-zp"], services: ["37"], cost: 380_000, mix: "prevence" },
              { title: "Sociální rehabilitace lidí po úrazech a s chronickým onemocněním", responsible: "a-jasan", partners: ["a-nemocnice"], services: ["70"], needs: ["n-zp-4"], cost: 1_200_000, mix: "prevence" },
              { title: "Provoz sociálních lůžek v nemocnici", responsible: "a-nemocnice", partners: ["a-css", "a-hospic"], services: ["52"], needs: ["n-zp-4"], swot: ["sw-zp-o2"], targetGroups: ["tg-zp", "tg-seniori"], cost: 2_100_000, mix: "luzka" }
            ]
          }
        ]
      },
      {
        title: "Dostupné a bezbariérové město",
        measures: [
          {
            title: "Odstraňování bariér ve veřejném prostoru",
            needs: ["n-zp-2"], swot: ["sw-zp-w1", "sw-zp-o1"],
            indicators: [
              { name: "Počet odstraněných bariér ve veřejných budovách a na zastávkách", dimension: "output", unit: "ks", baseline: 0, target: 12, actual2017: 3, source: "Odbor investic městského úřadu" }
            ],
            activities: [
              { title: "Mapování bariér ve veřejných budovách a plán jejich odstranění", responsible: "a-odbor", partners: ["a-spolek-zp", "a-nevidomi"], needs: ["n-zp-2"], swot: ["sw-zp-w1"], services: ["other"], cost: 80_000, mix: "mesto", deadline: "2017-12-31" },
              { title: "Bezbariérová úprava zastávek městské dopravy a přechodů", responsible: "a-mesto", partners: ["a-spolek-zp"], needs: ["n-zp-2"], swot: ["sw-zp-o1"], services: ["other"], cost: 1_500_000, mix: "mesto", fromYear: 2018 },
              { title: "Vydání tištěného průvodce bezbariérovým městem", responsible: "a-spolek-zp", partners: ["a-odbor"], needs: ["n-zp-2"], services: ["other"], cost: 60_000, mix: "mesto",
                fulfilment2017: ["cancelled", "Tištěný průvodce nahrazen mapou bariér na webu města, kterou připravil odbor sociálních věcí v rámci mapování."],
                retired: { reason: "Nahrazeno mapou bariér na webu města (rozhodnutí koordinační skupiny).", on: "2018-02-27" } }
            ]
          },
          {
            title: "Doprava pro lidi s omezenou pohyblivostí",
            needs: ["n-zp-3"], swot: ["sw-zp-w2"],
            indicators: [
              { name: "Počet jízd přepravní služby", dimension: "output", unit: "jízd", baseline: 0, target: 2400, actual2017: 310, comment: "Provoz od září 2017.", source: "Centrum sociálních služeb" }
            ],
            activities: [
              { title: "Zavedení přepravní služby senior taxi s bezbariérovým vozidlem", responsible: "a-css", partners: ["a-mesto", "a-spolek-zp"], needs: ["n-zp-3"], swot: ["sw-zp-w2"], services: ["other"], targetGroups: ["tg-zp", "tg-seniori"], cost: 320_000, mix: "tisnova",
                fulfilment2017: ["partlyFulfilled", "Vozidlo pořízeno v létě 2017, provoz zahájen 1. 9. 2017."] }
            ]
          }
        ]
      }
    ]
  },
  {
    title: "Osoby s mentálním a kombinovaným postižením",
    description: "Denní služby, podpora rodin, bydlení v komunitě a uplatnění na trhu práce pro lidi s mentálním a kombinovaným postižením.",
    bodyId: "ps-mkp",
    targetGroups: ["tg-mkp"],
    needs: ["n-mkp-1", "n-mkp-2", "n-mkp-3", "n-mkp-4"],
    swot: ["sw-mkp-w1", "sw-mkp-w2", "sw-mkp-t1"],
    goals: [
      {
        title: "Zachovat a rozvíjet denní služby a podporu rodin",
        measures: [
          {
            title: "Denní stacionář a sociálně terapeutické dílny",
            needs: ["n-mkp-2"], swot: ["sw-mkp-s1", "sw-mkp-w2"],
            indicators: [
              { name: "Počet míst v sociálně terapeutických dílnách", dimension: "accessibility", unit: "míst", baseline: 8, target: 12, actual2017: 10, source: "Registr poskytovatelů sociálních služeb" }
            ],
            activities: [
              { title: "Zachování provozu denního stacionáře", responsible: "a-slunecnice", partners: ["a-kraj"], services: ["46"], swot: ["sw-mkp-s1"], cost: 2_900_000, mix: "sluzba", carriedOver: "4.1.1" },
              { title: "Rozšíření kapacity sociálně terapeutických dílen", responsible: "a-slunecnice", partners: ["a-up"], services: ["67"], needs: ["n-mkp-2"], swot: ["sw-mkp-w2"], cost: 1_400_000, mix: "prevence", coverage: "gap" },
              { title: "Zajištění dopravy uživatelů do denních služeb", responsible: "a-slunecnice", partners: ["a-css"], services: ["other"], cost: 240_000, mix: "mestoDary" }
            ]
          },
          {
            title: "Podpora rodin pečujících o člověka s postižením",
            needs: ["n-mkp-3"], swot: ["sw-mkp-s3", "sw-mkp-t1"],
            indicators: [
              { name: "Podíl rodin spokojených s odlehčovací službou", dimension: "quality", unit: "% dotázaných", target: 85, actual2017: 81, source: "Dotazník spokojenosti" }
            ],
            activities: [
              { title: "Odlehčovací služba terénní a ambulantní pro rodiny", responsible: "a-slunecnice", partners: ["a-paprsek"], services: ["44"], needs: ["n-mkp-3"], swot: ["sw-mkp-t1"], targetGroups: ["tg-mkp", "tg-pecujici"], cost: 800_000, mix: "sluzba",
                fulfilment2017: ["partlyFulfilled", "Ambulantní forma zahájena; terénní forma jen o víkendech pro nedostatek pracovníků."] },
              { title: "Svépomocné setkávání rodičů a pečujících", responsible: "a-paprsek", partners: ["a-slunecnice"], swot: ["sw-mkp-s3"], services: ["other"], targetGroups: ["tg-mkp", "tg-pecujici"], cost: 40_000, mix: "dary" }
            ]
          }
        ]
      },
      {
        title: "Rozvíjet bydlení v komunitě a pracovní uplatnění",
        measures: [
          {
            title: "Chráněné bydlení a podpora samostatného bydlení",
            needs: ["n-mkp-1"], swot: ["sw-mkp-w1", "sw-mkp-o1", "sw-mkp-t2"],
            indicators: [
              { name: "Počet lidí s mentálním postižením bydlících v komunitě s podporou", dimension: "output", unit: "osob", baseline: 4, target: 16, actual2017: 7, source: "Výkaz Jasanu" }
            ],
            activities: [
              { title: "Zřízení chráněného bydlení pro šest osob", responsible: "a-jasan", partners: ["a-mesto", "a-paprsek"], services: ["51"], needs: ["n-mkp-1"], swot: ["sw-mkp-w1", "sw-mkp-o1"],
                description: "Rekonstrukce městského domu v Husově ulici z IROP a zahájení provozu v roce 2019.", cost: 4_500_000, mix: "irop", fromYear: 2018, deadline: "2019-09-30" },
              { title: "Podpora samostatného bydlení", responsible: "a-jasan", partners: ["a-byty"], services: ["43"], needs: ["n-mkp-1"], cost: 650_000, mix: "sluzba" }
            ]
          },
          {
            title: "Uplatnění na trhu práce",
            needs: ["n-mkp-4"], swot: ["sw-mkp-w3", "sw-mkp-o2"],
            indicators: [
              { name: "Podíl absolventů tréninkového programu, kteří získali zaměstnání", dimension: "efficiency", unit: "%", baseline: 20, target: 35, actual2017: 27, source: "Výkaz Jasanu" }
            ],
            activities: [
              { title: "Tréninková pracovní místa a podporované zaměstnávání", responsible: "a-jasan", partners: ["a-up"], services: ["70"], needs: ["n-mkp-4"], swot: ["sw-mkp-w3"], cost: 900_000, mix: "esf" },
              { title: "Spolupráce se zaměstnavateli při vytváření chráněných pracovních míst", responsible: "a-up", partners: ["a-jasan", "a-slunecnice"], swot: ["sw-mkp-o2"], services: ["other"], cost: 0, mix: "mesto" }
            ]
          }
        ]
      }
    ]
  },
  {
    title: "Rodiny s dětmi a děti a mládež",
    description: "Podpora rodin v obtížné situaci, včasná pomoc dětem s postižením a bezpečné zázemí a prevence pro děti a mládež.",
    bodyId: "ps-rodiny",
    targetGroups: ["tg-rodiny", "tg-mladez"],
    needs: ["n-rod-1", "n-rod-2", "n-mla-1", "n-mla-2"],
    swot: ["sw-rod-w1", "sw-rod-w2", "sw-rod-t1"],
    goals: [
      {
        title: "Podporovat rodiny s dětmi v obtížných situacích",
        measures: [
          {
            title: "Služby pro rodiny v obtížné situaci",
            needs: ["n-rod-1", "n-rod-2"], swot: ["sw-rod-s1", "sw-rod-w2", "sw-rod-w3", "sw-rod-o1"],
            indicators: [
              { name: "Podíl rodin, u nichž byla spolupráce se SAS ukončena pro zlepšení situace", dimension: "efficiency", unit: "%", baseline: 45, target: 60, actual2017: 52, source: "Výkaz Hnízda" }
            ],
            activities: [
              { title: "Zachování sociálně aktivizační služby pro rodiny s dětmi", responsible: "a-hnizdo", partners: ["a-odbor"], services: ["65"], needs: ["n-rod-1"], swot: ["sw-rod-s1", "sw-rod-w3"], targetGroups: ["tg-rodiny"], cost: 1_250_000, mix: "prevence", coverage: "over" },
              { title: "Raná péče pro rodiny s dětmi s postižením", responsible: "a-kolebka", partners: ["a-nemocnice"], services: ["54"], needs: ["n-rod-2"], swot: ["sw-rod-w2"], targetGroups: ["tg-rodiny"], cost: 980_000, mix: "ranaPece" },
              { title: "Rodinné a vztahové poradenství", responsible: "a-poradna", partners: ["a-hnizdo"], services: ["37"], targetGroups: ["tg-rodiny"], cost: 520_000, mix: "prevence" }
            ]
          },
          {
            title: "Prevence a podpora rodičovství",
            needs: ["n-rod-1"], swot: ["sw-rod-o2"],
            indicators: [
              { name: "Počet návštěv rodinného centra", dimension: "output", unit: "návštěv", baseline: 5200, target: 6000, actual2017: 5710, source: "Výkaz Hnízda" }
            ],
            activities: [
              { title: "Provoz mateřského a rodinného centra", responsible: "a-hnizdo", partners: ["a-mesto"], services: ["other"], targetGroups: ["tg-rodiny"], cost: 380_000, mix: "mestoDary" },
              { title: "Dobrovolnický program Pět P pro děti", responsible: "a-dobrovolnici", partners: ["a-hnizdo", "a-zs"], swot: ["sw-rod-o2"], services: ["other"], targetGroups: ["tg-mladez"], cost: 110_000, mix: "dary" }
            ]
          }
        ]
      },
      {
        title: "Nabídnout dětem a mládeži bezpečné zázemí a prevenci",
        measures: [
          {
            title: "Nízkoprahové služby pro děti a mládež",
            needs: ["n-mla-1", "n-mla-2"], swot: ["sw-rod-s2", "sw-rod-w1"],
            indicators: [
              { name: "Počet uživatelů nízkoprahových služeb pro děti a mládež", dimension: "output", unit: "osob", baseline: 140, target: 200, actual2017: 168, source: "Výkaz Prostoru pro mladé" }
            ],
            activities: [
              { title: "Zachování nízkoprahového zařízení pro děti a mládež", responsible: "a-prostor", partners: ["a-mesto", "a-mp"], services: ["62"], needs: ["n-mla-1"], swot: ["sw-rod-s2"], targetGroups: ["tg-mladez"], cost: 1_350_000, mix: "prevence", carriedOver: "5.2.1" },
              { title: "Terénní práce s mládeží na sídlišti Pod Haldou", responsible: "a-prostor", partners: ["a-mp", "a-zs"], services: ["69"], needs: ["n-mla-1", "n-mla-2"], swot: ["sw-rod-w1"], targetGroups: ["tg-mladez"], cost: 700_000, mix: "esf", fromYear: 2018, coverage: "gap" }
            ]
          },
          {
            title: "Primární prevence a volný čas",
            needs: ["n-mla-2"], swot: ["sw-rod-s3", "sw-rod-t1"],
            indicators: [
              { name: "Počet žáků zapojených do programů primární prevence", dimension: "output", unit: "žáků", baseline: 620, target: 900, actual2017: 744, source: "Školní metodici prevence" }
            ],
            activities: [
              { title: "Programy primární prevence rizikového chování na školách", responsible: "a-zs", partners: ["a-prostor", "a-most", "a-mp"], needs: ["n-mla-2"], swot: ["sw-rod-s3"], services: ["other"], targetGroups: ["tg-mladez"], cost: 150_000, mix: "mesto" },
              { title: "Doučování dětí ze sociálně znevýhodněných rodin", responsible: "a-hnizdo", partners: ["a-dobrovolnici", "a-charita"], services: ["other"], targetGroups: ["tg-mladez", "tg-rodiny"], cost: 200_000, mix: "mestoDary" },
              { title: "Letní příměstské tábory pro děti ze sociálně slabých rodin", responsible: "a-prostor", partners: ["a-charita"], services: ["other"], targetGroups: ["tg-mladez"], cost: 90_000, mix: "dary",
                fulfilment2017: ["notFulfilled", "Nepodařilo se zajistit vedoucí táborů; aktivita se opakuje v roce 2018 ve spolupráci s Dobrovolnickým centrem."] }
            ]
          }
        ]
      }
    ]
  },
  {
    title: "Společné cíle",
    description: "Cíle společné všem pracovním skupinám: udržení procesu komunitního plánování, informovanost veřejnosti a stabilní financování sítě služeb.",
    bodyId: "ks",
    targetGroups: targetGroups.map((t) => t.id),
    needs: [],
    swot: ["sw-spol-w1", "sw-spol-t1"],
    goals: [
      {
        title: "Udržet a rozvíjet proces komunitního plánování",
        measures: [
          {
            title: "Koordinace a řízení komunitního plánování",
            needs: [], swot: ["sw-spol-s1", "sw-spol-w1"],
            indicators: [
              { name: "Počet jednání pracovních skupin za rok", dimension: "output", unit: "jednání", baseline: 18, target: 20, actual2017: 20, source: "Zápisy z jednání" }
            ],
            activities: [
              { title: "Zajištění činnosti koordinátora a pracovních skupin", responsible: "a-mesto", partners: ["a-odbor"], services: ["other"], cost: 420_000, mix: "mesto", carriedOver: "6.1.1" },
              { title: "Zpracování akčních plánů a monitorovacích zpráv", responsible: "p-koord", partners: ["a-odbor"], services: ["other"], cost: 0, mix: "mesto" },
              { title: "Příprava 5. komunitního plánu na období 2020–2022", responsible: "p-koord", partners: ["a-odbor", "a-kraj"], services: ["other"], cost: 150_000, mix: "mesto", fromYear: 2019 }
            ]
          },
          {
            title: "Informovanost veřejnosti o sociálních službách",
            needs: ["n-sen-5"], swot: ["sw-spol-w1"],
            indicators: [
              { name: "Počet návštěv stránek komunitního plánování na webu města", dimension: "output", unit: "návštěv", baseline: 3100, target: 5000, actual2017: 4260, source: "Statistika webu města" }
            ],
            activities: [
              { title: "Vydání katalogu poskytovatelů sociálních služeb", responsible: "p-koord", partners: ["a-odbor"], services: ["other"], cost: 90_000, mix: "mesto", deadline: "2019-06-30" },
              { title: "Den sociálních služeb – prezentace poskytovatelů veřejnosti", responsible: "a-odbor", partners: ["a-charita", "a-css", "a-hnizdo"], services: ["other"], cost: 60_000, mix: "mestoDary" },
              { title: "Informace o sociálních službách na webu města a ve Zpravodaji", responsible: "p-koord", partners: [], services: ["other"], cost: 0, mix: "mesto" }
            ]
          }
        ]
      },
      {
        title: "Stabilní financování a kvalita sítě sociálních služeb",
        measures: [
          {
            title: "Koordinace financování mezi zadavateli",
            needs: [], swot: ["sw-spol-o1", "sw-spol-t1"],
            indicators: [
              { name: "Podíl dotace města na celkových nákladech služeb v plánu", dimension: "cost", unit: "%", baseline: 11.5, target: 13, actual2017: 12.4, source: "Revize finančních tabulek" }
            ],
            activities: [
              { title: "Dotační program města na podporu sociálních služeb", responsible: "a-mesto", partners: ["a-odbor"], services: ["other"], cost: 0, mix: "mesto",
                description: "Částky dotačního programu jsou vedeny u jednotlivých služeb." },
              { title: "Zařazení služeb z plánu do krajské sítě sociálních služeb", responsible: "a-odbor", partners: ["a-kraj"], swot: ["sw-spol-o1"], services: ["other"], cost: 0, mix: "mesto" }
            ]
          },
          {
            title: "Vzdělávání a podpora pracovníků",
            needs: [], swot: ["sw-sen-t2", "sw-zp-t2"],
            indicators: [
              { name: "Počet pracovníků, kteří absolvovali společné vzdělávání", dimension: "quality", unit: "osob", baseline: 45, target: 120, actual2017: 78, source: "Prezenční listiny" }
            ],
            activities: [
              { title: "Společné vzdělávání pracovníků v sociálních službách", responsible: "a-charita", partners: ["a-css", "a-domov", "a-jasan"], services: ["other"], cost: 120_000, mix: "esf" },
              { title: "Supervize a intervize pro pracovníky menších poskytovatelů", responsible: "a-odbor", partners: ["a-kolebka", "a-prostor"], services: ["other"], cost: 80_000, mix: "mesto" }
            ]
          }
        ]
      }
    ]
  }
]

interface FlatActivity {
  readonly id: string
  readonly spec: ActivitySpec
}

const items: Array<ItemJson> = []
const indicators: Array<IndicatorJson> = []
const flatActivities: Array<FlatActivity> = []

const item = (
  id: string,
  level: ItemJson["level"],
  code: string,
  title: string,
  rest: Partial<Omit<ItemJson, "id" | "level" | "code" | "title">>
): ItemJson => ({
  id,
  level,
  code,
  title,
  partnerIds: [],
  targetGroupIds: [],
  serviceTypes: [],
  needIds: [],
  swotItemIds: [],
  status: "active",
  ...rest
})

priorities.forEach((p, pi) => {
  const pCode = `${pi + 1}`
  const pId = `P${pCode}`
  items.push(item(pId, "priority", pCode, p.title, {
    description: p.description, bodyId: p.bodyId, targetGroupIds: [...p.targetGroups], needIds: [...p.needs], swotItemIds: [...p.swot]
  }))
  p.goals.forEach((g, gi) => {
    const gCode = `${pCode}.${gi + 1}`
    items.push(item(`C${gCode}`, "goal", gCode, g.title, { parentId: pId, bodyId: p.bodyId, targetGroupIds: [...p.targetGroups] }))
    g.measures.forEach((m, mi) => {
      const mCode = `${gCode}.${mi + 1}`
      const mId = `O${mCode}`
      items.push(item(mId, "measure", mCode, m.title, {
        parentId: `C${gCode}`, bodyId: p.bodyId, targetGroupIds: [...p.targetGroups], needIds: [...m.needs], swotItemIds: [...m.swot]
      }))
      m.indicators.forEach((ind, ii) => {
        indicators.push({
          id: `I${mCode}${m.indicators.length > 1 ? `-${ii + 1}` : ""}`,
          itemId: mId,
          name: ind.name,
          dimension: ind.dimension,
          unit: ind.unit,
          direction: ind.lower === true ? "lowerIsBetter" : "higherIsBetter",
          ...(ind.baseline === undefined ? {} : { baseline: { year: 2015, value: ind.baseline } }),
          target: { year: 2019, value: ind.target },
          actuals: [{ year: 2017, value: ind.actual2017, ...(ind.comment === undefined ? {} : { comment: ind.comment }) }],
          source: ind.source
        })
      })
      m.activities.forEach((a, ai) => {
        const aCode = `${mCode}.${ai + 1}`
        const aId = `A${aCode}`
        flatActivities.push({ id: aId, spec: a })
        items.push(item(aId, "activity", aCode, a.title, {
          parentId: mId,
          ...(a.description === undefined ? {} : { description: a.description }),
          responsibleId: a.responsible,
          partnerIds: [...(a.partners ?? [])],
          bodyId: p.bodyId,
          targetGroupIds: [...(a.targetGroups ?? p.targetGroups)],
          serviceTypes: [...(a.services ?? [])],
          needIds: [...(a.needs ?? [])],
          swotItemIds: [...(a.swot ?? [])],
          startOn: `${a.fromYear ?? 2017}-01-01`,
          deadline: a.deadline ?? "2019-12-31",
          status: a.retired === undefined ? "active" : "retired",
          ...(a.retired === undefined ? {} : { retired: { reason: a.retired.reason, on: a.retired.on } }),
          ...(a.carriedOver === undefined ? {} : { carriedOverFrom: `kpsh-3/A${a.carriedOver}` })
        }))
      })
    })
  })
})

// --- Funding -----------------------------------------------------------------------------------

const fundingSources: PlanEncoded["funding"]["sources"] = [
  { id: "fs-mesto", name: "Rozpočet města Stříbrná Hora", kind: "municipality", commissionerId: "a-mesto" },
  { id: "fs-kraj", name: "Středočeský kraj – dotace podle § 101a zákona o sociálních službách", kind: "region", commissionerId: "a-kraj" },
  { id: "fs-mpsv", name: "MPSV – státní dotace na služby nadregionálního charakteru", kind: "state" },
  { id: "fs-esf", name: "ESF – Operační program Zaměstnanost", kind: "eu" },
  { id: "fs-irop", name: "EFRR – Integrovaný regionální operační program (IROP)", kind: "eu" },
  { id: "fs-uhrady", name: "Úhrady uživatelů", kind: "userPayments" },
  { id: "fs-zp", name: "Zdravotní pojišťovny", kind: "healthInsurance" },
  { id: "fs-sponzori", name: "Sponzorské dary a fundraising", kind: "fundraising" }
]

const fulfilmentOf = (a: ActivitySpec): Fulfilment => a.fulfilment2017?.[0] ?? "fulfilled"

/** The share of secured money that was spent in 2017, by fulfilment. */
const spentShare: Readonly<Record<Fulfilment, number>> = {
  fulfilled: 0.96,
  partlyFulfilled: 0.7,
  notFulfilled: 0,
  cancelled: 0,
  movedToNextYear: 0
}

const fundingLines: ReadonlyArray<LineJson> = (() => {
  const random = prng(20160606)
  const lines: Array<LineJson> = []
  for (const { id, spec } of flatActivities) {
    if (spec.cost === 0) continue
    const first = spec.fromYear ?? 2017
    const last = spec.retired === undefined ? 2019 : 2017
    mixes[spec.mix].forEach(([sourceId, share], si) => {
      for (const year of years) {
        if (year < first || year > last) continue
        const planned = toThousands(spec.cost * share * 1.03 ** (year - first))
        const r = random()
        const ratio =
          spec.coverage === "gap" ? 0.25 + 0.15 * r :
          spec.coverage === "over" && year === 2017 && si === 0 ? 1.12 :
          year === 2017 ? 0.94 + 0.06 * r :
          year === 2018 ? 0.72 + 0.2 * r :
          0.45 + 0.25 * r
        const secured = toThousands(planned * ratio)
        const share2017 = spentShare[fulfilmentOf(spec)]
        const spent = year === 2017 && share2017 > 0 ? Math.round(secured * (share2017 + 0.04 * random())) : 0
        lines.push({ activityId: id, year, sourceId, planned, secured, spent: Math.min(spent, secured) })
      }
    })
  }
  return lines
})()

// --- Action plans and monitoring ---------------------------------------------------------------

const inYear = (a: FlatActivity, year: number): boolean =>
  (a.spec.fromYear ?? 2017) <= year && (year === 2017 || a.spec.retired === undefined)

const actionPlans: PlanEncoded["actionPlans"] = [
  {
    id: "ap-2017",
    year: 2017,
    activityIds: flatActivities.filter((a) => inYear(a, 2017)).map((a) => a.id),
    approval: { body: "council", resolution: "RM/1187/2016", date: "2016-12-12", kind: "approved" }
  },
  {
    id: "ap-2018",
    year: 2018,
    activityIds: flatActivities.filter((a) => inYear(a, 2018)).map((a) => a.id),
    approval: { body: "council", resolution: "RM/1092/2017", date: "2017-12-11", kind: "approved" }
  }
]

const spent2017 = (activityId: string): number =>
  fundingLines.filter((l) => l.activityId === activityId && l.year === 2017).reduce((total, l) => total + l.spent, 0)

const monitoringReports: PlanEncoded["monitoringReports"] = [
  {
    id: "mr-2017",
    year: 2017,
    status: "approved",
    preparedOn: "2018-03-28",
    approval: { body: "assembly", resolution: "ZM/37/2018", date: "2018-04-23", kind: "tookNote" },
    activities: flatActivities.filter((a) => inYear(a, 2017)).map((a) => ({
      activityId: a.id,
      fulfilment: fulfilmentOf(a.spec),
      ...(a.spec.fulfilment2017 === undefined ? {} : { comment: a.spec.fulfilment2017[1] }),
      ...(a.spec.cost === 0 ? {} : { spent: spent2017(a.id) })
    })),
    indicators: indicators.flatMap((ind) => ind.actuals.filter((x) => x.year === 2017).map((x) => ({
      indicatorId: ind.id,
      value: x.value,
      ...(x.comment === undefined ? {} : { comment: x.comment })
    }))),
    summary:
      "V prvním roce platnosti 4. KPSH byla většina aktivit splněna. Částečně se nepodařilo rozšířit terénní " +
      "služby o večerní a noční hodiny (nedostatek pracovníků, krácení krajské dotace); sociálně aktivizační " +
      "služba pro seniory byla přesunuta na rok 2018; letní tábory se neuskutečnily; tištěný průvodce " +
      "bezbariérovým městem byl nahrazen mapou bariér na webu města."
  }
]

// --- Consultation ------------------------------------------------------------------------------

const settledBy = "Koordinační skupina KPSS"
const settledOn = "2016-07-12"

interface CommentSpec {
  readonly receivedOn: string
  readonly channel: CommentJson["channel"]
  readonly author: CommentJson["author"]
  readonly text: string
  readonly itemId?: string
  readonly section?: string
  readonly disposition: "accepted" | "partlyAccepted" | "rejected" | "noted"
  readonly justification?: string
  readonly change?: string
}

const citizen = (name: string, mailbox: string, consentToPublish: boolean): CommentJson["author"] =>
  ({ name, contact: `${mailbox}@example.cz`, consentToPublish })
const organisation = (actorId: string): CommentJson["author"] =>
  ({ name: actor(actorId).name, actorId, consentToPublish: true })

const commentSpecs: ReadonlyArray<CommentSpec> = [
  { receivedOn: "2016-06-07", channel: "web", author: citizen("Jana Nováková", "jana.novakova", false), itemId: "A1.1.1.2",
    text: "Prosím, aby pečovatelská služba jezdila i o státních svátcích, nejen o víkendech. Maminka je na péči závislá každý den.",
    disposition: "accepted", change: "Popis aktivity 1.1.1.2 doplněn o státní svátky." },
  { receivedOn: "2016-06-08", channel: "web", author: citizen("Alena Šťastná", "alena.stastna", true), itemId: "A4.1.2.1",
    text: "Odlehčovací služba by měla přijímat i děti a dospělé s poruchou autistického spektra, nejen s mentálním postižením.",
    disposition: "accepted", change: "Cílová skupina aktivity 4.1.2.1 rozšířena o osoby s poruchou autistického spektra." },
  { receivedOn: "2016-06-09", channel: "email", author: organisation("a-klub-senioru"), itemId: "A1.2.2.2",
    text: "Klub seniorů žádá o navýšení příspěvku města na 90 000 Kč ročně a o bezbariérové prostory pro klub.",
    disposition: "partlyAccepted", justification: "Bezbariérové prostory nabídne město v Komunitním domě od roku 2017; příspěvek zůstává na úrovni 60 000 Kč podle možností rozpočtu.",
    change: "Do popisu aktivity doplněno přestěhování klubu do Komunitního domu." },
  { receivedOn: "2016-06-10", channel: "paperForm", author: citizen("Miroslav Vlček", "miroslav.vlcek", false), section: "Analytická část – demografický vývoj",
    text: "V analýze chybí odhad, kolik bude ve městě lidí nad 80 let na konci období plánu.",
    disposition: "accepted", change: "Doplněna projekce počtu obyvatel nad 80 let do roku 2020 podle ČSÚ." },
  { receivedOn: "2016-06-15", channel: "publicHearing", author: citizen("Ing. Václav Horák", "vaclav.horak", true), itemId: "A3.2.1.2",
    text: "Bezbariérové úpravy zastávek by měly začít už v roce 2017, nejdříve u nemocnice a u polikliniky.",
    disposition: "partlyAccepted", justification: "Investiční plán města na rok 2017 je uzavřen; zastávky u nemocnice a polikliniky budou upraveny přednostně v roce 2018.",
    change: "Do popisu aktivity doplněno pořadí úprav zastávek." },
  { receivedOn: "2016-06-15", channel: "publicHearing", author: organisation("a-spolek-zp"), itemId: "A3.1.1.1",
    text: "Osobní asistence musí být dostupná i v noci, jinak lidé s těžkým postižením skončí v ústavu.",
    disposition: "partlyAccepted", justification: "Noční asistenci zařadíme od roku 2017 v omezeném rozsahu podle výše krajské dotace; plný rozsah nelze bez zajištěných zdrojů slíbit.",
    change: "Název aktivity upraven na rozšíření o večerní a noční hodiny." },
  { receivedOn: "2016-06-15", channel: "publicHearing", author: citizen("Občan z ulice Na Vyhlídce", "na.vyhlidce", false), itemId: "A2.1.1.1",
    text: "Nesouhlasím s celoročním provozem noclehárny v naší ulici, lidé bez domova obtěžují sousedy.",
    disposition: "rejected", justification: "Celoroční noclehárna odpovídá zjištěné potřebě (analýza potřeb, potřeba n-vyl-3). Provozovatel posílí spolupráci s městskou policií a domovní řád noclehárny; místo provozu se nemění." },
  { receivedOn: "2016-06-16", channel: "email", author: organisation("a-paprsek"), itemId: "A4.2.1.1",
    text: "Navrhujeme kapacitu chráněného bydlení osm míst místo šesti, zájemců je více.",
    disposition: "rejected", justification: "Kapacita šesti míst odpovídá podmínkám výzvy IROP pro bydlení v komunitě a velikosti městského domu; další potřebu zhodnotí 5. KPSH." },
  { receivedOn: "2016-06-17", channel: "web", author: citizen("Helena Marešová", "helena.maresova", true), section: "Návaznost zdravotní a sociální péče",
    text: "V plánu chybí domácí hospicová péče, rodiny o ní nevědí.",
    disposition: "noted", justification: "Domácí hospicová péče je zdravotní služba hrazená zdravotními pojišťovnami; Domácí hospic Světlo je členem pracovní skupiny Senioři a informace o něm bude v katalogu poskytovatelů." },
  { receivedOn: "2016-06-20", channel: "email", author: organisation("a-charita"), itemId: "A2.2.1.1",
    text: "Doplnit do dluhového poradenství preventivní besedy finanční gramotnosti na středních školách.",
    disposition: "accepted", change: "Do popisu aktivity 2.2.1.1 doplněny besedy na školách." },
  { receivedOn: "2016-06-21", channel: "paperForm", author: citizen("Neuvedeno", "anonym", false), itemId: "P5",
    text: "Pro mládež v okrajových částech města (Hutě, Pod Haldou) v plánu nic není.",
    disposition: "partlyAccepted", justification: "Terénní práce s mládeží se zaměří na sídliště Pod Haldou; pro ostatní části města zatím nejsou zdroje.",
    change: "Doplněna aktivita 5.2.1.2 Terénní práce s mládeží na sídlišti Pod Haldou." },
  { receivedOn: "2016-06-22", channel: "web", author: organisation("a-zs"), itemId: "A5.2.2.1",
    text: "Programy primární prevence by měly zahrnout i první stupeň základních škol.",
    disposition: "accepted", change: "Aktivita 5.2.2.1 rozšířena na žáky 4. a 5. tříd." },
  { receivedOn: "2016-06-23", channel: "email", author: organisation("a-hnizdo"), itemId: "A5.2.2.2",
    text: "Doučování je financováno jen z darů; žádáme o zařazení do dotačního programu města.",
    disposition: "noted", justification: "O dotacích rozhoduje Rada města v dotačním programu; aktivita je v plánu vedena se zdroji města a dárců, výše se stanoví v akčním plánu." },
  { receivedOn: "2016-06-24", channel: "web", author: citizen("Zdeňka Pospíšilová", "zdenka.pospisilova", false), itemId: "A3.2.2.1",
    text: "Senior taxi by mělo vozit i na hřbitov a na nákupy, ne jen k lékaři.",
    disposition: "accepted", change: "Účely jízd přepravní služby v popisu aktivity rozšířeny." },
  { receivedOn: "2016-06-27", channel: "email", author: organisation("a-asistence"), itemId: "A3.1.1.2",
    text: "Průvodcovská služba potřebuje i ambulantní formu v poradně pro nevidomé.",
    disposition: "accepted", change: "Aktivita 3.1.1.2 doplněna o ambulantní formu." },
  { receivedOn: "2016-06-27", channel: "paperForm", author: citizen("Pavla Říhová", "pavla.rihova", true), section: "Celý dokument",
    text: "Text je plný zkratek, kterým běžný člověk nerozumí.",
    disposition: "accepted", change: "Doplněn seznam zkratek a vysvětlivky na konci dokumentu." },
  { receivedOn: "2016-06-29", channel: "email", author: organisation("a-hospic"), itemId: "O1.1.2",
    text: "Navrhujeme doplnit podporu pečujících o umírající blízké: poradenství a odlehčení v závěru života.",
    disposition: "partlyAccepted",
    justification: "Připomínka byla doručena po lhůtě (27. 6. 2016); koordinační skupina ji přesto projednala. Poradenství pro pečující zahrne i péči o umírající; odlehčovací službu v závěru života plán nezajistí.",
    change: "Domácí hospic Světlo doplněn jako partner aktivity 1.1.2.2." }
]

const comments: ReadonlyArray<CommentJson> = commentSpecs.map((c, i) => ({
  id: `k-${String(i + 1).padStart(2, "0")}`,
  periodId: "cp-2016",
  receivedOn: c.receivedOn,
  channel: c.channel,
  author: c.author,
  text: c.text,
  ...(c.itemId === undefined ? {} : { itemId: c.itemId }),
  ...(c.section === undefined ? {} : { section: c.section }),
  settlement: {
    disposition: c.disposition,
    ...(c.justification === undefined ? {} : { justification: c.justification }),
    settledBy,
    settledOn,
    ...(c.change === undefined ? {} : { change: c.change })
  }
}))

const consultation: PlanEncoded["consultation"] = {
  periods: [{
    id: "cp-2016",
    from: "2016-06-06",
    to: "2016-06-27",
    channels: ["web", "email", "paperForm", "publicHearing"],
    announcement:
      "Návrh 4. komunitního plánu sociálních služeb města Stříbrná Hora na období 2017–2019 je zveřejněn na webu " +
      "města a v tištěné podobě na podatelně městského úřadu. Připomínky lze podávat od 6. 6. do 27. 6. 2016 " +
      "formulářem na webu, e-mailem koordinátorce nebo na papírovém formuláři; veřejné projednání se koná " +
      "15. 6. 2016 v 17 hodin ve velkém sále radnice."
  }],
  comments
}

// --- Meetings and decisions --------------------------------------------------------------------

const minutesRef = (slug: string, date: string): string => `${web}/zapisy/${slug}-${date}.pdf`

const meeting = (
  id: string,
  bodyId: string,
  date: string,
  place: string,
  agenda: ReadonlyArray<string>,
  facilitatorId: string,
  attendance: ReadonlyArray<string>,
  takenBy: string,
  slug: string
): MeetingJson => ({
  id,
  bodyId,
  date,
  place,
  agenda: [...agenda],
  agendaSentOn: shift(date, -7),
  facilitatorId,
  decisionMethodDeclaredOn: shift(date, -7),
  attendance: [...attendance],
  minutes: { takenBy, publishedOn: shift(date, 5), reference: minutesRef(slug, date) }
})

const wgAgendas: ReadonlyArray<ReadonlyArray<string>> = [
  ["Zahájení a kontrola úkolů z minulého jednání", "Vyhodnocení plnění 3. KPSH za rok 2015", "SWOT analýza oblasti pracovní skupiny", "Harmonogram tvorby 4. KPSH", "Různé"],
  ["Výstupy SWOT analýzy a analýzy potřeb", "Návrhy cílů a opatření 4. KPSH", "Různé"],
  ["Úpravy cílů a opatření podle připomínek členů", "Návrh aktivit a odpovědných organizací", "Odhad finanční náročnosti aktivit", "Různé"],
  ["Připomínkování návrhu 4. KPSH", "Informace o veřejném projednání 15. 6. 2016", "Různé"]
]

/** The ordinary members present: about three in four, a different few excused each time. */
const present = (members: ReadonlyArray<string>, turn: number): Array<string> =>
  members.filter((_, i) => (i + turn) % 4 !== 0)

const wgMeetings: ReadonlyArray<MeetingJson> = workingGroups.flatMap((g, gi) =>
  g.meetingDays.map((date, k) =>
    meeting(`m-${g.key}-${date}`, g.id, date, g.place, wgAgendas[k]!, g.facilitator, [g.leader, g.facilitator, "p-koord", ...present(g.members, gi + k)], g.leader, `ps-${g.key}`)
  )
)

const coalitionPresent = (turn: number): Array<string> => [...present(coalitionMembers, turn), "p-koord", "p-fac-1"]
const coalitionMeetings: ReadonlyArray<MeetingJson> = [
  meeting("m-koal-2015-11-25", "koalice", "2015-11-25", "Radnice, velký zasedací sál",
    ["Zahájení přípravy 4. KPSH", "Jednací řád koordinační skupiny", "Organizační struktura: koordinační skupina, manažerský tým, pracovní skupiny", "Různé"],
    "p-fac-1", coalitionPresent(0), "p-koord", "koalice"),
  meeting("m-koal-2016-01-20", "koalice", "2016-01-20", "Radnice, velký zasedací sál",
    ["Harmonogram tvorby 4. KPSH na období 2017–2019", "Vyhodnocení 3. KPSH a finanční tabulky za rok 2015", "Postup SWOT analýz v pracovních skupinách", "Různé"],
    "p-fac-1", coalitionPresent(1), "p-koord", "koalice"),
  meeting("m-koal-2016-04-27", "koalice", "2016-04-27", "Radnice, velký zasedací sál",
    ["Poslání a vize 4. KPSH", "Priority 4. KPSH podle pracovních skupin a společné cíle", "Postup dokončení návrhu a připomínkování", "Různé"],
    "p-fac-1", coalitionPresent(2), "p-koord", "koalice"),
  meeting("m-koal-2016-11-30", "koalice", "2016-11-30", "Radnice, velký zasedací sál",
    ["Představení schváleného 4. KPSH", "Návrh akčního plánu na rok 2017", "Monitoring plnění plánu", "Různé"],
    "p-fac-1", coalitionPresent(3), "p-koord", "koalice")
]

const steeringAll = steeringMembers.map((m) => m.actorId)
const steeringMeetings: ReadonlyArray<MeetingJson> = [
  meeting("m-ks-2016-06-01", "ks", "2016-06-01", "Městský úřad, kancelář místostarosty",
    ["Návrh 4. KPSH sestavený koordinátorkou", "Schválení návrhu k připomínkování", "Organizace veřejného projednání"],
    "p-fac-2", steeringAll, "p-koord", "ks"),
  meeting("m-ks-2016-07-12", "ks", "2016-07-12", "Městský úřad, kancelář místostarosty",
    ["Vypořádání připomínek k návrhu 4. KPSH (společně s manažerským týmem)", "Finální verze 4. KPSH k projednání v Radě a Zastupitelstvu"],
    "p-fac-2", steeringAll, "p-koord", "ks")
]

const meetings: ReadonlyArray<MeetingJson> = [...coalitionMeetings, ...wgMeetings, ...steeringMeetings]

const meetingById = new Map(meetings.map((m) => [m.id, m]))
const meetingOf = (meetingId: string): MeetingJson => {
  const found = meetingById.get(meetingId)
  if (found === undefined) throw new Error(`sample plan: unknown meeting ${meetingId}`)
  return found
}
const attendanceOf = (meetingId: string): ReadonlyArray<string> => meetingOf(meetingId).attendance

/** Those present who vote: everyone but the facilitator, who leads the meeting. */
const voters = (meetingId: string): ReadonlyArray<string> =>
  attendanceOf(meetingId).filter((id) => id !== meetingOf(meetingId).facilitatorId)

const allYes = (meetingId: string): Array<VoteJson> => voters(meetingId).map((actorId) => ({ actorId, choice: "yes" }))

const decision = (
  id: string,
  bodyId: string,
  meetingId: string,
  subject: DecisionJson["subject"],
  text: string,
  rule: RuleJson,
  votes: ReadonlyArray<VoteJson>,
  concerns: ReadonlyArray<string>,
  lifecycleStatus?: DecisionJson["lifecycleStatus"]
): DecisionJson => {
  const date = meetingOf(meetingId).date
  return {
    id,
    bodyId,
    meetingId,
    date,
    subject,
    text,
    rule,
    votes: [...votes],
    recusals: [],
    outcome: "passed",
    closedOn: date,
    concerns: [...concerns],
    ...(lifecycleStatus === undefined ? {} : { lifecycleStatus })
  }
}

const dissent: Readonly<Record<string, VoteJson>> = {
  "a-byty": { actorId: "a-byty", choice: "no", reason: "Vize slibuje dostupné bydlení pro všechny, které město v období plánu nemůže zaručit." },
  "a-mp": { actorId: "a-mp", choice: "abstain" },
  "a-up": { actorId: "a-up", choice: "abstain" }
}

const visionMeeting = "m-koal-2016-04-27"
const priorityIds = priorities.map((_, i) => `P${i + 1}`)

const decisions: ReadonlyArray<DecisionJson> = [
  decision("d-2015-jednaci-rad", "koalice", "m-koal-2015-11-25", "rulesOfProcedure",
    "Partnerská koalice přijala jednací řád koordinační skupiny a pracovních skupin pro přípravu 4. KPSH.",
    consensusRule, allYes("m-koal-2015-11-25"), ["ks"]),
  decision("d-2015-struktura", "koalice", "m-koal-2015-11-25", "steeringStructure",
    "Partnerská koalice potvrdila organizační strukturu: koordinační skupina, manažerský tým a pět pracovních skupin s manažery.",
    consensusRule, allYes("m-koal-2015-11-25"), ["ks", "mt", ...workingGroups.map((g) => g.id)]),
  decision("d-2016-vize", "koalice", visionMeeting, "visionAccepted",
    "Partnerská koalice přijala poslání, vizi a hodnoty 4. KPSH. Hlasovalo se prostou většinou podle jednacího řádu.",
    simpleMajorityRule, voters(visionMeeting).map((id) => dissent[id] ?? { actorId: id, choice: "yes" as const }), []),
  decision("d-2016-priority", "koalice", visionMeeting, "prioritiesAgreed",
    "Partnerská koalice se konsenzem shodla na šesti prioritách 4. KPSH: pěti prioritách pracovních skupin a společných cílech.",
    consensusRule, allYes(visionMeeting), priorityIds),
  ...workingGroups.map((g) => {
    const m = `m-${g.key}-${g.meetingDays[2]}`
    return decision(`d-2016-cile-${g.key}`, g.id, m, "strategyAgreed",
      `Pracovní skupina ${g.name} se shodla na návrhu cílů, opatření a aktivit své priority.`,
      consensusRule, allYes(m), [g.priorityId])
  }),
  decision("d-2016-navrh", "ks", "m-ks-2016-06-01", "versionApproved",
    "Koordinační skupina schválila návrh 4. KPSH a jeho zveřejnění k připomínkám od 6. 6. do 27. 6. 2016.",
    consensusRule, allYes("m-ks-2016-06-01"), ["cp-2016"], "commentPeriod"),
  decision("d-2016-vyporadani", "ks", "m-ks-2016-07-12", "settlementApproved",
    "Koordinační skupina s manažerským týmem projednala všechny připomínky a schválila jejich vypořádání; vypořádání se zveřejní spolu s finální verzí.",
    consensusRule, allYes("m-ks-2016-07-12"),
    comments.map((c) => c.id))
]

// --- Schedule (seed 003) -----------------------------------------------------------------------

const milestone = (
  id: string,
  title: string,
  kind: MilestoneJson["kind"],
  phase: MilestoneJson["phase"],
  from: string,
  to: string | undefined,
  after: ReadonlyArray<string>,
  rest: Partial<Pick<MilestoneJson, "description" | "ownerId" | "bodyId" | "doneOn">> = {}
): MilestoneJson => ({
  id,
  title,
  kind,
  ...(phase === undefined ? {} : { phase }),
  from,
  ...(to === undefined ? {} : { to }),
  after: [...after],
  doneOn: rest.doneOn ?? to ?? from,
  ...rest
})

const schedule: ReadonlyArray<MilestoneJson> = [
  milestone("h-01", "Rozeslání finančních tabulek poskytovatelům sociálních služeb", "task", "understandingNeeds", "2016-01-04", "2016-01-29", [], {
    description: "Podklad revize 3. KPSH za rok 2015: celkový přehled finančních prostředků použitých k naplnění cílů a opatření 3. KPSH (harmonogram: leden – únor 2016).",
    ownerId: "p-koord" }),
  milestone("h-02", "SWOT analýzy v jednotlivých pracovních skupinách", "task", "understandingNeeds", "2016-01-11", "2016-02-26", [], {
    description: "Provádí externí facilitátor na jednáních pracovních skupin (leden – únor 2016).", ownerId: "p-fac-1" }),
  milestone("h-03", "Odevzdání finančních tabulek od všech poskytovatelů zapojených do KP", "deadline", "understandingNeeds", "2016-02-22", undefined, ["h-01"], {
    ownerId: "p-koord" }),
  milestone("h-04", "Revize finančních prostředků použitých k naplnění 3. KPSH za rok 2015", "task", "understandingNeeds", "2016-02-23", "2016-02-29", ["h-03"], {
    description: "Koordinátorka zpracuje do konce února na základě podkladů manažerů skupin revizi včetně společných cílů.", ownerId: "p-koord", bodyId: "mt" }),
  milestone("h-05", "Schůzky pracovních skupin – návrhy cílů a opatření", "meeting", "vision", "2016-03-01", "2016-03-11", ["h-02", "h-04"], {
    description: "Jako podklad slouží SWOT analýzy, akční plán na rok 2016 a revize financí.", ownerId: "p-koord" }),
  milestone("h-06", "Schůzky pracovních skupin – úpravy cílů a opatření", "meeting", "vision", "2016-03-21", "2016-03-31", ["h-05"], { ownerId: "p-koord" }),
  milestone("h-07", "Koordinátorka zpracovává úvod 4. KPSH", "task", "vision", "2016-03-01", "2016-05-27", ["h-04"], { ownerId: "p-koord" }),
  milestone("h-08", "Vyplněné tabulky cílů a opatření za jednotlivé pracovní skupiny", "deadline", "vision", "2016-04-01", "2016-04-29", ["h-06"], { ownerId: "p-koord", bodyId: "mt" }),
  milestone("h-09", "Dopracování všech návrhů cílů a opatření v tabulkách", "task", "strategy", "2016-05-02", "2016-05-20", ["h-08"], { ownerId: "p-koord", bodyId: "mt" }),
  milestone("h-10", "Odevzdání cílů a opatření 4. KPSH v tabulkách koordinátorce", "deadline", "strategy", "2016-05-27", undefined, ["h-09"], { ownerId: "p-koord", bodyId: "mt" }),
  milestone("h-11", "Sestavení cílů a opatření za všechny pracovní skupiny včetně společných cílů", "task", "strategy", "2016-05-27", "2016-06-03", ["h-10"], { ownerId: "p-koord" }),
  milestone("h-12", "Zahájení procesu konzultací (připomínkování) 4. KPSH", "commentPeriodOpens", "strategy", "2016-06-06", undefined, ["h-11"], { ownerId: "p-koord", bodyId: "ks" }),
  milestone("h-13", "Jednání pracovních skupin – připomínkování návrhu 4. KPSH", "meeting", "strategy", "2016-06-08", "2016-06-22", ["h-12"], { ownerId: "p-koord" }),
  milestone("h-14", "Veřejné projednání návrhu 4. KPSH", "meeting", "strategy", "2016-06-15", undefined, ["h-12"], { ownerId: "p-koord" }),
  milestone("h-15", "Ukončení procesu připomínkování", "commentPeriodCloses", "strategy", "2016-06-27", undefined, ["h-12"], { ownerId: "p-koord" }),
  milestone("h-16", "Koordinační skupina s manažerským týmem projedná zapracování připomínek", "settlement", "strategy", "2016-07-01", "2016-07-15", ["h-15"], {
    ownerId: "p-mistostarosta", bodyId: "ks", doneOn: settledOn }),
  milestone("h-17", "Projednání a schválení 4. KPSH v Radě a Zastupitelstvu města", "approval", "strategy", "2016-07-18", "2016-09-30", ["h-16"], {
    description: "Rada města doporučila plán ke schválení 22. 8. 2016, Zastupitelstvo jej schválilo 19. 9. 2016 usnesením ZM/123/2016.",
    ownerId: "p-mistostarosta", doneOn: "2016-09-19" }),
  milestone("h-18", "Příprava finální verze 4. KPSH", "task", "strategy", "2016-07-18", "2016-09-30", ["h-16"], { ownerId: "p-koord", doneOn: "2016-09-09" }),
  milestone("h-19", "Grafická příprava dokumentu", "task", "implementation", "2016-10-03", "2016-11-30", ["h-17", "h-18"], { ownerId: "p-koord" }),
  milestone("h-20", "Tisk dokumentu 4. KPSH", "publication", "implementation", "2016-12-01", "2016-12-16", ["h-19"], { ownerId: "p-koord" }),
  milestone("h-21", "Distribuce 4. KPSH do pracovních skupin a ostatním zúčastněným", "publication", "implementation", "2016-12-19", "2016-12-23", ["h-20"], { ownerId: "p-koord" }),
  milestone("h-22", "Schválení akčního plánu na rok 2017 v Radě města", "actionPlan", "implementation", "2016-12-12", undefined, ["h-17"], { ownerId: "p-koord" }),
  milestone("h-23", "Začátek platnosti 4. KPSH", "periodStarts", "implementation", "2017-01-01", undefined, ["h-17"]),
  milestone("h-24", "Schválení akčního plánu na rok 2018 v Radě města", "actionPlan", "implementation", "2017-12-11", undefined, ["h-22"], { ownerId: "p-koord" }),
  milestone("h-25", "Monitorovací zpráva za rok 2017 vzata na vědomí Zastupitelstvem", "approval", "implementation", "2018-04-23", undefined, ["h-23"], { ownerId: "p-koord" })
]

// --- The plan ----------------------------------------------------------------------------------

const phaseRecords: PlanEncoded["phases"] = [
  { phase: "start", state: "completed", startedOn: "2015-09-01", completedOn: "2015-10-30", waivers: [] },
  { phase: "steeringStructure", state: "completed", startedOn: "2015-11-02", completedOn: "2015-12-15", waivers: [] },
  { phase: "understandingNeeds", state: "completed", startedOn: "2016-01-04", completedOn: "2016-02-29", waivers: [] },
  { phase: "vision", state: "completed", startedOn: "2016-03-01", completedOn: "2016-04-29", waivers: [] },
  { phase: "strategy", state: "completed", startedOn: "2016-05-02", completedOn: "2016-09-19", waivers: [] },
  { phase: "implementation", state: "inProgress", startedOn: "2016-10-03", waivers: [] }
]

const plan: PlanEncoded = {
  id: "kpsh-4",
  title: "4. komunitní plán sociálních služeb města Stříbrná Hora na období 2017–2019",
  territory: { level: "municipality", name: "Stříbrná Hora", code: townCode, regionCode },
  edition: 4,
  period: { from: 2017, to: 2019 },
  previousPlanId: "kpsh-3",
  statutory: false,
  phases: phaseRecords,
  lifecycle: {
    status: "inForce",
    approval: { body: "assembly", resolution: "ZM/123/2016", date: "2016-09-19", kind: "approved" },
    inForceFrom: "2017-01-01",
    validUntil: "2019-12-31",
    amendments: []
  },
  targetGroups,
  actors: [...actors],
  bodies: [...bodies],
  meetings: [...meetings],
  decisions: [...decisions],
  analyses: { demography, needs: [...needs], resources: [...resources], swot: [...swot], economicEvaluation },
  strategy: {
    mission:
      "Posláním komunitního plánování je zajistit ve Stříbrné Hoře dostupné sociální služby, které odpovídají " +
      "skutečným potřebám lidí, a to ve shodě uživatelů, poskytovatelů a zadavatelů a v mezích prostředků, které " +
      "město a další zdroje na sociální služby vynakládají.",
    vision:
      "V roce 2019 mají lidé ve Stříbrné Hoře v nepříznivé sociální situaci včas k dispozici kvalitní a navazující " +
      "služby, co nejblíže svému domovu. Služby jsou finančně stabilní, veřejnost o nich ví a o jejich rozvoji " +
      "rozhodují společně uživatelé, poskytovatelé a město.",
    values: [
      "Partnerství uživatelů, poskytovatelů a zadavatelů",
      "Rovnost a respekt ke všem účastníkům",
      "Vycházení ze skutečných potřeb",
      "Veřejnost a otevřenost procesu",
      "Dosažitelná řešení",
      "Podpora života v přirozeném prostředí"
    ],
    levelNames: {
      priority: { cs: "Priorita", en: "Priority" },
      goal: { cs: "Cíl", en: "Goal" },
      measure: { cs: "Opatření", en: "Measure" },
      activity: { cs: "Aktivita", en: "Activity" }
    },
    items
  },
  funding: { sources: fundingSources, lines: [...fundingLines] },
  indicators,
  actionPlans,
  monitoringReports,
  consultation,
  schedule: [...schedule]
}

/**
 * The sample plan as its canonical JSON document: what `encodePlanDocument(samplePlan)` writes. Frozen;
 * copy it (`structuredClone`) to make a variant.
 *
 * @category samples
 * @since 0.1.0
 */
export const samplePlanDocument: SamplePlanDocument = deepFreeze({ formatVersion: currentFormatVersion, plan })

const decoded = decodePlanDocument(samplePlanDocument)
if (Result.isFailure(decoded)) {
  const list = decoded.failure.problems.map((p) => `${formatPath(p.path)}: ${p.message.en}`).join("\n")
  throw new Error(`the sample plan does not decode:\n${list}`)
}

/**
 * The sample plan: the fictional town Stříbrná Hora's 4th community plan of social services for
 * 2017–2019, in force and in its second year of implementation, decoded from
 * {@link samplePlanDocument}. Frozen.
 *
 * @category samples
 * @since 0.1.0
 */
export const samplePlan: Plan = deepFreeze(decoded.success)
