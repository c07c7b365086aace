/**
 * Which cost-type preset fits a file: from its #KPTYP and its account names, never from the first digit
 * alone (class 4 is goods in BAS and personnel in Region-Bas). The names decide where they show where the
 * personnel is (wages, social fees, pensions in class 4, 5 or 7); #KPTYP decides where they do not; BAS is
 * the fallback, said as such.
 */
import { fold } from "../util/text";
import { PRESETS } from "./presets";
import type { PresetId } from "./types";

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
