/**
 * No binary noise: every number a function returns or a workbook plan or build artefact writes has no more
 * decimals than the figures it comes from (plus two where a percentage becomes a fraction). Quotients
 * (shares of a total) are honest divisions and are checked as such, not for their decimals.
 */
import fc from "fast-check";
import { assertProperty } from "../property";
import * as F from "../../src/functions/functions";
import { buildArtifacts } from "../../src/build/artifacts";
import { runAudit } from "../../src/core/audit/audit";
import { catalog } from "../../src/core/dataset/lookup";
import { chartPlan } from "../../src/core/workbook/chartPlan";
import { indicatorPlan } from "../../src/core/workbook/indicatorPlan";
import { ledgerPlan } from "../../src/core/workbook/grantLedgerPlan";
import { referencePlan } from "../../src/core/workbook/referencePlan";
import { type SheetPlan } from "../../src/core/workbook/plan";
import { decimals, percentToFraction, sum } from "../../src/core/util/decimal";
import { call, value } from "./call";

const cat = catalog();
const stated = cat.data.observations.flatMap((o) => [o.value, o.min, o.max]).filter((v): v is number => v !== undefined);
/** The most decimals any figure in the reports has. */
const D = Math.max(...stated.map(decimals));
const LEDGER_HEADER = ["Mål", "Aktivitet", "Kostnadspost", "Belopp", "Resultatindikator", "Utfall"];

function numbers(v: unknown, out: number[] = []): number[] {
  if (typeof v === "number") out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => numbers(x, out));
  else if (v !== null && typeof v === "object") Object.values(v).forEach((x) => numbers(x, out));
  return out;
}

/** Numbers in the audit that are quotients: a share computed from a total, and its difference from the stated share. */
const quotients = new Set(
  runAudit(cat.data)
    .filter((f) => f.check === "andel")
    .flatMap((f) => [f.other.value, f.difference]),
);
const noisy = (xs: number[], allowed: number) => xs.filter((x) => decimals(x) > allowed && !quotients.has(x));

describe("functions return the reports' figures exactly", () => {
  it("has figures with at most a few decimals to begin with", () => {
    expect(D).toBeGreaterThan(0);
    expect(D).toBeLessThanOrEqual(3);
  });

  it("PRIMARVARD_ANDEL converts every stated share as decimal arithmetic does", () => {
    const shares = cat.data.observations.filter((o) => o.indicator === "primarvard_andel" && o.period !== null);
    expect(shares.length).toBeGreaterThan(3);
    for (const o of shares) {
      for (const pick of o.value !== undefined ? [undefined] : (["min", "max"] as const)) {
        const r = call(F.PRIMARVARD_ANDEL, [[o.entity]], [[o.period]], pick);
        if (!r.ok) continue; // stated twice with different values: #N/A, covered elsewhere
        const raw = pick === "min" ? o.min! : pick === "max" ? o.max! : o.value!;
        expect(r.value[0][0]).toBe(Number(`${raw}e-2`));
      }
    }
    expect(value(call(F.PRIMARVARD_ANDEL, [["Kalmar"]], [[2024]], "max"))).toEqual([[0.197]]);
    expect(value(call(F.PRIMARVARD_ANDEL, [["Kalmar"]], [[2024]], "min"))).toEqual([[0.186]]);
  });

  it("GRANT_TRACE from the reports: amounts without noise, the untraced remainder exact", () => {
    const t = value(call(F.GRANT_TRACE, [["Kalmar"]], 2021));
    expect(t.find((r) => r[0] === "Ej spårbart")![2]).toBe(14.3);
    for (const acc of cat.data.grantAccounts) {
      const rows = value(call(F.GRANT_TRACE, [[acc.entity]], acc.year));
      const amounts = rows
        .slice(1)
        .map((r) => r[2])
        .filter((x): x is number => typeof x === "number");
      expect(noisy(amounts, D)).toEqual([]);
      const received = rows.find((r) => r[0] === "Mottaget")![2];
      if (typeof received === "number")
        for (const r of rows) if (typeof r[2] === "number" && r[0] !== "Mål") expect(r[3]).toBe(r[2] / received);
    }
  });

  it("INDIKATOR and STATSBIDRAG return each stated figure as it stands", () => {
    for (const o of cat.data.observations) {
      const r = call(F.INDIKATOR, o.id);
      if (o.value !== undefined) expect(value(r)).toEqual([[o.value]]);
    }
    expect(noisy(numbers(value(call(F.STATSBIDRAG))), D)).toEqual([]);
    expect(noisy(numbers(value(call(F.GRANSKNING))), 4)).toEqual([]);
  });

  it("GRANT_TRACE and SPARBARHET over a ledger sum exactly (property)", () => {
    const amount = fc.tuple(fc.integer({ min: -5000, max: 50_000 }), fc.integer({ min: 0, max: 2 })).map(([m, d]) => Number(`${m}e-${d}`));
    const ledgerRow = fc
      .tuple(fc.constantFrom("A", "B", "C"), fc.boolean(), amount)
      .map(([item, linked, a]) => ["M", linked ? "Akt" : "", item, a, linked ? "Ind" : "", linked ? "ok" : ""]);
    assertProperty(
      fc.property(
        fc.array(ledgerRow, { minLength: 1, maxLength: 30 }),
        fc.option(fc.integer({ min: 1, max: 10_000_000 }).map((m) => m / 10)),
        (body, received) => {
          const r = call(F.GRANT_TRACE, [LEDGER_HEADER, ...body], received);
          if (!r.ok) return; // a ledger that sums to zero or below: covered by the ledger tests
          const rows = r.value;
          const amounts = rows
            .slice(1)
            .map((x) => x[2])
            .filter((x): x is number => typeof x === "number");
          expect(noisy(amounts, 2)).toEqual([]);
          for (const item of ["A", "B", "C"]) {
            const row = rows.find((x) => x[0] === "Resursanvändning" && x[1] === item);
            const want = sum(body.filter((b) => b[2] === item).map((b) => b[3] as number));
            if (row) expect(row[2]).toBe(want);
          }
          const booked = sum(body.map((b) => b[3] as number));
          const got = rows.find((x) => x[0] === "Mottaget")![2] as number;
          expect(got).toBe(received ?? booked);
          expect(rows.find((x) => x[0] === "Ej spårbart")![2]).toBe(sum([got, -booked]));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("sums a ledger of 100 000 rows of 0,1 to exactly 10 000", () => {
    const ledger = [LEDGER_HEADER, ...Array.from({ length: 100_000 }, (_, i) => ["M", "A", `P${i % 3}`, 0.1, "I", "U"])];
    const rows = value(call(F.GRANT_TRACE, ledger));
    expect(rows.find((r) => r[0] === "Mottaget")![2]).toBe(10000);
    expect(rows.find((r) => r[0] === "Spårbarhet")![2]).toBe(10000);
    expect(value(call(F.SPARBARHET, ledger))).toEqual([[1]]);
  });

  it("LAKARBEHOV: the gap is need minus today without noise (property)", () => {
    assertProperty(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 100_000 }).map((m) => m / 10),
        (listed, current) => {
          const rows = value(call(F.LAKARBEHOV, listed, current, 100));
          const [needed, , gap] = rows[1] as number[];
          expect(needed).toBe(listed / 100);
          expect(decimals(gap)).toBeLessThanOrEqual(Math.max(decimals(needed), decimals(current)));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("workbook plans and build artefacts write no noise", () => {
  const sheets = (): SheetPlan[] => {
    const plan = referencePlan(cat);
    const out = [...plan.sheets, chartPlan(cat), ledgerPlan()];
    for (const i of cat.data.indicators) {
      for (const e of new Set(cat.data.observations.filter((o) => o.indicator === i.id).map((o) => o.entity))) {
        out.push(indicatorPlan(cat, i.id, e, true).sheet);
      }
    }
    return out;
  };

  it("every number in every sheet and chart table has at most the figures' decimals + 2", () => {
    const all = sheets();
    expect(all.length).toBeGreaterThan(20);
    for (const s of all) {
      for (const t of s.tables) expect({ table: t.name, noisy: noisy(numbers(t.rows), D + 2) }).toEqual({ table: t.name, noisy: [] });
      expect(noisy(numbers(s.cells ?? []), D)).toEqual([]);
    }
  });

  it("percent figures are written as the fraction decimal arithmetic gives (8,9 % → 0.089)", () => {
    const rows = referencePlan(cat).sheets.flatMap((s) => s.tables.flatMap((t) => t.rows));
    const pct = cat.data.observations.filter((o) => o.unit === "%" && o.value !== undefined);
    const values = new Set(numbers(rows));
    for (const o of pct) expect(values.has(percentToFraction(o.value!))).toBe(true);
    expect(values.has(0.089)).toBe(true);
    expect(values.has(0.08900000000000001)).toBe(false);
    const chart = chartPlan(cat);
    const fall = chart.tables.find((t) => t.name === "PV_Diagram_Bidragsspar")!;
    expect(fall.rows.find((r) => r[0] === "Ej spårbart")![1]).toBe(-14.3);
  });

  it("indicators.json, indicators.csv and audit.json carry the figures as stated", () => {
    const files = buildArtifacts(JSON.stringify({ functions: [] }));
    expect(noisy(numbers(JSON.parse(files["indicators.json"])), D)).toEqual([]);
    const csvNumbers = files["indicators.csv"]
      .split(/[;\r\n]/)
      .filter((f) => /^-?\d+(\.\d+)?(e-?\d+)?$/.test(f))
      .map(Number);
    expect(csvNumbers.length).toBeGreaterThan(100);
    expect(noisy(csvNumbers, D)).toEqual([]);
    const audit = JSON.parse(files["audit.json"]) as {
      check: string;
      stated: { value: number };
      other: { value: number };
      difference: number;
    }[];
    for (const f of audit) {
      // A share computed from a total is a quotient; its difference from the stated share is too.
      const quotient = f.check === "andel";
      expect({ id: f.check, noisy: noisy([f.stated.value, ...(quotient ? [] : [f.other.value, f.difference])], D) }).toEqual({
        id: f.check,
        noisy: [],
      });
    }
  });
});
