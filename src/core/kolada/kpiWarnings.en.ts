/** What a pin check found, in English, typed by the Swedish reference (kpiWarnings.sv.ts). */
import type { KpiWarningText } from "./kpiWarnings.sv";

export const en: KpiWarningText = {
  removed: (w, kept) => `KPI ${w.id} (”${w.expected}”) is no longer in Kolada.${kept ? " The last fetched values are kept." : ""}`,
  renamed: (w) =>
    `KPI ${w.id} has a new title: expected ”${w.expected}”, Kolada now says ”${w.actual}”. Check that the measure still means the same.`,
  notRegional: (w) => `KPI ${w.id} (”${w.title}”) does not apply to regions in Kolada.`,
  unlisted: (id) => `KPI ${id} is not in Kolada.`,
};
