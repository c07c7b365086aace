import { agrees, compareStatements } from "../../../src/core/audit/compare";

describe("qualifiers", () => {
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
    [85, 85.0006, undefined, true],
    [85, 76.1, undefined, false],
    [1, 0.76, undefined, true],
    [14, 12.67, undefined, false],
  ] as const)("%s %s %s → %s", (stated, actual, q, ok) => {
    expect(agrees(stated, actual, q)).toBe(ok);
  });

  it("tells rounding from contradiction, with units", () => {
    expect(compareStatements({ value: 136, unit: "mnkr" }, { value: 135.9, unit: "mnkr" })).toBe("rounding");
    expect(compareStatements({ value: 52.3, unit: "mnkr", qualifier: "ca" }, { value: 52.2, unit: "mnkr" })).toBe("mismatch");
    expect(compareStatements({ value: 3674, unit: "mnkr" }, { value: 3.7, unit: "mdkr", qualifier: "knappt" })).toBe("ok");
    expect(compareStatements({ value: 2774, unit: "mnkr" }, { value: 2.624, unit: "mdkr" })).toBe("mismatch");
    expect(compareStatements({ value: 18.6, unit: "%" }, { value: 18.6, unit: "%" })).toBe("ok");
    expect(compareStatements({ value: 5, unit: "%" }, { value: 5, unit: "antal" })).toBe("incomparable");
  });
});
