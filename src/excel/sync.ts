/** Counting context.sync calls and request size. */

/** Excel on the web rejects requests over 5 MB; stay well below. */
export const PAYLOAD_LIMIT = 4_000_000;

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
