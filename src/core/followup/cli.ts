/**
 * `npm run uppfoljning`: argument parsing, the Insatsområde CSV and the JSON the issue specifies, over SIE books
 * the thin shell in scripts/uppfoljning.js has read. No Node APIs here; files and output are the shell's.
 */
import { parseRanges, type AccountRange } from "../sie/ledger";
import type { SieBooks } from "../sie/types";
import { DomainError, fail } from "../util/errors";
import { shift } from "../util/decimal";
import { fold, parseAmount } from "../util/text";
import { fiscalYear, followupRows } from "./fromBooks";
import { crosswalk } from "./model";
import { isPresetId, presetById } from "./presets";
import { proposePreset, proposeRules, type PresetProposal } from "./propose";
import type { AreaMapping, CostRule, Crosswalk, FollowupRow, PresetId } from "./types";

export const USAGE = `Användning:
  npm run -s uppfoljning -- --sie FIL [--kontoplan bas|kommunbas|regionbas] [--insatser FIL.csv] [--mottaget KR]
                            [--projektdim N] [--konton 4000-7999] [--xlsx UT.xlsx] [--json]

  --sie        SIE 4-filen (läses med tilläggets egen läsare).
  --kontoplan  Förinställning för kostnadsslagen. Utan: den som föreslås ur filens #KPTYP och kontonamn.
               Konton som förinställningen inte täcker får ett kostnadsslag där kontonamnet entydigt anger det.
  --insatser   CSV med kolumnerna Projekt;Insatsområde (semikolon, UTF-8). Projekt som saknas är ej kopplade.
  --mottaget   Mottaget statsbidrag i kronor; ger ej förbrukat.
  --projektdim Dimensionen med projekten (standard 6).
  --konton     Resursförbrukningens konton (standard 4000-7999).
  --xlsx       Skriv också huvudbok, mappningar och bladet Återrapportering som .xlsx.
  --json       Ett JSON-objekt på standard ut, belopp i kronor.`;

export interface FollowupCliOptions {
  sie: string;
  kontoplan?: PresetId;
  insatser?: string;
  /** Öre. */
  received?: number;
  projectDim: string;
  ranges: AccountRange[];
  xlsx?: string;
  json: boolean;
}

const VALUE_FLAGS = ["--sie", "--kontoplan", "--insatser", "--mottaget", "--projektdim", "--konton", "--xlsx"] as const;

/** Parses the arguments; a bad one throws an Error with a Swedish message (exit 2 in the shell). */
export function parseFollowupArgs(argv: readonly string[]): FollowupCliOptions | { help: true } {
  if (argv.includes("--help") || argv.includes("-h")) return { help: true };
  const v: Partial<Record<(typeof VALUE_FLAGS)[number], string>> = {};
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") json = true;
    else if ((VALUE_FLAGS as readonly string[]).includes(a)) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--")) throw new Error(`${a} behöver ett värde.\n${USAGE}`);
      v[a as (typeof VALUE_FLAGS)[number]] = next;
      i++;
    } else throw new Error(`Okänt argument ${a}.\n${USAGE}`);
  }
  if (!v["--sie"]) throw new Error(`Ange SIE-filen med --sie.\n${USAGE}`);
  const plan = v["--kontoplan"]?.toLowerCase().replace(/[^a-z]/g, "");
  if (plan !== undefined && !isPresetId(plan))
    throw new Error(`--kontoplan ska vara bas, kommunbas eller regionbas, inte ${v["--kontoplan"]}.`);
  let received: number | undefined;
  if (v["--mottaget"] !== undefined) {
    const kr = parseAmount(v["--mottaget"]);
    if (kr === null || kr < 0 || kr > 1e13)
      throw new Error(`--mottaget ska vara ett belopp i kronor (t.ex. 52000000), inte ${v["--mottaget"]}.`);
    received = Math.round(shift(kr, 2));
  }
  const projectDim = v["--projektdim"] ?? "6";
  if (!/^\d{1,5}$/.test(projectDim)) throw new Error(`--projektdim ska vara ett dimensionsnummer (t.ex. 6), inte ${projectDim}.`);
  let ranges: AccountRange[];
  try {
    ranges = parseRanges(v["--konton"] ?? "4000-7999");
  } catch {
    throw new Error(`--konton ska vara kontonummer eller intervall som 4000-7999, inte ${v["--konton"]}.`);
  }
  return {
    sie: v["--sie"],
    kontoplan: plan as PresetId | undefined,
    insatser: v["--insatser"],
    received,
    projectDim,
    ranges,
    xlsx: v["--xlsx"],
    json,
  };
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

export function runFollowup(books: SieBooks, opts: FollowupCliOptions, csv: string | null): FollowupRun {
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

/** A readable summary for the terminal. */
export function followupText(run: FollowupRun): string {
  const c = run.crosswalk;
  const f = (ore: number) =>
    kr(ore)
      .toLocaleString("sv-SE", { minimumFractionDigits: 2, maximumFractionDigits: 2 })
      .replace(/\u00a0/g, " ");
  const p = presetById(run.preset);
  const w = Math.max(28, ...c.costTypes.map((t) => t.name.length), ...c.areas.map((a) => a.name.length));
  const out = [
    `År: ${c.year ?? "(anges inte)"}`,
    `Kontoplan: ${p.name}${run.preset === run.proposal.preset ? ` (föreslagen: ${run.proposal.reason})` : ` (vald; föreslagen var ${run.proposal.preset}: ${run.proposal.reason})`}`,
    ...(p.checkOwnChart ? ["OBS: kontrollera regionens egen kontoplan; reglerna täcker bara det källorna bekräftar."] : []),
    "",
    "Kostnadsslag (Kammarkollegiet):",
    ...c.costTypes.map((t) => `  ${t.name.padEnd(w)} ${f(t.ore).padStart(18)} kr`),
    "Insatsområden (Socialstyrelsen):",
    ...c.areas.map((a) => `  ${a.name.padEnd(w)} ${f(a.ore).padStart(18)} kr`),
    "",
    `Summa i huvudboken:  ${f(c.total)} kr`,
    ...(c.received !== null ? [`Mottaget:            ${f(c.received)} kr`, `Ej förbrukat:        ${f(c.unspent!)} kr`] : []),
    `Differens:           ${f(c.difference)} kr${c.difference === 0 ? " (stämmer)" : " (STÄMMER INTE)"}`,
  ];
  if (c.unclassifiedAccounts.length)
    out.push("", "Ej klassade konton:", ...c.unclassifiedAccounts.map((u) => `  ${u.account} ${u.name}: ${f(u.ore)} kr`));
  if (c.unmappedProjects.length)
    out.push(
      "",
      "Projekt utan insatsområde:",
      ...c.unmappedProjects.map((u) => `  ${u.project || "(utan projekt)"} ${u.name}: ${f(u.ore)} kr`),
    );
  return out.join("\n");
}

/** A DomainError or Error as the one line the shell prints. */
export function describeError(e: unknown, messageFor: (e: DomainError) => string): string {
  return e instanceof DomainError ? messageFor(e) : e instanceof Error ? e.message : String(e);
}
