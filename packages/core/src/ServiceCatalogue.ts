/**
 * The catalogue of social services of Act 108/2006 Sb.: the 33 service types with their paragraph,
 * category (counselling §37, care §39–52, prevention §54–70), the forms the law allows them in (§33:
 * residential, outpatient, field), their code in the MPSV register's code list (`DruhSocialniSluzby/N`)
 * and their Czech and English names; the target groups of the register's code list
 * (`CilovaSkupinaOsoby/N`) whose codes are known; and the register's codes of forms and capacity types.
 *
 * It is data, not code branches: an amendment of the law (a new type, a form allowed or withdrawn) is a
 * change of the tables below. Where public sources confirmed a fact only partly, the entry says so in
 * `uncertain` (see `docs/service-catalogue.md`).
 *
 * @since 0.1.0
 */
import type { Capacity, ServiceForm } from "./Analysis.js"
import type { LocalizedText } from "./Messages.js"

/**
 * The three categories of social services (Act 108/2006 Sb. §32).
 *
 * @category models
 * @since 0.1.0
 */
export type ServiceCategory = "counselling" | "care" | "prevention"

/**
 * One service type of the law.
 *
 * @category models
 * @since 0.1.0
 */
export interface ServiceType {
  /** The paragraph of Act 108/2006 Sb. that defines it, e.g. "49", "60a" — the key the plan uses. */
  readonly paragraph: string
  readonly category: ServiceCategory
  /** The forms the law allows it in. */
  readonly forms: ReadonlyArray<ServiceForm>
  /** N of `DruhSocialniSluzby/N` in the register's code list; undefined where it is not known. */
  readonly registerCode: number | undefined
  readonly name: LocalizedText
  /** What public sources confirmed only partly (English, for maintainers). */
  readonly uncertain?: string
}

const R: ServiceForm = "residential"
const O: ServiceForm = "outpatient"
const F: ServiceForm = "field"

const type = (
  paragraph: string,
  category: ServiceCategory,
  forms: ReadonlyArray<ServiceForm>,
  registerCode: number | undefined,
  cs: string,
  en: string,
  uncertain?: string
): ServiceType => ({ paragraph, category, forms, registerCode, name: { cs, en }, ...(uncertain === undefined ? {} : { uncertain }) })

/**
 * The 33 service types of Act 108/2006 Sb., in the order of the law.
 *
 * The forms follow the paragraph of each type. Their distribution (5 field only, 9 residential only,
 * 4 outpatient only, 10 outpatient or field, 1 outpatient or residential, 4 in all three forms) matches
 * public summaries of the law (19 types may be outpatient); entries whose wording was not read in the
 * law itself carry `uncertain`.
 *
 * @category constants
 * @since 0.1.0
 */
export const serviceCatalogue: ReadonlyArray<ServiceType> = [
  type("37", "counselling", [O, F], 1, "odborné sociální poradenství", "specialised social counselling", "forms: outpatient or field per public summaries; not read in §37 itself"),
  type("39", "care", [F], 3, "osobní asistence", "personal assistance"),
  type("40", "care", [F, O], 4, "pečovatelská služba", "home care service"),
  type("41", "care", [F], 5, "tísňová péče", "emergency (alarm) care"),
  type("42", "care", [F, O], 6, "průvodcovské a předčitatelské služby", "guide and reading services"),
  type("43", "care", [F], 7, "podpora samostatného bydlení", "support for independent living"),
  type("44", "care", [F, O, R], 8, "odlehčovací služby", "respite care"),
  type("45", "care", [O], 9, "centra denních služeb", "day service centres"),
  type("46", "care", [O], 10, "denní stacionáře", "day care centres"),
  type("47", "care", [R], 11, "týdenní stacionáře", "weekly care centres"),
  type("48", "care", [R], 12, "domovy pro osoby se zdravotním postižením", "homes for people with disabilities"),
  type("49", "care", [R], 13, "domovy pro seniory", "homes for the elderly"),
  type("50", "care", [R], 14, "domovy se zvláštním režimem", "homes with a special regime"),
  type("51", "care", [R], 15, "chráněné bydlení", "sheltered housing"),
  type("52", "care", [R], 16, "sociální služby poskytované ve zdravotnických zařízeních lůžkové péče", "social services in inpatient health care facilities"),
  type("54", "prevention", [F, O], 17, "raná péče", "early intervention"),
  type("55", "prevention", [F], 18, "telefonická krizová pomoc", "telephone crisis help", "form: field per public summaries (a distance service); not read in §55 itself"),
  type("56", "prevention", [F, O], 19, "tlumočnické služby", "interpreting services"),
  type("57", "prevention", [R], 20, "azylové domy", "asylum houses (shelters)"),
  type("58", "prevention", [R], 21, "domy na půl cesty", "halfway houses"),
  type("59", "prevention", [O, F], 22, "kontaktní centra", "contact centres"),
  type("60", "prevention", [F, O, R], 23, "krizová pomoc", "crisis help", "forms: all three per public summaries; not read in §60 itself"),
  type("60a", "prevention", [R, O, F], undefined, "intervenční centra", "intervention centres", "register code: not known (the type code list has 34 entries; which one is §60a was not confirmed)"),
  type("61", "prevention", [O, F], 24, "nízkoprahová denní centra", "low-threshold day centres"),
  type("62", "prevention", [O, F], 25, "nízkoprahová zařízení pro děti a mládež", "low-threshold facilities for children and youth"),
  type("63", "prevention", [O], 26, "noclehárny", "night shelters"),
  type("64", "prevention", [O, R], 27, "služby následné péče", "aftercare services"),
  type("65", "prevention", [F, O], 28, "sociálně aktivizační služby pro rodiny s dětmi", "social activation services for families with children"),
  type("66", "prevention", [O, F], 29, "sociálně aktivizační služby pro seniory a osoby se zdravotním postižením", "social activation services for seniors and people with disabilities"),
  type("67", "prevention", [O], 30, "sociálně terapeutické dílny", "social therapy workshops"),
  type("68", "prevention", [R], 31, "terapeutické komunity", "therapeutic communities"),
  type("69", "prevention", [F], 32, "terénní programy", "outreach (field) programmes"),
  type("70", "prevention", [F, O, R], 33, "sociální rehabilitace", "social rehabilitation")
]

/**
 * The service type a plan uses for a related service that is not a registered social service.
 *
 * @category constants
 * @since 0.1.0
 */
export const otherServiceType = "other"

/**
 * Service types by paragraph.
 *
 * @category constants
 * @since 0.1.0
 */
export const serviceTypesByParagraph: ReadonlyMap<string, ServiceType> = new Map(serviceCatalogue.map((t) => [t.paragraph, t]))

/**
 * The register's id of a service type code (`DruhSocialniSluzby/13`).
 *
 * @category constructors
 * @since 0.1.0
 */
export const serviceTypeRegisterId = (code: number): string => `DruhSocialniSluzby/${code}`

/**
 * Service types by their register id (`DruhSocialniSluzby/13`); types without a known code are absent.
 *
 * @category constants
 * @since 0.1.0
 */
export const serviceTypesByRegisterId: ReadonlyMap<string, ServiceType> = new Map(
  serviceCatalogue.flatMap((t) => (t.registerCode === undefined ? [] : [[serviceTypeRegisterId(t.registerCode), t] as const]))
)

/**
 * Whether a plan's service type (a paragraph, or `other`) is known.
 *
 * @category guards
 * @since 0.1.0
 */
export const isKnownServiceType = (serviceType: string): boolean =>
  serviceType === otherServiceType || serviceTypesByParagraph.has(serviceType)

/**
 * Whether the law allows a service type in a form; `undefined` for a type not in the catalogue
 * (`other` included: the law does not govern it).
 *
 * @category guards
 * @since 0.1.0
 */
export const isFormAllowed = (serviceType: string, form: ServiceForm): boolean | undefined =>
  serviceTypesByParagraph.get(serviceType)?.forms.includes(form)

/**
 * The name of a service type in both languages (the paragraph itself for one not in the catalogue).
 *
 * @category formatting
 * @since 0.1.0
 */
export const serviceTypeName = (serviceType: string): LocalizedText => {
  const known = serviceTypesByParagraph.get(serviceType)
  if (known !== undefined) return { cs: `${known.name.cs} (§${known.paragraph})`, en: `${known.name.en} (§${known.paragraph})` }
  return serviceType === otherServiceType ? { cs: "jiná služba", en: "other service" } : { cs: serviceType, en: serviceType }
}

/**
 * A target group of the register's code list.
 *
 * @category models
 * @since 0.1.0
 */
export interface RegisterTargetGroup {
  /** The register id, `CilovaSkupinaOsoby/24`. */
  readonly registerId: string
  readonly name: LocalizedText
}

/**
 * The target groups of the register whose codes were confirmed against the real data (DOMAIN.md §9).
 * The code list has more; they are not listed here until their codes are read from the published code
 * list (an import reports the other codes it meets, and keeps them).
 *
 * @category constants
 * @since 0.1.0
 */
export const registerTargetGroups: ReadonlyArray<RegisterTargetGroup> = [
  { registerId: "CilovaSkupinaOsoby/24", name: { cs: "senioři", en: "seniors" } },
  { registerId: "CilovaSkupinaOsoby/26", name: { cs: "pečující osoby", en: "carers" } },
  { registerId: "CilovaSkupinaOsoby/27", name: { cs: "osoby s potřebou paliativní péče", en: "people in need of palliative care" } },
  { registerId: "CilovaSkupinaOsoby/30", name: { cs: "osoby žijící s demencí", en: "people living with dementia" } }
]

/**
 * Register target groups by id.
 *
 * @category constants
 * @since 0.1.0
 */
export const registerTargetGroupsById: ReadonlyMap<string, RegisterTargetGroup> = new Map(registerTargetGroups.map((g) => [g.registerId, g]))

/**
 * The register's form codes (`FormaSocialniSluzby/pob`) and the forms they stand for.
 *
 * @category constants
 * @since 0.1.0
 */
export const registerForms: ReadonlyMap<string, ServiceForm> = new Map([
  ["FormaSocialniSluzby/pob", "residential"],
  ["FormaSocialniSluzby/amb", "outpatient"],
  ["FormaSocialniSluzby/ter", "field"]
])

/**
 * The register's capacity types (`TypKapacitySocialniSluzby/luzka`) and the units they stand for:
 * clients, 10-minute contacts, 30-minute interventions, beds, calls.
 *
 * @category constants
 * @since 0.1.0
 */
export const registerCapacityUnits: ReadonlyMap<string, (typeof Capacity.Type)["unit"]> = new Map([
  ["TypKapacitySocialniSluzby/klient", "client"],
  ["TypKapacitySocialniSluzby/kontakt", "contact"],
  ["TypKapacitySocialniSluzby/interv", "intervention"],
  ["TypKapacitySocialniSluzby/luzka", "bed"],
  ["TypKapacitySocialniSluzby/hovor", "call"]
])
