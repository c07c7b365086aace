import { clip, fold, inertText, joinCapped, parseAmount } from "../../../src/core/util/text";

describe("text limits", () => {
  it("clip keeps short text, cuts long text with …, never splits an emoji", () => {
    expect(clip("Kalmar", 10)).toBe("Kalmar");
    expect(clip("Kalmar län", 6)).toBe("Kalmar…");
    const cut = clip("ab😀cd", 3);
    expect(cut).toBe("ab…");
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it("joinCapped stops before the limit and counts what it left out", () => {
    expect(joinCapped(["a", "b", "c"])).toBe("a; b; c");
    const parts = Array.from({ length: 100 }, (_, i) => `del ${i}`);
    const s = joinCapped(parts, "; ", 100);
    expect(s.length).toBeLessThanOrEqual(100);
    const shown = s.split("; ").length - 1;
    expect(s.endsWith(`… och ${100 - shown} till`)).toBe(true);
    const huge = joinCapped(["x".repeat(40_000), "y"]);
    expect(huge.length).toBeLessThan(32_767);
    expect(huge.endsWith("… och 1 till")).toBe(true);
    expect(joinCapped([])).toBe("");
  });

  it("fold drops invisible format characters and reads control characters as spaces", () => {
    expect(fold("\u200fKalmar\u200b")).toBe("kalmar");
    expect(fold("Region\tKalmar")).toBe("region kalmar");
  });

  it("parseAmount reads Swedish number text and nothing else", () => {
    expect(parseAmount("1 234,5")).toBe(1234.5);
    expect(parseAmount("1\u202f234,5")).toBe(1234.5);
    expect(parseAmount("−2,5")).toBe(-2.5);
    expect(parseAmount("100 000")).toBe(100000);
    for (const bad of ["12,3 %", "1.234,5", "1 2", "12 mnkr", "NaN", "0x10", "x".repeat(100)]) expect(parseAmount(bad)).toBeNull();
    expect(parseAmount(Infinity)).toBeNull();
  });
});

describe("text from outside made inert", () => {
  it.each(['=HYPERLINK("http://x")', "+46 8 123", "-5 kr", "@SUM(A1)", "=", "+"])("%s gets the text prefix '", (s) => {
    expect(inertText(s)).toBe(`'${s}`);
  });

  it.each(["Hyra", "4010 Lön", "a=b", " =x", "", "'=redan skyddad", "5-7"])("%s stays as it is", (s) => {
    expect(inertText(s)).toBe(s);
  });
});
