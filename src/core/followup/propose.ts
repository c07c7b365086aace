/**
 * Which cost-type preset fits a file: from its #KPTYP and its account names, never from the first digit
 * alone (class 4 is goods in BAS and personnel in Region-Bas). The names decide where they show where the
 * personnel is (wages, social fees, pensions in class 4, 5 or 7); #KPTYP decides where they do not; BAS is
 * the fallback, said as such. Accounts a preset leaves out get a one-account rule where their name says the
 * cost type without doubt (proposeRules), so a partial preset (Region-Bas) still proposes a type per account.
 */
import { fold } from "../util/text";
import { costClassifier } from "./model";
import { PRESETS, presetRules } from "./presets";
import type { CostRule, PresetId, StandardCostType } from "./types";

export interface PresetProposal {
  preset: PresetId;
  /** Swedish, for the pane and the CLI. */
  reason: string;
  kptyp: string | null;
  /** Accounts whose names say personnel, per account class (4, 5, 7). */
  personnel: { accountClass: number; count: number; example: string }[];
}

const PERSONNEL =
  /\b(lon|loner|lonekostnad\w*|arvoden?|sociala avgifter|arbetsgivaravgift\w*|pensionskostnad\w*|semesterlon\w*|personalkostnad\w*)\b/;
const CLASS_PRESET: Record<number, PresetId> = { 4: "regionbas", 5: "kommunbas", 7: "bas" };

const normKptyp = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, "");

export function presetFromKptyp(kptyp: string | null | undefined): PresetId | null {
  if (!kptyp) return null;
  const k = normKptyp(kptyp);
  // Longest pattern first: "KBAS13" is Kommun-Bas although it ends in BAS13.
  const pats = PRESETS.flatMap((p) => p.kptyp.map((x) => ({ id: p.id, x: normKptyp(x) }))).sort((a, b) => b.x.length - a.x.length);
  return pats.find((p) => k.startsWith(p.x))?.id ?? null;
}

export function proposePreset(kptyp: string | null | undefined, accounts: ReadonlyMap<string, string>): PresetProposal {
  const byClass = new Map<number, { count: number; example: string }>();
  for (const [account, name] of accounts) {
    if (!/^\d{4,}$/.test(account)) continue;
    const cls = Number(account[0]);
    if (!(cls in CLASS_PRESET) || !PERSONNEL.test(fold(name))) continue;
    const c = byClass.get(cls) ?? { count: 0, example: `${account} ${name}` };
    c.count++;
    byClass.set(cls, c);
  }
  const personnel = [...byClass].map(([accountClass, c]) => ({ accountClass, ...c })).sort((a, b) => b.count - a.count);
  const fromKptyp = presetFromKptyp(kptyp);
  const k = kptyp ? `#KPTYP ${kptyp}` : "ingen #KPTYP";
  const [best, second] = personnel;
  if (best && (!second || best.count > second.count)) {
    const preset = CLASS_PRESET[best.accountClass];
    const names = `kontonamnen visar personal i klass ${best.accountClass} (${best.count} konton, t.ex. ”${best.example}”)`;
    const agree = fromKptyp === null || fromKptyp === preset ? `${k}; ${names}` : `${names}, vilket väger tyngre än ${k}`;
    return { preset, reason: agree, kptyp: kptyp ?? null, personnel };
  }
  if (fromKptyp) return { preset: fromKptyp, reason: `${k}; kontonamnen visar inte var personalen finns`, kptyp: kptyp ?? null, personnel };
  return {
    preset: "bas",
    reason: `${k} och inga kontonamn som visar var personalen finns: BAS antas, kontrollera`,
    kptyp: kptyp ?? null,
    personnel,
  };
}

/** Account names that say one cost type without doubt (folded text). An account matching two says none. */
const NAME_RULES: { costType: StandardCostType; re: RegExp }[] = [
  { costType: "Egen personal", re: PERSONNEL },
  { costType: "Inhyrd personal", re: /\b(inhyrd\w*|bemanning\w*|hyrpersonal|hyrlakare\w*|hyrsjukskotersk\w*)\b/ },
  {
    costType: "Köpt vård och verksamhet",
    re: /\b(kopt\w* (vard|primarvard|halso|tandvard|verksamhet)\w*|kop av (vard|huvudverksamhet|verksamhet)\w*|vardtjanster)\b/,
  },
  {
    costType: "Övriga varor och tjänster",
    re: /\b(material\w*|varor|tjanster|konsult\w*|kurser|konferens\w*|resor|lokal\w*|hyra|forbrukning\w*|inventarier|programvar\w*|licens\w*|porto|telefon\w*|utbildning\w*|lakemedel|transporter)\b/,
  },
];

/** The one cost type an account's name says, or null (no pattern, or more than one). */
export function costTypeFromName(name: string): StandardCostType | null {
  const f = fold(name);
  const hits = NAME_RULES.filter((r) => r.re.test(f));
  if (hits.length !== 1) return null;
  // "Inhyrd personal" also reads as personnel; "köpt vård" also as services: the narrower one wins above.
  return hits[0].costType;
}

export interface AccountProposal {
  account: string;
  name: string;
  costType: string | null;
  /** preset: a preset range covers it; name: its name says it (a one-account rule is proposed); null: Ej klassat. */
  by: "preset" | "name" | null;
  /** What is booked on it, öre (when the proposal was made from ledger rows). */
  ore?: number;
}

/**
 * The Kostnadsslag rows proposed for a file: the preset's ranges, then one row per used account the preset
 * leaves out whose name says its cost type without doubt. Every used account with what it would become (and,
 * given ledger rows, what is booked on it), for the pane to show before anything is written.
 */
export function proposeRules(
  preset: PresetId,
  accounts: ReadonlyMap<string, string>,
  used: Iterable<string | { account: string; ore: number }>,
): { rules: CostRule[]; accounts: AccountProposal[] } {
  const amounts = new Map<string, number>();
  const codes: string[] = [];
  for (const u of used) {
    if (typeof u === "string") codes.push(u);
    else {
      codes.push(u.account);
      amounts.set(u.account, (amounts.get(u.account) ?? 0) + u.ore);
    }
  }
  const rules = presetRules(preset);
  const byPreset = costClassifier(rules);
  const out: AccountProposal[] = [];
  const extra: CostRule[] = [];
  const sorted = [...new Set(codes)].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  for (const account of sorted) {
    const name = accounts.get(account) ?? "";
    const p = byPreset(account);
    const ore = amounts.has(account) ? { ore: amounts.get(account)! } : {};
    if (p) {
      out.push({ account, name, costType: p, by: "preset", ...ore });
      continue;
    }
    const n = /^\d{1,9}$/.test(account) ? costTypeFromName(name) : null;
    if (n) extra.push({ from: Number(account), to: Number(account), costType: n, row: rules.length + extra.length + 1 });
    out.push({ account, name, costType: n, by: n ? "name" : null, ...ore });
  }
  return { rules: [...rules, ...extra], accounts: out };
}
