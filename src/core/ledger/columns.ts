/**
 * The grant ledger's columns, declared once: their names, what they hold and how they are formatted. GRANT_TRACE
 * reads them (core/grants/grantTrace.ts), the Bidragshuvudbok and SIE-huvudbok plans write them
 * (core/workbook/grantLedgerPlan.ts, sieLedgerPlan.ts), the SIE import merges into them (core/sie/ledgerMerge.ts)
 * and the pane names them. This module sits at the level of dataset/: it imports nothing, so every concern above
 * it can use it.
 *
 * A new column (Kostnadsslag, Insatsområde, År, Budget …) is one more row here, with the ledgers it belongs to.
 */

/** What a column holds: text the user types, a code from the accounts, an amount, a count or a date. */
export type LedgerColumnKind = "text" | "code" | "amount" | "count" | "date";

/** A key of FORMATS in core/workbook/plan.ts (kept as a key so this module stays below workbook/). */
export type LedgerFormat = "text" | "mnkr" | "kr" | "general";

/** Where GRANT_TRACE reads a column: its role in the chain Mål → Aktivitet → Resursanvändning → Resultat. */
export type TraceRole = "goal" | "activity" | "item" | "amount" | "indicator" | "outcome";

/**
 * Every ledger column, in the order the ledgers show them. `in`: "chain" columns stand in both ledgers,
 * "grant" only in the Bidragshuvudbok (amounts in mnkr), "sie" only in the SIE-huvudbok (kronor and provenance),
 * "followup" the columns the follow-up model reads and adds (issue 21).
 */
export const LEDGER_COLUMNS = [
  { name: "Mål", kind: "text", format: "text", in: "chain", trace: "goal" },
  { name: "Aktivitet", kind: "text", format: "text", in: "chain", trace: "activity" },
  { name: "Kostnadspost", kind: "text", format: "text", in: "chain", trace: "item" },
  { name: "Belopp (mnkr)", kind: "amount", format: "mnkr", in: "grant", trace: "amount" },
  { name: "Belopp (kr)", kind: "amount", format: "kr", in: "sie", trace: "amount" },
  { name: "Budget (kr)", kind: "amount", format: "kr", in: "sie" },
  { name: "Resultatindikator", kind: "text", format: "text", in: "chain", trace: "indicator" },
  { name: "Utfall", kind: "text", format: "text", in: "chain", trace: "outcome" },
  { name: "År", kind: "code", format: "text", in: "sie" },
  { name: "Projekt", kind: "code", format: "text", in: "sie" },
  { name: "Projektnamn", kind: "text", format: "text", in: "sie" },
  { name: "Aktivitetsobjekt", kind: "code", format: "text", in: "sie" },
  { name: "Konto", kind: "code", format: "text", in: "sie" },
  { name: "Verifikationer", kind: "count", format: "general", in: "sie" },
  { name: "Fil", kind: "text", format: "text", in: "sie" },
  { name: "Exportdatum", kind: "date", format: "text", in: "sie" },
  // The follow-up (issue 21): columns the model reads and the report's formulas fill, not written by an import.
  { name: "Kostnadsslag", kind: "text", format: "text", in: "followup" },
  { name: "Insatsområde", kind: "text", format: "text", in: "followup" },
] as const satisfies readonly {
  name: string;
  kind: LedgerColumnKind;
  format: LedgerFormat;
  in: "chain" | "grant" | "sie" | "followup";
  trace?: TraceRole;
}[];

export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];
type ColumnIn<L extends "grant" | "sie"> = Extract<LedgerColumn, { in: "chain" | L }>;
export type GrantLedgerColumn = ColumnIn<"grant">["name"];
export type SieLedgerColumn = ColumnIn<"sie">["name"];

function columnsOf<L extends "grant" | "sie">(ledger: L): readonly ColumnIn<L>[] {
  return LEDGER_COLUMNS.filter((c): c is ColumnIn<L> => c.in === "chain" || c.in === ledger);
}

/** The Bidragshuvudbok's columns: GRANT_TRACE's six, amounts in mnkr. */
export const GRANT_LEDGER_COLUMNS = columnsOf("grant");
/** The SIE-huvudbok's columns: GRANT_TRACE's six with amounts in kronor, then the provenance. */
export const SIE_LEDGER_COLUMNS = columnsOf("sie");
/** The column names alone, in order. */
export const GRANT_LEDGER_HEADER: readonly GrantLedgerColumn[] = GRANT_LEDGER_COLUMNS.map((c) => c.name);
export const SIE_LEDGER_HEADER: readonly SieLedgerColumn[] = SIE_LEDGER_COLUMNS.map((c) => c.name);

/** The columns the follow-up adds to a ledger (Kostnadsslag, Insatsområde as formulas); År is the SIE ledger's own. */
export const FOLLOWUP_LEDGER_COLUMNS = LEDGER_COLUMNS.filter((c) => c.in === "followup");
export type FollowupLedgerColumn = (typeof FOLLOWUP_LEDGER_COLUMNS)[number]["name"];

/** The name a message uses for a chain role: the Bidragshuvudbok's column ("Belopp (mnkr)", not "Belopp (kr)"). */
export function traceLabel(role: TraceRole): GrantLedgerColumn {
  return GRANT_LEDGER_COLUMNS.find((c) => c.trace === role)!.name;
}

/** Every column name that plays `role` in some ledger ("Belopp" and "Belopp (kr)" for amount). */
export function traceNames(role: TraceRole): readonly string[] {
  return LEDGER_COLUMNS.filter((c) => "trace" in c && c.trace === role).map((c) => c.name);
}
