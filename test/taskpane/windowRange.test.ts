import { windowRange } from "../../src/taskpane/views/windowRange";

describe("windowRange", () => {
  const fixed = (h: number) => () => h;

  it("renders the items in view plus overscan, with spacers for the rest", () => {
    const r = windowRange(10000, fixed(100), 50000, 50700, 3);
    expect(r).toEqual({ start: 497, end: 510, before: 49700, after: (10000 - 510) * 100 });
  });

  it("starts at the top and never runs past the end", () => {
    expect(windowRange(5, fixed(100), 0, 700, 3)).toEqual({ start: 0, end: 5, before: 0, after: 0 });
    expect(windowRange(0, fixed(100), 0, 700)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
    const end = windowRange(100, fixed(10), 5000, 5700, 2);
    expect(end.end).toBe(100);
    expect(end.start).toBe(97); // the last item, minus overscan
  });

  it("uses measured heights where they differ", () => {
    const h = (i: number) => (i % 2 ? 50 : 150); // pairs of 200 px
    const r = windowRange(1000, h, 2000, 2400, 0);
    expect(r.start).toBe(20);
    expect(r.end).toBe(24);
    expect(r.before).toBe(2000);
  });

  it("includes a pinned neighbour so Tab can move into it, unless it is far away", () => {
    const r = windowRange(1000, fixed(100), 0, 500, 1, 7);
    expect(r.end).toBe(8);
    expect(windowRange(1000, fixed(100), 0, 500, 1, 900).end).toBe(6);
  });
});
