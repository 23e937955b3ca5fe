/**
 * The error of every operation on a plan: why it was refused (a `reason` a program can branch on), a
 * message in Czech and English, the ids involved, and — when a phase gate blocked — the findings that
 * block it. An operation that fails returns it and leaves the plan as it was.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import type { IsoDate } from "./CalendarDate.js"
import type { LocalizedText } from "./Messages.js"
import { dateParam, Finding, renderMessage, type FindingParam } from "./Rule.js"

/**
 * Why an operation was refused.
 *
 * @category schemas
 * @since 0.1.0
 */
export const DomainErrorReason = Schema.Literals([
  "notAllowed",
  "frozen",
  "wrongState",
  "unknownId",
  "duplicateId",
  "datesOutOfOrder",
  "blocked",
  "unsettledComments",
  "missingJustification",
  "invalidWaiver",
  "lastPhase",
  "invalidValue",
  "outsidePeriod",
  "wrongLevel",
  "cycle",
  "notSibling",
  "retired",
  "hasChildren",
  "hasHistory",
  "inactiveActor",
  "approvedRecord",
  "yearTaken",
  "unknownServiceType",
  "formNotAllowed",
  "capacityWithoutForm",
  "duplicateProvider",
  "referenced",
  "fromRegister",
  "alreadyLinked"
])

/**
 * @category models
 * @since 0.1.0
 */
export type DomainErrorReason = typeof DomainErrorReason.Type

const catalogue = {
  notAllowed: { cs: "Akce není dovolena: {why}", en: "Not allowed: {why}" },
  frozen: {
    cs: "Verze plánu je schválena a nelze ji měnit; změnu proveďte novou verzí (změnou plánu)",
    en: "This version of the plan is adopted and cannot change; make the change in a new version (an amendment)"
  },
  wrongState: {
    cs: "Operaci „{operation}“ nelze provést, když je plán ve stavu „{status}“ (možné ve stavu: {allowed})",
    en: "The operation \"{operation}\" cannot run while the plan is \"{status}\" (possible when: {allowed})"
  },
  unknownId: { cs: "{kind} „{id}“ v plánu neexistuje", en: "{kind} \"{id}\" does not exist in the plan" },
  duplicateId: { cs: "{kind} „{id}“ v plánu už existuje", en: "{kind} \"{id}\" already exists in the plan" },
  datesOutOfOrder: {
    cs: "{later} ({laterDate}) nesmí být dříve než {earlier} ({earlierDate})",
    en: "{later} ({laterDate}) cannot be before {earlier} ({earlierDate})"
  },
  blocked: {
    cs: "Fázi „{phase}“ nelze ukončit, počet nesplněných výstupů: {count}",
    en: "Phase \"{phase}\" cannot be completed, deliverables missing: {count}"
  },
  unsettledComments: {
    cs: "Plán nelze schválit, počet nevypořádaných připomínek: {count}",
    en: "The plan cannot be approved, comments not settled: {count}"
  },
  missingJustification: {
    cs: "Připomínka {id} nebyla přijata, vypořádání proto musí mít odůvodnění",
    en: "Comment {id} was not accepted, so its settlement needs a justification"
  },
  invalidWaiver: {
    cs: "Prominout lze jen výstup probíhající fáze ({allowed}), a to s odůvodněním",
    en: "Only a deliverable of the current phase ({allowed}) can be waived, and only with a reason"
  },
  lastPhase: { cs: "Plán je v poslední fázi; další fáze není", en: "The plan is in its last phase; there is no next one" },
  invalidValue: { cs: "Neplatná hodnota {found} v položce „{field}“: očekáváno {expected}", en: "Invalid value {found} in \"{field}\": expected {expected}" },
  outsidePeriod: { cs: "Rok {year} není v období plánu {from}–{to}", en: "The year {year} is not in the plan period {from}–{to}" },
  wrongLevel: { cs: "Položka úrovně „{level}“ musí ležet pod položkou úrovně „{parentLevel}“", en: "An item of level \"{level}\" must sit under an item of level \"{parentLevel}\"" },
  cycle: { cs: "Přesunem položky „{id}“ pod „{parentId}“ by vznikl cyklus", en: "Moving item \"{id}\" under \"{parentId}\" would create a cycle" },
  notSibling: { cs: "Položka „{before}“ není sourozencem položky „{id}“", en: "Item \"{before}\" is not a sibling of item \"{id}\"" },
  retired: { cs: "Položka strategie „{id}“ je vyřazena", en: "Strategy item \"{id}\" is retired" },
  hasChildren: { cs: "Položku „{id}“ nelze smazat, dokud má podřízené položky", en: "Item \"{id}\" cannot be deleted while it has child items" },
  hasHistory: { cs: "Položku „{id}“ nelze smazat, protože {what}; vyřaďte ji s odůvodněním", en: "Item \"{id}\" cannot be deleted because {what}; retire it with a reason" },
  inactiveActor: { cs: "Aktér „{id}“ už není partnerem koalice", en: "Actor \"{id}\" is no longer a partner of the coalition" },
  approvedRecord: { cs: "{what} je schválen(a) a už se nemění", en: "{what} is approved and never changes" },
  yearTaken: { cs: "{what} na rok {year} už existuje", en: "{what} for {year} already exists" },
  unknownServiceType: {
    cs: "Druh služby „{type}“ není v katalogu zákona 108/2006 Sb. (uveďte paragraf, např. 40, nebo „other“)",
    en: "The service type \"{type}\" is not in the catalogue of Act 108/2006 (give the paragraph, e.g. 40, or \"other\")"
  },
  formNotAllowed: { cs: "Služba {type} se podle zákona neposkytuje ve formě {form}", en: "The law does not provide {type} in the {form} form" },
  capacityWithoutForm: { cs: "Kapacita ve formě {form} patří formě, v níž se služba neposkytuje", en: "A capacity in the {form} form belongs to a form the service is not provided in" },
  duplicateProvider: {
    cs: "Poskytovatel „{name}“ ({ico}) už v analýze zdrojů je; přidejte službu k němu",
    en: "The provider \"{name}\" ({ico}) is already in the resource analysis; add the service to it"
  },
  referenced: {
    cs: "Nelze odstranit {what} „{id}“ – odkazuje sem: {by}. Nejprve tyto odkazy odeberte",
    en: "Cannot remove {what} \"{id}\" – referenced by: {by}. Remove these references first"
  },
  fromRegister: {
    cs: "Údaj „{field}“ zdroje „{id}“ pochází z registru poskytovatelů (registr {registerId}); změní ho další import",
    en: "The field \"{field}\" of resource \"{id}\" comes from the providers register (register {registerId}); the next import changes it"
  },
  alreadyLinked: {
    cs: "Zdroj „{id}“ je už propojen s registrem poskytovatelů (registr {registerId})",
    en: "Resource \"{id}\" is already linked to the providers register (register {registerId})"
  }
} as const satisfies Record<DomainErrorReason, unknown>

/**
 * The error of an operation.
 *
 * @category errors
 * @since 0.1.0
 */
export class DomainError extends Schema.TaggedError<DomainError>()("DomainError", {
  reason: DomainErrorReason,
  text: Schema.Struct({ cs: Schema.String, en: Schema.String }),
  ids: Schema.Array(Schema.String),
  findings: Schema.Array(Finding)
}) {
  override get message(): string {
    return this.text.en
  }
}

/**
 * Makes a domain error with its message from the catalogue.
 *
 * @category constructors
 * @since 0.1.0
 */
export const domainError = (
  reason: DomainErrorReason,
  params: Readonly<Record<string, FindingParam>> = {},
  extra: { readonly ids?: ReadonlyArray<string>; readonly findings?: ReadonlyArray<Finding> } = {}
): DomainError =>
  new DomainError({ reason, text: renderMessage(catalogue[reason], params), ids: extra.ids ?? [], findings: extra.findings ?? [] })

/**
 * Names of the kinds of entity, for `unknownId`.
 *
 * @category constants
 * @since 0.1.0
 */
export const entityNames = {
  actor: { cs: "Aktér", en: "Actor" },
  body: { cs: "Orgán", en: "Body" },
  comment: { cs: "Připomínka", en: "Comment" },
  period: { cs: "Období připomínek", en: "Comment period" },
  item: { cs: "Položka strategie", en: "Strategy item" },
  decision: { cs: "Rozhodnutí", en: "Decision" },
  targetGroup: { cs: "Cílová skupina", en: "Target group" },
  need: { cs: "Potřeba", en: "Need" },
  resource: { cs: "Zdroj", en: "Resource" },
  provider: { cs: "Poskytovatel", en: "Provider" },
  swot: { cs: "Položka SWOT", en: "SWOT item" },
  demography: { cs: "Řádek demografie", en: "Demography row" }
} as const

/**
 * The refusal of an id that names nothing of its kind in the plan (`kind` as in {@link entityNames}).
 *
 * @category constructors
 * @since 0.1.0
 */
export const unknownId = (kind: LocalizedText, id: string): DomainError => domainError("unknownId", { kind, id }, { ids: [id] })

/**
 * A `datesOutOfOrder` error: `later` (on `laterDate`) cannot be before `earlier` (on `earlierDate`); `ids` names
 * the entities concerned.
 *
 * @category constructors
 * @since 0.1.0
 */
export const datesOutOfOrder = (
  later: LocalizedText,
  laterDate: IsoDate,
  earlier: LocalizedText,
  earlierDate: IsoDate,
  ids: ReadonlyArray<string> = []
): DomainError => domainError("datesOutOfOrder", { later, laterDate: dateParam(laterDate), earlier, earlierDate: dateParam(earlierDate) }, { ids })

/** The wording of a `datesOutOfOrder` whose later day is today: the event cannot lie in the future. */
const inFuture: LocalizedText = {
  cs: "{what} ({date}) nesmí být později než dnes ({today})",
  en: "{what} ({date}) cannot be later than today ({today})"
}

/**
 * A `datesOutOfOrder` error for an event dated after today: `what` (on `date`) cannot be later than
 * today. `what` starts the sentence (a capital letter).
 *
 * @category constructors
 * @since 0.1.0
 */
export const notAfterToday = (what: LocalizedText, date: IsoDate, today: IsoDate): DomainError =>
  new DomainError({ reason: "datesOutOfOrder", text: renderMessage(inFuture, { what, date: dateParam(date), today: dateParam(today) }), ids: [], findings: [] })
