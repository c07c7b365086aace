/** The sheet a first SIE import creates: the ledger table (one empty row to start) and GRANT_TRACE beside it. */
import { SIE_LEDGER_COLUMNS, type SieLedgerColumn } from "../ledger/columns";
import { address, layoutSheet } from "./layout";
import { FORMATS, type SheetPlan } from "./plan";

export const SIE_TABLE = "PV_SIE_Huvudbok";
export const SIE_SHEET = "SIE-huvudbok";

const WIDTHS: Partial<Record<SieLedgerColumn, number>> = {
  Mål: 140,
  Aktivitet: 140,
  Kostnadspost: 170,
  "Belopp (kr)": 95,
  Resultatindikator: 140,
  Projektnamn: 140,
  Fil: 150,
};

/** The number format of a column of the SIE ledger, by its header; a column the user added is General. */
export function sieColumnFormat(header: string): string {
  return FORMATS[SIE_LEDGER_COLUMNS.find((c) => c.name === header)?.format ?? "general"];
}

/**
 * The cells in the column right of the table, by their row (0-based, rows 1–7): the company's organisation
 * number (as imported), GRANT_TRACE, and the grant received according to the books. They stand beside the
 * table wherever its right edge is: the follow-up adds columns (Kostnadsslag, Insatsområde) and moves them.
 */
export const SIE_SIDE_ROWS = {
  orgLabel: 0,
  /** The organisation number of the company whose books the ledger holds; an export of another is refused. */
  org: 1,
  traceLabel: 2,
  trace: 3,
  receivedLabel: 4,
  /** The grant received according to the books (kronor) and where it comes from (accounts, vouchers). */
  received: 5,
  receivedSource: 6,
} as const;
export type SieSideCell = keyof typeof SIE_SIDE_ROWS;
export const SIE_SIDE_HEIGHT = 7;

/** A side cell's address when the side column is `sideCol` (0-based; by default right of a fresh ledger's columns). */
export const sieSideCell = (cell: SieSideCell, sideCol: number = SIE_LEDGER_COLUMNS.length) => address(SIE_SIDE_ROWS[cell], sideCol);

export const SIE_TRACE_CELL = sieSideCell("trace");
export const SIE_ORGNR_CELL = sieSideCell("org");
export const SIE_RECEIVED_CELL = sieSideCell("received");
export const SIE_RECEIVED_SOURCE_CELL = sieSideCell("receivedSource");

/** GRANT_TRACE over the ledger, with the received amount from the books (its cell) once an import has given one. */
export const sieTraceFormula = (receivedCell: string | null) =>
  `=PV.GRANT_TRACE(${SIE_TABLE}[#All]${receivedCell ? `,${receivedCell}` : ""})`;

/** The side cells' rows relative to the table's header row (negative: above it), for reading them beside the table. */
export function sieSideOffset(cell: SieSideCell): number {
  return SIE_SIDE_ROWS[cell] - layoutSheet(sieLedgerPlan(null)).tables[0].row;
}

export function sieLedgerPlan(company: string | null, orgNumber: string | null = null): SheetPlan {
  return {
    key: "siehuvudbok",
    name: SIE_SHEET,
    title: `Bidragshuvudbok ur bokföringen${company ? ` – ${company}` : ""}`,
    subtitle:
      "En rad per projekt × aktivitet × konto ur SIE-filen. Fyll i Mål, Resultatindikator och Utfall: de behålls när en nyare export importeras, som bara uppdaterar belopp och ursprung.",
    attribution:
      "Belopp i kronor ur bokföringens #TRANS (SIE 4); #RTRANS/#BTRANS räknas inte. Kedjan Mål – Aktivitet – Resursanvändning – Resultat följer Rambolls rekommendation (2025, avsnitt 4.2).",
    tables: [
      {
        key: "siehuvudbok",
        name: SIE_TABLE,
        columns: SIE_LEDGER_COLUMNS.map((c) => ({ header: c.name, format: sieColumnFormat(c.name), width: WIDTHS[c.name] ?? 90 })),
        rows: [SIE_LEDGER_COLUMNS.map(() => "")],
        userData: true,
      },
    ],
    charts: [],
    cells: [
      { address: sieSideCell("orgLabel"), value: "Organisationsnummer (ur SIE-filen):", label: "label" },
      { address: SIE_ORGNR_CELL, value: orgNumber ?? "", format: FORMATS.text },
      { address: sieSideCell("traceLabel"), value: "GRANT_TRACE över huvudboken (belopp i kr):", label: "label" },
      { address: SIE_TRACE_CELL, value: sieTraceFormula(null) },
      { address: sieSideCell("receivedLabel"), value: "Mottaget bidrag ur bokföringen (kr):", label: "label" },
      { address: SIE_RECEIVED_CELL, value: "", format: FORMATS.kr },
      { address: SIE_RECEIVED_SOURCE_CELL, value: "", format: FORMATS.text },
    ],
  };
}
