/**
 * `npm run uppfoljning`: argument parsing and the terminal summary, over the run in core/followup/run.ts; the
 * thin shell scripts/uppfoljning.js reads the files and prints. No Node APIs here.
 */
import { parseRanges, type AccountRange } from "../core/sie/ledger";
import { DomainError } from "../core/util/errors";
import { shift } from "../core/util/decimal";
import { parseAmount } from "../core/util/text";
import { isPresetId, presetById } from "../core/followup/presets";
import { type FollowupOptions, type FollowupRun } from "../core/followup/run";
import type { PresetId } from "../core/followup/types";
export { followupJson, parseInsatserCsv, runFollowup, type FollowupRun } from "../core/followup/run";

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

export interface FollowupCliOptions extends FollowupOptions {
  sie: string;
  insatser?: string;
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

const kr = (ore: number) => shift(ore, -2);

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
