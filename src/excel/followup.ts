/**
 * Writes the follow-up (mapping tables, results, Återrapportering) from the plans in core, and gives the SIE
 * ledger its computed columns Kostnadsslag and Insatsområde, in one Excel.run and the writer's round trips:
 * the ledger is read with the writer's reads, its columns are added with the writer's writes (three syncs).
 */
import { ledgerFormulas } from "../core/workbook/followupPlan";
import { parseRange, rangeAddress } from "../core/workbook/layout";
import {
  SIE_SIDE_HEIGHT,
  SIE_SIDE_ROWS,
  SIE_TABLE,
  sieLedgerPlan,
  sieSideCell,
  sieSideOffset,
  sieTraceFormula,
} from "../core/workbook/sieLedgerPlan";
import type { SheetPlan } from "../core/workbook/plan";
import { excelErrorMessage, text } from "./messages";
import { applySheets } from "./applySheets";
import type { ActionReport, Capabilities } from "./types";

type Run = (batch: (ctx: Excel.RequestContext) => Promise<ActionReport>) => Promise<ActionReport>;

const blank = (v: unknown) => v === "" || v === null || v === undefined;

/** The SIE ledger's side block (org. no., GRANT_TRACE, received) as a fresh ledger has it: its labels and formula. */
function sideLabels(): { traceLabel: string; blockTop: number } {
  const plan = sieLedgerPlan(null);
  const label = (plan.cells ?? []).find((c) => c.address === sieSideCell("traceLabel"))!;
  return { traceLabel: String(label.value), blockTop: sieSideOffset("orgLabel") };
}

/**
 * The side block moved `by` columns right: its cells with their number formats, GRANT_TRACE's received
 * argument pointing at the received cell where it now stands.
 */
function movedBlock(formulas: unknown[][], formats: unknown[][], sideCol: number, by: number) {
  const traceNow = [sieTraceFormula(null), sieTraceFormula(sieSideCell("received", sideCol))];
  const receivedThen = sieSideCell("received", sideCol + by);
  const moved = formulas.map((row, i) => {
    const v = row[0];
    return [i === SIE_SIDE_ROWS.trace && v === traceNow[1] ? sieTraceFormula(receivedThen) : v];
  });
  return { formulas: moved, formats: formats.map((row) => [row[0]]), traceNow };
}

/**
 * Whether the new columns can be added, and the side block's move right of them: the user's cells right of the
 * table are in the way (named, the first one), the block itself is not (it moves, when it is still the import's).
 */
function sideMove(side: Excel.Range, box: ReturnType<typeof parseRange>, right: unknown[][], by: number, traceLabel: string) {
  const f = side.formulas;
  const sideBox = parseRange(side.address);
  const block = movedBlock(f, side.numberFormat, sideBox.col, by);
  const ours = f[SIE_SIDE_ROWS.traceLabel][0] === traceLabel && block.traceNow.includes(String(f[SIE_SIDE_ROWS.trace][0]));
  const inBlock = (r: number, c: number) => ours && c === sideBox.col && r >= sideBox.row && r < sideBox.row + SIE_SIDE_HEIGHT;
  const inTheWay = right.flatMap((row, i) =>
    row.map((v, j) => {
      const r = box.row + i;
      const c = box.col + box.cols + j;
      return !blank(v) && !inBlock(r, c) ? rangeAddress(r, c, 1, 1) : null;
    }),
  );
  const movedTo = f.flatMap((row, i) =>
    row.slice(1).map((v, j) => (!blank(v) && ours ? rangeAddress(sideBox.row + i, sideBox.col + 1 + j, 1, 1) : null)),
  );
  const blocked = [...inTheWay, ...movedTo].find((x): x is string => x !== null) ?? null;
  const apply = (sheet: Excel.Worksheet) => {
    if (!ours) return;
    const from = sheet.getRange(rangeAddress(sideBox.row, sideBox.col, SIE_SIDE_HEIGHT, 1));
    from.formulas = f.map(() => [""]);
    from.numberFormat = f.map(() => ["General"]);
    const to = sheet.getRange(rangeAddress(sideBox.row, sideBox.col + by, SIE_SIDE_HEIGHT, 1));
    to.numberFormat = block.formats;
    to.formulas = block.formulas;
  };
  return { blocked, apply };
}

/** Long because: the ledger's reads and writes are closures over the same Excel objects, inside the writer's run. */
export async function writeFollowup(sheets: SheetPlan[], caps: Capabilities, excelRun?: Run): Promise<ActionReport> {
  try {
    return await (excelRun ?? ((b) => Excel.run(b)))(async (ctx) => {
      const extra = ledgerFormulas();
      const g = sideLabels();
      const probe = ctx.workbook.tables.getItemOrNullObject(SIE_TABLE);
      probe.load("name");
      let header: Excel.Range | undefined;
      let whole: Excel.Range | undefined;
      let right: Excel.Range | undefined;
      let side: Excel.Range | undefined;
      const notes: string[] = [];
      const report = await applySheets(
        ctx,
        sheets,
        caps,
        {},
        {
          afterFirstRead: () => {
            // isNullObject is known after the writer's first round trip.
            // eslint-disable-next-line office-addins/call-sync-before-read
            if (probe.isNullObject) return;
            header = probe.getHeaderRowRange().load("values");
            whole = probe.getRange().load("address");
            right = probe
              .getRange()
              .getLastColumn()
              .getOffsetRange(0, 1)
              .getResizedRange(0, extra.length - 1)
              .load("formulas,address");
            // The side block beside the table (org. no., GRANT_TRACE, received) and the columns it moves over.
            side = probe
              .getHeaderRowRange()
              .getLastColumn()
              .getOffsetRange(g.blockTop, 1)
              .getResizedRange(SIE_SIDE_HEIGHT - 1, extra.length)
              .load("formulas,numberFormat,address");
          },
          beforeWrite: () => {
            // eslint-disable-next-line office-addins/call-sync-before-read
            if (probe.isNullObject || !header || !whole || !right || !side) return text().followup.noLedger(SIE_TABLE);
            const have = header.values[0].map((v) => String(v));
            const missing = extra.filter((c) => !have.includes(c.header));
            if (!missing.length) return null;
            const box = parseRange(whole.address);
            const sheetName = whole.address.replace(/!.*$/, "").replace(/^'|'$/g, "").replace(/''/g, "'");
            const move = sideMove(side, box, right.formulas, extra.length, g.traceLabel);
            if (move.blocked) return text().followup.cellsInTheWay(sheetName, move.blocked);
            move.apply(ctx.workbook.worksheets.getItem(sheetName));
            const bodyRows = box.rows - 1;
            for (const c of missing)
              probe.columns.add(undefined, [[c.header], ...Array.from({ length: bodyRows }, () => [c.formula])], c.header);
            notes.push(
              text().followup.columnsAdded(
                missing.map((c) => c.header),
                SIE_TABLE,
              ),
            );
            return null;
          },
        },
      );
      return report.ok ? { ...report, notes: [...notes, ...report.notes] } : report;
    });
  } catch (e) {
    return { ok: false, message: excelErrorMessage(e), notes: [], syncs: 0, payloadBytes: 0, sheets: [] };
  }
}
