/**
 * Writes an imported SIE ledger into the workbook in one Excel.run: finds the ledger table (or creates its
 * sheet through the plan writer), reads it, merges in core, then writes once. Reads come before any write,
 * so a merge that fails writes nothing; a first import that fails while writing removes the sheet it created.
 * The user's cells are written back exactly as read (formulas too; quote-prefixed text, which Excel reads back
 * without its apostrophe, as text). An export of another company (org. no. beside the table) is refused.
 */
import { messageFor } from "../core/i18n";
import { mergeLedger, type MergeResult, type Provenance, type RowChange } from "../core/sie/ledgerMerge";
import type { LedgerRow } from "../core/sie/ledger";
import { DomainError } from "../core/util/errors";
import { parseAddress, rangeAddress } from "../core/workbook/layout";
import {
  SIE_ORGNR_CELL,
  SIE_RECEIVED_CELL,
  SIE_RECEIVED_SOURCE_CELL,
  SIE_TABLE,
  SIE_TRACE_CELL,
  sieColumnFormat,
  sieLedgerPlan,
  sieTraceFormula,
} from "../core/workbook/sieLedgerPlan";
import { otherCompany } from "../core/sie/ledgerMerge";
import { kronor } from "../core/sie/summary";
import { formatNumber, inertText } from "../core/util/text";
import { writerLanguage } from "./language";
import { text } from "./messages";
import { sheetFromFormula } from "../core/workbook/ownership";
import { applySheets } from "./applySheets";
import { failedReport, runAction, type ExcelRun } from "./run";
import { Sync } from "./sync";
import type { ActionReport, Capabilities } from "./types";

export interface SieImport {
  rows: LedgerRow[];
  provenance: Provenance;
  /** The projects chosen for this import: their rows that the file no longer has are set to 0. */
  projects: string[];
  company: string | null;
  /** #ORGNR of the file: a ledger holding another company's books refuses it. */
  orgNumber: string | null;
  /** The grant received according to the books (chosen income accounts), with its vouchers; null: not chosen. */
  received?: { ore: number; accounts: string[]; vouchers: string[] } | null;
}

/** Writes the received amount and its provenance beside the table and lets GRANT_TRACE use it. */
function queueReceived(sheet: Excel.Worksheet, r: NonNullable<SieImport["received"]>): string {
  const kr = kronor(r.ore);
  const vouchers = r.vouchers.length ? r.vouchers.slice(0, 50).join(", ") + (r.vouchers.length > 50 ? " …" : "") : "–";
  const source = `Konto ${r.accounts.join(", ")}; verifikationer ${vouchers}`;
  sheet.getRange(SIE_RECEIVED_CELL).values = [[kr]];
  sheet.getRange(SIE_RECEIVED_SOURCE_CELL).values = [[inertText(source)]];
  sheet.getRange(SIE_TRACE_CELL).formulas = [[sieTraceFormula(true)]];
  return `Mottaget bidrag ur bokföringen: ${formatNumber(kr, 2)} kr (${source}).`;
}

const MAX_NOTES = 40;

/** What changed, row by row; a first import lists nothing (every row is new). */
function notesFor(m: MergeResult, created: boolean): string[] {
  const t = text().ledger;
  const kr = (n: number | null) => (n === null ? t.empty : t.amount(n));
  const row = (c: RowChange) => t.row(c.project, c.activity, c.account, c.accountName);
  const lines = [
    ...(created ? [] : m.added.map((c) => t.added(row(c), kr(c.to)))),
    ...m.updated.map((c) => t.updated(row(c), kr(c.from), kr(c.to))),
    ...m.zeroed.map((c) => t.zeroed(row(c), kr(c.from))),
  ];
  return lines.length > MAX_NOTES ? [...lines.slice(0, MAX_NOTES), t.more(lines.length - MAX_NOTES)] : lines;
}

function summary(m: MergeResult, file: string, created: boolean): string {
  const t = text().ledger;
  if (created) return t.created(m.added.length, file);
  const parts = [
    m.added.length && t.newRows(m.added.length),
    m.updated.length && t.changedAmounts(m.updated.length),
    m.zeroed.length && t.zeroedRows(m.zeroed.length),
  ].filter((p): p is string => Boolean(p));
  return t.updatedFrom(file, parts, t.provenanceOnly);
}

export function importSieLedger(input: SieImport, caps: Capabilities, excelRun?: ExcelRun): Promise<ActionReport> {
  return runAction(async (ctx) => {
    const wb = ctx.workbook;
    let syncs = 1;
    const found = wb.tables.getItemOrNullObject(SIE_TABLE);
    found.load("name");
    await ctx.sync();
    const notes: string[] = [];
    // isNullObject is known after the sync above (the rule only sees loaded property names).
    // eslint-disable-next-line office-addins/call-sync-before-read
    const created = found.isNullObject;
    if (created) {
      const made = await applySheets(ctx, [sieLedgerPlan(input.company, input.orgNumber)], caps);
      syncs += made.syncs;
      if (!made.ok) return { ...made, syncs };
      notes.push(...made.notes);
    }
    const table = created ? wb.tables.getItem(SIE_TABLE) : found;
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("formulas,values,address");
    const org = table.worksheet.getRange(SIE_ORGNR_CELL).load("values");
    await ctx.sync();
    syncs++;
    const refused = otherCompany(String(org.values[0][0] ?? ""), input.orgNumber);
    if (refused) return failedReport(messageFor(refused, writerLanguage()), syncs);
    if (input.orgNumber && String(org.values[0][0] ?? "").trim() === "") {
      org.numberFormat = [["@"]];
      org.values = [[input.orgNumber]]; // a ledger made before the number was kept: it keeps it from now on
    }
    if (input.received) notes.push(queueReceived(table.worksheet, input.received));

    let m: MergeResult;
    try {
      m = mergeLedger({ header: header.values[0], body: body.formulas, values: body.values }, input.rows, input.provenance, input.projects);
    } catch (e) {
      if (e instanceof DomainError) return failedReport(messageFor(e, writerLanguage()), syncs);
      throw e;
    }
    if (!m.changed) {
      if (input.received) {
        await ctx.sync();
        syncs++;
      }
      return {
        ok: true,
        message: text().ledger.unchanged(input.provenance.file),
        notes,
        syncs,
        payloadBytes: 0,
        sheets: [],
      };
    }

    const sheetName = sheetFromFormula(body.address) ?? "";
    try {
      return await writeMerged(ctx, { table, bodyAddress: body.address, sheetName, m, input, created, notes, syncs });
    } catch (e) {
      // A first import that fails part-way leaves no half-made ledger: the sheet it created goes again.
      if (created) {
        try {
          wb.worksheets.getItem(sheetName).delete();
          await ctx.sync();
        } catch {
          // The original failure is the one to report.
        }
      }
      throw e;
    }
  }, excelRun);
}

/** Appends and writes the merged ledger; the whole body in blocks below Excel's request limit. */
async function writeMerged(
  ctx: Excel.RequestContext,
  w: {
    table: Excel.Table;
    bodyAddress: string;
    sheetName: string;
    m: MergeResult;
    input: SieImport;
    created: boolean;
    notes: string[];
    syncs: number;
  },
): Promise<ActionReport> {
  const { table, bodyAddress, sheetName, m, input, created, notes } = w;
  const sheet = ctx.workbook.worksheets.getItem(sheetName);
  const s = new Sync(ctx);
  // Appended rows: text columns formatted as text before any value lands, so "0001" keeps its zeros.
  const start = parseAddress(bodyAddress.split("!").pop()!.split(":")[0].replace(/\$/g, ""));
  const existing = m.body.length - m.appended;
  if (m.appended) {
    table.rows.add(
      undefined,
      Array.from({ length: m.appended }, () => m.header.map(() => "")),
    );
    const formats = m.header.map(sieColumnFormat);
    sheet.getRange(rangeAddress(start.row + existing, start.col, m.appended, m.header.length)).numberFormat = Array.from(
      { length: m.appended },
      () => formats,
    );
  }
  // The whole body, in blocks below Excel's request limit (one block, hence one sync, for any usual ledger).
  await s.chargeRows(m.body, (from, block) => {
    sheet.getRange(rangeAddress(start.row + from, start.col, block.length, m.header.length)).formulas = block;
  });
  await s.sync();
  return {
    ok: true,
    message: summary(m, input.provenance.file, created),
    notes: [...notes, ...notesFor(m, created)],
    syncs: w.syncs + s.count,
    payloadBytes: s.bytes,
    sheets: [sheetName],
  };
}
