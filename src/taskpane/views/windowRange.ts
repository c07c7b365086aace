/** Which items of a list to render, given their heights and the part of the list inside the viewport. */
export interface WindowRange {
  start: number;
  /** Exclusive. */
  end: number;
  /** Height of the items before `start` and after `end` (the spacers). */
  before: number;
  after: number;
}

/**
 * Items overlapping [top, bottom) in list coordinates, plus `overscan` items on each side; `pin` (an index a
 * keyboard user is moving to) is always included. Heights are measured ones or an estimate; one pass, O(n).
 */
export function windowRange(
  count: number,
  height: (i: number) => number,
  top: number,
  bottom: number,
  overscan = 3,
  pin?: number,
): WindowRange {
  let y = 0;
  let first = count;
  let last = count;
  const offsets = new Array<number>(count + 1);
  for (let i = 0; i < count; i++) {
    offsets[i] = y;
    const h = height(i);
    if (first === count && y + h > top) first = i;
    if (last === count && y >= bottom) last = i;
    y += h;
  }
  offsets[count] = y;
  if (first === count) first = Math.max(0, count - 1);
  let start = Math.max(0, first - overscan);
  let end = Math.min(count, Math.max(last, first + 1) + overscan);
  // A pin far from the viewport (focus left behind while scrolling away) is dropped rather than rendering all between.
  if (pin !== undefined && pin >= 0 && pin < count && pin >= start - 50 && pin < end + 50) {
    start = Math.min(start, pin);
    end = Math.max(end, pin + 1);
  }
  if (count === 0) return { start: 0, end: 0, before: 0, after: 0 };
  return { start, end, before: offsets[start], after: y - offsets[end] };
}
