/**
 * What the service says to people, in Czech and English: the titles and details of its error
 * responses and of its start-up. Problems with the input itself come from `@kpss/core`'s catalogue
 * (each with its path and code), so the service adds only what is about HTTP.
 */
import { makeMessages } from "@kpss/core"

export const say = makeMessages({
  invalidTitle: { cs: "Neplatný požadavek", en: "Invalid request" },
  invalidDetail: { cs: "Počet problémů: {count}", en: "Problems found: {count}" },
  notFoundTitle: { cs: "Nenalezeno", en: "Not found" },
  noRoute: { cs: "Adresa {path} neexistuje", en: "There is nothing at {path}" },
  methodTitle: { cs: "Metoda není povolena", en: "Method not allowed" },
  methodDetail: {
    cs: "Adresa {path} nepřijímá metodu {method}; povolené metody: {allowed}",
    en: "{path} does not accept {method}; allowed: {allowed}"
  },
  conflictTitle: { cs: "Plán mezitím změnil někdo jiný", en: "The plan was changed meanwhile" },
  preconditionTitle: { cs: "Chybí revize, ze které uložení vychází", en: "The revision the save is based on is missing" },
  preconditionDetail: {
    cs: "Uveďte ji v hlavičce If-Match (např. If-Match: \"3\") nebo v položce expectedRevision",
    en: "Give it in the If-Match header (e.g. If-Match: \"3\") or in the expectedRevision field"
  },
  tooLargeTitle: { cs: "Požadavek je příliš velký", en: "Request too large" },
  tooLargeDetail: { cs: "Tělo požadavku smí mít nejvýše {limit} bajtů", en: "The request body may have at most {limit} bytes" },
  noDataTitle: { cs: "Plán nemá data pro tento export", en: "The plan has no data for this export" },
  unavailableTitle: { cs: "Úložiště plánů není dostupné", en: "The plan store is unavailable" },
  serverErrorTitle: { cs: "Chyba serveru", en: "Server error" },
  serverErrorDetail: {
    cs: "Požadavek se nepodařilo zpracovat; podrobnosti jsou v záznamu serveru",
    en: "The request could not be handled; the server's log has the details"
  },
  planIdMismatch: {
    cs: "Plán „{found}“ nelze uložit pod adresou plánu „{planId}“",
    en: "Plan \"{found}\" cannot be saved at the address of plan \"{planId}\""
  },
  revisionsDiffer: {
    cs: "If-Match uvádí revizi {header}, položka expectedRevision revizi {body}",
    en: "If-Match names revision {header}, the expectedRevision field revision {body}"
  },
  badPeriod: {
    cs: "Neplatné období {found}; očekáván rok nebo rozsah let, např. 2018 nebo 2017-2019",
    en: "Invalid period {found}; expected a year or a range of years, e.g. 2018 or 2017-2019"
  },
  missingUrl: {
    cs: "Chybí proměnná prostředí KPSS_PG_URL (např. postgres://uzivatel@localhost:5432/kpss)",
    en: "The environment variable KPSS_PG_URL is missing (e.g. postgres://user@localhost:5432/kpss)"
  },
  badSetting: { cs: "Neplatná hodnota {name}={value}: {expected}", en: "Invalid {name}={value}: {expected}" },
  listening: { cs: "Služba KPSS naslouchá na {url} (úložiště {store})", en: "The KPSS service listens on {url} (store {store})" },
  cannotOpen: { cs: "Úložiště plánů nelze otevřít: {detail}", en: "The plan store cannot be opened: {detail}" },
  stopping: { cs: "Služba končí ({signal})", en: "The service stops ({signal})" }
})
