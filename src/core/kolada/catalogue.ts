/**
 * The KPIs the add-in starts from, each pinned with the title it is expected to have. Kolada may revise or
 * remove a KPI without notice; checkKpis compares fetched metadata against the pins and says what changed.
 * Further KPIs are added by the user from a title search, never guessed.
 */
import { fold } from "../util/text";

export interface PinnedKpi {
  id: string;
  title: string;
  unit: string;
}

export const PINNED_KPIS = [
  { id: "N71000", title: "Kostnad primärvård (exkl. läkemedel), kr/inv", unit: "kr/inv" },
  { id: "N70061", title: "Nettokostnad hälso- och sjukvård totalt (inkl. läkemedel), kr/inv", unit: "kr/inv" },
  { id: "N72000", title: "Kostnad specialiserad somatisk vård (exkl. läkemedel), kr/inv", unit: "kr/inv" },
  { id: "N74000", title: "Kostnad specialiserad psykiatrisk vård (exkl. läkemedel), kr/inv", unit: "kr/inv" },
  { id: "N70059", title: "Nettokostnad läkemedel totalt (exkl. tandvård), kr/inv", unit: "kr/inv" },
] as const satisfies readonly PinnedKpi[];

export const PINNED_IDS: readonly string[] = PINNED_KPIS.map((k) => k.id);

const KPI_ID = /^[A-Z]\d{5}$/;

/** "n71000 " → "N71000"; undefined when the text is not shaped like a Kolada KPI id. */
export function kpiId(input: string): string | undefined {
  const s = input.trim().toUpperCase();
  return KPI_ID.test(s) ? s : undefined;
}

export function pinnedTitle(id: string): string | undefined {
  return PINNED_KPIS.find((k) => k.id === id)?.title;
}

export interface KpiMeta {
  id: string;
  title: string;
  description?: string;
  operatingArea?: string;
  municipalityType?: string;
}

export type KpiWarning =
  | { kind: "removed"; id: string; expected: string }
  | { kind: "renamed"; id: string; expected: string; actual: string }
  | { kind: "notRegional"; id: string; title: string };

/** Titles compare folded (case, diacritics, spacing); anything else is a change worth a warning. */
export function checkKpis(expected: readonly { id: string; title: string }[], fetched: readonly KpiMeta[]): KpiWarning[] {
  const got = new Map(fetched.map((m) => [m.id, m]));
  const out: KpiWarning[] = [];
  for (const e of expected) {
    const m = got.get(e.id);
    if (!m) out.push({ kind: "removed", id: e.id, expected: e.title });
    else if (fold(m.title) !== fold(e.title)) out.push({ kind: "renamed", id: e.id, expected: e.title, actual: m.title });
    else if (m.municipalityType && !/L|A/.test(m.municipalityType)) out.push({ kind: "notRegional", id: e.id, title: m.title });
  }
  return out;
}
