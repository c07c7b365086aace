import { useCallback, useLayoutEffect, useMemo, useReducer, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { windowRange } from "./windowRange";

export interface WindowedProps<T> {
  items: readonly T[];
  itemKey(item: T): string;
  /** Height in px assumed for an item not yet measured. */
  estimate: number;
  render(item: T, index: number): ReactNode;
  className?: string;
  itemClassName?: string;
  label?: string;
  testId?: string;
}

/**
 * A list that renders only the items near the viewport (the page scrolls, not the list), so 10 000 rows stay
 * smooth. Items may differ in height; each is measured once rendered. Tab and Shift+Tab at the edge of the
 * rendered part add the next item first, so keyboard users walk through every item.
 */
export function Windowed<T>({ items, itemKey, estimate, render, className, itemClassName, label, testId }: WindowedProps<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const heights = useRef(new Map<string, number>());
  const [view, setView] = useState({ top: 0, bottom: typeof window === "undefined" ? 1000 : window.innerHeight });
  const [pin, setPin] = useState<number | undefined>(undefined);
  const [, remeasured] = useReducer((n: number) => n + 1, 0);

  const measureView = useCallback(() => {
    const el = ref.current;
    if (!el || el.offsetParent === null) return;
    const top = -el.getBoundingClientRect().top;
    setView((v) => (Math.abs(v.top - top) < 1 && v.bottom - v.top === window.innerHeight ? v : { top, bottom: top + window.innerHeight }));
  }, []);

  useLayoutEffect(() => {
    let frame = 0;
    const onScroll = () => {
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          measureView();
        });
    };
    measureView();
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onScroll);
    const ro = new ResizeObserver(onScroll);
    if (ref.current) ro.observe(ref.current);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("resize", onScroll);
      ro.disconnect();
    };
  }, [measureView]);

  // One observer for the rendered items: a changed height re-computes the window.
  const observer = useMemo(
    () =>
      typeof ResizeObserver === "undefined"
        ? null
        : new ResizeObserver((entries) => {
            let changed = false;
            for (const e of entries) {
              const el = e.target as HTMLElement;
              const h = el.offsetHeight;
              const key = el.dataset.key!;
              if (h > 0 && heights.current.get(key) !== h) {
                heights.current.set(key, h);
                changed = true;
              }
            }
            if (changed) remeasured();
          }),
    [],
  );
  useLayoutEffect(() => () => observer?.disconnect(), [observer]);

  const range = windowRange(items.length, (i) => heights.current.get(itemKey(items[i])) ?? estimate, view.top, view.bottom, 3, pin);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "Tab") return;
    const item = (e.target as HTMLElement).closest<HTMLElement>("[data-index]");
    if (!item) return;
    const i = Number(item.dataset.index);
    const next = e.shiftKey ? i - 1 : i + 1;
    // Render the neighbour before the browser moves focus, so focus lands in it rather than past the list.
    if (next >= 0 && next < items.length && (next < range.start || next >= range.end)) flushSync(() => setPin(next));
  };

  return (
    <div
      ref={ref}
      role="list"
      aria-label={label}
      className={className}
      style={{ paddingTop: range.before, paddingBottom: range.after }}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setPin(undefined);
      }}
      onFocus={(e) => {
        const item = (e.target as HTMLElement).closest<HTMLElement>("[data-index]");
        if (item) setPin(Number(item.dataset.index));
      }}
      data-testid={testId}
      data-count={items.length}
    >
      {items.slice(range.start, range.end).map((item, k) => {
        const i = range.start + k;
        const key = itemKey(item);
        return (
          <Item key={key} itemKey={key} index={i} count={items.length} className={itemClassName} observer={observer}>
            {render(item, i)}
          </Item>
        );
      })}
    </div>
  );
}

interface ItemProps {
  itemKey: string;
  index: number;
  count: number;
  className?: string;
  observer: ResizeObserver | null;
  children: ReactNode;
}

function Item({ itemKey, index, count, className, observer, children }: ItemProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !observer) return undefined;
    observer.observe(el);
    return () => observer.unobserve(el);
  }, [observer]);
  return (
    <div
      ref={ref}
      role="listitem"
      aria-setsize={count}
      aria-posinset={index + 1}
      data-index={index}
      data-key={itemKey}
      className={className}
    >
      {children}
    </div>
  );
}
