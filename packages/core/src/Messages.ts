/**
 * The message catalogue: every text a person reads, in Czech (the default) and English, with named
 * parameters. Rules, decode problems and documents take their wording from here, never from literals.
 *
 * @since 0.1.0
 */

/**
 * The languages kpss speaks. Czech comes first.
 *
 * @category models
 * @since 0.1.0
 */
export type Locale = "cs" | "en"

/**
 * The locales in their order of precedence.
 *
 * @category constants
 * @since 0.1.0
 */
export const locales: ReadonlyArray<Locale> = ["cs", "en"]

/**
 * A text in both languages.
 *
 * @category models
 * @since 0.1.0
 */
export interface LocalizedText {
  readonly cs: string
  readonly en: string
}

/**
 * Parameters of a message: `{name}` in a template is replaced by `params.name`.
 *
 * @category models
 * @since 0.1.0
 */
export type MessageParams = Readonly<Record<string, string | number>>

/**
 * A catalogue entry: the Czech and English templates.
 *
 * @category models
 * @since 0.1.0
 */
export type Catalogue = Readonly<Record<string, LocalizedText>>

const placeholder = /\{(\w+)(?::([^{}]*))?\}/g

const pluralRules: Readonly<Record<Locale, Intl.PluralRules>> = { cs: new Intl.PluralRules("cs"), en: new Intl.PluralRules("en") }

/** The slot of each plural category in `{n:…|…|…}`: Czech one | few (2–4) | other; English one | other. */
const pluralSlot: Readonly<Record<Locale, Readonly<Partial<Record<Intl.LDMLPluralRule, number>>>>> = {
  cs: { one: 0, few: 1, many: 2, other: 2 },
  en: { one: 0, other: 1 }
}

/** A parameter as a number for choosing the plural form; formatted numbers ("1 234") count too. */
const asCount = (value: string | number): number =>
  typeof value === "number" ? value : Number(value.replace(/[\s\u00a0]/g, "").replace(",", "."))

/**
 * Fills a template's placeholders: `{name}` with the parameter, and `{name:form|form|form}` with the word
 * form that agrees with the number in `name` — in Czech one | few (2–4) | other (`{count} {count:problém|
 * problémy|problémů}`), in English one | other. A missing parameter stays visible as `{name}` so a wrong
 * call is seen rather than hidden.
 *
 * @category formatting
 * @since 0.1.0
 */
export const interpolate = (template: string, params: MessageParams = {}, locale: Locale = "cs"): string =>
  template.replace(placeholder, (whole, name: string, forms: string | undefined) => {
    const value = params[name]
    if (value === undefined) return whole
    if (forms === undefined) return String(value)
    const list = forms.split("|")
    const count = asCount(value)
    const slot = Number.isFinite(count) ? pluralSlot[locale][pluralRules[locale].select(count)] : undefined
    return list[Math.min(slot ?? list.length - 1, list.length - 1)]!
  })

/**
 * Renders a catalogue entry in both languages.
 *
 * @category formatting
 * @since 0.1.0
 */
export const localize = (entry: LocalizedText, params?: MessageParams): LocalizedText => ({
  cs: interpolate(entry.cs, params, "cs"),
  en: interpolate(entry.en, params, "en")
})

/**
 * Builds a typed message function over a catalogue: `message("key", params)` returns the text in both
 * languages. The key is checked at compile time.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeMessages = <C extends Catalogue>(catalogue: C) =>
(key: keyof C & string, params?: MessageParams): LocalizedText => localize(catalogue[key]!, params)
