/** Counting context.sync calls and request size, and the names that mark the add-in's own sheets. */

/** Excel on the web rejects requests over 5 MB; stay well below. */
export const PAYLOAD_LIMIT = 4_000_000;

export const ownerName = (key: string) => `PV_Blad_${key}`;

/** "='Närvården (2)'!$A$1" → "Närvården (2)"; a name whose sheet was deleted (=#REF!) → null. */
export function sheetFromFormula(formula: string): string | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!]+))!/.exec(formula);
  if (!m || (m[2] ?? "").startsWith("#")) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

export class Sync {
  count = 0;
  bytes = 0;
  private pending = 0;
  constructor(private readonly ctx: Excel.RequestContext) {}
  async sync(): Promise<void> {
    this.count++;
    this.pending = 0;
    await this.ctx.sync();
  }
  /** Accounts for a queued write; syncs first if it would push this request past the limit. */
  async charge(value: unknown): Promise<void> {
    const n = JSON.stringify(value).length;
    this.bytes += n;
    if (this.pending + n > PAYLOAD_LIMIT && this.pending > 0) await this.sync();
    this.pending += n;
  }
}
