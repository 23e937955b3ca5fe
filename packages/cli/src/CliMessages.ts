/**
 * Everything the `kpss` command tells a person, in Czech and English (Czech first). The command picks
 * one language with `--locale`; Czech is the default.
 *
 * @since 0.1.0
 */
import { makeMessages, type Locale, type MessageParams } from "@kpss/core"

/**
 * The command's message catalogue.
 *
 * @category messages
 * @since 0.1.0
 */
export const cliMessages = makeMessages({
  helpMain: {
    cs: "kpss — komunitní plánování sociálních služeb: kontrola, export a uložení plánu\nkpss — community planning of social services: check, export and store a plan\n\nPříkazy:\n  check <plan.json>             zkontroluje plán podle profilu\n  export <plan.json> -o <soubor> vytvoří dokument (docx, pdf, xlsx, ics, html, csv, json, json-schema)\n  store list|save|load|history   úložiště plánů (SQLite --db, PostgreSQL --pg)\n  migrate <starý.json> -o <nový.json> převede dokument na aktuální verzi formátu\n  amend <plan.json> --reason <proč> založí návrh změny plánu v platnosti\n  import rpss <registr.json> --into <plan.json> načte registr poskytovatelů\n\nkpss <příkaz> --help vypíše nápovědu k příkazu, kpss --version verzi. Výstupní kódy: 0 v pořádku, 1 nalezeny chyby / operace selhala, 2 neplatný vstup.",
    en: "kpss — komunitní plánování sociálních služeb: kontrola, export a uložení plánu\nkpss — community planning of social services: check, export and store a plan\n\nCommands:\n  check <plan.json>             checks the plan against a profile\n  export <plan.json> -o <file>   writes a document (docx, pdf, xlsx, ics, html, csv, json, json-schema)\n  store list|save|load|history   the plan store (SQLite --db, PostgreSQL --pg)\n  migrate <old.json> -o <new.json> converts a document to the current format version\n  amend <plan.json> --reason <why> starts a draft amendment of a plan in force\n  import rpss <register.json> --into <plan.json> reads the providers register\n\nkpss <command> --help prints a command's help, kpss --version the version. Exit codes: 0 fine, 1 errors found / operation failed, 2 invalid input."
  },
  helpCheck: {
    cs: "kpss check — zkontroluje plán podle profilu\nkpss check — checks a plan against a profile\n\nkpss check <plan.json> [--profile methodology|statutory|<profil.json>] [--today RRRR-MM-DD] [--locale cs|en] [--format text|json]\n\nVýstupní kód: 0 bez chyb, 1 nalezeny chyby, 2 neplatný vstup.",
    en: "kpss check — zkontroluje plán podle profilu\nkpss check — checks a plan against a profile\n\nkpss check <plan.json> [--profile methodology|statutory|<profile.json>] [--today YYYY-MM-DD] [--locale cs|en] [--format text|json]\n\nExit code: 0 no errors, 1 errors found, 2 invalid input."
  },
  helpExport: {
    cs: "kpss export — vytvoří dokument z plánu\nkpss export — writes a document from a plan\n\nkpss export <plan.json> --format {formats} -o <soubor> [--part <část>] [--audience public|internal] [--locale cs|en] [--year RRRR] [--today RRRR-MM-DD]\n\nČásti: xlsx {xlsxParts}; csv {csvParts}; html, docx, pdf {docParts}.\nSoubor se zapíše celý, nebo vůbec (dočasný soubor a přejmenování).",
    en: "kpss export — vytvoří dokument z plánu\nkpss export — writes a document from a plan\n\nkpss export <plan.json> --format {formats} -o <file> [--part <part>] [--audience public|internal] [--locale cs|en] [--year YYYY] [--today YYYY-MM-DD]\n\nParts: xlsx {xlsxParts}; csv {csvParts}; html, docx, pdf {docParts}.\nThe file is written whole or not at all (a temporary file, then a rename)."
  },
  helpStore: {
    cs: "kpss store — úložiště plánů\nkpss store — the plan store\n\nkpss store list [--db <soubor.sqlite> | --pg <url>]\nkpss store save <plan.json> [--author <kdo>] [--reason <proč>] [--db … | --pg …]\nkpss store load <id plánu> [--revision N] [-o <soubor>] [--db … | --pg …]\nkpss store history <id plánu> [--db … | --pg …]\n\nVýchozí úložiště: ./kpss.sqlite. U PostgreSQL lze zvolit schéma: --schema <název>.",
    en: "kpss store — úložiště plánů\nkpss store — the plan store\n\nkpss store list [--db <file.sqlite> | --pg <url>]\nkpss store save <plan.json> [--author <who>] [--reason <why>] [--db … | --pg …]\nkpss store load <plan id> [--revision N] [-o <file>] [--db … | --pg …]\nkpss store history <plan id> [--db … | --pg …]\n\nDefault store: ./kpss.sqlite. With PostgreSQL a schema may be chosen: --schema <name>."
  },
  helpMigrate: {
    cs: "kpss migrate — převede starší dokument plánu na aktuální verzi formátu\nkpss migrate — converts an older plan document to the current format version\n\nkpss migrate <starý.json> -o <nový.json> [--locale cs|en]",
    en: "kpss migrate — převede starší dokument plánu na aktuální verzi formátu\nkpss migrate — converts an older plan document to the current format version\n\nkpss migrate <old.json> -o <new.json> [--locale cs|en]"
  },
  helpAmend: {
    cs: "kpss amend — založí návrh změny plánu v platnosti (změnu pak schválí zastupitelstvo)\nkpss amend — starts a draft amendment of a plan in force (the assembly then approves it)\n\nkpss amend <plan.json> --reason <proč> [--as <id účastníka>] [--today RRRR-MM-DD] [-o <návrh.json>]\n\nBez --as jedná koordinátor plánu (jediný člen s rolí koordinátora v některém orgánu). Bez -o se přepíše plán v <plan.json> (celý, nebo vůbec). Do návrhu lze pak načíst registr: kpss import rpss.",
    en: "kpss amend — založí návrh změny plánu v platnosti (změnu pak schválí zastupitelstvo)\nkpss amend — starts a draft amendment of a plan in force (the assembly then approves it)\n\nkpss amend <plan.json> --reason <why> [--as <actor id>] [--today YYYY-MM-DD] [-o <draft.json>]\n\nWithout --as the plan's coordinator acts (the one member with the coordinator's role in a body). Without -o the plan in <plan.json> is replaced (whole, or not at all). A register can then be imported into the draft: kpss import rpss."
  },
  amendFailed: { cs: "Změnu plánu nelze založit: {detail}", en: "The amendment cannot be started: {detail}" },
  amended: { cs: "Založen návrh {number}. změny plánu.", en: "Draft amendment no. {number} started." },
  usage: {
    cs: "Použití: kpss <příkaz> … (check, export, store, migrate, amend, import rpss); kpss <příkaz> --help vypíše nápovědu",
    en: "Usage: kpss <command> … (check, export, store, migrate, amend, import rpss); kpss <command> --help prints help"
  },
  unknownCommand: { cs: "Neznámý příkaz „{command}“", en: "Unknown command \"{command}\"" },
  badArguments: { cs: "Chybné argumenty: {detail}", en: "Invalid arguments: {detail}" },
  unknownFlag: { cs: "Neznámý přepínač {flag}", en: "Unknown flag {flag}" },
  flagValue: { cs: "Přepínač {flag} potřebuje hodnotu nebo žádnou nebere", en: "The flag {flag} needs a value or takes none" },
  missingArgument: { cs: "Chybí argument {name}", en: "The argument {name} is missing" },
  badValue: { cs: "Nepovolená hodnota {value} u {flag}; povolené jsou: {allowed}", en: "Value {value} is not allowed for {flag}; allowed: {allowed}" },
  badDate: { cs: "Neplatné datum {value} u {flag}; očekáváno RRRR-MM-DD", en: "Invalid date {value} for {flag}; expected YYYY-MM-DD" },
  badNumber: { cs: "Neplatné číslo {value} u {flag}", en: "Invalid number {value} for {flag}" },
  notFound: { cs: "Soubor {file} neexistuje", en: "The file {file} does not exist" },
  isDirectory: { cs: "{file} je adresář, očekáván soubor", en: "{file} is a directory, a file was expected" },
  unreadable: { cs: "Soubor {file} nelze přečíst: {detail}", en: "The file {file} cannot be read: {detail}" },
  invalidDocument: { cs: "Soubor {file} není platný dokument; nalezené problémy ({count}):", en: "The file {file} is not a valid document; problems found ({count}):" },
  unwritable: { cs: "Do {file} nelze zapisovat: {detail}", en: "Cannot write {file}: {detail}" },
  unwritableDenied: { cs: "Do {file} nelze zapisovat: chybí oprávnění k zápisu do adresáře {dir}", en: "Cannot write {file}: no permission to write in the directory {dir}" },
  unwritableNoDirectory: { cs: "Do {file} nelze zapisovat: adresář {dir} neexistuje", en: "Cannot write {file}: the directory {dir} does not exist" },
  unwritableReadOnly: { cs: "Do {file} nelze zapisovat: disk je jen pro čtení", en: "Cannot write {file}: the file system is read-only" },
  unwritableFull: { cs: "Do {file} nelze zapisovat: na disku není místo", en: "Cannot write {file}: the disk is full" },
  written: { cs: "Zapsáno: {file} ({bytes} bajtů)", en: "Written: {file} ({bytes} bytes)" },
  exportFailed: { cs: "Export se nezdařil: {detail}", en: "The export failed: {detail}" },
  noFindings: { cs: "Žádná zjištění.", en: "No findings." },
  error: { cs: "chyba", en: "error" },
  warning: { cs: "varování", en: "warning" },
  info: { cs: "upozornění", en: "info" },
  hint: { cs: "rada", en: "hint" },
  storeMissing: {
    cs: "Úložiště {file} neexistuje; vytvoří ho až první kpss store save (nebo zadejte jiné --db)",
    en: "The store {file} does not exist; the first kpss store save creates it (or give another --db)"
  },
  maxMbHint: { cs: "Větší registr lze načíst s --max-mb <MB>.", en: "A larger register can be read with --max-mb <MB>." },
  storeFailed: { cs: "Úložiště: {detail}", en: "Store: {detail}" },
  saved: { cs: "Uloženo: plán {planId}, revize {revision}", en: "Saved: plan {planId}, revision {revision}" },
  noPlans: { cs: "Úložiště neobsahuje žádný plán.", en: "The store holds no plans." },
  migrated: { cs: "Dokument převeden na verzi formátu {version}: {file}", en: "Document converted to format version {version}: {file}" },
  helpImport: {
    cs: "kpss import rpss — načte registr poskytovatelů sociálních služeb do analýzy zdrojů plánu\nkpss import rpss — reads the register of social service providers into the plan's resource analysis\n\nkpss import rpss <registr.json> --into <plan.json> [--territory <kód obce> | municipality:<kód> | district:<kód> | region:<kód>] [--today RRRR-MM-DD] [--max-mb <MB>] [-o <nový plán.json>]\n\nBez --territory se použije území plánu. Bez -o se přepíše plán v --into (celý, nebo vůbec). Registr větší než --max-mb (výchozí {maxMb} MB) se odmítne dřív, než se začne číst.",
    en: "kpss import rpss — načte registr poskytovatelů sociálních služeb do analýzy zdrojů plánu\nkpss import rpss — reads the register of social service providers into the plan's resource analysis\n\nkpss import rpss <register.json> --into <plan.json> [--territory <municipality code> | municipality:<code> | district:<code> | region:<code>] [--today YYYY-MM-DD] [--max-mb <MB>] [-o <new plan.json>]\n\nWithout --territory the plan's own territory is used. Without -o the plan in --into is replaced (whole, or not at all). A register larger than --max-mb (default {maxMb} MB) is refused before it is read."
  },
  badTerritory: { cs: "Neplatné území {value}; očekáváno číslo nebo municipality:|district:|region: a číslo", en: "Invalid territory {value}; expected digits or municipality:|district:|region: and digits" },
  progress: { cs: "Načteno {percent} % ({mb} MB)", en: "Read {percent}% ({mb} MB)" },
  byName: { cs: "názvu", en: "name" },
  badMaxMb: { cs: "Neplatná hodnota {value} u --max-mb; očekáváno kladné číslo megabajtů", en: "Invalid value {value} for --max-mb; expected a positive number of megabytes" },
  proposedLink: {
    cs: "  Možná tatáž služba: zdroj „{resource}“ zadaný ručně a „{registered}“ z registru ({registerId}, shoda podle {match})",
    en: "  Possibly the same service: resource \"{resource}\" entered by hand and \"{registered}\" from the register ({registerId}, matched by {match})"
  },
  importFailed: { cs: "Import se nezdařil: {detail}", en: "The import failed: {detail}" },
  imported: {
    cs: "Importováno ze {items} položek registru: v území {inTerritory}, přidáno {added}, aktualizováno {updated}, odebráno {removed}, přeskočeno {skipped}; upozornění: {warnings}",
    en: "Imported from {items} register items: in the territory {inTerritory}, added {added}, updated {updated}, removed {removed}, skipped {skipped}; warnings: {warnings}"
  },
  interrupted: { cs: "Přerušeno; výstupní soubor nebyl zapsán.", en: "Interrupted; the output file was not written." }
})

/**
 * A message key of the catalogue.
 *
 * @category messages
 * @since 0.1.0
 */
export type CliMessage = Parameters<typeof cliMessages>[0]

/**
 * One message in one language.
 *
 * @category messages
 * @since 0.1.0
 */
export const say = (locale: Locale, key: CliMessage, params?: MessageParams): string => cliMessages(key, params)[locale]
