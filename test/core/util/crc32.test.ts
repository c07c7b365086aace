import { crc32 } from "../../../src/core/util/crc32";

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe("crc32", () => {
  it("gives the standard check value", () => {
    expect(crc32(ascii("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("continues across chunks", () => {
    const whole = ascii("The quick brown fox jumps over the lazy dog");
    expect(crc32(whole)).toBe(0x414fa339);
    expect(crc32(whole.subarray(10), crc32(whole.subarray(0, 10)))).toBe(0x414fa339);
  });
});
