/**
 * Sweden's 21 regions as Kolada knows them (type "L"): id = "00" + county code, plus Riket ("0000") for
 * comparison. Names are tolerant of case, diacritics, "Region …", "… län", county letters and codes.
 */
import { NameIndex } from "../util/names";

export interface KoladaRegion {
  /** Kolada municipality id, e.g. "0009". */
  id: string;
  /** Kolada's title, e.g. "Region Gotland". */
  name: string;
  /** Short name used in tables, e.g. "Gotland". */
  short: string;
  countyCode: string;
  countyLetter: string;
  aliases: readonly string[];
}

const R = (code: string, letter: string, name: string, short: string, ...aliases: string[]): KoladaRegion => ({
  id: `00${code}`,
  name,
  short,
  countyCode: code,
  countyLetter: letter,
  aliases,
});

export const REGIONS: readonly KoladaRegion[] = [
  R("01", "AB", "Region Stockholm", "Stockholm", "Stockholms län", "SLL"),
  R("03", "C", "Region Uppsala", "Uppsala", "Uppsala län"),
  R("04", "D", "Region Sörmland", "Sörmland", "Södermanland", "Södermanlands län"),
  R("05", "E", "Region Östergötland", "Östergötland", "Östergötlands län"),
  R("06", "F", "Region Jönköpings län", "Jönköping", "Jönköpings län"),
  R("07", "G", "Region Kronoberg", "Kronoberg", "Kronobergs län"),
  R("08", "H", "Region Kalmar län", "Kalmar", "Kalmar län"),
  R("09", "I", "Region Gotland", "Gotland", "Gotlands län"),
  R("10", "K", "Region Blekinge", "Blekinge", "Blekinge län"),
  R("12", "M", "Region Skåne", "Skåne", "Skåne län"),
  R("13", "N", "Region Halland", "Halland", "Hallands län"),
  R("14", "O", "Västra Götalandsregionen", "Västra Götaland", "Region Västra Götaland", "Västra Götalands län", "VGR"),
  R("17", "S", "Region Värmland", "Värmland", "Värmlands län"),
  R("18", "T", "Region Örebro län", "Örebro", "Örebro län"),
  R("19", "U", "Region Västmanland", "Västmanland", "Västmanlands län"),
  R("20", "W", "Region Dalarna", "Dalarna", "Dalarnas län"),
  R("21", "X", "Region Gävleborg", "Gävleborg", "Gävleborgs län"),
  R("22", "Y", "Region Västernorrland", "Västernorrland", "Västernorrlands län"),
  R("23", "Z", "Region Jämtland Härjedalen", "Jämtland Härjedalen", "Jämtland", "Härjedalen", "Jämtlands län"),
  R("24", "AC", "Region Västerbotten", "Västerbotten", "Västerbottens län"),
  R("25", "BD", "Region Norrbotten", "Norrbotten", "Norrbottens län"),
];

export const RIKET: KoladaRegion = {
  id: "0000",
  name: "Riket",
  short: "Riket",
  countyCode: "00",
  countyLetter: "",
  aliases: ["Sverige", "hela landet"],
};

export const REGION_IDS: readonly string[] = REGIONS.map((r) => r.id);

const names = new NameIndex(
  [...REGIONS, RIKET],
  (r) => [r.id, r.name, r.short, r.countyCode, r.countyLetter, ...r.aliases],
  (r) => (r === RIKET ? [] : [r.name, r.short, ...r.aliases]),
);

/** The region for a name, alias, county letter, county code or Kolada id; undefined when none matches. */
export function findRegion(input: string): KoladaRegion | undefined {
  return names.find(input);
}

/** Like findRegion, but an unknown name fails with the closest of the 21 regions as a suggestion. */
export function resolveRegion(input: string): KoladaRegion {
  return names.resolve(input, () => `${REGIONS.map((r) => r.short).join(", ")} och Riket`);
}

const byId = new Map([...REGIONS, RIKET].map((r) => [r.id, r]));

/** The region (or Riket) with exactly this Kolada id; undefined for any other id (a municipality's, say). */
export function regionById(id: string): KoladaRegion | undefined {
  return byId.get(id);
}
