/**
 * Follows grant money through the chain Mål → Aktivitet → Resursanvändning → Resultat, either from the
 * reports' accounting examples or from a controller's own ledger. Both produce the same table shape.
 */
import { shortCitation } from "../dataset/sources";
import { DomainError, fail } from "../util/errors";
import type { Catalog } from "../dataset/lookup";
import { fold, formatNumber } from "../util/text";
import type { Activity, GrantAccount, Observation, Source } from "../dataset/types";

export type Cell = string | number;

export const TRACE_HEADER = ["Steg", "Post", "Belopp (mnkr)", "Andel av mottaget", "Aktiviteter", "Resultat", "Källa"] as const;

export interface TraceResult {
  rows: Cell[][];
  received?: number;
  traced: number;
  untraced?: number;
  /** Share of the money linked to an activity and a measurable result (ledger mode). */
  traceability?: number;
}

function cite(s: Source): string {
  return shortCitation(s, "avsnitt ");
}

/** The first stated amount, with any differing statements named, never silently dropped. */
function stated(cat: Catalog, ids: string[]): { value?: number; source: string } {
  const obs = ids.map((id) => cat.observation(id)).filter((o): o is Observation => o?.value !== undefined);
  if (obs.length === 0) return { source: "belopp anges inte i rapporten" };
  const [first, ...rest] = obs;
  const differing = rest.filter((o) => o.value !== first.value);
  const note = differing.length
    ? `; avviker: ${differing.map((o) => `${o.qualifier ? o.qualifier + " " : ""}${formatNumber(o.value!)} (${cite(o.source)})`).join(", ")}`
    : "";
  return { value: first.value, source: cite(first.source) + note };
}

const activityText = (a: Activity[]) => a.map((x) => x.text).join("; ");

export function referenceTrace(cat: Catalog, region: string, year: number): TraceResult {
  const ent = cat.entity(region);
  const acc: GrantAccount | undefined = cat.data.grantAccounts.find((a) => a.entity === ent.id && a.year === year);
  if (!acc) {
    const available = cat.data.grantAccounts.map((a) => `${cat.entity(a.entity).name} ${a.year}`).join(", ");
    return fail("noValueForPeriod", { what: `bidragsredovisning – ${ent.name}`, year: String(year), available });
  }
  const received = stated(cat, acc.received);
  const share = (v: number | undefined): Cell => (v !== undefined && received.value ? v / received.value : "");
  const rows: Cell[][] = [[...TRACE_HEADER]];
  rows.push(["Mål", acc.goal, "", "", "", "", ""]);
  rows.push(["Mottaget", `Statsbidrag ${acc.year}`, received.value ?? "ej angivet", received.value ? 1 : "", "", "", received.source]);
  let traced = 0;
  for (const c of acc.categories) {
    const amt = stated(cat, c.amounts);
    if (amt.value !== undefined) traced += amt.value;
    rows.push([
      "Resursanvändning",
      c.name,
      amt.value ?? "ej angivet",
      share(amt.value),
      activityText(c.activities) || "ingen aktivitet kopplad",
      c.result ?? "ej redovisat",
      amt.source,
    ]);
  }
  for (const a of acc.unlinkedActivities) {
    rows.push(["Aktivitet utan belopp", "", "", "", a.text, a.result ?? "ej redovisat", cite(a.source)]);
  }
  const untraced = received.value !== undefined ? received.value - traced : undefined;
  rows.push(["Ej spårbart", "Mottaget minus poster med belopp", untraced ?? "ej beräkningsbart", share(untraced), "", "", acc.traceNote]);
  return { rows, received: received.value, traced, untraced };
}

/** Ledger columns: Swedish headers, tolerant of order, case and diacritics; English accepted too. */
export const LEDGER_COLUMNS = {
  goal: ["mal", "goal"],
  activity: ["aktivitet", "activity"],
  item: ["kostnadspost", "post", "cost item", "kategori"],
  amount: ["belopp", "amount", "belopp (mnkr)", "belopp mnkr", "belopp (kr)", "belopp kr", "belopp (tkr)", "belopp tkr"],
  indicator: ["resultatindikator", "result indicator", "indikator"],
  outcome: ["utfall", "outcome", "resultat"],
} as const;
type Col = keyof typeof LEDGER_COLUMNS;
const REQUIRED: Col[] = ["item", "amount"];
const COLUMN_LABEL: Record<Col, string> = {
  goal: "Mål",
  activity: "Aktivitet",
  item: "Kostnadspost",
  amount: "Belopp",
  indicator: "Resultatindikator",
  outcome: "Utfall",
};

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** Parses "1 234,5" or 1234.5; null for anything else. */
export function parseAmount(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  const s = v
    .replace(/[\s\u00a0]/g, "")
    .replace("−", "-")
    .replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

export function ledgerTrace(table: unknown[][], receivedArg?: number): TraceResult {
  if (table.length === 0) fail("ledgerEmpty", {});
  const header = table[0].map((h) => (typeof h === "string" ? fold(h) : ""));
  const idx = {} as Record<Col, number>;
  for (const col of Object.keys(LEDGER_COLUMNS) as Col[]) {
    idx[col] = header.findIndex((h) => (LEDGER_COLUMNS[col] as readonly string[]).includes(h));
  }
  const missing = REQUIRED.filter((c) => idx[c] < 0);
  if (missing.length) fail("ledgerColumns", { missing: missing.map((c) => COLUMN_LABEL[c]).join(", ") });
  if (receivedArg !== undefined && receivedArg < 0) fail("argNegative", { arg: "mottaget" });

  const text = (row: unknown[], c: Col) => (idx[c] >= 0 && !isBlank(row[idx[c]]) ? String(row[idx[c]]).trim() : "");
  interface Agg {
    amount: number;
    goals: Set<string>;
    activities: Set<string>;
    results: Set<string>;
  }
  const items = new Map<string, Agg>();
  let total = 0;
  let linked = 0;
  let rowsWithAmount = 0;
  for (let r = 1; r < table.length; r++) {
    const row = table[r];
    const raw = row[idx.amount];
    if (isBlank(raw)) continue;
    const amount = parseAmount(raw);
    if (amount === null) {
      throw new DomainError("argType", { arg: `Belopp på rad ${r + 1}`, expected: "ett tal" });
    }
    rowsWithAmount++;
    total += amount;
    const item = text(row, "item") || "(utan kostnadspost)";
    let agg = items.get(item);
    if (!agg) items.set(item, (agg = { amount: 0, goals: new Set(), activities: new Set(), results: new Set() }));
    agg.amount += amount;
    const goal = text(row, "goal");
    const activity = text(row, "activity");
    const indicator = text(row, "indicator");
    const outcome = text(row, "outcome");
    if (goal) agg.goals.add(goal);
    if (activity) agg.activities.add(activity);
    if (indicator) agg.results.add(outcome ? `${indicator}: ${outcome}` : `${indicator}: utfall saknas`);
    if (activity && indicator && outcome) linked += amount;
  }
  if (rowsWithAmount === 0) fail("ledgerEmpty", {});
  const received = receivedArg ?? total;
  const share = (v: number): Cell => (received !== 0 ? v / received : "");
  // The amount column's unit, when its header states one ("Belopp (kr)" from a SIE import); mnkr otherwise.
  const unit = /\btkr\b/.test(header[idx.amount]) ? "tkr" : /\bkr\b/.test(header[idx.amount]) ? "kr" : "mnkr";
  const rows: Cell[][] = [TRACE_HEADER.map((h) => (h === "Belopp (mnkr)" ? `Belopp (${unit})` : h))];
  const goals = new Set([...items.values()].flatMap((a) => [...a.goals]));
  rows.push(["Mål", [...goals].join("; ") || "inget mål angivet", "", "", "", "", ""]);
  rows.push([
    "Mottaget",
    receivedArg !== undefined ? "Angivet mottaget belopp" : "Summa i huvudboken (mottaget ej angivet)",
    received,
    received !== 0 ? 1 : "",
    "",
    "",
    receivedArg !== undefined ? "argumentet mottaget" : "huvudboken",
  ]);
  const sorted = [...items.entries()].sort((a, b) => b[1].amount - a[1].amount);
  for (const [item, a] of sorted) {
    rows.push([
      "Resursanvändning",
      item,
      a.amount,
      share(a.amount),
      [...a.activities].join("; ") || "ingen aktivitet kopplad",
      [...a.results].join("; ") || "ej redovisat",
      "huvudboken",
    ]);
  }
  const untraced = received - total;
  rows.push([
    "Ej spårbart",
    "Mottaget minus bokförda poster",
    untraced,
    share(untraced),
    "",
    "",
    receivedArg !== undefined ? "" : "mottaget ej angivet",
  ]);
  const traceability = received !== 0 ? linked / received : 0;
  rows.push(["Spårbarhet", "Kopplat till aktivitet och mätbart resultat", linked, traceability, "", "", "huvudboken"]);
  return { rows, received, traced: total, untraced, traceability };
}
