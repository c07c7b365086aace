/** What a pin check found, in the pane's language: kpiWarnings.sv.ts (the reference) and kpiWarnings.en.ts. */
import type { Locale } from "../i18n";
import type { KpiWarning } from "./catalogue";
import { en } from "./kpiWarnings.en";
import { sv } from "./kpiWarnings.sv";

/** `kept`: earlier values of the KPI are loaded and stay (only then does the text say so). */
export function warningText(w: KpiWarning, locale: Locale = "sv", kept = false): string {
  const t = locale === "en" ? en : sv;
  switch (w.kind) {
    case "removed":
      return t.removed(w, kept);
    case "renamed":
      return t.renamed(w);
    case "notRegional":
      return t.notRegional(w);
  }
}

/** A KPI id Kolada does not list at all. */
export function unlistedText(id: string, locale: Locale = "sv"): string {
  return (locale === "en" ? en : sv).unlisted(id);
}
