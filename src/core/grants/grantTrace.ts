/**
 * Follows grant money through the chain Mål → Aktivitet → Resursanvändning → Resultat, either from the
 * reports' accounting examples or from a controller's own ledger. Both produce the same table shape.
 */
import { shortCitation } from "../dataset/sources";
import { RELATION_LABEL, relate, type Statement } from "../dataset/compare";
import { DomainError, fail } from "../util/errors";
import type { Catalog } from "../dataset/lookup";
import { DecimalSum, MAX_AMOUNT, subtract } from "../util/decimal";
import { traceLabel, traceNames, type TraceRole } from "../ledger/columns";
import { fold, formatNumber, joinCapped, parseAmount } from "../util/text";
import type { Activity, GrantAccount, Observation, Source } from "../dataset/types";

export type Cell = string | number | DomainError;

export const TRACE_HEADER = ["Steg", "Post", "Belopp (mnkr)", "Andel av mottaget", "Aktiviteter", "Resultat", "Källa"] as const;

export interface TraceResult {
  rows: Cell[][];
  received?: number;
  traced: number;
  untraced?: number;
  /** Share of the money linked to an activity and a measurable result (ledger mode); an error when it is not a share. */
  traceability?: number | DomainError;
}

function cite(s: Source): string {
  return shortCitation(s, "avsnitt ");
}

const statementOf = (o: Observation): Statement => ({ value: o.value!, unit: o.unit, qualifier: o.qualifier });

/**
 * The first stated amount, with every other statement of it named and its relation said (förenlig, avrundad,
 * motstridig: the audit's rule), never silently dropped.
 */
function stated(cat: Catalog, ids: string[]): { value?: number; source: string } {
  const obs = ids.map((id) => cat.observation(id)).filter((o): o is Observation => o?.value !== undefined);
  if (obs.length === 0) return { source: "belopp anges inte i rapporten" };
  const [first, ...rest] = obs;
  const notes = rest
    .filter((o) => o.value !== first.value || o.qualifier !== first.qualifier)
    .map((o) => {
      const rel = relate(statementOf(first), statementOf(o));
      const label = rel === "incomparable" ? "Annan uppgift" : RELATION_LABEL[rel];
      return `; ${label.toLowerCase()}: ${o.qualifier ? o.qualifier + " " : ""}${formatNumber(o.value!)} (${cite(o.source)})`;
    });
  return { value: first.value, source: cite(first.source) + notes.join("") };
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
  const tracedSum = new DecimalSum();
  for (const c of acc.categories) {
    const amt = stated(cat, c.amounts);
    if (amt.value !== undefined) tracedSum.add(amt.value);
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
  const traced = tracedSum.value();
  const untraced = received.value !== undefined ? subtract(received.value, traced) : undefined;
  rows.push(["Ej spårbart", "Mottaget minus poster med belopp", untraced ?? "ej beräkningsbart", share(untraced), "", "", acc.traceNote]);
  return { rows, received: received.value, traced, untraced };
}

/** Headers GRANT_TRACE accepts for each role besides the ledgers' own (core/ledger/columns.ts), folded. */
const ALSO_ACCEPTED: Record<TraceRole, readonly string[]> = {
  goal: ["goal"],
  activity: ["activity"],
  item: ["post", "cost item", "kategori"],
  // "Belopp": the Bidragshuvudbok's header before it named its unit (workbooks made then), read as mnkr.
  amount: ["amount", "belopp", "belopp mnkr", "belopp kr", "belopp (tkr)", "belopp tkr"],
  indicator: ["result indicator", "indikator"],
  outcome: ["outcome", "resultat"],
};
type Col = TraceRole;
/** Tolerant of order, case and diacritics; English accepted too. */
const ACCEPTED = {} as Record<Col, readonly string[]>;
for (const c of Object.keys(ALSO_ACCEPTED) as Col[]) ACCEPTED[c] = [...traceNames(c).map((n) => fold(n)), ...ALSO_ACCEPTED[c]];
const REQUIRED: Col[] = ["item", "amount"];

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** The code of an error value Excel passes inside a range (#N/A …); null for ordinary cells. */
function errorValue(v: unknown): string | null {
  if (v === null || typeof v !== "object") return null;
  const code = (v as { code?: unknown }).code;
  return typeof code === "string" && /^#[A-Z0-9/!?]{1,12}$/.test(code) ? code : "(felvärde)";
}

interface Agg {
  amount: DecimalSum;
  goals: Set<string>;
  activities: Set<string>;
  results: Set<string>;
}

/** Which unit the amounts were read in, and from which column: the header names it, or (old ledgers) mnkr is assumed. */
function unitNote(column: string, unit: string): string {
  return /\b(t?kr|mnkr)\b/i.test(column)
    ? `belopp i ${unit} enligt kolumnen ${column}`
    : `kolumnen ${column} anger ingen enhet: beloppen läses som ${unit}`;
}

type ColumnIndex = Record<Col, number>;

/** Where each ledger column stands (-1 when absent); a missing required column stops the trace. */
function locateColumns(header: string[]): ColumnIndex {
  const idx = {} as ColumnIndex;
  for (const col of Object.keys(ACCEPTED) as Col[]) {
    idx[col] = header.findIndex((h) => ACCEPTED[col].includes(h));
  }
  const missing = REQUIRED.filter((c) => idx[c] < 0);
  if (missing.length) fail("ledgerColumns", { missing: missing.map((c) => traceLabel(c)).join(", ") });
  return idx;
}

interface LedgerSums {
  items: Map<string, Agg>;
  booked: number;
  linked: number;
  /** Projects named in a Projekt column (a SIE ledger written with several): the trace sums them, and says so. */
  projects: Set<string>;
}

/** The ledger's rows summed per cost item, exactly; an error value or an unreadable amount stops it, naming its row. */
function sumLedger(table: unknown[][], idx: ColumnIndex): LedgerSums {
  const used = (Object.keys(idx) as Col[]).filter((c) => idx[c] >= 0);
  const usedAt = used.map((c) => idx[c]);
  const { goal: iGoal, activity: iActivity, item: iItem, amount: iAmount, indicator: iIndicator, outcome: iOutcome } = idx;

  const text = (row: unknown[], i: number) => {
    if (i < 0) return "";
    const v = row[i];
    return typeof v === "string" ? v.trim() : v === null || v === undefined ? "" : String(v);
  };
  const iProject = table[0].findIndex((h) => typeof h === "string" && /^(projekt|project)$/i.test(h.trim()));
  const projects = new Set<string>();
  const items = new Map<string, Agg>();
  const total = new DecimalSum();
  const linked = new DecimalSum();
  let rowsWithAmount = 0;
  for (let r = 1; r < table.length; r++) {
    const row = table[r];
    for (let k = 0; k < usedAt.length; k++) {
      const v = row[usedAt[k]];
      if (v !== null && typeof v === "object") {
        fail("ledgerErrorValue", { row: String(r + 1), column: traceLabel(used[k]), value: errorValue(v)! });
      }
    }
    const raw = row[iAmount];
    if (isBlank(raw)) continue;
    const amount = parseAmount(raw);
    if (amount === null) fail("argType", { arg: `Belopp på rad ${r + 1}`, expected: "ett tal" });
    if (Math.abs(amount) > MAX_AMOUNT) fail("argRange", { arg: `Belopp på rad ${r + 1}`, min: "−10^15", max: "10^15" });
    rowsWithAmount++;
    total.add(amount);
    if (text(row, iProject)) projects.add(text(row, iProject));
    const item = text(row, iItem) || "(utan kostnadspost)";
    let agg = items.get(item);
    if (!agg) items.set(item, (agg = { amount: new DecimalSum(), goals: new Set(), activities: new Set(), results: new Set() }));
    agg.amount.add(amount);
    const goal = text(row, iGoal);
    const activity = text(row, iActivity);
    const indicator = text(row, iIndicator);
    const outcome = text(row, iOutcome);
    if (goal) agg.goals.add(goal);
    if (activity) agg.activities.add(activity);
    if (indicator) agg.results.add(outcome ? `${indicator}: ${outcome}` : `${indicator}: utfall saknas`);
    if (activity && indicator && outcome) linked.add(amount);
  }
  if (rowsWithAmount === 0) fail("ledgerEmpty", {});
  return { items, booked: total.value(), linked: linked.value(), projects };
}

/** One Resursanvändning row per cost item, largest first; the Källa column says why a share is odd. */
function itemRows(items: Map<string, Agg>, received: number, share: (v: number) => Cell): Cell[][] {
  const sums = Array.from(items, ([item, a]) => ({ item, a, amount: a.amount.value() })).sort((x, y) => y.amount - x.amount);
  return sums.map(({ item, a, amount }) => {
    const note =
      amount < 0
        ? "huvudboken; nettot är negativt: rättelserna överstiger det bokförda"
        : received > 0 && amount > received
          ? "huvudboken; posten är större än mottaget belopp"
          : "huvudboken";
    return [
      "Resursanvändning",
      item,
      amount,
      share(amount),
      joinCapped(a.activities) || "ingen aktivitet kopplad",
      joinCapped(a.results) || "ej redovisat",
      note,
    ];
  });
}

/** The Spårbarhet row and the share SPARBARHET answers (an error where it is no share). */
function traceabilityOf(linkedAmount: number, received: number, noShare: DomainError | null, share: (v: number) => Cell) {
  const amounts = { linked: formatNumber(linkedAmount), received: formatNumber(received) };
  const traceability: number | DomainError =
    noShare ??
    (linkedAmount < 0
      ? new DomainError("linkedNegative", amounts)
      : linkedAmount > received
        ? new DomainError("linkedAboveReceived", amounts)
        : linkedAmount / received);
  const traceNote =
    noShare === null && linkedAmount > received
      ? "huvudboken; över 100 %: kopplade belopp överstiger mottaget"
      : linkedAmount < 0
        ? "huvudboken; negativ: rättelser överstiger kopplade belopp"
        : "huvudboken";
  const row: Cell[] = ["Spårbarhet", "Kopplat till aktivitet och mätbart resultat", linkedAmount, share(linkedAmount), "", "", traceNote];
  return { traceability, row };
}

/**
 * A controller's ledger, one row per booking. Amounts are summed exactly (as decimals). A negative row is a
 * correction: it is netted against its cost item, and counts as linked when its row names an activity, a
 * result indicator and an outcome. Shares are of the amount received (or of the ledger's sum when none is
 * given); where one exceeds 100 % or turns negative, the Källa column says why. An error value in any ledger
 * column stops the trace with its row named, so it is never counted as a link.
 */
export function ledgerTrace(table: unknown[][], receivedArg?: number): TraceResult {
  if (table.length === 0) fail("ledgerEmpty", {});
  const header = table[0].map((h) => (typeof h === "string" ? fold(h) : ""));
  const idx = locateColumns(header);
  if (receivedArg !== undefined && receivedArg < 0) fail("argNegative", { arg: "mottaget" });
  const { items, booked, linked, projects } = sumLedger(table, idx);

  const received = receivedArg ?? booked;
  const given = receivedArg !== undefined;
  const noShare: DomainError | null =
    received === 0
      ? new DomainError("divZero", { arg: given ? "Mottaget belopp" : "Huvudbokens summa" })
      : received < 0
        ? new DomainError("receivedNegative", { amount: formatNumber(received) })
        : null;
  const share = (v: number): Cell => noShare ?? v / received;

  // The amount column's unit, when its header states one ("Belopp (kr)" from a SIE import); mnkr otherwise.
  const unit = /\btkr\b/.test(header[idx.amount]) ? "tkr" : /\bkr\b/.test(header[idx.amount]) ? "kr" : "mnkr";
  const rows: Cell[][] = [TRACE_HEADER.map((h) => (h === "Belopp (mnkr)" ? `Belopp (${unit})` : h))];
  const goals = new Set<string>();
  for (const a of items.values()) for (const g of a.goals) goals.add(g);
  const together =
    projects.size > 1
      ? `alla ${projects.size} projekt tillsammans (${joinCapped(projects)}); välj ett projekt i panelens SIE-flik för att följa ett`
      : "";
  rows.push(["Mål", joinCapped(goals) || "inget mål angivet", "", "", "", "", together]);
  rows.push([
    "Mottaget",
    given ? "Angivet mottaget belopp" : "Summa i huvudboken (mottaget ej angivet)",
    received,
    noShare ?? 1,
    "",
    "",
    `${given ? "argumentet mottaget" : "huvudboken"}; ${unitNote(String(table[0][idx.amount]).trim(), unit)}`,
  ]);
  for (const row of itemRows(items, received, share)) rows.push(row); // one per item: 200 000 would overflow push(...)
  const untraced = subtract(received, booked);
  const untracedNote = untraced < 0 ? `bokfört överstiger mottaget med ${formatNumber(-untraced)}` : given ? "" : "mottaget ej angivet";
  rows.push(["Ej spårbart", "Mottaget minus bokförda poster", untraced, share(untraced), "", "", untracedNote]);
  const trace = traceabilityOf(linked, received, noShare, share);
  rows.push(trace.row);
  return { rows, received, traced: booked, untraced, traceability: trace.traceability };
}
