import fc from "fast-check";
import { assertProperty } from "../../property";
import { add, DecimalSum, decimals, percentToFraction, shift, subtract, sum } from "../../../src/core/util/decimal";

/** A decimal with up to `maxD` decimals, as the double Excel would hold, with its exact mantissa and scale. */
const decimal = (maxD = 6, maxM = 1e12) =>
  fc
    .tuple(fc.integer({ min: -maxM, max: maxM }), fc.integer({ min: 0, max: maxD }))
    .map(([m, d]) => ({ m: BigInt(m), d, v: Number(`${m}e-${d}`) }));

/** The exact decimal sum by BigInt, rounded once: what decimal arithmetic gives. */
function exactSum(xs: { m: bigint; d: number }[]): { value: number; d: number } {
  const d = Math.max(0, ...xs.map((x) => x.d));
  const total = xs.reduce((s, x) => s + x.m * BigInt(10) ** BigInt(d - x.d), BigInt(0));
  return { value: Number(`${total}e-${d}`), d };
}

describe("decimal arithmetic", () => {
  it("gives the issue's figures exactly", () => {
    expect(percentToFraction(8.9)).toBe(0.089);
    expect(percentToFraction(19.7)).toBe(0.197);
    expect(percentToFraction(18.6)).toBe(0.186);
    expect(subtract(136, 121.7)).toBe(14.3);
    expect(sum(new Array(100_000).fill(0.1))).toBe(10000);
    expect(add(0.1, 0.2)).toBe(0.3);
    expect(shift(3.7, 3)).toBe(3700);
    // Plain doubles do not: these are the faults the module exists for.
    expect(8.9 / 100).not.toBe(0.089);
    expect(136 - 121.7).not.toBe(14.3);
  });

  it("sums exactly, with no more decimals than its inputs (property)", () => {
    assertProperty(
      fc.property(fc.array(decimal(), { maxLength: 40 }), (xs) => {
        const want = exactSum(xs);
        const got = sum(xs.map((x) => x.v));
        expect(got).toBe(want.value);
        expect(decimals(got)).toBeLessThanOrEqual(want.d);
      }),
      { numRuns: 2000 },
    );
  });

  it("subtracts and shifts exactly (property)", () => {
    assertProperty(
      fc.property(decimal(), decimal(), fc.integer({ min: -8, max: 8 }), (a, b, k) => {
        expect(subtract(a.v, b.v)).toBe(exactSum([a, { m: -b.m, d: b.d }]).value);
        expect(shift(a.v, k)).toBe(Number(`${a.m}e${k - a.d}`));
        expect(decimals(percentToFraction(a.v))).toBeLessThanOrEqual(a.d + 2);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads any double as the decimal its shortest text shows", () => {
    assertProperty(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const [coef, exp = "0"] = String(v).split("e");
        const frac = coef.split(".")[1] ?? "";
        expect(decimals(v)).toBe(Math.max(0, frac.length - Number(exp)));
        expect(sum([v]) === v).toBe(true); // −0 comes back as 0, which is what Excel shows
      }),
      { numRuns: 3000 },
    );
  });

  it("handles the extremes Excel can pass", () => {
    expect(sum([1e308, 5e-324, -1e308])).toBe(5e-324);
    expect(decimals(5e-324)).toBe(324);
    expect(sum([1e308, 1e308])).toBe(Infinity);
    expect(sum([-0])).toBe(0);
    expect(sum([9007199254740991, 0.5, 0.5])).toBe(9007199254740992);
    expect(sum([123456789012345.6, 0.4])).toBe(123456789012346);
    expect(() => new DecimalSum().add(NaN)).toThrow(RangeError);
    expect(() => sum([Infinity])).toThrow(RangeError);
  });
});
