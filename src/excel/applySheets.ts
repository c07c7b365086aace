/**
 * Executes sheet plans against Excel: read what exists (one round trip, two when the add-in's sheets are
 * already there), find every conflict before writing, then queue every write and sync once. It never writes
 * where something it does not own stands: it refuses instead, naming the place and what to do. What the
 * user changed in the add-in's tables is kept (their rows) or restored and counted (the report's values).
 */
import type { SheetPlan } from "../core/workbook/plan";
import { addChart, addWaterfall, type ChartSpot } from "./charts";
import { inspect, type Inspection, type SheetTarget } from "./inspect";
import { excelErrorMessage, notes as say, partWayMessage, refusal, text } from "./messages";
import { Sync } from "./sync";
import { writeSheet } from "./sheetWrites";
import type { ActionReport, Capabilities } from "./types";

function failure(s: Sync, message: string, notes: string[] = [], sheets: string[] = []): ActionReport {
  return { ok: false, message, notes, syncs: s.count, payloadBytes: s.bytes, sheets };
}

/**
 * Steps of a caller's own that ride in the writer's round trips (so an action stays within three syncs):
 * reads queued after the first round trip (they see its null-object checks) and sent with the second, and
 * writes queued after every check passed, sent with the plan's writes. `beforeWrite` may refuse instead
 * (a message), and then nothing is written.
 */
export interface WriteHooks {
  afterFirstRead?: () => void;
  beforeWrite?: () => string | null;
}

export async function applySheets(
  ctx: Excel.RequestContext,
  plans: SheetPlan[],
  caps: Capabilities,
  rowFormats: Record<string, string[]> = {},
  hooks: WriteHooks = {},
): Promise<ActionReport> {
  const s = new Sync(ctx);
  let found: Inspection;
  let refused: string | null = null;
  try {
    found = await inspect(ctx, s, plans, hooks.afterFirstRead);
    if (!found.protectedMessage && !found.conflicts.length && hooks.beforeWrite) refused = hooks.beforeWrite();
  } catch (e) {
    return failure(s, excelErrorMessage(e));
  }
  if (found.protectedMessage) return failure(s, found.protectedMessage);
  if (found.conflicts.length) {
    const r = refusal(found.conflicts);
    return failure(s, r.message, r.notes);
  }
  if (refused) return failure(s, refused);

  const notes = [...found.notes];
  const names = found.targets.map((t) => t.sheetName);
  const waterfalls: ChartSpot[] = [];
  try {
    const wb = ctx.workbook;
    wb.application.suspendApiCalculationUntilNextSync();
    if (caps.api19) wb.application.suspendScreenUpdatingUntilNextSync();
    for (const t of found.targets) await writeSheet(ctx, s, t, caps, rowFormats, notes, waterfalls);
    // The guarded step: last in the batch, so a rejection here leaves everything before it written.
    for (const w of waterfalls) addWaterfall(w);
    await s.sync();
  } catch (e) {
    if (!(waterfalls.length && (await fallBackFromWaterfall(ctx, s, waterfalls, e, notes)))) {
      return failure(s, partWayMessage(e, names), [], names);
    }
  }
  const { restored, kept } = changeNotes(found.targets, notes);
  return {
    ok: true,
    message: text().done(names),
    notes,
    syncs: s.count,
    payloadBytes: s.bytes,
    sheets: names,
    restoredCells: restored,
    keptUserRows: kept,
  };
}

/**
 * After a failed write batch: if it reached the waterfall step (a waterfall of this run exists), everything
 * before it was written; remove the waterfall and draw the stacked-column fallback. Otherwise report failure.
 */
async function fallBackFromWaterfall(
  ctx: Excel.RequestContext,
  s: Sync,
  spots: ChartSpot[],
  e: unknown,
  notes: string[],
): Promise<boolean> {
  const wb = ctx.workbook;
  try {
    // A sheet that does not exist means the batch stopped earlier: this read then fails and the caller reports it.
    const found = spots.map((w) => wb.worksheets.getItem(w.sheetName).charts.getItemOrNullObject(w.cp.name).load("name"));
    await s.sync();
    if (found.every((c) => c.isNullObject)) return false;
    spots.forEach((w, i) => {
      if (!found[i].isNullObject) found[i].delete();
      const sheet = wb.worksheets.getItem(w.sheetName);
      addChart({ ...w, sheet, table: wb.tables.getItem(w.tableName) }, true);
      notes.push(say.waterfallFallback(w.cp.title, (e as { code?: string })?.code ?? text().unknownError));
    });
    await s.sync();
    return true;
  } catch {
    return false;
  }
}

function changeNotes(targets: SheetTarget[], notes: string[]): { restored: number; kept: number } {
  let restored = 0;
  let kept = 0;
  for (const t of targets) {
    for (const tt of t.tables) {
      kept += tt.userRows ?? 0;
      if (!tt.rec) continue;
      const user = tt.rec.owner.filter((p) => p < 0).length;
      if (tt.rec.changed) notes.push(say.restored(tt.rec.changed, tt.name, !!tt.tp.formulas));
      if (user) notes.push(say.keptRows(user, tt.name));
      restored += tt.rec.changed;
      kept += user;
    }
    if (t.sheetCellsChanged) notes.push(say.restoredSheet(t.sheetCellsChanged, t.sheetName));
    restored += t.sheetCellsChanged;
  }
  return { restored, kept };
}
