import type { createDOMRenderer } from "@fluentui/react-components";

type Renderer = ReturnType<typeof createDOMRenderer>;

/**
 * Tells Griffel's renderer which rules the page already has: the prerendered view's style elements in <head>
 * (src/build/shell.tsx writes them one rule per line). Griffel's own rehydration parses that CSS with stylis, about
 * 10 ms before the first render on a cold page; splitting the lines gives the same strings, so no rule is inserted twice.
 */
export function cacheRulesFromPage(renderer: Renderer, doc: Document): number {
  let n = 0;
  for (const el of doc.head.querySelectorAll<HTMLStyleElement>("style[data-make-styles-bucket]")) {
    const bucket = el.dataset.makeStylesBucket as Renderer["insertionCache"][string];
    for (const rule of (el.textContent ?? "").split("\n")) {
      if (!rule) continue;
      renderer.insertionCache[rule] = bucket;
      n++;
    }
  }
  return n;
}
