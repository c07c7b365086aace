/** The reader's typed-array tables: every entry found again, none confused, across growth and rehashing. */
import { RawIndex, VoucherSet } from "../../../src/core/sie/compact";

describe("compact tables", () => {
  it("RawIndex finds each spelling's posting, also under equal hashes", () => {
    const idx = new RawIndex();
    const enc = (s: string) => Buffer.from(s, "latin1");
    for (let i = 0; i < 20000; i++) {
      const b = enc(`4010 {6 "P${i}"}`);
      expect(idx.find(b, 0, b.length, i % 7)).toBe(-1);
      idx.add(b, 0, b.length, i % 7, i); // few distinct hashes: lookups must compare bytes
      if (i % 997 === 0) expect(idx.find(b, 0, b.length, i % 7)).toBe(i);
    }
    for (const i of [0, 1, 4999, 19999]) {
      const b = enc(`xx4010 {6 "P${i}"}`);
      expect(idx.find(b, 2, b.length, i % 7)).toBe(i);
    }
    const other = enc('4010 {6 "P20000"}');
    expect(idx.find(other, 0, other.length, 20000 % 7)).toBe(-1);
  });

  it("VoucherSet tells a repeated series, number and date from a new one", () => {
    const set = new VoucherSet();
    for (let n = 1; n <= 100000; n++) expect(set.add(n % 3, n, 20240101 + (n % 28))).toBe(true);
    expect(set.add(1, 1, 20240102)).toBe(false);
    expect(set.add(1, 1, 20240103)).toBe(true);
    expect(set.add(2, 1, 20240102)).toBe(true);
    expect(set.add(0, 99999, 20240101 + (99999 % 28))).toBe(false);
    expect(set.add(0, 2 ** 52, 20240101)).toBe(true);
    expect(set.add(0, 2 ** 52, 20240101)).toBe(false);
  });
});
