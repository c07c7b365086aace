/**
 * The read round trips: what the workbook holds where the add-in is about to write. Every conflict is found
 * here, before anything is written (Excel's batches do not roll back). The reads are Office.js; the decisions
 * (what is ours, what is free, what the user changed, what stands in the way) are core's
 * (core/workbook/inspection.ts). The result says, per sheet, what to create, what to restore, what to keep and
 * what to leave alone.
 */
import {
  lower,
  matchTables,
  settleAdoption,
  settleSheet,
  sheetTarget,
  type Findings,
  type SheetSeen,
  type SheetTarget as PlanTarget,
  type TableTarget as PlanTableTarget,
} from "../core/workbook/inspection";
import { ownerName } from "../core/workbook/ownership";
import type { SheetPlan } from "../core/workbook/plan";
import { conflictText, noteText, text } from "./messages";
import type { Sync } from "./sync";

export type TableTarget = PlanTableTarget<Excel.Table>;
export type SheetTarget = PlanTarget<Excel.Table>;

export interface Inspection {
  targets: SheetTarget[];
  conflicts: string[];
  notes: string[];
  protectedMessage?: string;
}

interface Probe {
  table: Excel.Table;
  range: Excel.Range;
  header: Excel.Range;
  body: Excel.Range;
  slot: Excel.Range;
}

interface SheetProbe {
  sheet: Excel.Worksheet;
  tables: Probe[];
  used?: Excel.Range;
  head?: Excel.Range;
  areas: Map<string, Excel.Range>;
  layoutSlot?: Excel.Range;
  cells: Excel.Range[];
  chartAreas: Excel.Range[];
}

/** What round trip 1 read: the sheets (lower-cased name → name), the tables, protection and the owner names. */
interface Book {
  protected: boolean;
  sheets: Map<string, string>;
  tables: Excel.TableCollection;
  owners: (string | null)[];
}

/** `afterFirstRead`: a caller's reads, queued once round trip 1 is back and sent with round trip 2 (see WriteHooks). */
export async function inspect(ctx: Excel.RequestContext, s: Sync, plans: SheetPlan[], afterFirstRead?: () => void): Promise<Inspection> {
  const book = await readBook(ctx.workbook, s, plans);
  const f: Findings = { notes: [], conflicts: [] };
  if (book.protected) return refused(text().protectedWorkbook, f);
  const targets = plans.map((plan, i) => sheetTarget<Excel.Table>(plan, book.sheets, book.owners[i]));
  const tablesOn = (sheet: string) => book.tables.items.filter((t) => lower(t.worksheet.name) === lower(sheet));
  const probes = await probeSheets(ctx.workbook, s, targets, tablesOn, afterFirstRead);

  const takenSheets = new Set(book.sheets.keys());
  for (const t of targets) {
    if (t.mode !== "adopt") continue;
    const p = probes.get(t)!;
    const contents = {
      used: !p.used!.isNullObject,
      charts: p.sheet.charts.items.length,
      tables: tablesOn(t.sheetName).length,
      protected: p.sheet.protection.protected,
    };
    if (!settleAdoption(t, contents, takenSheets, f.notes)) probes.delete(t);
  }
  const locked = [...probes.entries()].find(([, p]) => p.sheet.protection.protected);
  if (locked) return refused(text().protectedSheet(locked[0].sheetName), f);
  for (const t of targets) if (t.mode === "new" && t.brokenOwner) f.notes.push({ kind: "recreatedSheet", sheet: t.sheetName });

  const seen = new Map([...probes].map(([t, p]) => [t, seenSheet(p)]));
  const takenTables = new Set(book.tables.items.map((x) => lower(x.name)));
  const renames = new Map<string, string>();
  for (const t of targets) matchTables(t, seen.get(t), takenTables, renames, f);
  for (const t of targets) settleSheet(t, seen.get(t), renames, f);
  return { targets, conflicts: f.conflicts.map(conflictText), notes: f.notes.map(noteText) };
}

function refused(protectedMessage: string, f: Findings): Inspection {
  return { targets: [], conflicts: [], notes: f.notes.map(noteText), protectedMessage };
}

/** Round trip 1: sheets, tables, workbook protection, the add-in's owner names. */
async function readBook(wb: Excel.Workbook, s: Sync, plans: SheetPlan[]): Promise<Book> {
  const sheets = wb.worksheets;
  sheets.load("items/name");
  const tables = wb.tables;
  tables.load("items/name,items/worksheet/name");
  wb.protection.load("protected");
  const owners = plans.map((p) => wb.names.getItemOrNullObject(ownerName(p.key)).load("formula"));
  await s.sync();
  return {
    protected: wb.protection.protected,
    sheets: new Map(sheets.items.map((w) => [lower(w.name), w.name])),
    tables,
    owners: owners.map((o) => (o.isNullObject ? null : o.formula)),
  };
}

/** Round trip 2: on the add-in's own sheets (and same-named candidates), everything it will touch. */
async function probeSheets(
  wb: Excel.Workbook,
  s: Sync,
  targets: SheetTarget[],
  tablesOn: (sheet: string) => Excel.Table[],
  afterFirstRead?: () => void,
): Promise<Map<SheetTarget, SheetProbe>> {
  const probes = new Map<SheetTarget, SheetProbe>();
  for (const t of targets) {
    if (t.mode === "new") continue;
    const sheet = wb.worksheets.getItem(t.sheetName);
    sheet.protection.load("protected");
    sheet.charts.load("items/name");
    const probe: SheetProbe = { sheet, tables: [], areas: new Map(), cells: [], chartAreas: [] };
    probes.set(t, probe);
    if (t.mode === "adopt") {
      probe.used = sheet.getUsedRangeOrNullObject(true).load("address");
      continue;
    }
    for (const table of tablesOn(t.sheetName)) {
      const range = table.getRange().load("address");
      probe.tables.push({
        table,
        range,
        header: table.getHeaderRowRange().load("values"),
        body: table.getDataBodyRange().load("values,formulas"),
        // Where an earlier version put the attribution if this is the last stacked table: it moved with the table.
        slot: range.getLastRow().getOffsetRange(t.attributionOffset, 0).getCell(0, 0).load("values,address"),
      });
    }
    probe.head = sheet.getRange("A1:A2").load("values");
    const named = new Set(probe.tables.map((p) => lower(p.table.name)));
    for (const lay of t.layout.tables)
      if (!named.has(lower(lay.name))) probe.areas.set(lay.name, sheet.getRange(lay.address).load("values,formulas"));
    probe.layoutSlot = sheet.getRange(t.layout.attribution).load("values");
    probe.cells = (t.plan.cells ?? []).map((c) => sheet.getRange(c.address).load("formulas"));
    probe.chartAreas = t.layout.charts.map((c) =>
      sheet.getRange(`${c.topLeft}:${c.bottomRight}`).getUsedRangeOrNullObject(true).load("address"),
    );
  }
  afterFirstRead?.();
  if (probes.size || afterFirstRead) await s.sync();
  return probes;
}

/** The loaded probe as plain data for core's decisions. */
function seenSheet(p: SheetProbe): SheetSeen<Excel.Table> {
  return {
    tables: p.tables.map((x) => ({
      handle: x.table,
      name: x.table.name,
      address: x.range.address,
      header: x.header.values[0],
      values: x.body.values,
      formulas: x.body.formulas,
      slot: { value: x.slot.values[0][0], address: x.slot.address },
    })),
    charts: p.sheet.charts.items.map((c) => c.name),
    head: p.head?.values.map((r) => r[0]),
    areas: new Map([...p.areas].map(([name, r]) => [name, { values: r.values, formulas: r.formulas }])),
    layoutSlot: p.layoutSlot?.values[0][0],
    cells: p.cells.map((r) => r.formulas[0][0]),
    chartAreas: p.chartAreas.map((r) => (r.isNullObject ? null : r.address)),
  };
}
