/** The sheet a first SIE import creates: the ledger table (one empty row to start) and GRANT_TRACE beside it. */
import { SIE_LEDGER_COLUMNS, type SieLedgerColumn } from "../ledger/columns";
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

export function sieLedgerPlan(company: string | null): SheetPlan {
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
      { address: "O3", value: "GRANT_TRACE över huvudboken (belopp i kr):", label: "label" },
      { address: "O4", value: `=PV.GRANT_TRACE(${SIE_TABLE}[#All])` },
    ],
  };
}
