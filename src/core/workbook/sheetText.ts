/** Which language a plan writes its sheet text in, and how a re-run in another language still knows its own text. */
import { en } from "./sheets.en";
import { sv, type SheetText } from "./sheets.sv";
import type { SheetPlan } from "./plan";

export type SheetLanguage = "sv" | "en";
export const SHEET_LANGUAGES: SheetLanguage[] = ["sv", "en"];

export function sheetText(lang: SheetLanguage = "sv"): SheetText {
  return lang === "en" ? en : sv;
}

/** Title, subtitle, attribution and single cells of the same sheet in every language: the add-in's own text. */
export function ownTexts(plans: SheetPlan[]): string[] {
  return [...new Set(plans.flatMap((p) => [p.title, p.subtitle, p.attribution, ...(p.cells ?? []).map((c) => String(c.value))]))];
}

/** The plan in `lang`, knowing its text in every other language as its own (a re-run in the other language). */
export function inLanguage(build: (t: SheetText) => SheetPlan, lang: SheetLanguage = "sv"): SheetPlan {
  const plans = SHEET_LANGUAGES.map((l) => (l === lang ? null : build(sheetText(l))));
  const plan = build(sheetText(lang));
  return { ...plan, ownTexts: ownTexts([plan, ...plans.filter((p): p is SheetPlan => !!p)]) };
}
