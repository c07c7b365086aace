/**
 * GRANT_TRACE over big ledgers: the work per row is a few lookups of ids, not string building and trimming per
 * cell (counted, not timed: bench/ledger.js times 1 000 000 rows), and the answer is the one a plain
 * reference implementation gives for varied goals, activities, items, indicators and outcomes.
 */
import { ledgerTrace } from "../../../src/core/grants/grantTrace";
import { grantTrace } from "../../../src/core/functions/api";
import { DecimalSum } from "../../../src/core/util/decimal";

const HEADER = ["Mål", "Aktivitet", "Kostnadspost", "Belopp", "Resultatindikator", "Utfall"];

/** A varied ledger as Excel passes it (parsed from JSON, so no two cells share a string object). */
function varied(rows: number): unknown[][] {
  const m: unknown[][] = [HEADER];
  for (let r = 1; r <= rows; r++) {
    const a = (r * 7919) % 30;
    m.push([
      r % 11 === 0 ? "" : `Mål ${(r * 31) % 5}`,
      r % 5 === 0 ? null : `${r % 2 ? " " : ""}Aktivitet ${a}`,
      `Post ${(r * 13) % 4}`,
      r % 17 === 0 ? "" : ((r * 7331) % 100000) / 100 - (r % 23 === 0 ? 2000 : 0),
      r % 4 ? `Indikator ${a % 6}` : "",
      r % 3 ? `${(r * 17) % 10} %` : r % 2 ? 7 : null,
    ]);
  }
  return JSON.parse(JSON.stringify(m));
}

/** The same trace, the obvious way: strings all along, trimmed per cell, one exact sum per aggregate. */
function reference(m: unknown[][]) {
  const t = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
  const items = new Map<string, { sum: DecimalSum; activities: Set<string>; results: Set<string> }>();
  const goals = new Set<string>();
  const linked = new DecimalSum();
  for (const row of m.slice(1)) {
    if (row[3] === "" || row[3] === null) continue;
    const amount = row[3] as number;
    const item = t(row[2]) || "(utan kostnadspost)";
    if (!items.has(item)) items.set(item, { sum: new DecimalSum(), activities: new Set(), results: new Set() });
    const it = items.get(item)!;
    it.sum.add(amount);
    if (t(row[0])) goals.add(t(row[0]));
    if (t(row[1])) it.activities.add(t(row[1]));
    if (t(row[4])) it.results.add(`${t(row[4])}: ${t(row[5]) || "utfall saknas"}`);
    if (t(row[1]) && t(row[4]) && t(row[5])) linked.add(amount);
  }
  const rows = [...items]
    .map(
      ([item, it]) =>
        [
          item,
          it.sum.value(),
          [...it.activities].join("; ") || "ingen aktivitet kopplad",
          [...it.results].join("; ") || "ej redovisat",
        ] as const,
    )
    .sort((x, y) => y[1] - x[1]);
  return { goals: [...goals].join("; "), rows, linked: linked.value() };
}

describe("GRANT_TRACE over a big, varied ledger", () => {
  it("gives the reference answer: goals, items with sums, activities and results in order of appearance, linked money", () => {
    const m = varied(20000);
    const got = ledgerTrace(m, 1e7);
    const want = reference(m);
    expect(got.rows[1][1]).toBe(want.goals);
    const items = got.rows.filter((r) => r[0] === "Resursanvändning").map((r) => [r[1], r[2], r[4], r[5]]);
    expect(items).toEqual(want.rows.map((r) => [...r]));
    expect(got.rows.find((r) => r[0] === "Spårbarhet")![2]).toBe(want.linked);
  });

  it("one text is one result, however the indicator and outcome split it", () => {
    const m = [HEADER, ["", "A", "P", 1, "x: y", "z"], ["", "A", "P", 2, "x", "y: z"], ["", "A", "P", 3, "x", ""]];
    expect(ledgerTrace(m).rows.find((r) => r[0] === "Resursanvändning")![5]).toBe("x: y: z; x: utfall saknas");
  });

  it("reads no cell of a column it does not use (no pre-scan of the range for data-type cells)", () => {
    const m = varied(5000);
    const reads: number[] = [];
    const counted = m.map((row, r) =>
      r === 0
        ? [...row, "Kommentar", "Attest"]
        : new Proxy([...row, `kommentar ${r}`, "ok"], {
            get(target, key, receiver) {
              if (typeof key === "string" && /^\d+$/.test(key)) reads[Number(key)] = (reads[Number(key)] ?? 0) + 1;
              return Reflect.get(target, key, receiver);
            },
          }),
    );
    const want = grantTrace(m, 1e7);
    expect(grantTrace(counted, 1e7)).toEqual(want);
    // Columns 6 and 7 (Kommentar, Attest) are no part of the trace; each used cell is read at most twice
    // (the error-value check, then its value).
    expect(reads[6] ?? 0).toBe(0);
    expect(reads[7] ?? 0).toBe(0);
    for (let c = 0; c < 6; c++) expect(reads[c]).toBeLessThanOrEqual(2 * 5000);
  });

  it("keeps each item's activities and results without a Set operation per row", () => {
    const m = varied(20000);
    const add = jest.spyOn(Set.prototype, "add");
    try {
      ledgerTrace(m, 1e7);
      expect(add.mock.calls.length).toBeLessThan(100);
    } finally {
      add.mockRestore();
    }
  });

  it("trims each distinct text once and adds each amount once, not per cell and per aggregate", () => {
    const m = varied(20000);
    const trim = jest.spyOn(String.prototype, "trim");
    const add = jest.spyOn(DecimalSum.prototype, "add");
    try {
      ledgerTrace(m, 1e7);
      // 5 + 30 + 4 + 6 + 10 distinct texts (and padded forms), and the blank amounts (one row in 17) are
      // checked; trimming every text cell would be about 80 000 calls for these 20 000 rows.
      expect(trim.mock.calls.length).toBeLessThan(1500);
      expect(add.mock.calls.length).toBeLessThanOrEqual(20000);
    } finally {
      trim.mockRestore();
      add.mockRestore();
    }
  });
});
