/** How both executors mark the add-in's own sheets, and how a sheet's name is read back from a defined name. */

/** The defined name that marks a sheet as the add-in's (its plan key), in Office.js and in the .xlsx. */
export const ownerName = (key: string) => `PV_Blad_${key}`;

/** "='Närvården (2)'!$A$1" → "Närvården (2)"; a name whose sheet was deleted (=#REF!) → null. */
export function sheetFromFormula(formula: string): string | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!]+))!/.exec(formula);
  if (!m || (m[2] ?? "").startsWith("#")) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}
