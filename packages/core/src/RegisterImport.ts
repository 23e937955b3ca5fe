/**
 * Import of the MPSV register of social service providers (RPSS open data, DOMAIN.md §9) into the
 * resource analysis — the pure part. {@link readRegisterItem} turns one item of the register's
 * `polozky` into a {@link RegisterService}, reading only what a plan may hold: never a street, a house
 * number or an address point of a facility, never a secret facility's name (`utajenaAdresa`), never
 * the provider's statutory bodies or any person's name. {@link inRegisterTerritory} tells whether a
 * service is provided in a territory. {@link mergeRegisterServices} fills the plan's resources from
 * the services: it skips ended registrations and facilities, keeps capacity per form, merges repeated
 * facilities (names compared with their spaces trimmed and collapsed; kept as written), updates a
 * resource that carries the same register id instead of adding another, and reports what it could not
 * use as warnings. It is all-or-nothing: on an error the caller's plan is untouched.
 *
 * Streaming the 30 MB file is I/O and lives in `@kpss/import-rpss`, which calls these functions per item.
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import { Resource, type Capacity, type ResourceFacility, type ServiceForm } from "./Analysis.js"
import { authorizeOperation, type Acting } from "./Authorization.js"
import { isIsoDate, type IsoDate } from "./CalendarDate.js"
import { lifecycleLabels } from "./Labels.js"
import type { ActorId, ResourceId, TargetGroupId } from "./Ids.js"
import { makeMessages, type LocalizedText } from "./Messages.js"
import type { Plan } from "./Plan.js"
import { isAdopted } from "./PlanLifecycle.js"
import { problemsFromIssue, InvalidInput } from "./Problem.js"
import { LifecycleStatus } from "./Process.js"
import { registerCapacityUnits, registerForms, registerTargetGroupsById, serviceTypesByRegisterId, isFormAllowed } from "./ServiceCatalogue.js"
import { comparableName, maxNameLength } from "./Text.js"

/**
 * A facility of a registered service as the import keeps it: its name (empty for a secret one), the
 * territory codes of its address and its dates. Nothing else of the address is read.
 *
 * @category models
 * @since 0.1.0
 */
export interface RegisterFacility {
  /** As written in the register; "" when the address is secret. */
  readonly name: string
  readonly secret: boolean
  readonly municipalityCode: string | undefined
  readonly districtCode: string | undefined
  readonly regionCode: string | undefined
  /** The RÚIAN address point, only to recognise a repeated facility (absent for about 3.6 % of them). */
  readonly addressPoint: string | undefined
  readonly from: IsoDate | undefined
  readonly until: IsoDate | undefined
}

/**
 * A capacity as the register states it: a capacity type code and the registered maximum.
 *
 * @category models
 * @since 0.1.0
 */
export interface RegisterCapacity {
  readonly typeCode: string
  readonly count: number
}

/**
 * A form of a registered service with its capacities.
 *
 * @category models
 * @since 0.1.0
 */
export interface RegisterForm {
  readonly formCode: string
  readonly capacities: ReadonlyArray<RegisterCapacity>
}

/**
 * One registered service (an item of `polozky`), reduced to what a plan may hold.
 *
 * @category models
 * @since 0.1.0
 */
export interface RegisterService {
  /** The register's identifier of the service (`identifikator`, else `id`, else `portalId`). */
  readonly registerId: string
  /** The item's position in the file (for warnings). */
  readonly position: number
  readonly serviceTypeCode: string | undefined
  readonly providerName: string | undefined
  readonly providerIco: string | undefined
  readonly from: IsoDate | undefined
  readonly until: IsoDate | undefined
  readonly forms: ReadonlyArray<RegisterForm>
  readonly targetGroupCodes: ReadonlyArray<string>
  readonly facilities: ReadonlyArray<RegisterFacility>
  /** Dates that could not be read (reported as warnings when the service is in the territory). */
  readonly invalidDates: ReadonlyArray<string>
}

/**
 * The territory to import: municipality (ZÚJ) codes, district (`Okres/N`) codes or region (`Kraj/N`)
 * codes, with or without the prefix. A service belongs to it when one of its facilities lies in it.
 * A facility's address carries no ORP (only region, district and municipality). The register's
 * `rozsirenePusobnostiVKraji` names ORPs per service — by its name the ORPs where the service operates,
 * a meaning the register does not document — not where a facility is, so the territory does not use it:
 * for an ORP or a microregion give the codes of its municipalities.
 *
 * @category models
 * @since 0.1.0
 */
export interface RegisterTerritory {
  readonly municipalityCodes?: ReadonlyArray<string>
  readonly districtCodes?: ReadonlyArray<string>
  readonly regionCodes?: ReadonlyArray<string>
}

/**
 * The kinds of warnings of an import.
 *
 * @category models
 * @since 0.1.0
 */
export type RegisterWarningCode =
  | "notAnItem"
  | "missingType"
  | "missingProvider"
  | "unknownServiceType"
  | "unknownForm"
  | "unknownCapacityType"
  | "badCapacity"
  | "unknownTargetGroup"
  | "badIco"
  | "badDate"
  | "formNotAllowed"
  | "duplicateItem"
  | "ended"
  | "notStarted"
  | "removed"
  | "notInRegister"

/**
 * A problem with one item that did not stop the import.
 *
 * @category models
 * @since 0.1.0
 */
export interface RegisterWarning {
  readonly code: RegisterWarningCode
  /** The item's position in `polozky`, when the warning concerns one. */
  readonly position?: number
  readonly registerId?: string
  readonly message: LocalizedText
}

const warningMessages = makeMessages({
  notAnItem: { cs: "Položka {position} není objekt služby; přeskočena", en: "Item {position} is not a service object; skipped" },
  missingType: { cs: "Služba {id} nemá druh služby; přeskočena", en: "Service {id} has no service type; skipped" },
  missingProvider: { cs: "Služba {id} nemá poskytovatele (název); přeskočena", en: "Service {id} has no provider (name); skipped" },
  unknownServiceType: { cs: "Služba {id} má neznámý druh „{code}“; přeskočena", en: "Service {id} has an unknown type \"{code}\"; skipped" },
  unknownForm: { cs: "Služba {id} má neznámou formu „{code}“; forma vynechána", en: "Service {id} has an unknown form \"{code}\"; form left out" },
  unknownCapacityType: { cs: "Služba {id} má neznámý typ kapacity „{code}“; kapacita vynechána", en: "Service {id} has an unknown capacity type \"{code}\"; capacity left out" },
  badCapacity: { cs: "Služba {id} má neplatnou kapacitu „{value}“; kapacita vynechána", en: "Service {id} has an invalid capacity \"{value}\"; capacity left out" },
  unknownTargetGroup: { cs: "Služba {id}: cílová skupina „{code}“ není v plánu ani v katalogu", en: "Service {id}: the target group \"{code}\" is neither in the plan nor in the catalogue" },
  badIco: { cs: "Služba {id}: IČO „{value}“ není platné; vynecháno", en: "Service {id}: the IČO \"{value}\" is invalid; left out" },
  badDate: { cs: "Služba {id}: datum „{value}“ není platné; vynecháno", en: "Service {id}: the date \"{value}\" is invalid; left out" },
  formNotAllowed: { cs: "Služba {id}: druh §{paragraph} se podle zákona neposkytuje ve formě „{code}“ (převzato z registru)", en: "Service {id}: the law does not provide §{paragraph} in the form \"{code}\" (taken from the register)" },
  duplicateItem: { cs: "Služba {id} je v souboru vícekrát; použit první výskyt", en: "Service {id} appears more than once in the file; the first one is used" },
  ended: { cs: "Registrace služby {id} skončila {until}; nepřevzata", en: "The registration of service {id} ended on {until}; not imported" },
  notStarted: { cs: "Služba {id} se začne poskytovat {from}; nepřevzata", en: "Service {id} starts on {from}; not imported" },
  removed: { cs: "Zdroj „{name}“ (registr {id}) odstraněn: registrace skončila", en: "Resource \"{name}\" (register {id}) removed: its registration ended" },
  notInRegister: { cs: "Zdroj „{name}“ (registr {id}) v souboru pro toto území není; ponechán", en: "Resource \"{name}\" (register {id}) is not in the file for this territory; kept" }
})

const warning = (code: RegisterWarningCode, params: Record<string, string | number>, at: { position?: number; registerId?: string } = {}): RegisterWarning => ({
  code,
  ...(at.position === undefined ? {} : { position: at.position }),
  ...(at.registerId === undefined ? {} : { registerId: at.registerId }),
  message: warningMessages(code, params)
})

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

const refId = (u: unknown): string | undefined => {
  if (!isObject(u)) return undefined
  const id = u["id"]
  return typeof id === "string" && id.length > 0 ? id : typeof id === "number" ? String(id) : undefined
}

const code = (u: unknown): string | undefined => {
  const id = refId(u)
  if (id === undefined) return undefined
  const slash = id.lastIndexOf("/")
  return slash < 0 ? id : id.slice(slash + 1)
}

const text = (u: unknown): string | undefined => (typeof u === "string" ? u : typeof u === "number" ? String(u) : undefined)

const dateOf = (u: unknown, bad: Array<string>): IsoDate | undefined => {
  if (u === null || u === undefined || u === "") return undefined
  const s = typeof u === "string" ? u.slice(0, 10) : undefined
  if (s !== undefined && isIsoDate(s)) return s as IsoDate
  bad.push(String(u).slice(0, 40))
  return undefined
}

const list = (u: unknown): ReadonlyArray<unknown> => (Array.isArray(u) ? u : [])

const readFacility = (u: unknown, bad: Array<string>): RegisterFacility | undefined => {
  if (!isObject(u)) return undefined
  const secret = u["utajenaAdresa"] === true
  const address = isObject(u["adresa"]) ? u["adresa"] : {}
  const point = address["kodAdresnihoMista"]
  return {
    name: secret ? "" : text(u["nazev"]) ?? "",
    secret,
    municipalityCode: code(address["obec"]),
    districtCode: code(address["okres"]),
    regionCode: code(address["kraj"]),
    addressPoint: secret ? undefined : typeof point === "number" || typeof point === "string" ? String(point) : undefined,
    from: dateOf(u["poskytujeOd"], bad),
    until: dateOf(u["poskytujeDo"], bad)
  }
}

/**
 * The outcome of reading one item: a service, or a warning when it is not a service object at all.
 *
 * @category models
 * @since 0.1.0
 */
export type RegisterItem =
  | { readonly _tag: "Service"; readonly service: RegisterService }
  | { readonly _tag: "NotAnItem"; readonly warning: RegisterWarning }

/**
 * Reads one item of the register's `polozky`. Only the fields a plan may hold are read; what is missing
 * or unknown is left for {@link mergeRegisterServices} to report (only for services in the territory).
 *
 * @category decoding
 * @since 0.1.0
 */
export const readRegisterItem = (raw: unknown, position: number): RegisterItem => {
  if (!isObject(raw)) return { _tag: "NotAnItem", warning: warning("notAnItem", { position }, { position }) }
  const registerId = text(raw["identifikator"]) ?? text(raw["id"]) ?? text(raw["portalId"])
  if (registerId === undefined || registerId.trim() === "") return { _tag: "NotAnItem", warning: warning("notAnItem", { position }, { position }) }
  const bad: Array<string> = []
  const provider = isObject(raw["poskytovatel"]) ? raw["poskytovatel"] : undefined
  const providerName = provider === undefined ? undefined : text(provider["nazev"])
  const ico = provider === undefined ? undefined : text(provider["ico"])
  const forms: Array<RegisterForm> = []
  for (const f of list(raw["formy"])) {
    if (!isObject(f)) continue
    const formCode = refId(f["forma"])
    if (formCode === undefined) continue
    const capacities: Array<RegisterCapacity> = []
    for (const c of list(f["kapacity"])) {
      if (!isObject(c)) continue
      const typeCode = refId(c["typ"])
      const count = c["pocet"]
      if (typeCode !== undefined && typeof count === "number") capacities.push({ typeCode, count })
      else if (typeCode !== undefined && count !== null && count !== undefined) capacities.push({ typeCode, count: Number.NaN })
    }
    forms.push({ formCode, capacities })
  }
  const targetGroupCodes: Array<string> = []
  for (const g of list(raw["ciloveSkupiny"])) {
    const id = isObject(g) ? refId(g["cilovaSkupina"]) : undefined
    if (id !== undefined && !targetGroupCodes.includes(id)) targetGroupCodes.push(id)
  }
  const facilities: Array<RegisterFacility> = []
  for (const z of list(raw["zarizeni"])) {
    const facility = readFacility(z, bad)
    if (facility !== undefined) facilities.push(facility)
  }
  return {
    _tag: "Service",
    service: {
      registerId: registerId.trim(),
      position,
      serviceTypeCode: refId(raw["druhSocialniSluzby"]),
      providerName: providerName === undefined || providerName.trim() === "" ? undefined : providerName,
      providerIco: ico,
      from: dateOf(raw["datumPoskytovaniOd"], bad),
      until: dateOf(raw["datumPoskytovaniDo"], bad),
      forms,
      targetGroupCodes,
      facilities,
      invalidDates: bad
    }
  }
}

const bare = (codes: ReadonlyArray<string> | undefined): ReadonlySet<string> | undefined =>
  codes === undefined || codes.length === 0 ? undefined : new Set(codes.map((c) => c.slice(c.lastIndexOf("/") + 1)))

/**
 * A compiled territory test (build once with {@link territoryTest}, apply per item).
 *
 * @category models
 * @since 0.1.0
 */
export type TerritoryTest = (facility: RegisterFacility) => boolean

/**
 * Compiles a territory into a test of facilities. An empty territory matches nothing.
 *
 * @category constructors
 * @since 0.1.0
 */
export const territoryTest = (territory: RegisterTerritory): TerritoryTest => {
  const m = bare(territory.municipalityCodes), d = bare(territory.districtCodes), r = bare(territory.regionCodes)
  return (f) =>
    (m !== undefined && f.municipalityCode !== undefined && m.has(f.municipalityCode)) ||
    (d !== undefined && f.districtCode !== undefined && d.has(f.districtCode)) ||
    (r !== undefined && f.regionCode !== undefined && r.has(f.regionCode))
}

const activeOn = (from: IsoDate | undefined, until: IsoDate | undefined, day: IsoDate): boolean =>
  (from === undefined || from <= day) && (until === undefined || until >= day)

/**
 * The facilities of a service that lie in the territory: those active on the day, or — for a
 * registration that has ended — any of them (so that a re-import can recognise and remove it).
 *
 * @category views
 * @since 0.1.0
 */
export const facilitiesInTerritory = (service: RegisterService, inTerritory: TerritoryTest, day: IsoDate): ReadonlyArray<RegisterFacility> => {
  const ended = service.until !== undefined && service.until < day
  return service.facilities.filter((f) => inTerritory(f) && (ended || activeOn(f.from, f.until, day)))
}

/**
 * Whether a service is provided in the territory (one of its facilities lies there).
 *
 * @category guards
 * @since 0.1.0
 */
export const inRegisterTerritory = (service: RegisterService, inTerritory: TerritoryTest, day: IsoDate): boolean =>
  facilitiesInTerritory(service, inTerritory, day).length > 0

/**
 * The territory of a plan as a register territory: its municipality, the municipalities of an ORP or
 * microregion, or its region. Undefined when the plan does not say enough (an ORP without its
 * municipality codes).
 *
 * @category constructors
 * @since 0.1.0
 */
export const registerTerritoryOf = (plan: Plan): RegisterTerritory | undefined => {
  const t = plan.territory
  switch (t.level) {
    case "municipality":
      return { municipalityCodes: [t.code] }
    case "region":
      return { regionCodes: [t.code] }
    default:
      return t.municipalityCodes === undefined || t.municipalityCodes.length === 0 ? undefined : { municipalityCodes: t.municipalityCodes }
  }
}

/**
 * The plan's territory is not known well enough to import (an ORP or microregion without the codes of
 * its municipalities, and no territory given).
 *
 * @category errors
 * @since 0.1.0
 */
export class TerritoryUnknown extends Schema.TaggedError<TerritoryUnknown>()("TerritoryUnknown", {
  level: Schema.String
}) {}

/**
 * The plan is an adopted version (approved, in force, amended or expired): its resource analysis is part of
 * what the assembly approved and never changes; import into the draft of an amendment (`amend`) instead.
 *
 * @category errors
 * @since 0.1.0
 */
export class Adopted extends Schema.TaggedError<Adopted>()("Adopted", {
  status: LifecycleStatus
}) {}

/**
 * The authorization policy does not let the person importing edit the plan's analyses (only the
 * coordinator and the steering group may import the register); `text` is the refusal in Czech and English.
 *
 * @category errors
 * @since 0.1.0
 */
export class NotAllowed extends Schema.TaggedError<NotAllowed>()("NotAllowed", {
  text: Schema.Struct({ cs: Schema.String, en: Schema.String }),
  ids: Schema.Array(Schema.String)
}) {}

/**
 * The register file is not JSON (at a byte offset).
 *
 * @category errors
 * @since 0.1.0
 */
export class NotJson extends Schema.TaggedError<NotJson>()("NotJson", {
  offset: Schema.Number,
  detail: Schema.String
}) {}

/**
 * The register file ends in the middle of the document.
 *
 * @category errors
 * @since 0.1.0
 */
export class Truncated extends Schema.TaggedError<Truncated>()("Truncated", {
  bytes: Schema.Number,
  items: Schema.Number
}) {}

/**
 * The document is JSON but not the register's: no `polozky` array at the top.
 *
 * @category errors
 * @since 0.1.0
 */
export class NoItems extends Schema.TaggedError<NoItems>()("NoItems", {}) {}

/**
 * One item (or whatever lies between two items) is larger than the limit: not a register file, or a
 * hostile one; reading stops to keep memory bounded.
 *
 * @category errors
 * @since 0.1.0
 */
export class ItemTooLarge extends Schema.TaggedError<ItemTooLarge>()("ItemTooLarge", {
  position: Schema.Number,
  limit: Schema.Number
}) {}

/**
 * The register is larger than the limit of the read (`maxBytes`): a file whose size says so is refused
 * before a byte is read (`whole`); a stream is stopped as soon as it passes the limit.
 *
 * @category errors
 * @since 0.1.0
 */
export class TooLarge extends Schema.TaggedError<TooLarge>()("TooLarge", {
  bytes: Schema.Number,
  limit: Schema.Number,
  whole: Schema.Boolean
}) {}

/**
 * The file or stream could not be read.
 *
 * @category errors
 * @since 0.1.0
 */
export class ReadFailed extends Schema.TaggedError<ReadFailed>()("ReadFailed", {
  detail: Schema.String
}) {}

/**
 * Why an import failed.
 *
 * @category errors
 * @since 0.1.0
 */
export const RegisterImportErrorReason = Schema.Union([TerritoryUnknown, Adopted, NotAllowed, NotJson, Truncated, NoItems, ItemTooLarge, TooLarge, ReadFailed, InvalidInput])

/**
 * @category errors
 * @since 0.1.0
 */
export type RegisterImportErrorReason = typeof RegisterImportErrorReason.Type

const errorMessages = makeMessages({
  TerritoryUnknown: { cs: "Území plánu ({level}) neuvádí kódy obcí; zadejte území importu", en: "The plan's territory ({level}) lists no municipality codes; give the territory to import" },
  Adopted: {
    cs: "Plán je ve stavu „{status}“: schválená verze se nemění, ani importem z registru; importujte do návrhu změny plánu",
    en: "The plan is {statusEn}: an adopted version never changes, not even by a register import; import into the draft of an amendment"
  },
  NotJson: { cs: "Soubor registru není platný JSON (bajt {offset}): {detail}", en: "The register file is not valid JSON (byte {offset}): {detail}" },
  Truncated: { cs: "Soubor registru je neúplný: končí uprostřed dokumentu (po {bytes} bajtech a {items} položkách)", en: "The register file is truncated: it ends in the middle of the document (after {bytes} bytes and {items} items)" },
  NoItems: { cs: "Soubor není registr poskytovatelů: chybí pole „polozky“", en: "The file is not the providers register: there is no \"polozky\" array" },
  ItemTooLarge: { cs: "Položka {position} je větší než {limit} bajtů; import zastaven", en: "Item {position} is larger than {limit} bytes; import stopped" },
  TooLarge: {
    cs: "Soubor registru má {bytes} bajtů, nejvýše smí mít {limit} bajtů; import se nespustil (limit lze zvýšit)",
    en: "The register file has {bytes} bytes, at most {limit} bytes are allowed; the import did not start (the limit can be raised)"
  },
  TooLargeStream: {
    cs: "Data registru přesáhla limit {limit} bajtů; import zastaven (limit lze zvýšit)",
    en: "The register data passed the limit of {limit} bytes; import stopped (the limit can be raised)"
  },
  ReadFailed: { cs: "Soubor registru nelze číst: {detail}", en: "The register file cannot be read: {detail}" },
  InvalidInput: { cs: "Z registru vznikl neplatný plán ({count} problémů)", en: "The register produced an invalid plan ({count} problems)" }
})

/**
 * The one error of the import; the plan is unchanged.
 *
 * @category errors
 * @since 0.1.0
 */
export class RegisterImportError extends Schema.TaggedError<RegisterImportError>()("RegisterImportError", {
  reason: RegisterImportErrorReason
}) {
  override get message(): string {
    return registerImportErrorText(this).en
  }
}

/**
 * What to tell a person about an import error, in Czech and English.
 *
 * @category formatting
 * @since 0.1.0
 */
export const registerImportErrorText = (error: RegisterImportError): LocalizedText => {
  const r = error.reason
  switch (r._tag) {
    case "TerritoryUnknown":
      return errorMessages("TerritoryUnknown", { level: r.level })
    case "Adopted":
      return errorMessages("Adopted", { status: lifecycleLabels[r.status].cs, statusEn: lifecycleLabels[r.status].en })
    case "NotAllowed":
      return r.text
    case "NotJson":
      return errorMessages("NotJson", { offset: r.offset, detail: r.detail })
    case "Truncated":
      return errorMessages("Truncated", { bytes: r.bytes, items: r.items })
    case "NoItems":
      return errorMessages("NoItems")
    case "ItemTooLarge":
      return errorMessages("ItemTooLarge", { position: r.position, limit: r.limit })
    case "TooLarge":
      return r.whole ? errorMessages("TooLarge", { bytes: r.bytes, limit: r.limit }) : errorMessages("TooLargeStream", { limit: r.limit })
    case "ReadFailed":
      return errorMessages("ReadFailed", { detail: r.detail })
    case "InvalidInput":
      return errorMessages("InvalidInput", { count: r.problems.length })
  }
}

/**
 * Wraps a reason into the import's error.
 *
 * @category constructors
 * @since 0.1.0
 */
export const registerImportError = (reason: RegisterImportErrorReason): RegisterImportError => new RegisterImportError({ reason })

/**
 * Options of a merge.
 *
 * @category models
 * @since 0.1.0
 */
export interface RegisterImportOptions {
  /** The day the register file describes (its date): ended registrations and facilities are those ended before it. */
  readonly importedOn: IsoDate
  /** The territory; the plan's own when not given (a municipality, a region, or an ORP / microregion with its municipality codes). */
  readonly territory?: RegisterTerritory
  /**
   * Who imports: when given, the authorization policy must let them edit the analyses (`editAnalyses`:
   * the coordinator or the steering group), else `NotAllowed`. A caller that acts for the coordinator
   * itself (the command line) leaves it out.
   */
  readonly actor?: Acting
}

/**
 * Counts of a merge.
 *
 * @category models
 * @since 0.1.0
 */
export interface RegisterImportStats {
  /** Services given (or read) in the territory. */
  readonly inTerritory: number
  readonly added: number
  readonly updated: number
  readonly removed: number
  readonly skipped: number
  /** Repeated facilities merged into one. */
  readonly facilitiesMerged: number
  /** Facilities with a secret address, counted but never carried into the plan. */
  readonly secretFacilities: number
}

/**
 * The result of an import: the new plan, the warnings, the counts.
 *
 * @category models
 * @since 0.1.0
 */
export interface RegisterImport {
  readonly plan: Plan
  readonly warnings: ReadonlyArray<RegisterWarning>
  readonly stats: RegisterImportStats
}

/**
 * A resource of the plan updated with what the register says of the same service: it keeps its id,
 * its name and its links — its target groups joined with the register's, its provider actor (else the
 * register's) — and takes the register's data: register id, provider, IČO, type, forms, capacities
 * (the registered maximum per form and unit, replacing its own), municipalities, facilities and the
 * day of the import. A re-import and a link to the register (`linkResourceToRegister`) both use it.
 *
 * @category operations
 * @since 0.1.0
 */
export const withRegisterData = (resource: Resource, registered: Resource): Resource => {
  const { id: _id, name: _name, providerId, targetGroupIds, ...registerData } = registered
  return {
    ...resource,
    ...registerData,
    ...(resource.providerId === undefined && providerId !== undefined ? { providerId } : {}),
    targetGroupIds: [...new Set([...resource.targetGroupIds, ...targetGroupIds])]
  }
}

const clip = (name: string): string => (name.length <= maxNameLength ? name : name.slice(0, maxNameLength))

const decodeResource = Schema.decodeUnknownResult(Resource)

const capitalised = (s: string): string => s.charAt(0).toLocaleUpperCase("cs") + s.slice(1)

/**
 * Whether the register can be imported into a plan, and into which territory: the one given, or the plan's
 * own. Refused for an adopted version (its analyses are frozen), for a person the policy does not let edit
 * the analyses (`who.actor`, when given) and for a territory without codes. Checked
 * before a byte of the register is read, and again by {@link mergeRegisterServices}.
 *
 * @category operations
 * @since 0.1.0
 */
export const registerImportTerritory = (
  plan: Plan,
  territory: RegisterTerritory | undefined,
  who?: { readonly actor?: Acting | undefined; readonly importedOn: IsoDate }
): Result.Result<RegisterTerritory, RegisterImportError> => {
  if (isAdopted(plan)) return Result.fail(registerImportError(new Adopted({ status: plan.lifecycle.status })))
  if (who?.actor !== undefined) {
    const denied = authorizeOperation(plan, { actor: who.actor, today: who.importedOn }, { kind: "editAnalyses" })
    if (denied !== undefined) return Result.fail(registerImportError(new NotAllowed({ text: denied.text, ids: denied.ids })))
  }
  const resolved = territory ?? registerTerritoryOf(plan)
  return resolved === undefined ? Result.fail(registerImportError(new TerritoryUnknown({ level: plan.territory.level }))) : Result.succeed(resolved)
}

/**
 * Merges registered services into the plan's resources for a territory, as of a day. New services are
 * added with the id `rpss-<register id>`; a resource that carries the same register id is updated (its
 * id, name and links kept; the register's data — provider, type, forms, capacities, municipalities,
 * facilities — replaced), never duplicated; a resource whose registration has ended is removed. Items
 * outside the territory are ignored; items in it that cannot be used are skipped with a warning.
 *
 * @category operations
 * @since 0.1.0
 */
export const mergeRegisterServices = (
  plan: Plan,
  services: Iterable<RegisterService>,
  options: RegisterImportOptions
): Result.Result<RegisterImport, RegisterImportError> => {
  const importable = registerImportTerritory(plan, options.territory, options)
  if (Result.isFailure(importable)) return Result.fail(importable.failure)
  const inTerritory = territoryTest(importable.success)
  const day = options.importedOn
  const warnings: Array<RegisterWarning> = []
  let inTerritoryCount = 0, skipped = 0, facilitiesMerged = 0, secretFacilities = 0

  const actorByIco = new Map<string, ActorId>()
  for (const a of plan.actors) if (a.ico !== undefined && !actorByIco.has(a.ico)) actorByIco.set(a.ico, a.id)
  const groupsByCode = new Map<string, Array<TargetGroupId>>()
  for (const g of plan.targetGroups) {
    for (const c of g.registerCodes) {
      const l = groupsByCode.get(c)
      if (l === undefined) groupsByCode.set(c, [g.id])
      else if (!l.includes(g.id)) l.push(g.id)
    }
  }

  const fresh = new Map<string, Resource>()
  const ended = new Set<string>()
  for (const s of services) {
    const facilities = facilitiesInTerritory(s, inTerritory, day)
    if (facilities.length === 0) continue
    inTerritoryCount++
    const id = s.registerId
    const at = { position: s.position, registerId: id }
    if (fresh.has(id) || ended.has(id)) {
      warnings.push(warning("duplicateItem", { id }, at))
      skipped++
      continue
    }
    if (s.until !== undefined && s.until < day) {
      ended.add(id)
      warnings.push(warning("ended", { id, until: s.until }, at))
      skipped++
      continue
    }
    if (s.from !== undefined && s.from > day) {
      warnings.push(warning("notStarted", { id, from: s.from }, at))
      skipped++
      continue
    }
    if (s.serviceTypeCode === undefined) {
      warnings.push(warning("missingType", { id }, at))
      skipped++
      continue
    }
    const type = serviceTypesByRegisterId.get(s.serviceTypeCode)
    if (type === undefined) {
      warnings.push(warning("unknownServiceType", { id, code: s.serviceTypeCode }, at))
      skipped++
      continue
    }
    if (s.providerName === undefined) {
      warnings.push(warning("missingProvider", { id }, at))
      skipped++
      continue
    }
    for (const value of s.invalidDates) warnings.push(warning("badDate", { id, value }, at))
    const forms: Array<ServiceForm> = []
    const capacities: Array<typeof Capacity.Type> = []
    for (const f of s.forms) {
      const form = registerForms.get(f.formCode)
      if (form === undefined) {
        warnings.push(warning("unknownForm", { id, code: f.formCode }, at))
        continue
      }
      if (!forms.includes(form)) forms.push(form)
      if (isFormAllowed(type.paragraph, form) === false) warnings.push(warning("formNotAllowed", { id, paragraph: type.paragraph, code: f.formCode }, at))
      for (const c of f.capacities) {
        const unit = registerCapacityUnits.get(c.typeCode)
        if (unit === undefined) warnings.push(warning("unknownCapacityType", { id, code: c.typeCode }, at))
        else if (!Number.isSafeInteger(c.count) || c.count < 0) warnings.push(warning("badCapacity", { id, value: String(c.count) }, at))
        else capacities.push({ form, unit, count: c.count })
      }
    }
    const targetGroupIds: Array<TargetGroupId> = []
    for (const c of s.targetGroupCodes) {
      const groups = groupsByCode.get(c)
      if (groups === undefined) {
        if (!registerTargetGroupsById.has(c)) warnings.push(warning("unknownTargetGroup", { id, code: c }, at))
        continue
      }
      for (const g of groups) if (!targetGroupIds.includes(g)) targetGroupIds.push(g)
    }
    let ico: string | undefined
    if (s.providerIco !== undefined) {
      const padded = /^\d{1,8}$/.test(s.providerIco.trim()) ? s.providerIco.trim().padStart(8, "0") : undefined
      if (padded === undefined) warnings.push(warning("badIco", { id, value: s.providerIco.slice(0, 40) }, at))
      ico = padded
    }
    const kept: Array<ResourceFacility> = []
    const seen = new Set<string>()
    const municipalities = new Set<string>()
    for (const f of facilities) {
      if (f.secret) {
        secretFacilities++
        continue
      }
      const key = `${comparableName(f.name)}|${f.addressPoint ?? f.municipalityCode ?? ""}`
      if (seen.has(key)) {
        facilitiesMerged++
        continue
      }
      seen.add(key)
      if (f.municipalityCode !== undefined && /^\d{1,12}$/.test(f.municipalityCode)) municipalities.add(f.municipalityCode)
      if (comparableName(f.name) !== "") {
        kept.push({ name: clip(f.name), ...(f.municipalityCode !== undefined && /^\d{1,12}$/.test(f.municipalityCode) ? { municipalityCode: f.municipalityCode } : {}) })
      }
    }
    const providerId = ico === undefined ? undefined : actorByIco.get(ico)
    fresh.set(id, {
      id: `rpss-${id}` as ResourceId,
      ...(providerId === undefined ? {} : { providerId }),
      providerName: clip(s.providerName),
      ...(ico === undefined ? {} : { ico }),
      name: clip(kept[0]?.name ?? capitalised(type.name.cs)),
      serviceType: type.paragraph,
      forms,
      capacities,
      targetGroupIds,
      municipalityCodes: [...municipalities].sort(),
      registerId: clip(id),
      registerImportedOn: day,
      facilities: kept
    } as Resource)
  }

  for (const r of fresh.values()) {
    const decoded = decodeResource(r)
    if (Result.isFailure(decoded)) {
      return Result.fail(registerImportError(new InvalidInput({ input: "register", problems: problemsFromIssue(decoded.failure.issue, r) })))
    }
  }

  const resources: Array<Resource> = []
  const usedIds = new Set(plan.analyses.resources.map((r) => r.id as string))
  const matched = new Set<string>()
  let updated = 0, removed = 0
  for (const r of plan.analyses.resources) {
    const registerId = r.registerId
    if (registerId === undefined) {
      resources.push(r)
      continue
    }
    const next = fresh.get(registerId)
    if (next !== undefined) {
      matched.add(registerId)
      updated++
      resources.push(withRegisterData(r, next))
    } else if (ended.has(registerId)) {
      removed++
      warnings.push(warning("removed", { id: registerId, name: r.name }, { registerId }))
    } else {
      resources.push(r)
      warnings.push(warning("notInRegister", { id: registerId, name: r.name }, { registerId }))
    }
  }
  const added = [...fresh.values()].filter((r) => !matched.has(r.registerId!)).sort((a, b) => (a.registerId! < b.registerId! ? -1 : a.registerId! > b.registerId! ? 1 : 0))
  for (const r of added) {
    let id = r.id as string
    for (let n = 2; usedIds.has(id); n++) id = `${r.id}-${n}`
    usedIds.add(id)
    resources.push(id === r.id ? r : { ...r, id: id as ResourceId })
  }
  return Result.succeed({
    plan: { ...plan, analyses: { ...plan.analyses, resources } },
    warnings,
    stats: { inTerritory: inTerritoryCount, added: added.length, updated, removed, skipped, facilitiesMerged, secretFacilities }
  })
}
