import type { Source } from "./types";

/** "Ramboll 2025, 2.3, Tabell 1": the short citation used in tables, traces and audit findings. */
export function shortCitation(s: Pick<Source, "report" | "section"> & { label?: string | null }, sectionPrefix = ""): string {
  return `${s.report === "ramboll-2025" ? "Ramboll 2025" : "Region Västmanland 2025"}, ${sectionPrefix}${s.section}${s.label ? `, ${s.label}` : ""}`;
}
