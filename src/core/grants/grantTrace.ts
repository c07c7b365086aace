/**
 * Follows grant money through the chain Mål → Aktivitet → Resursanvändning → Resultat, either from the
 * reports' accounting examples or from a controller's own ledger. Both produce the same table shape.
 */
import { shortCitation } from "../dataset/sources";
import { RELATION_LABEL, relate, type Statement } from "../dataset/compare";
import { DomainError, fail } from "../util/errors";
import type { Catalog } from "../dataset/lookup";
import { DecimalSum, subtract } from "../util/decimal";
import { formatNumber, joinCapped } from "../util/text";
import { cellText, forEachLedgerRow, ledgerTable, type LedgerTable } from "./ledgerRows";
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

/** The ledger's columns GRANT_TRACE reads (read the same way as SPARBARHET and UPPFOLJNING: ./ledgerRows). */
const TRACE_COLUMNS = ["goal", "activity", "item", "indicator", "outcome"] as const;

interface Agg {
  amount: DecimalSum;
  goals: Set<string>;
  activities: Set<string>;
  results: Set<string>;
}

interface LedgerSums {
  items: Map<string, Agg>;
  booked: number;
  linked: number;
}

/** The ledger's rows summed per cost item, exactly; an error value or an unreadable amount stops it, naming its row. */
function sumLedger(table: unknown[][], t: LedgerTable<(typeof TRACE_COLUMNS)[number] | "amount">): LedgerSums {
  const { goal: iGoal, activity: iActivity, item: iItem, indicator: iIndicator, outcome: iOutcome } = t.idx;
  const items = new Map<string, Agg>();
  const total = new DecimalSum();
  const linked = new DecimalSum();
  forEachLedgerRow(table, t, (row, amount) => {
    total.add(amount);
    const item = cellText(row, iItem) || "(utan kostnadspost)";
    let agg = items.get(item);
    if (!agg) items.set(item, (agg = { amount: new DecimalSum(), goals: new Set(), activities: new Set(), results: new Set() }));
    agg.amount.add(amount);
    const goal = cellText(row, iGoal);
    const activity = cellText(row, iActivity);
    const indicator = cellText(row, iIndicator);
    const outcome = cellText(row, iOutcome);
    if (goal) agg.goals.add(goal);
    if (activity) agg.activities.add(activity);
    if (indicator) agg.results.add(outcome ? `${indicator}: ${outcome}` : `${indicator}: utfall saknas`);
    if (activity && indicator && outcome) linked.add(amount);
  });
  return { items, booked: total.value(), linked: linked.value() };
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
  const t = ledgerTable(table, TRACE_COLUMNS, ["item"]);
  if (receivedArg !== undefined && receivedArg < 0) fail("argNegative", { arg: "mottaget" });
  const { items, booked, linked } = sumLedger(table, t);

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
  const unit = t.unit;
  const rows: Cell[][] = [TRACE_HEADER.map((h) => (h === "Belopp (mnkr)" ? `Belopp (${unit})` : h))];
  const goals = new Set<string>();
  for (const a of items.values()) for (const g of a.goals) goals.add(g);
  rows.push(["Mål", joinCapped(goals) || "inget mål angivet", "", "", "", "", ""]);
  rows.push([
    "Mottaget",
    given ? "Angivet mottaget belopp" : "Summa i huvudboken (mottaget ej angivet)",
    received,
    noShare ?? 1,
    "",
    "",
    given ? "argumentet mottaget" : "huvudboken",
  ]);
  for (const row of itemRows(items, received, share)) rows.push(row); // one per item: 200 000 would overflow push(...)
  const untraced = subtract(received, booked);
  const untracedNote = untraced < 0 ? `bokfört överstiger mottaget med ${formatNumber(-untraced)}` : given ? "" : "mottaget ej angivet";
  rows.push(["Ej spårbart", "Mottaget minus bokförda poster", untraced, share(untraced), "", "", untracedNote]);
  const trace = traceabilityOf(linked, received, noShare, share);
  rows.push(trace.row);
  return { rows, received, traced: booked, untraced, traceability: trace.traceability };
}
