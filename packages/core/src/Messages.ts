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

const placeholder = /\{(\w+)\}/g

/**
 * Fills a template's `{name}` placeholders; a missing parameter stays visible as `{name}` so a wrong
 * call is seen rather than hidden.
 *
 * @category formatting
 * @since 0.1.0
 */
export const interpolate = (template: string, params: MessageParams = {}): string =>
  template.replace(placeholder, (whole, name: string) => {
    const value = params[name]
    return value === undefined ? whole : String(value)
  })

/**
 * Renders a catalogue entry in both languages.
 *
 * @category formatting
 * @since 0.1.0
 */
export const localize = (entry: LocalizedText, params?: MessageParams): LocalizedText => ({
  cs: interpolate(entry.cs, params),
  en: interpolate(entry.en, params)
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
