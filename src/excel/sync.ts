/**
 * Counting context.sync calls and request size: the one place that keeps a request under Excel's limit. Single
 * writes are charged as they are queued (charge); a long run of rows is cut into blocks that each fit (chargeRows).
 */

/** Excel on the web rejects requests over 5 MB; stay well below. */
export const PAYLOAD_LIMIT = 4_000_000;

/**
 * Consecutive [from, to) blocks of rows whose sizes (bytes each) add up to at most `limit`; a row larger than
 * the limit is a block of its own.
 */
export function rowBlocks(sizes: number[], limit = PAYLOAD_LIMIT): [number, number][] {
  const blocks: [number, number][] = [];
  let from = 0;
  while (from < sizes.length) {
    let to = from + 1;
    let size = sizes[from];
    while (to < sizes.length && size + sizes[to] <= limit) size += sizes[to++];
    blocks.push([from, to]);
    from = to;
  }
  return blocks;
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
  /** Accounts for a queued write of `n` bytes (by default `value`'s); syncs first if it would push this request past the limit. */
  async charge(value: unknown, n = JSON.stringify(value).length): Promise<void> {
    this.bytes += n;
    if (this.pending + n > PAYLOAD_LIMIT && this.pending > 0) await this.sync();
    this.pending += n;
  }
  /**
   * Queues `rows` through `write` in blocks that each fit in a request, charging each block before it is queued,
   * so a block never shares a request it would push past the limit. One block for any usual table.
   */
  async chargeRows<R>(rows: R[], write: (from: number, block: R[]) => void): Promise<void> {
    const sizes = rows.map((r) => JSON.stringify(r).length);
    for (const [from, to] of rowBlocks(sizes)) {
      await this.charge(
        null,
        sizes.slice(from, to).reduce((a, b) => a + b, 0),
      );
      write(from, rows.slice(from, to));
    }
  }
}
