/** The reader's warnings as text in the pane's language: warnings.sv.ts (the reference) and warnings.en.ts. */
import type { Locale } from "../i18n";
import type { SieWarning } from "./types";
import { en } from "./warnings.en";
import { sv } from "./warnings.sv";

export function warningText(w: SieWarning, locale: Locale = "sv"): string {
  const t = (locale === "en" ? en : sv)[w.kind] as (w: SieWarning) => string;
  return t(w);
}
