/**
 * The follow-up model over SIE books as `npm run uppfoljning` runs it (src/cli/uppfoljning.ts parses the
 * arguments): the preset proposed or chosen, accounts it leaves out classified by name where unambiguous, the
 * Insatsområde CSV, and the JSON the issue specifies, amounts in kronor.
 */
import type { AccountRange } from "../sie/ledger";
import type { SieBooks } from "../sie/types";
import { fail } from "../util/errors";
import { shift } from "../util/decimal";
import { fold } from "../util/text";
import { fiscalYear, followupRows } from "./fromBooks";
import { crosswalk } from "./model";
import { proposePreset, proposeRules, type PresetProposal } from "./propose";
import type { AreaMapping, CostRule, Crosswalk, FollowupRow, PresetId } from "./types";

export interface FollowupOptions {
  kontoplan?: PresetId;
  /** Öre. */
  received?: number;
  projectDim: string;
  ranges: AccountRange[];
}

/** The Insatsområde CSV: header Projekt;Insatsområde (optionally Aktivitetsobjekt), semicolons, UTF-8 (a BOM is dropped). */
export function parseInsatserCsv(text: string): AreaMapping[] {
  const lines = text.replace(/^\ufeff/, "").split(/\r?\n/);
  const cells = (line: string) =>
    line.split(";").map((c) =>
      c
        .trim()
        .replace(/^"(.*)"$/, "$1")
        .replace(/""/g, '"'),
    );
  const header = cells(lines[0] ?? "").map(fold);
  const iProject = header.indexOf("projekt");
  const iArea = header.findIndex((h) => h === "insatsomrade" || h === "omrade");
  const iActivity = header.indexOf("aktivitetsobjekt");
  if (iProject < 0 || iArea < 0)
    fail("ledgerColumns", { missing: [iProject < 0 ? "Projekt" : "", iArea < 0 ? "Insatsområde" : ""].filter(Boolean).join(", ") });
  const out: AreaMapping[] = [];
  lines.slice(1).forEach((line, k) => {
    if (!line.trim()) return;
    const c = cells(line);
    const area = c[iArea] ?? "";
    if (!area) return;
    out.push({ project: c[iProject] ?? "", activity: iActivity >= 0 ? (c[iActivity] ?? "") : "", area, row: k + 2 });
  });
  return out;
}

export interface FollowupRun {
  proposal: PresetProposal;
  preset: PresetId;
  rules: CostRule[];
  mappings: AreaMapping[];
  rows: FollowupRow[];
  crosswalk: Crosswalk;
}

export function runFollowup(books: SieBooks, opts: FollowupOptions, csv: string | null): FollowupRun {
  const proposal = proposePreset(books.chartType, books.accounts);
  const preset = opts.kontoplan ?? proposal.preset;
  const mappings = csv === null ? [] : parseInsatserCsv(csv);
  const rows = followupRows(books, { projectDim: opts.projectDim, ranges: opts.ranges });
  const { rules } = proposeRules(
    preset,
    books.accounts,
    rows.map((r) => r.account),
  );
  const fy = fiscalYear(books);
  return {
    proposal,
    preset,
    rules,
    mappings,
    rows,
    crosswalk: crosswalk(rows, rules, mappings, { received: opts.received ?? null, year: fy ?? null }),
  };
}

const kr = (ore: number) => shift(ore, -2);

/** Exactly the JSON the issue specifies, amounts in kronor. */
export function followupJson(c: Crosswalk) {
  return {
    year: c.year,
    costTypes: c.costTypes.map((t) => ({ name: t.name, amount: kr(t.ore) })),
    areas: c.areas.map((a) => ({ name: a.name, amount: kr(a.ore) })),
    matrix: c.matrix.map((m) => ({ costType: m.costType, area: m.area, amount: kr(m.ore) })),
    total: kr(c.total),
    received: c.received === null ? null : kr(c.received),
    unspent: c.unspent === null ? null : kr(c.unspent),
    difference: kr(c.difference),
    unclassifiedAccounts: c.unclassifiedAccounts.map((u) => ({ account: u.account, name: u.name, amount: kr(u.ore) })),
    unmappedProjects: c.unmappedProjects.map((u) => ({ project: u.project, name: u.name, amount: kr(u.ore) })),
  };
}
