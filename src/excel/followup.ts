/**
 * Writes the follow-up (mapping tables, results, Återrapportering) from the plans in core, and gives the SIE
 * ledger its computed columns Kostnadsslag and Insatsområde, in one Excel.run and the writer's round trips:
 * the ledger is read with the writer's reads, its columns are added with the writer's writes (three syncs).
 */
import { ledgerFormulas } from "../core/workbook/followupPlan";
import { parseAddress, parseRange, rangeAddress, layoutSheet } from "../core/workbook/layout";
import { SIE_TABLE, sieLedgerPlan } from "../core/workbook/sieLedgerPlan";
import type { SheetPlan } from "../core/workbook/plan";
import { excelErrorMessage, text } from "./messages";
import { applySheets } from "./applySheets";
import type { ActionReport, Capabilities } from "./types";

type Run = (batch: (ctx: Excel.RequestContext) => Promise<ActionReport>) => Promise<ActionReport>;

const blank = (v: unknown) => v === "" || v === null || v === undefined;

/** GRANT_TRACE's label and formula beside a ledger the import created, relative to the table's top-left cell. */
function grantCells(): { dr: number; dc: number; label: string; formula: string } {
  const plan = sieLedgerPlan(null);
  const at = layoutSheet(plan).tables[0];
  const cells = plan.cells ?? [];
  const label = parseAddress(cells[0].address);
  return { dr: label.row - at.row, dc: label.col - at.col, label: String(cells[0].value), formula: String(cells[1].value) };
}

/** Long because: the ledger's reads and writes are closures over the same Excel objects, inside the writer's run. */
export async function writeFollowup(sheets: SheetPlan[], caps: Capabilities, excelRun?: Run): Promise<ActionReport> {
  try {
    return await (excelRun ?? ((b) => Excel.run(b)))(async (ctx) => {
      const extra = ledgerFormulas();
      const g = grantCells();
      const probe = ctx.workbook.tables.getItemOrNullObject(SIE_TABLE);
      probe.load("name");
      let header: Excel.Range | undefined;
      let whole: Excel.Range | undefined;
      let right: Excel.Range | undefined;
      let grant: Excel.Range | undefined;
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
            // The label, the formula and the two cells right of where they move to.
            grant = probe.getRange().getCell(0, 0).getOffsetRange(g.dr, g.dc).getResizedRange(1, extra.length).load("formulas,address");
          },
          beforeWrite: () => {
            // eslint-disable-next-line office-addins/call-sync-before-read
            if (probe.isNullObject || !header || !whole || !right || !grant) return text().followup.noLedger(SIE_TABLE);
            const have = header.values[0].map((v) => String(v));
            const missing = extra.filter((c) => !have.includes(c.header));
            if (!missing.length) return null;
            const box = parseRange(whole.address);
            const sheetName = whole.address.replace(/!.*$/, "").replace(/^'|'$/g, "").replace(/''/g, "'");
            const f = grant.formulas;
            const ours = f[0][0] === g.label && f[1][0] === g.formula;
            const grantBox = parseRange(grant.address);
            // Where GRANT_TRACE spills (its own column, from its row down) is not in the way: it moves.
            const inTheWay = right.formulas.flatMap((row, i) =>
              row.map((v, j) => {
                const r = box.row + i;
                const c = box.col + box.cols + j;
                return !blank(v) && !(ours && c === grantBox.col && r >= grantBox.row + 1) ? rangeAddress(r, c, 1, 1) : null;
              }),
            );
            const movedTo = f.flatMap((row, i) =>
              row.slice(1).map((v, j) => (!blank(v) && ours ? rangeAddress(grantBox.row + i, grantBox.col + 1 + j, 1, 1) : null)),
            );
            const blocked = [...inTheWay, ...movedTo].filter((x): x is string => x !== null);
            if (blocked.length) return text().followup.cellsInTheWay(sheetName, blocked[0]);
            const sheet = ctx.workbook.worksheets.getItem(sheetName);
            if (ours) {
              sheet.getRange(rangeAddress(grantBox.row, grantBox.col, 2, 1)).formulas = [[""], [""]];
              const to = rangeAddress(grantBox.row, grantBox.col + extra.length, 2, 1);
              sheet.getRange(to).formulas = [[g.label], [g.formula]];
            }
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
