/**
 * The follow-up data in src/data/followup.json, typed: cost-type presets (BAS, Kommun-Bas, Region-Bas) with
 * their sources, insatsområden per agreement year, and the pinned Kolada result KPIs with their pin check.
 */
import data from "../../data/followup.json";
import { checkKpis, type KpiMeta } from "../kolada/catalogue";
import { fold } from "../util/text";
import {
  COST_TYPES,
  PRESET_IDS,
  type AreaList,
  type CostPreset,
  type CostRule,
  type PresetId,
  type ResultKpi,
  type StandardCostType,
} from "./types";

export const PRESETS: readonly CostPreset[] = data.presets as CostPreset[];
export const AREA_LISTS: readonly AreaList[] = data.areaLists as AreaList[];
export const RESULT_KPIS: readonly ResultKpi[] = data.resultKpis as ResultKpi[];

export function isPresetId(s: string): s is PresetId {
  return (PRESET_IDS as readonly string[]).includes(s);
}

export function presetById(id: PresetId): CostPreset {
  const p = PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(`preset ${id} saknas i followup.json`);
  return p;
}

/** A preset's rules as rows of the Kostnadsslag table (row numbers 1…n in preset order). */
export function presetRules(id: PresetId): CostRule[] {
  return presetById(id).rules.map((r, i) => ({ from: r.from, to: r.to, costType: r.costType, row: i + 1 }));
}

export function isStandardCostType(s: string): s is StandardCostType {
  return (COST_TYPES as readonly string[]).includes(s);
}

/** The national agreement's list for a year, then the case regions' own headings for that year. */
export function areaListsForYear(year: number): AreaList[] {
  return AREA_LISTS.filter((l) => l.year === year).sort((a, b) => Number(!!a.entity) - Number(!!b.entity));
}

export function areaListById(id: string): AreaList | undefined {
  return AREA_LISTS.find((l) => l.id === id);
}

export type ResultKpiWarning =
  | { kind: "removed"; id: string; expected: string }
  | { kind: "renamed"; id: string; expected: string; actual: string }
  | { kind: "notRegional"; id: string; title: string }
  /** The pin's title was not verified when the data was gathered: Kolada's title is shown for the user to confirm. */
  | { kind: "unconfirmed"; id: string; expected: string | null; actual: string };

/**
 * Compares fetched Kolada metadata with the pinned result KPIs, as the cost KPIs are checked: a removed or
 * renamed KPI warns. A pin whose title could not be verified (titleStatus "unverified") never claims a rename;
 * it reports Kolada's title as unconfirmed instead, once, so the user can see what the id measures.
 */
export function checkResultKpis(fetched: readonly KpiMeta[], pins: readonly ResultKpi[] = RESULT_KPIS): ResultKpiWarning[] {
  const got = new Map(fetched.map((m) => [m.id, m]));
  const out: ResultKpiWarning[] = [];
  const checked = pins.filter((p) => p.titleStatus !== "unverified" && p.title !== null);
  out.push(
    ...checkKpis(
      checked.map((p) => ({ id: p.id, title: p.title! })),
      fetched,
    ),
  );
  for (const p of pins.filter((x) => !checked.includes(x))) {
    const m = got.get(p.id);
    if (!m) out.push({ kind: "removed", id: p.id, expected: p.title ?? p.id });
    else if (p.title === null || fold(m.title) !== fold(p.title))
      out.push({ kind: "unconfirmed", id: p.id, expected: p.title, actual: m.title });
  }
  return out;
}

/** What a result-KPI pin check found, in Swedish or English. */
export function resultKpiWarningText(w: ResultKpiWarning, locale: "sv" | "en" = "sv"): string {
  if (w.kind === "unconfirmed")
    return locale === "en"
      ? `KPI ${w.id}: its title was not verified when the add-in was built${w.expected ? ` (expected ”${w.expected}”)` : ""}; Kolada calls it ”${w.actual}”. Check that it is the result you mean.`
      : `KPI ${w.id}: titeln kunde inte verifieras när tillägget byggdes${w.expected ? ` (väntad ”${w.expected}”)` : ""}; Kolada kallar den ”${w.actual}”. Kontrollera att det är resultatet du avser.`;
  if (locale === "en") {
    switch (w.kind) {
      case "removed":
        return `KPI ${w.id} (”${w.expected}”) is no longer in Kolada.`;
      case "renamed":
        return `KPI ${w.id} has a new title: expected ”${w.expected}”, Kolada now says ”${w.actual}”. Check that the measure still means the same.`;
      case "notRegional":
        return `KPI ${w.id} (”${w.title}”) does not apply to regions in Kolada.`;
    }
  }
  switch (w.kind) {
    case "removed":
      return `KPI ${w.id} (”${w.expected}”) finns inte längre i Kolada.`;
    case "renamed":
      return `KPI ${w.id} har bytt titel: väntad ”${w.expected}”, Kolada anger nu ”${w.actual}”. Kontrollera att måttet fortfarande betyder samma sak.`;
    case "notRegional":
      return `KPI ${w.id} (”${w.title}”) gäller inte regioner i Kolada.`;
  }
}
