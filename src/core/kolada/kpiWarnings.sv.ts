/** What a pin check found, in Swedish: the reference. A missing kind is a compile error. */
import type { KpiWarning } from "./catalogue";

export interface KpiWarningText {
  /** `kept`: earlier values of the KPI are loaded and stay (only then does the text say so). */
  removed: (w: Extract<KpiWarning, { kind: "removed" }>, kept: boolean) => string;
  renamed: (w: Extract<KpiWarning, { kind: "renamed" }>) => string;
  notRegional: (w: Extract<KpiWarning, { kind: "notRegional" }>) => string;
  /** A KPI id Kolada does not list at all. */
  unlisted: (id: string) => string;
}

export const sv: KpiWarningText = {
  removed: (w, kept) => `KPI ${w.id} (”${w.expected}”) finns inte längre i Kolada.${kept ? " Senast hämtade värden behålls." : ""}`,
  renamed: (w) =>
    `KPI ${w.id} har bytt titel: väntad ”${w.expected}”, Kolada anger nu ”${w.actual}”. Kontrollera att måttet fortfarande betyder samma sak.`,
  notRegional: (w) => `KPI ${w.id} (”${w.title}”) gäller inte regioner i Kolada.`,
  unlisted: (id) => `KPI ${id} finns inte i Kolada.`,
};
