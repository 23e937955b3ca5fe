/**
 * A generator of register files in the RPSS format (DOMAIN.md §9) for tests and benchmarks: items
 * spread over the 14 regions, with everything a real item carries — contacts on two levels, statutory
 * bodies with (invented) names, several facilities, forms with capacities and the official wording of
 * their descriptions — so that a generated file of the real size (~30 MB, ~6,700 items) reads like the
 * real one. With the register's traps at low rates (DOMAIN.md §9), so that a large file exercises the
 * import's merge and secret paths: ended registrations (5 % of items), ended facilities (4 % of
 * facilities), secret addresses (2 % of facilities, named „Azylový dům …“), facilities without an
 * address point (3.6 %), the same facility repeated (3 % of items) or repeated with a name differing only
 * in spaces (3 %), and a second form with its own capacity (15 %). Deterministic: the same options give
 * the same bytes.
 *
 * @since 0.1.0
 */

/**
 * The RÚIAN codes of the 14 regions (Kraj/19 is Prague, Kraj/51 Karlovarský).
 *
 * @category constants
 * @since 0.1.0
 */
export const regionCodes: ReadonlyArray<number> = [19, 27, 35, 43, 51, 60, 78, 86, 94, 108, 116, 124, 132, 141]

/**
 * Options of the generator.
 *
 * @category models
 * @since 0.1.0
 */
export interface GenerateRegisterOptions {
  /** How many items; about 4.5 KB each (6,700 ≈ 30 MB). */
  readonly items: number
  readonly seed?: number
}

const mulberry32 = (seed: number) => () => {
  let t = (seed += 0x6d2b79f5)
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const firstNames = ["Jana", "Petr", "Marie", "Jan", "Eva", "Tomáš", "Hana", "Martin", "Lucie", "Pavel"]
const lastNames = ["Nováková", "Svoboda", "Dvořáková", "Černý", "Procházková", "Kučera", "Veselá", "Horák", "Marková", "Pokorný"]
const streets = ["Nemocniční", "Husova", "Palackého", "Nádražní", "Školní", "Zahradní", "Komenského", "Masarykova"]
const towns = ["Sokolov", "Cheb", "Tábor", "Kolín", "Jihlava", "Zlín", "Opava", "Most", "Kladno", "Přerov"]
const kinds = ["Domov", "Centrum", "Poradna", "Služba", "Dům", "Stacionář"]
const forms = [
  ["pob", "luzka"],
  ["amb", "klient"],
  ["ter", "klient"],
  ["ter", "interv"],
  ["amb", "kontakt"]
] as const

/**
 * One generated item (a plain JSON value in the register's format).
 *
 * @category generators
 * @since 0.1.0
 */
export const generateRegisterItem = (index: number, random: () => number): unknown => {
  const pick = <A>(list: ReadonlyArray<A>): A => list[Math.floor(random() * list.length)]!
  const region = pick(regionCodes)
  const district = region * 100 + Math.floor(random() * 8)
  const typeCode = 1 + Math.floor(random() * 33)
  const town = pick(towns)
  const facilities = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, f) => {
    const secret = random() < 0.02
    const ended = random() < 0.04
    const addressPoint = random() < 0.036 ? undefined : 10_000_000 + Math.floor(random() * 9_000_000)
    return {
      nazev: secret ? `Azylový dům ${town} ${index}-${f}` : `${pick(kinds)} ${town} ${index}-${f}`,
      poskytujeOd: "2015-01-01",
      poskytujeDo: ended ? "2019-06-30" : null,
      utajenaAdresa: secret,
      adresa: {
        cisloDomovni: 100 + Math.floor(random() * 3000),
        cisloOrientacni: String(1 + Math.floor(random() * 90)),
        ...(addressPoint === undefined ? {} : { kodAdresnihoMista: addressPoint }),
        psc: String(10_000 + Math.floor(random() * 89_999)),
        kraj: { id: `Kraj/${region}` },
        okres: { id: `Okres/${district}` },
        obec: { id: `Obec/${500_000 + region * 1000 + Math.floor(random() * 400)}` },
        castObce: { id: `CastObce/${400_000 + Math.floor(random() * 99_999)}` },
        ulice: { nazev: pick(streets) }
      }
    }
  })
  // The same facility again, as written or with a doubled and a trailing space.
  const repeat = random()
  if (repeat < 0.06) {
    const original = facilities[0]!
    facilities.push({ ...original, nazev: repeat < 0.03 ? original.nazev : `${original.nazev.replace(" ", "  ")} ` })
  }
  const first = pick(forms)
  const chosen = random() < 0.15 ? [first, pick(forms.filter(([form]) => form !== first[0]))] : [first]
  const person = () => `${pick(firstNames)} ${pick(lastNames)}`
  return {
    portalId: 100_000 + index,
    id: `${200_000 + index}`,
    identifikator: `${1_000_000 + index}`,
    datumPoskytovaniOd: "2007-01-01",
    datumPoskytovaniDo: random() < 0.05 ? "2020-12-31" : null,
    kontaktniAdresy: [{ adresa: { obec: { id: facilities[0]!.adresa.obec.id }, ulice: { nazev: pick(streets) }, psc: "35201" } }],
    druhSocialniSluzby: { id: `DruhSocialniSluzby/${typeCode === 2 ? 1 : typeCode}` },
    zarizeni: facilities,
    poskytovatel: {
      nazev: `${pick(["Charita", "Spolek", "Diakonie", "Domov", "Centrum sociálních služeb"])} ${town} ${index}`,
      ico: String(10_000_000 + index * 7).padStart(8, "0"),
      statutarniOrgany: [{ jmeno: person(), funkce: "ředitel/ka", titul: "Mgr." }, { jmeno: person(), funkce: "statutární zástupce" }],
      emaily: [{ email: `info${index}@example.cz` }],
      telefony: [{ telefon: "+420 352 000 000" }],
      weby: [{ web: `https://www.example-${index}.cz`, poznamka: null }]
    },
    emaily: [{ email: `sluzba${index}@example.cz` }],
    telefony: [{ telefon: "+420 352 111 111" }, { telefon: "+420 603 222 333" }],
    faxy: [],
    weby: [{ web: `https://sluzba-${index}.example.cz`, poznamka: "Informace o službě, ceník a kontakty na pracovníky" }],
    ciloveSkupiny: [{ cilovaSkupina: { id: "CilovaSkupinaOsoby/24" } }, { cilovaSkupina: { id: `CilovaSkupinaOsoby/${1 + Math.floor(random() * 30)}` } }],
    vekoveSkupiny: [{ vekovaSkupina: { id: "VekovaSkupinaOsoby/7" } }, { vekovaSkupina: { id: "VekovaSkupinaOsoby/8" } }],
    doplnujiciInformaceVekoveSkupiny: "Služba je určena osobám od 65 let věku a osobám se sníženou soběstačností z důvodu věku nebo chronického onemocnění.",
    formy: chosen.map(([form, capacity]) => {
      const count = 5 + Math.floor(random() * 120)
      return {
        forma: { id: `FormaSocialniSluzby/${form}` },
        nepretrzitePoskytovani: form === "pob",
        casoveRozsahy: form === "pob" ? null : [{ den: "Po-Pá", od: "07:00", do: "15:30" }],
        kapacity: [{ pocet: count, popis: `Maximální kapacita ${count} s účinností od 01.09.2016. Kapacita je stanovena s ohledem na personální zajištění a prostorové možnosti zařízení.`, typ: { id: `TypKapacitySocialniSluzby/${capacity}` } }]
      }
    }),
    // ORPs per service (by the name, where it operates); not a facility's location, and the import ignores it.
    rozsirenePusobnostiVKraji: [{ orp: { id: `Orp/${district * 10}` } }],
    doplnkoveUdaje: [
      { typ: "Pravidla pro poskytování služby", odkaz: `https://sluzba-${index}.example.cz/dokumenty/pravidla.pdf` },
      { typ: "Sazebník úhrad", odkaz: `https://sluzba-${index}.example.cz/dokumenty/cenik.pdf` },
      { typ: "Popis realizace poskytování sociální služby", odkaz: `https://sluzba-${index}.example.cz/dokumenty/popis-realizace.pdf` }
    ]
  }
}

/**
 * The register file as text chunks (the opening, one chunk per item, the closing), to write to a file
 * or wrap in `Readable.from`.
 *
 * @category generators
 * @since 0.1.0
 */
export function* generateRegisterChunks(options: GenerateRegisterOptions): Generator<string> {
  const random = mulberry32(options.seed ?? 1)
  yield "{\"polozky\":["
  for (let i = 0; i < options.items; i++) yield (i === 0 ? "" : ",") + JSON.stringify(generateRegisterItem(i, random))
  yield "]}"
}
