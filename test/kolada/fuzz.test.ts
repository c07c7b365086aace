/**
 * The error contract with Kolada data loaded: random arguments to KOLADA (async) and to the Kolada branches of
 * PRIMARVARD_ANDEL, INDIKATOR and KALLA give a clean matrix or a CustomFunctions.Error with a message.
 */
import fc from "fast-check";
import { assertProperty } from "../property";
import * as F from "../../src/functions/functions";
import { KoladaClient } from "../../src/core/kolada/client";
import { refresh } from "../../src/core/kolada/live";
import { koladaStore } from "../../src/core/kolada/store";
import { fakeFetch, koladaHandler } from "./fixtureServer";

const CF = (globalThis as any).CustomFunctions;
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

const word = fc.constantFrom(
  "N71000",
  "n70061",
  "N70059",
  "N99999",
  "U00405",
  "Uppsala",
  "Region Gotland",
  "0009",
  "09",
  "I",
  "Riket",
  "Gotlnd",
  "Kalmar",
  "Stockholm",
  "Västmanland",
  "kolada",
  "KOLADA",
  "min",
  "primarvard_andel",
  "primarvard_andel_kolada",
  "K",
  "M",
  "T",
  "kvinnor",
  "x",
  "",
  " ",
  "2022",
  "2019–2024",
);
const cell = fc.oneof(
  word,
  fc.constantFrom(2022, 2023, 2019, 1899, 2.5, -1, 0),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 8 }),
);
const arg = fc.oneof(
  { weight: 5, arbitrary: cell },
  { weight: 1, arbitrary: fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 2 }) },
);

function clean(out: unknown): boolean {
  if (!Array.isArray(out) || out.length === 0) return false;
  const w = (out[0] as unknown[]).length;
  return (out as unknown[][]).every(
    (r) =>
      Array.isArray(r) &&
      r.length === w &&
      r.every((c) =>
        typeof c === "number" ? Number.isFinite(c) : typeof c === "string" || typeof c === "boolean" || c instanceof CF.Error,
      ),
  );
}

function goodError(e: unknown): boolean {
  return (
    e instanceof CF.Error &&
    ["#VALUE!", "#N/A", "#DIV/0!"].includes((e as any).code) &&
    ((e as any).code === "#DIV/0!" || String((e as any).message ?? "").length > 5)
  );
}

beforeAll(async () => {
  const client = new KoladaClient({ fetch: fakeFetch((b) => koladaHandler(b)).fetch, sleep: async () => undefined, minIntervalMs: 0 });
  await refresh(client, koladaStore(), { kpis: ["N70059", "N70061", "N71000"], regions: ["0003", "0009"], years: [2022, 2023] });
});
afterAll(() => koladaStore().clear());

describe("Kolada functions keep the error contract", () => {
  it.each([
    ["PRIMARVARD_ANDEL", F.PRIMARVARD_ANDEL, 3],
    ["INDIKATOR", F.INDIKATOR, 4],
    ["KALLA", F.KALLA, 3],
  ] as const)("%s", (_, fn, arity) => {
    assertProperty(
      fc.property(fc.array(arg, { minLength: arity, maxLength: arity }), (args) => {
        try {
          return clean((fn as (...a: unknown[]) => unknown)(...args));
        } catch (e) {
          return goodError(e);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("KOLADA (async)", async () => {
    await assertProperty(
      fc.asyncProperty(fc.array(arg, { minLength: 4, maxLength: 4 }), async (args) => {
        try {
          return clean(await F.KOLADA(...(args as [unknown, unknown, unknown, unknown])));
        } catch (e) {
          return goodError(e);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
