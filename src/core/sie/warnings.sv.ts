/** The SIE reader's warnings in Swedish: the reference. A missing kind is a compile error. */
import type { SieWarning } from "./types";

export type SieWarningText = { [K in SieWarning["kind"]]: (w: Extract<SieWarning, { kind: K }>) => string };

const rader = (n: number) => (n === 1 ? "1 rad" : `${n} rader`);

export const sv: SieWarningText = {
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
