import {
  addIntervals,
  agrees,
  contains,
  overlaps,
  precisionRank,
  relate,
  statementInterval,
  subtractInterval,
} from "../../../src/core/dataset/compare";
import { sum as exactSum } from "../../../src/core/util/decimal";

describe("qualifiers read as intervals", () => {
  it.each([
    [35, 35.13, "drygt", true],
    [35, 34.9, "drygt", false],
    [35, 40, "drygt", false],
    [3.7, 3.674, "knappt", true],
    [3.7, 3.374, "knappt", false],
    [3.7, 3.7, "knappt", false],
    [25, 25, "mer än", false],
    [25, 27, "mer än", true],
    [80, 81, "över", true],
    [109000, 110000, "cirka", true],
    [109000, 120000, "ca", false],
    [52.3, 52.2, "ca", true],
    [25, 25, "minst", true],
    [85, 85.0006, undefined, true],
    [85, 76.1, undefined, false],
    [1, 0.76, undefined, true],
    [14, 12.67, undefined, false],
    [136, 135.9, undefined, true],
    [52.3, 52.2, undefined, false],
  ] as const)("%s %s %s → %s", (stated, actual, q, ok) => {
    expect(agrees(stated, actual, q)).toBe(ok);
  });

  // "ca", "cirka" and "runt" admit ±5 % (at least the rounding of the last digit), both ends included.
  it.each(["ca", "cirka", "runt"] as const)("%s 100 admits 95–105 and nothing beyond", (q) => {
    expect(agrees(100, 105, q)).toBe(true);
    expect(agrees(100, 95, q)).toBe(true);
    expect(agrees(100, 104.99, q)).toBe(true);
    expect(agrees(100, 105.01, q)).toBe(false);
    expect(agrees(100, 94.99, q)).toBe(false);
    expect(agrees(-100, -105.01, q)).toBe(false);
    expect(statementInterval(100, q)).toEqual({ lo: 95, hi: 105, loOpen: false, hiOpen: false });
    // For a small whole number the rounding is wider than 5 %: "ca 2" is 1,5–2,5.
    expect(agrees(2, 2.5, q)).toBe(true);
    expect(agrees(2, 2.51, q)).toBe(false);
  });

  it("relates 'ca' statements at the ±5 % edge", () => {
    expect(relate({ value: 100, unit: "mnkr", qualifier: "runt" }, { value: 105, unit: "mnkr" })).toBe("compatible");
    expect(relate({ value: 100, unit: "mnkr", qualifier: "ca" }, { value: 106, unit: "mnkr" })).toBe("contradiction");
    expect(relate({ value: 100, unit: "mnkr", qualifier: "runt" }, { value: 0.106, unit: "mdkr" })).toBe("contradiction");
  });

  it("rounds half up: 52,3 covers [52,25; 52,35)", () => {
    const i = statementInterval(52.3);
    expect(contains(i, 52.25)).toBe(true);
    expect(contains(i, 52.35)).toBe(false);
    expect(overlaps(statementInterval(52.3), statementInterval(52.2))).toBe(false);
    expect(overlaps(statementInterval(136), statementInterval(135.9))).toBe(true);
  });

  it("adds and subtracts rounded figures: 59 − 34 lies between 24 and 26", () => {
    const d = subtractInterval(statementInterval(59), statementInterval(34));
    expect([d.lo, d.hi]).toEqual([24, 26]);
    expect(overlaps(statementInterval(25, "mer än"), d)).toBe(true);
    const s = addIntervals([statementInterval(2406), statementInterval(24)]);
    expect(contains(s, 2430)).toBe(true);
  });

  it("sums without binary noise", () => {
    expect(exactSum([52.3, 67.2, 2.2])).toBe(121.7);
    expect(exactSum([136, -121.7])).toBe(14.3);
    expect(exactSum([0.1, 0.2])).toBe(0.3);
  });
});

describe("relations between two statements of one quantity", () => {
  it.each([
    [{ value: 3674, unit: "mnkr" }, { value: 3.7, unit: "mdkr", qualifier: "knappt" }, "compatible"],
    [{ value: 52.3, unit: "mnkr", qualifier: "ca" }, { value: 52.2, unit: "mnkr" }, "compatible"],
    [{ value: 136, unit: "mnkr", qualifier: "ca" }, { value: 135.9, unit: "mnkr" }, "compatible"],
    [{ value: 136, unit: "mnkr" }, { value: 135.9, unit: "mnkr" }, "rounding"],
    [{ value: 35130, unit: "mnkr" }, { value: 35, unit: "mdkr", qualifier: "drygt" }, "compatible"],
    [{ value: 35, unit: "mdkr", qualifier: "drygt" }, { value: 35, unit: "mdkr", qualifier: "över" }, "equal"],
    [{ value: 35, unit: "mdkr", qualifier: "över" }, { value: 35, unit: "mdkr", qualifier: "knappt" }, "contradiction"],
    [{ value: 2774, unit: "mnkr" }, { value: 2.624, unit: "mdkr" }, "contradiction"],
    [{ value: 900, unit: "mnkr" }, { value: 750, unit: "mnkr" }, "contradiction"],
    [{ value: 52.3, unit: "mnkr" }, { value: 52.2, unit: "mnkr" }, "contradiction"],
    [{ value: 18.6, unit: "%" }, { value: 18.6, unit: "%" }, "equal"],
    [{ value: 5, unit: "%" }, { value: 5, unit: "antal" }, "incomparable"],
  ] as const)("%o and %o → %s", (a, b, rel) => {
    expect(relate(a, b)).toBe(rel);
    expect(relate(b, a)).toBe(rel);
  });

  it("ranks the finer statement first: unqualified, then more digits, across units", () => {
    expect(precisionRank({ value: 3674, unit: "mnkr" })).toBeLessThan(precisionRank({ value: 3.7, unit: "mdkr", qualifier: "knappt" }));
    expect(precisionRank({ value: 135.9, unit: "mnkr" })).toBeLessThan(precisionRank({ value: 136, unit: "mnkr" }));
    expect(precisionRank({ value: 2.624, unit: "mdkr" })).toBe(precisionRank({ value: 2624, unit: "mnkr" }));
  });
});
