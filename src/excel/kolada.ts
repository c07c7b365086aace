/**
 * Kolada data in the workbook: the fetched snapshot is kept in a custom XML part, so a saved workbook reopens
 * offline with the same answers; plus the comparison sheet (through the plan writer) and a recalculation
 * after new data arrives. One Excel.run per action.
 */
import { catalog } from "../core/dataset/lookup";
import { readSnapshot, type KoladaSnapshot } from "../core/kolada/snapshot";
import { koladaStore } from "../core/kolada/store";
import { koladaComparisonGaps, koladaComparisonPlan } from "../core/workbook/koladaPlan";
import { writerLanguage } from "./language";
import { excelErrorMessage, text } from "./messages";
import { applySheets } from "./applySheets";
import { inExcel, runAction, type ExcelRun } from "./run";
import type { ActionReport, Capabilities } from "./types";

export const KOLADA_NS = "urn:nara-vard-indikatorer:kolada:v1";

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeXml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

export function snapshotXml(s: KoladaSnapshot): string {
  return `<?xml version="1.0" encoding="UTF-8"?><koladaSnapshot xmlns="${KOLADA_NS}">${escapeXml(JSON.stringify(s))}</koladaSnapshot>`;
}

/** The largest saved part read (a full snapshot of every pinned KPI is a few MB). */
export const MAX_PART_CHARS = 50_000_000;

export function snapshotFromXml(xml: string): { ok: true; snapshot: KoladaSnapshot } | { ok: false; reason: string } {
  if (typeof xml !== "string") return { ok: false, reason: text().kolada.noPart };
  if (xml.length > MAX_PART_CHARS) return { ok: false, reason: text().kolada.tooLarge(xml.length) };
  const m = /<koladaSnapshot\b[^>]*>([\s\S]*)<\/koladaSnapshot>/.exec(xml);
  if (!m) return { ok: false, reason: text().kolada.noPart };
  let doc: unknown;
  try {
    doc = JSON.parse(unescapeXml(m[1]));
  } catch {
    return { ok: false, reason: text().kolada.noJson };
  }
  const r = readSnapshot(doc);
  return r.ok ? r : { ok: false, reason: writerLanguage() === "en" ? r.reasonEn : r.reason };
}

/** Replaces the workbook's Kolada part with this snapshot (two syncs). */
export function saveSnapshot(s: KoladaSnapshot, run?: ExcelRun): Promise<ActionReport> {
  return runAction(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(KOLADA_NS);
    parts.load("items");
    await context.sync();
    for (const p of parts.items) p.delete();
    const xml = snapshotXml(s);
    context.workbook.customXmlParts.add(xml);
    await context.sync();
    return {
      ok: true,
      message: text().kolada.saved(s.rows.length),
      notes: [],
      syncs: 2,
      payloadBytes: xml.length,
      sheets: [],
    };
  }, run);
}

/** Reads the workbook's Kolada part into the store; says what happened (null: the workbook has none). */
export async function loadSnapshot(run?: ExcelRun): Promise<string | null> {
  return inExcel(async (context) => {
    // saveSnapshot keeps exactly one part in the namespace; anything else is not ours to guess from.
    const part = context.workbook.customXmlParts.getByNamespace(KOLADA_NS).getOnlyItemOrNullObject();
    part.load("id");
    await context.sync();
    if (part.isNullObject) return null;
    const xml = part.getXml();
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync, not load
    const r = snapshotFromXml(xml.value);
    if (!r.ok) return text().kolada.unreadable(r.reason);
    koladaStore().load(r.snapshot, "workbook");
    return text().kolada.loaded(r.snapshot.fetchedAt.slice(0, 10));
  }, run);
}

/** Recalculates so cells using Kolada data pick up what was just loaded. */
export async function recalculate(run?: ExcelRun): Promise<void> {
  await inExcel(async (context) => {
    context.workbook.application.calculate("Full");
    await context.sync();
  }, run);
}

/** The comparison sheet of all regions for one year, with its two charts. */
export async function insertComparison(year: number, caps: Capabilities, run?: ExcelRun): Promise<ActionReport> {
  const report = await runAction(
    (context) => applySheets(context, [koladaComparisonPlan(koladaStore(), catalog(), year, writerLanguage())], caps),
    run,
  );
  return report.ok ? withGaps(report, year) : report;
}

/**
 * A comparison with empty shares is not a success: the message says so, and each KPI behind the gaps is named with
 * the regions and the year it is missing for (the writer's own notes follow).
 */
function withGaps(report: ActionReport, year: number): ActionReport {
  const { rowsWithoutShare, rows, gaps } = koladaComparisonGaps(koladaStore(), year);
  if (!rowsWithoutShare) return report;
  const m = text().kolada;
  // A KPI not fetched at all explains every row: it comes first.
  const ordered = [...gaps].sort((a, b) => Number(b.notLoaded) - Number(a.notLoaded));
  const why = ordered.flatMap((g) =>
    g.notLoaded
      ? [m.notLoaded(g.kpi, year)]
      : [...(g.missing.length ? [m.missing(g.kpi, g.missing, year)] : []), ...(g.empty.length ? [m.empty(g.kpi, g.empty, year)] : [])],
  );
  return { ...report, partial: true, message: m.partial(rowsWithoutShare, rows, year), notes: [...why, ...report.notes] };
}

/** After a refresh: keep the data in the workbook, then recalculate so every cell sees it. */
export async function saveAndRecalculate(s: KoladaSnapshot, run?: ExcelRun): Promise<ActionReport> {
  const report = await saveSnapshot(s, run);
  if (report.ok) await recalculate(run).catch(() => report.notes.push(text().kolada.recalculate));
  return report;
}

/** On opening: the workbook's saved Kolada data into the store, then a recalculation. Never touches the network. */
export async function restoreFromWorkbook(run?: ExcelRun): Promise<void> {
  try {
    const msg = await loadSnapshot(run);
    koladaStore().note = msg;
    if (msg && koladaStore().origin === "workbook") await recalculate(run);
  } catch (e) {
    koladaStore().note = text().kolada.readFailed(excelErrorMessage(e));
  }
}
