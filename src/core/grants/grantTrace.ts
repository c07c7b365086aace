/**
 * Follows grant money through the chain Mål → Aktivitet → Resursanvändning → Resultat, either from the
 * reports' accounting examples or from a controller's own ledger. Both produce the same table shape.
 */
import { shortCitation } from "../dataset/sources";
import { RELATION_LABEL, relate, type Statement } from "../dataset/compare";
import { DomainError, fail } from "../util/errors";
import type { Catalog } from "../dataset/lookup";
import { DecimalSum, subtract } from "../util/decimal";
import { formatNumber, joinCapped, parseAmount } from "../util/text";
import { forEachLedgerRow, isBlank, ledgerTable, type LedgerTable } from "./ledgerRows";
import { basicValue } from "../util/cells";
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
type TraceTable = LedgerTable<(typeof TRACE_COLUMNS)[number] | "amount">;

/** The chain's columns only: År and Budget (kr) select and compare rows, the sums read these. */
function traceColumns(idx: TraceTable["idx"]): TraceTable["idx"] {
  const { goal, activity, item, indicator, outcome, amount } = idx;
  return { goal, activity, item, indicator, outcome, amount };
}

interface Agg {
  /** The cost item's id in its column's Texts. */
  item: number;
  /** Rows linked to an activity and a measurable result, and the others: one exact sum per row, merged at the end. */
  linked: DecimalSum;
  other: DecimalSum;
  /** Ids of the texts (see Texts), in order of first appearance. */
  activities: IdSet;
  results: IdSet;
}

/** Small ids in order of first appearance; a row adds one with an array read (no hashing, as a Set would). */
class IdSet {
  readonly ids: number[] = [];
  private seen = new Uint8Array(64);

  add(id: number): void {
    if (id < this.seen.length) {
      if (this.seen[id] === 1) return;
    } else {
      const more = new Uint8Array(Math.max(id + 1, this.seen.length * 2));
      more.set(this.seen);
      this.seen = more;
    }
    this.seen[id] = 1;
    this.ids.push(id);
  }
}

/**
 * One column's texts as small ids. A ledger of a million rows repeats a few hundred goals and activities, so
 * each cell costs one map lookup on the text as Excel passed it; trimming and the id are computed once per
 * distinct text, and the aggregates hold integers, not strings. A row repeating the cell above costs a
 * comparison.
 */
class Texts {
  readonly names: string[] = [];
  private readonly byName = new Map<string, number>();
  private readonly byRaw = new Map<unknown, number>();
  private last: unknown = undefined;
  private lastId = -1;

  /** The id of the cell's trimmed text; -1 for a blank cell. */
  id(cell: unknown): number {
    const v = cell !== null && typeof cell === "object" ? basicValue(cell) : cell;
    if (v === this.last) return this.lastId;
    let id = this.byRaw.get(v);
    if (id === undefined) {
      const t = typeof v === "string" ? v.trim() : v === null || v === undefined ? "" : String(v);
      id = t === "" ? -1 : this.intern(t);
      this.byRaw.set(v, id);
    }
    this.last = v;
    this.lastId = id;
    return id;
  }

  intern(t: string): number {
    let id = this.byName.get(t);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(t);
      this.byName.set(t, id);
    }
    return id;
  }
}

/** Which unit the amounts were read in, and from which column: the header names it, or (old ledgers) mnkr is assumed. */
function unitNote(column: string, unit: string): string {
  return /\b(t?kr|mnkr)\b/i.test(column)
    ? `belopp i ${unit} enligt kolumnen ${column}`
    : `kolumnen ${column} anger ingen enhet: beloppen läses som ${unit}`;
}

interface ItemSum {
  item: string;
  amount: number;
  activities: string[];
  results: string[];
}

interface LedgerSums {
  /** Cost items in order of first appearance. */
  items: ItemSum[];
  /** Goals in order of first appearance on a row with an amount. */
  goals: string[];
  booked: number;
  linked: number;
  /** Projects named in a Projekt column (a SIE ledger written with several): the trace sums them, and says so. */
  projects: string[];
}

/** One column per role, as ids: "indikator: utfall" texts are built once per distinct pair. */
class LedgerTexts {
  readonly goal = new Texts();
  readonly activity = new Texts();
  readonly item = new Texts();
  readonly indicator = new Texts();
  readonly outcome = new Texts();
  readonly result = new Texts();
  private readonly resultOf: number[][] = [];

  resultId(indicator: number, outcome: number): number {
    const byOutcome = (this.resultOf[indicator] ??= []);
    let id = byOutcome[outcome + 1];
    if (id === undefined) {
      const name = this.indicator.names[indicator];
      id = byOutcome[outcome + 1] = this.result.intern(outcome >= 0 ? `${name}: ${this.outcome.names[outcome]}` : `${name}: utfall saknas`);
    }
    return id;
  }
}

/**
 * The ledger's rows summed per cost item, exactly; an error value or an unreadable amount stops it, naming its
 * row. Per row: a few id lookups and one exact addition (bench/ledger.js: a million varied rows).
 */
function sumLedger(table: unknown[][], cols: TraceTable, iProject: number): LedgerSums {
  const { goal: iGoal, activity: iActivity, item: iItem, indicator: iIndicator, outcome: iOutcome } = cols.idx;
  const t = new LedgerTexts();
  const projects = new Texts();
  const aggs: Agg[] = [];
  const aggOf: number[] = [];
  forEachLedgerRow(table, cols, (row, amount) => {
    const itemId = iItem < 0 ? -1 : t.item.id(row[iItem]);
    const at = itemId < 0 ? t.item.intern("(utan kostnadspost)") : itemId;
    let agg = aggs[aggOf[at] ?? -1];
    if (!agg) {
      aggOf[at] = aggs.length;
      aggs.push((agg = { item: at, linked: new DecimalSum(), other: new DecimalSum(), activities: new IdSet(), results: new IdSet() }));
    }
    if (iGoal >= 0) t.goal.id(row[iGoal]);
    if (iProject >= 0) projects.id(row[iProject]);
    const activity = iActivity < 0 ? -1 : t.activity.id(row[iActivity]);
    const indicator = iIndicator < 0 ? -1 : t.indicator.id(row[iIndicator]);
    // The outcome counts only beside an indicator (a result, a link): a row without one skips its lookup.
    const outcome = iOutcome < 0 || indicator < 0 ? -1 : t.outcome.id(row[iOutcome]);
    if (activity >= 0) agg.activities.add(activity);
    if (indicator >= 0) agg.results.add(t.resultId(indicator, outcome));
    (activity >= 0 && indicator >= 0 && outcome >= 0 ? agg.linked : agg.other).add(amount);
  });
  return { ...totals(aggs, t), projects: projects.names };
}

/** Per item and in all: the exact sums merged, the ids back to texts. */
function totals(aggs: Agg[], t: LedgerTexts): Omit<LedgerSums, "projects"> {
  const names = (set: IdSet, texts: Texts) => set.ids.map((id) => texts.names[id]);
  const total = new DecimalSum();
  const linked = new DecimalSum();
  const items = aggs.map((agg) => {
    linked.addSum(agg.linked);
    const amount = new DecimalSum().addSum(agg.linked).addSum(agg.other);
    total.addSum(amount);
    return {
      item: t.item.names[agg.item],
      amount: amount.value(),
      activities: names(agg.activities, t.activity),
      results: names(agg.results, t.result),
    };
  });
  return { items, goals: t.goal.names, booked: total.value(), linked: linked.value() };
}

/** One Resursanvändning row per cost item, largest first (equal amounts in order of appearance); the Källa column says why a share is odd. */
function itemRows(items: ItemSum[], received: number, share: (v: number) => Cell): Cell[][] {
  const sums = [...items].sort((x, y) => y.amount - x.amount);
  return sums.map(({ item, amount, activities, results }) => {
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
      joinCapped(activities) || "ingen aktivitet kopplad",
      joinCapped(results) || "ej redovisat",
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

/** A SIE ledger of several years (År) traced for one: the header and that year's rows; no such year stops it. */
function rowsOfYear(table: unknown[][], iYear: number, year: number): unknown[][] {
  if (iYear < 0) fail("argType", { arg: "år", expected: "tomt, eller en huvudbok med kolumnen År (SIE-import)" });
  const yearOf = (row: unknown[]) =>
    String(basicValue(row[iYear]) ?? "")
      .trim()
      .split("/")[0];
  const rows = table.slice(1).filter((row) => yearOf(row) === String(year));
  if (rows.length === 0) {
    const years = [...new Set(table.slice(1).map(yearOf).filter(Boolean))].sort();
    fail("noValueForPeriod", { what: "huvudboken", year: String(year), available: years.join(", ") || "inga år" });
  }
  return [table[0], ...rows];
}

/**
 * The Budget row of a SIE ledger (a Budget (kr) column): the budget of the rows that have one against their
 * booked amount, or that there is none. Null for a ledger without the column.
 */
function budgetRow(table: unknown[][], iBudget: number, iAmount: number, share: (v: number) => Cell): Cell[] | null {
  if (iBudget < 0) return null;
  const budget = new DecimalSum();
  const actual = new DecimalSum();
  let n = 0;
  for (const row of table.slice(1)) {
    const [cb, ca] = [basicValue(row[iBudget]), basicValue(row[iAmount])];
    const b = isBlank(cb) ? null : parseAmount(cb);
    const a = isBlank(ca) ? null : parseAmount(ca);
    if (b === null || a === null) continue;
    budget.add(b);
    actual.add(a);
    n++;
  }
  if (n === 0) return ["Budget", "Ingen budget i huvudboken (Budget (kr) är tom)", "", "", "", "", "huvudboken"];
  const [planned, booked] = [budget.value(), actual.value()];
  return [
    "Budget",
    `Budget för ${n === 1 ? "1 rad" : `${n} rader`}; utfall ${formatNumber(booked)}`,
    planned,
    share(planned),
    "",
    "",
    planned === 0
      ? "huvudboken (Budget (kr))"
      : `huvudboken (Budget (kr)); utfall ${formatNumber(Math.round((booked / planned) * 1000) / 10)} % av budget`,
  ];
}

/**
 * A controller's ledger, one row per booking. Amounts are summed exactly (as decimals). A negative row is a
 * correction: it is netted against its cost item, and counts as linked when its row names an activity, a
 * result indicator and an outcome. Shares are of the amount received (or of the ledger's sum when none is
 * given); where one exceeds 100 % or turns negative, the Källa column says why. An error value in any ledger
 * column stops the trace with its row named, so it is never counted as a link. With `year`, a SIE ledger's rows of
 * that year (År) only; a SIE ledger's Budget (kr) shows as budget against actual.
 */
export function ledgerTrace(table: unknown[][], receivedArg?: number, year?: number): TraceResult {
  const found = ledgerTable(table, [...TRACE_COLUMNS, "year", "budget", "project"], ["item"]);
  if (year !== undefined) table = rowsOfYear(table, found.idx.year, year);
  const cols: TraceTable = { ...found, idx: traceColumns(found.idx) };
  if (receivedArg !== undefined && receivedArg < 0) fail("argNegative", { arg: "mottaget" });
  const { items, goals, booked, linked, projects } = sumLedger(table, cols, found.idx.project);

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
  const unit = cols.unit;
  const rows: Cell[][] = [TRACE_HEADER.map((h) => (h === "Belopp (mnkr)" ? `Belopp (${unit})` : h))];
  const together =
    projects.length > 1
      ? `alla ${projects.length} projekt tillsammans (${joinCapped(projects)}); välj ett projekt i panelens SIE-flik för att följa ett`
      : "";
  rows.push(["Mål", joinCapped(goals) || "inget mål angivet", "", "", "", "", together]);
  rows.push([
    "Mottaget",
    given ? "Angivet mottaget belopp" : "Summa i huvudboken (mottaget ej angivet)",
    received,
    noShare ?? 1,
    "",
    "",
    `${given ? "argumentet mottaget" : "huvudboken"}; ${unitNote(String(basicValue(table[0][cols.idx.amount])).trim(), unit)}`,
  ]);
  const budget = budgetRow(table, found.idx.budget, cols.idx.amount, share);
  if (budget) rows.push(budget);
  for (const row of itemRows(items, received, share)) rows.push(row); // one per item: 200 000 would overflow push(...)
  const untraced = subtract(received, booked);
  const untracedNote = untraced < 0 ? `bokfört överstiger mottaget med ${formatNumber(-untraced)}` : given ? "" : "mottaget ej angivet";
  rows.push(["Ej spårbart", "Mottaget minus bokförda poster", untraced, share(untraced), "", "", untracedNote]);
  const trace = traceabilityOf(linked, received, noShare, share);
  rows.push(trace.row);
  return { rows, received, traced: booked, untraced, traceability: trace.traceability };
}
