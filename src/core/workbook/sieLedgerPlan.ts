/** The sheet a first SIE import creates: the ledger table (one empty row to start) and GRANT_TRACE beside it. */
import { SIE_LEDGER_COLUMNS, type SieLedgerColumn } from "../ledger/columns";
import { columnLetter } from "./layout";
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

/** The column right of the table: GRANT_TRACE's cell and the company's organisation number (as imported). */
const SIDE = columnLetter(SIE_LEDGER_COLUMNS.length);
export const SIE_TRACE_CELL = `${SIDE}4`;
/** The organisation number of the company whose books the ledger holds; an export of another is refused. */
export const SIE_ORGNR_CELL = `${SIDE}2`;
/** The grant received according to the books (kronor) and where it comes from (accounts, vouchers). */
export const SIE_RECEIVED_CELL = `${SIDE}6`;
export const SIE_RECEIVED_SOURCE_CELL = `${SIDE}7`;
/** GRANT_TRACE over the ledger, with the received amount from the books once an import has given one. */
export const sieTraceFormula = (withReceived: boolean) =>
  `=PV.GRANT_TRACE(${SIE_TABLE}[#All]${withReceived ? `,${SIE_RECEIVED_CELL}` : ""})`;

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
      { address: `${SIDE}1`, value: "Organisationsnummer (ur SIE-filen):", label: "label" },
      { address: SIE_ORGNR_CELL, value: orgNumber ?? "", format: FORMATS.text },
      { address: `${SIDE}3`, value: "GRANT_TRACE över huvudboken (belopp i kr):", label: "label" },
      { address: SIE_TRACE_CELL, value: sieTraceFormula(false) },
      { address: `${SIDE}5`, value: "Mottaget bidrag ur bokföringen (kr):", label: "label" },
      { address: SIE_RECEIVED_CELL, value: "", format: FORMATS.kr },
      { address: SIE_RECEIVED_SOURCE_CELL, value: "", format: FORMATS.text },
    ],
  };
}
