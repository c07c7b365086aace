/** Formulas as the user's Excel shows them: Swedish names with ";" and decimal comma, or English ids with "," and ".". */
import { toApiFormula } from "../dataset/catalogFilter";

export type FormulaStyle = "sv" | "en";
export type CallArg = string | number | boolean | null;

/** `names` maps each function id (PRIMARVARD_ANDEL) to its Swedish name (PRIMÄRVÅRD_ANDEL). */
export function localFormula(swedishStyle: string, style: FormulaStyle, names: Record<string, string>): string {
  if (style === "en") return toApiFormula(swedishStyle);
  return swedishStyle.replace(/\bPV\.([A-Z_]+)\(/g, (m, id: string) => (names[id] ? `PV.${names[id]}(` : m));
}

function argText(a: CallArg, style: FormulaStyle): string {
  if (a === null) return "";
  if (typeof a === "string") return `"${a.replace(/"/g, '""')}"`;
  if (typeof a === "boolean") return style === "sv" ? (a ? "SANT" : "FALSKT") : a ? "TRUE" : "FALSE";
  return style === "sv" ? String(a).replace(".", ",") : String(a);
}

/** `=PV.INDIKATOR("sjukfranvaro"; "Närvården"; 2024)`; trailing empty arguments are left out. */
export function formatCall(name: string, args: CallArg[], style: FormulaStyle): string {
  const list = [...args];
  while (list.length && list[list.length - 1] === null) list.pop();
  return `=PV.${name}(${list.map((a) => argText(a, style)).join(style === "sv" ? "; " : ", ")})`;
}
