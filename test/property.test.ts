/** The helpers that make property and mutation tests say how to reproduce a failure. */
import fc from "fast-check";
import { assertProperty, lcg, withInput } from "./property";

describe("failures name their seed and input", () => {
  it("assertProperty: the seed, the rerun command and fast-check's counterexample", () => {
    const run = () =>
      assertProperty(
        fc.property(fc.integer({ min: 0, max: 1000 }), (n) => n < 500),
        { seed: 42, numRuns: 200 },
      );
    expect(run).toThrow(/^fast-check seed 42 \(rerun with FC_SEED=42 npx jest .*property\.test\.ts\)/);
    expect(run).toThrow(/Counterexample: \[500\]/);
  });

  it("assertProperty (async): the same, from the returned promise", async () => {
    const run = assertProperty(
      fc.asyncProperty(fc.constant("x"), async (s: string) => s === "y"),
      { seed: 7, numRuns: 5 },
    );
    await expect(run).rejects.toThrow(/^fast-check seed 7 [\s\S]*Counterexample: \["x"\]/);
  });

  it("assertProperty passes a holding property through, and uses the test's seed", async () => {
    expect(() =>
      assertProperty(
        fc.property(fc.integer(), (n) => n === n),
        { seed: 1, numRuns: 50 },
      ),
    ).not.toThrow();
    await expect(
      assertProperty(
        fc.asyncProperty(fc.integer(), async () => true),
        { numRuns: 10 },
      ),
    ).resolves.toBeUndefined();
  });

  it("withInput: the seed and the described input before the assertion's own message", () => {
    expect(() =>
      withInput(
        3,
        () => "bytes 12=0xff",
        () => expect(1).toBe(2),
      ),
    ).toThrow(/^seed 3, failing input: bytes 12=0xff\n[\s\S]*Expected: 2/);
    expect(
      withInput(
        3,
        () => "unused",
        () => 5,
      ),
    ).toBe(5);
  });

  it("lcg: the same seed gives the same cases, another seed others", () => {
    const a = lcg(9);
    const b = lcg(9);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(lcg(10)()).not.toBe(xs[0]);
  });
});
