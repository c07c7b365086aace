/** The reader's warnings as text, Swedish (reference) and English. A missing kind is a compile error. */
import type { Locale } from "../i18n";
import type { SieWarning } from "./types";

type Texts = { [K in SieWarning["kind"]]: (w: Extract<SieWarning, { kind: K }>) => string };

const rader = (n: number) => (n === 1 ? "1 rad" : `${n} rader`);
const lines = (n: number) => (n === 1 ? "1 line" : `${n} lines`);

const sv: Texts = {
  unbalanced: (w) => `${w.count === 1 ? "1 verifikation" : `${w.count} verifikationer`} summerar inte till noll (se listan).`,
  checksum: (w) =>
    `Kontrollsumman stämmer inte (rad ${w.line}): filen anger ${w.stated}, innehållet ger ${w.computed}. Filen kan ha ändrats efter exporten.`,
  replacementChars: (w) =>
    `${rader(w.count)} innehåller ersättningstecknet � (första på rad ${w.line}): tecken som å, ä och ö har gått förlorade före importen. Kontrollera namn och koder.`,
  invalidUtf8: (w) => `${rader(w.count)} är inte giltig UTF-8 (första på rad ${w.line}); de lästes med ersättningstecken.`,
  misdecoded: (w) =>
    `${rader(w.count)} ser felavkodade ut (första på rad ${w.line}: "${w.sample}"): filen kan vara sparad som Latin-1 eller UTF-8 under rubriken PC8. Kontrollera namn och koder.`,
  undeclaredObjects: (w) => `${w.count} objekt används i #TRANS utan #OBJEKT (t.ex. ${w.sample}); de visas med kod men utan namn.`,
  unreadableLines: (w) => `${rader(w.count)} kunde inte tolkas och hoppades över (första på rad ${w.line}).`,
  transOutsideVoucher: (w) => `${w.count} #TRANS står utanför en verifikation och hoppades över (första på rad ${w.line}).`,
  missingBrace: (w) =>
    `${w.count === 1 ? "1 verifikation saknar" : `${w.count} verifikationer saknar`} sin inledande { (första #VER på rad ${w.line}); #TRANS-raderna efter #VER lästes in i den.`,
  duplicateVouchers: (w) =>
    `${w.count === 1 ? "1 verifikation förekommer" : `${w.count} verifikationer förekommer`} två gånger (samma serie, nummer och datum, t.ex. ${w.sample}): ${
      w.skipped
        ? "bara den första lästes in."
        : "båda är med i beloppen. Välj att bara läsa den första om filen är två sammanslagna exporter."
    }`,
};

const en: Texts = {
  unbalanced: (w) => `${w.count} vouchers do not sum to zero (see the list).`,
  checksum: (w) =>
    `The checksum does not match (line ${w.line}): the file states ${w.stated}, the content gives ${w.computed}. The file may have been changed after export.`,
  replacementChars: (w) =>
    `${lines(w.count)} contain the replacement character � (first on line ${w.line}): characters such as å, ä and ö were lost before import. Check names and codes.`,
  invalidUtf8: (w) => `${lines(w.count)} are not valid UTF-8 (first on line ${w.line}); they were read with replacement characters.`,
  misdecoded: (w) =>
    `${lines(w.count)} look mis-decoded (first on line ${w.line}: "${w.sample}"): the file may be saved as Latin-1 or UTF-8 under the PC8 header. Check names and codes.`,
  undeclaredObjects: (w) =>
    `${w.count} objects are used in #TRANS without #OBJEKT (e.g. ${w.sample}); they are shown by code without a name.`,
  unreadableLines: (w) => `${lines(w.count)} could not be read and were skipped (first on line ${w.line}).`,
  transOutsideVoucher: (w) => `${w.count} #TRANS stand outside a voucher and were skipped (first on line ${w.line}).`,
  missingBrace: (w) =>
    `${w.count} vouchers lack their opening { (first #VER on line ${w.line}); the #TRANS rows after the #VER were read into it.`,
  duplicateVouchers: (w) =>
    `${w.count} vouchers occur twice (same series, number and date, e.g. ${w.sample}): ${
      w.skipped ? "only the first was read." : "both are in the amounts. Choose to read only the first if the file is two exports joined."
    }`,
};

export function warningText(w: SieWarning, locale: Locale = "sv"): string {
  const t = (locale === "en" ? en : sv)[w.kind] as (w: SieWarning) => string;
  return t(w);
}
