/** The one way the Office.js executor stays under Excel's request-size limit: Sync.charge and Sync.chargeRows. */
import { PAYLOAD_LIMIT, rowBlocks, Sync } from "../../src/excel/sync";

/** A context that records what each request carried. */
function recorder() {
  const requests: string[][] = [[]];
  const ctx = { sync: async () => void requests.push([]) };
  return { ctx: ctx as unknown as Excel.RequestContext, requests, queue: (what: string) => requests[requests.length - 1].push(what) };
}

describe("rowBlocks", () => {
  it("fills each block up to the limit and no further", () => {
    expect(rowBlocks([4, 3, 3, 2, 5], 10)).toEqual([
      [0, 3],
      [3, 5],
    ]);
    expect(rowBlocks([5, 5, 5], 10)).toEqual([
      [0, 2],
      [2, 3],
    ]);
  });

  it("a row larger than the limit is a block of its own; no rows, no blocks", () => {
    expect(rowBlocks([2, 12, 2], 10)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(rowBlocks([], 10)).toEqual([]);
  });

  it("every usual table is one block", () => {
    expect(rowBlocks(Array.from({ length: 10_000 }, () => 200))).toEqual([[0, 10_000]]);
  });
});

describe("Sync", () => {
  it("charge syncs before a write that would push the request past the limit, never before the first", async () => {
    const { ctx, requests, queue } = recorder();
    const s = new Sync(ctx);
    const big = "x".repeat(PAYLOAD_LIMIT / 2);
    for (const name of ["a", "b", "c"]) {
      await s.charge(big);
      queue(name);
    }
    await s.sync();
    expect(requests.slice(0, -1)).toEqual([["a"], ["b"], ["c"]]);
    expect(s.count).toBe(3);
    expect(s.bytes).toBe(3 * (big.length + 2));
  });

  it("chargeRows cuts rows into blocks that each fit, and shares a request with earlier writes only where they fit together", async () => {
    const { ctx, requests, queue } = recorder();
    const s = new Sync(ctx);
    const row = ["y".repeat(999_996)]; // 1 000 000 bytes as JSON
    await s.charge("small");
    queue("small");
    await s.chargeRows(
      Array.from({ length: 9 }, () => row),
      (from, block) => queue(`${from}+${block.length}`),
    );
    await s.sync();
    expect(requests.slice(0, -1)).toEqual([["small"], ["0+4"], ["4+4"], ["8+1"]]);
    expect(s.bytes).toBe(7 + 9 * 1_000_000);
  });
});
