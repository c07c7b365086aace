/** The SIE reader's warnings in English, typed by the Swedish reference (warnings.sv.ts). */
import type { SieWarningText } from "./warnings.sv";

const lines = (n: number) => (n === 1 ? "1 line" : `${n} lines`);

export const en: SieWarningText = {
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
