/**
 * The real SIE exports in test/fixtures/sie and an independent, deliberately naive line parser used to
 * check the reader: regular expressions over Latin-1 text, decimal amounts summed as BigInt öre.
 */
import fs from "fs";
import path from "path";

export const FIXTURES = path.resolve(__dirname, "../../fixtures/sie");
export const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

export const VISMA = "sieport_visma_ovningsbolaget_SIE4E.SE";
export const AVENDO = "jsisie_avendo_transaktioner_ovnbolag.se";
export const BL = "jsisie_BL0001_typ4.SE";
export const REAL09 = "jsisie_Exempelbolaget_REAL09.si";
export const NORSTEDTS = "jsisie_ksumma_Bokslut_Norstedts_SIE_4E.se";
export const CORRUPTED = "jsisie_SIE4_Exempelfil_med_underdim_CORRUPTED_utf8.SE";
export const ALL = [VISMA, AVENDO, BL, REAL09, NORSTEDTS, CORRUPTED];

/** "-46733.40" → -4673340n. */
export function oreOf(text: string): bigint {
  const m = /^(-?)(\d*)(?:\.(\d{0,2}))?$/.exec(text);
  if (!m) throw new Error(`bad amount ${text}`);
  const v = BigInt(m[2] || "0") * 100n + BigInt((m[3] ?? "").padEnd(2, "0") || "0");
  return m[1] ? -v : v;
}

export interface Naive {
  vouchers: number;
  transactions: number;
  corrections: number;
  voucherSums: bigint[];
  byAccount: Map<string, bigint>;
  /** `${dim}:${object}` → sum. */
  byObject: Map<string, bigint>;
}

export function naiveParse(bytes: Uint8Array): Naive {
  const text = Buffer.from(bytes).toString("latin1");
  const out: Naive = { vouchers: 0, transactions: 0, corrections: 0, voucherSums: [], byAccount: new Map(), byObject: new Map() };
  let open = false;
  let sum = 0n;
  const add = (m: Map<string, bigint>, k: string, v: bigint) => m.set(k, (m.get(k) ?? 0n) + v);
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("#VER")) out.vouchers++;
    else if (line === "{") ((open = true), (sum = 0n));
    else if (line === "}") ((open = false), out.voucherSums.push(sum));
    else if (/^#(R|B)TRANS/.test(line) && open) out.corrections++;
    else if (line.startsWith("#TRANS") && open) {
      const m = /^#TRANS\s+"?([^\s"]+)"?\s*\{([^}]*)\}\s*(\S+)/.exec(line);
      if (!m) throw new Error(`naive parser cannot read ${line}`);
      const amount = oreOf(m[3]);
      out.transactions++;
      sum += amount;
      add(out.byAccount, m[1], amount);
      const items = (m[2].match(/"[^"]*"|[^\s"]+/g) ?? []).map((s) => s.replace(/^"|"$/g, ""));
      for (let i = 0; i + 1 < items.length; i += 2) add(out.byObject, `${items[i]}:${items[i + 1]}`, amount);
    }
  }
  return out;
}

/** Year-0 #IB, #UB and #RES per account, read with regular expressions (BigInt öre). */
export function naiveBalances(bytes: Uint8Array): Map<string, { ib: bigint; ub: bigint; res: bigint | null }> {
  const out = new Map<string, { ib: bigint; ub: bigint; res: bigint | null }>();
  for (const raw of Buffer.from(bytes).toString("latin1").split(/\r?\n/)) {
    const m = /^#(IB|UB|RES)\s+0\s+"?([^\s"]+)"?\s+(\S+)/.exec(raw.trim());
    if (!m) continue;
    const b = out.get(m[2]) ?? { ib: 0n, ub: 0n, res: null };
    if (m[1] === "IB") b.ib += oreOf(m[3]);
    else if (m[1] === "UB") b.ub += oreOf(m[3]);
    else b.res = (b.res ?? 0n) + oreOf(m[3]);
    out.set(m[2], b);
  }
  return out;
}
