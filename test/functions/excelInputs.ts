/**
 * What Excel can pass to a custom function, as fast-check arbitraries: shared by the fuzz test and by
 * bench/functions.js (which draws the same corpus with the same seed). Needs the CustomFunctions global
 * (test/setup/customFunctions.ts).
 */
import fc from "fast-check";
import * as F from "../../src/functions/functions";

const CF = (globalThis as any).CustomFunctions;

/** Every custom function with its largest number of arguments. */
export const FUNCTIONS: [string, (...a: any[]) => any, number][] = [
  ["PRIMARVARD_ANDEL", F.PRIMARVARD_ANDEL, 3],
  ["GRANT_TRACE", F.GRANT_TRACE, 2],
  ["SPARBARHET", F.SPARBARHET, 2],
  ["UPPFOLJNING", F.UPPFOLJNING, 4],
  ["INDIKATOR", F.INDIKATOR, 4],
  ["KALLA", F.KALLA, 3],
  ["STATSBIDRAG", F.STATSBIDRAG, 3],
  ["LAKARBEHOV", F.LAKARBEHOV, 3],
  ["INDIKATORER", F.INDIKATORER, 1],
  ["GRANSKNING", F.GRANSKNING, 0],
];

export const EXCEL_ROWS = 1_048_576;
export const EXCEL_TEXT_MAX = 32_767;
export const ERROR_CODES = ["#N/A", "#VALUE!", "#DIV/0!", "#REF!", "#NAME?", "#NUM!", "#NULL!"] as const;
export const LEDGER_HEADER = ["Mål", "Aktivitet", "Kostnadspost", "Belopp", "Resultatindikator", "Utfall"];
/** Further ledger columns UPPFOLJNING reads. */
export const FOLLOWUP_HEADER = ["Konto", "Projekt", "Aktivitetsobjekt", "År"];

export const errorValue = fc.constantFrom(...ERROR_CODES).map((c) => new CF.Error(c));

const words = fc.constantFrom(
  "Kalmar",
  "Stockholm",
  "jämtland",
  "Region Kalmar län",
  "08",
  "Riket",
  "Närvården",
  "Gotland",
  "",
  "SKR",
  "2024",
  "2019–2024",
  "2019-2025",
  "min",
  "MAX",
  "medel",
  "statsbidrag",
  "primarvard_andel",
  "sjukfranvaro",
  "regioner.statsbidrag.2025",
  "narvarden",
  "Mål",
  "Aktivitet",
  "Kostnadspost",
  "Belopp",
  "Resultatindikator",
  "Utfall",
  "SANT",
  "#N/A",
  "  ",
  "tema",
  "Totalt",
  "TRUE",
);

/** Control, zero-width, bidi, non-Latin and emoji characters, a combining mark and a lone surrogate. */
const SPECIAL = [
  "\u0000",
  "\u0007",
  "\t",
  "\n",
  "\r",
  "\u001f",
  "\u007f",
  "\u0085",
  "\u00a0",
  "\u00ad",
  "\u200b",
  "\u200c",
  "\u200d",
  "\u200e",
  "\u200f",
  "\u202a",
  "\u202e",
  "\u2066",
  "\u2069",
  "\u2060",
  "\ufeff",
  "\u202f",
  "ا",
  "ש",
  "😀",
  "👩‍⚕️",
  "🇸🇪",
  "e\u0301",
  "Å",
  "ß",
  "\ud800",
  "Kalmar",
  "2024",
  ",",
  "%",
];
const specialText = fc.array(fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 3 })), { maxLength: 12 }).map((a) => a.join(""));

/** Swedish number text as it is typed or pasted into a cell. */
const numberText = fc.constantFrom(
  "1 234,5",
  "12,3 %",
  "−2,5",
  "1\u00a0234",
  "1\u202f234,5",
  "0,1",
  "-0",
  "1e308",
  "NaN",
  "Infinity",
  "  42  ",
  "3,7 miljarder",
  "19,7",
  "100 000",
  "5E-324",
  "0x10",
  "1.234,5",
);

/** Text up to Excel's limit of 32 767 characters per cell. */
const LONG = [
  "x".repeat(EXCEL_TEXT_MAX),
  "Kalmar" + "x".repeat(EXCEL_TEXT_MAX - 6),
  "Kalmar" + " ".repeat(EXCEL_TEXT_MAX - 12) + "Kalmar",
  "Region " + "Kalmar ".repeat(4000),
  "1".repeat(EXCEL_TEXT_MAX),
  "😀".repeat(16_383),
  "\u200b".repeat(EXCEL_TEXT_MAX),
  "2024" + "\u00a0".repeat(EXCEL_TEXT_MAX - 4),
  "sjukfranvaro".repeat(2730),
  // The longest input that still gets a "Menade du …?" search.
  "kalmarx".repeat(29).slice(0, 200),
];
const longText = fc.constantFrom(...LONG);

const number = fc.oneof(
  fc.double(),
  fc.constantFrom(1e308, -1e308, 5e-324, -5e-324, -0, 0, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 1e15, 1e15 + 2, 1e16),
  fc.constantFrom(NaN, Infinity, -Infinity),
  // Dates as Excel serials (2023-03-09, a time of day, 9999-12-31) and ordinary figures.
  fc.constantFrom(45000, 45658.5, 2958465, 2019, 2021, 2024, 2025, 1100, 110000, 0.1, 8.9, 136, 121.7),
  fc.integer({ min: -5, max: 2200 }),
);

/** Data-type cells, as Excel passes them to `any` parameters when allowCustomDataForDataTypeAny is set. */
const dataType = fc.oneof(
  fc.double().map((v) => ({ type: "Double", basicValue: v })),
  fc.constantFrom(
    { type: "FormattedNumber", basicValue: 0.172, numberFormat: "0.0%" },
    { type: "String", basicValue: "Kalmar" },
    { type: "Boolean", basicValue: true },
    { type: "Entity", text: "Stockholm", properties: { Befolkning: { type: "Double", basicValue: 2_400_000 } } },
    { type: "LinkedEntity", text: "Region Kalmar län", basicValue: "#VALUE!", id: { domainId: "x", entityId: "y" } },
    { type: "Error", basicValue: "#N/A", errorType: "NotAvailable" },
    { type: "WebImage", address: "https://example.invalid/a.png" },
    { type: "Array", elements: [[1, 2]] },
  ),
);

export const cell = fc.oneof(
  { weight: 4, arbitrary: number },
  { weight: 4, arbitrary: words },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: specialText },
  { weight: 2, arbitrary: numberText },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: errorValue },
  { weight: 1, arbitrary: longText },
  { weight: 1, arbitrary: dataType },
);

const matrix = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([r, c]) => fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));

/** Rows of different lengths, and empty rows: what a careless caller (or a test harness) may hand over. */
const ragged = fc.array(fc.array(cell, { maxLength: 5 }), { minLength: 1, maxLength: 5 });

const ledgerCell = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(number, numberText, words) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: errorValue },
  { weight: 1, arbitrary: cell },
);
const ledgerLike = fc
  .tuple(fc.shuffledSubarray([...LEDGER_HEADER, ...FOLLOWUP_HEADER], { minLength: 1 }), fc.integer({ min: 0, max: 8 }))
  .chain(([h, n]) =>
    fc
      .array(fc.array(ledgerCell, { minLength: h.length, maxLength: h.length }), { minLength: n, maxLength: n })
      .map((rows) => [h, ...rows]),
  );

export const arg = fc.oneof(
  { weight: 4, arbitrary: cell },
  { weight: 2, arbitrary: matrix },
  { weight: 1, arbitrary: ragged },
  { weight: 2, arbitrary: ledgerLike },
  { weight: 1, arbitrary: fc.constant([[null]]) },
);

/** Argument lists for a function taking up to `arity` arguments (Excel may also omit trailing ones). */
export const argList = (arity: number) => fc.array(arg, { minLength: 0, maxLength: arity });

/** A rows × cols range, each cell from fill(row, col). */
export function range(rows: number, cols: number, fill: (r: number, c: number) => unknown): unknown[][] {
  const m: unknown[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row = new Array(cols);
    for (let c = 0; c < cols; c++) row[c] = fill(r, c);
    m[r] = row;
  }
  return m;
}

/** 1 000 × 100 ranges: figures with empty and error cells, a ledger with extra columns, and text. */
export function bigRanges(): [string, unknown[][]][] {
  const err = new CF.Error("#N/A");
  return [
    [
      "1000×100 tal med tomma celler och felvärden",
      range(1000, 100, (r, c) => ((r * 7 + c) % 13 === 0 ? null : (r * 31 + c) % 97 === 0 ? err : ((r * 100 + c) % 977) / 10)),
    ],
    [
      "1000×100 huvudbok med extra kolumner",
      range(1000, 100, (r, c) =>
        r === 0 ? (LEDGER_HEADER[c] ?? `Extra ${c}`) : c === 3 ? ((r * 37) % 1000) / 100 : c < 6 ? `T${(r + c) % 50}` : null,
      ),
    ],
    ["1000×100 text", range(1000, 100, (r, c) => `Kalmar ${r}:${c}`)],
  ];
}

/** Whole-column references (1 048 576 rows): two cost columns, and a ledger of six columns. */
export function wholeColumns(): { primary: unknown[][]; total: unknown[][]; above: unknown[][]; ledger: unknown[][] } {
  const filled = 1000;
  return {
    primary: range(EXCEL_ROWS, 1, (r) => (r === 0 ? "Primärvård" : r <= filled ? 150 + (r % 50) : null)),
    total: range(EXCEL_ROWS, 1, (r) => (r === 0 ? "Total" : r <= filled ? 1000 : null)),
    /** Every row an error: primary care above the total. */
    above: range(EXCEL_ROWS, 1, (r) => (r === 0 ? "Primärvård" : 2000 + (r % 50))),
    ledger: range(EXCEL_ROWS, 6, (r, c) =>
      r === 0 ? LEDGER_HEADER[c] : r > filled ? null : c === 3 ? ((r * 37) % 1000) / 100 : c === 2 ? `Post ${r % 20}` : `T${r % 7}`,
    ),
  };
}
