import { useEffect, useLayoutEffect, useRef } from "react";

/** useLayoutEffect in the browser; useEffect (a no-op) where the first view is rendered at build time. */
export const useBrowserLayoutEffect = typeof document === "undefined" ? useEffect : useLayoutEffect;

const owners = new Map<string, Element>();

/**
 * Publishes a sticky element's height as a CSS variable on <html> (`--pv-<name>-h`), so sticky parts stack
 * below each other and `scroll-padding-top` keeps a focused control from hiding under them. Several views may
 * have a sticky bar under the same name; the visible one owns the variable, a hidden one releases it.
 */
export function useStickyHeight<T extends HTMLElement>(name: string) {
  const ref = useRef<T>(null);
  useBrowserLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return undefined;
    const root = document.documentElement.style;
    const update = () => {
      if (el.offsetParent !== null && getComputedStyle(el).position === "sticky") {
        owners.set(name, el);
        root.setProperty(`--pv-${name}-h`, `${el.offsetHeight}px`);
      } else if (owners.get(name) === el) {
        owners.delete(name);
        root.setProperty(`--pv-${name}-h`, "0px");
      }
    };
    const ro = new ResizeObserver(update);
    ro.observe(el);
    window.addEventListener("resize", update);
    // No synchronous first measurement: the observer reports once layout is done, without forcing one mid-startup.
    return () => {
      ro.disconnect();
      window.removeEventListener("resize", update);
      if (owners.get(name) === el) {
        owners.delete(name);
        root.setProperty(`--pv-${name}-h`, "0px");
      }
    };
  }, [name]);
  return ref;
}
