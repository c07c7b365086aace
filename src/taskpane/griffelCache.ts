import type { createDOMRenderer } from "@fluentui/react-components";

type Renderer = ReturnType<typeof createDOMRenderer>;
type Sheet = Renderer["stylesheets"][string];
type Bucket = Renderer["insertionCache"][string];

/**
 * Tells Griffel's renderer what the page already has: the prerendered view's style elements in <head>, which
 * src/build/shell.tsx writes one rule per line. This is what Griffel's own rehydration does, without its stylis parse
 * of the CSS (about 10 ms before the first render on a cold page): the lines are the very strings Griffel inserts, so
 * no rule goes in twice, and each element becomes its bucket's sheet, so no empty sheet is added beside it.
 * The two fields are Griffel's renderer's own (marked private); if they ever go, nothing is cached and Griffel
 * inserts what it needs, as without a prerendered view. test/browser/shell.test.ts checks that nothing is added.
 */
export function cacheRulesFromPage(renderer: Renderer, doc: Document): number {
  const { insertionCache, stylesheets } = renderer as Partial<Renderer>;
  if (!insertionCache || !stylesheets) return 0;
  let n = 0;
  for (const el of doc.head.querySelectorAll<HTMLStyleElement>("style[data-make-styles-bucket]")) {
    const bucket = el.dataset.makeStylesBucket as Bucket;
    const priority = el.dataset.priority ?? "0";
    // Griffel's key for a bucket's sheet: the bucket, its media query for @media rules, the priority.
    stylesheets[`${bucket}${bucket === "m" ? el.media || "0" : ""}${priority}`] ??= pageSheet(el, bucket);
    for (const rule of (el.textContent ?? "").split("\n")) {
      if (!rule) continue;
      insertionCache[rule] = bucket;
      n++;
    }
  }
  return n;
}

/** A bucket's sheet over a style element already on the page: new rules go at its end, as Griffel adds them. */
function pageSheet(el: HTMLStyleElement, bucketName: Bucket): Sheet {
  return {
    elementAttributes: Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value])),
    element: el,
    bucketName,
    insertRule: (rule: string) => el.sheet!.insertRule(rule, el.sheet!.cssRules.length),
    cssRules: () => Array.from(el.sheet?.cssRules ?? [], (r) => r.cssText),
  };
}
