/**
 * Shared runtime: the task-pane page registers every custom function, although functions.js is not an initial
 * script (the pane imports it right after its first render). Checked in Debian's Chromium against the production
 * build, with a recording CustomFunctions.associate in place of Excel's.
 */
import fs from "fs";
import path from "path";
import { DIST, routeOffice } from "./harness";
import { paneSuite } from "./paneHelpers";

const suite = paneSuite();

it("associates every function in functions.json once, after the pane is shown", async () => {
  const ids: string[] = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")).functions.map((f: { id: string }) => f.id);
  const page = await suite.browser().newPage({ viewport: { width: 320, height: 640 }, locale: "sv-SE" });
  await routeOffice(page);
  // office.js installs its own CustomFunctions object as it loads; wrap whichever object the page ends up with.
  await page.addInitScript(() => {
    type Assoc = { id: string; tabsShown: boolean };
    const w = window as unknown as { __assoc: Assoc[] };
    w.__assoc = [];
    // office.js creates the object, then assigns its methods: trap the method itself.
    const record = (cf: object) => {
      let inner: ((...a: unknown[]) => unknown) | undefined;
      Object.defineProperty(cf, "associate", {
        configurable: true,
        get: () => (id: unknown, fn: unknown) => {
          if (typeof fn !== "function") throw new Error(`${String(id)}: not a function`);
          w.__assoc.push({ id: String(id), tabsShown: document.querySelector('#root:not([inert]) [role="tab"]') !== null });
          return inner?.call(cf, id, fn);
        },
        set: (f) => {
          inner = f;
        },
      });
      return cf;
    };
    let current: unknown;
    Object.defineProperty(window, "CustomFunctions", {
      configurable: true,
      get: () => current,
      set: (v) => {
        current = v && typeof v === "object" ? record(v) : v;
      },
    });
  });
  await page.goto(`${suite.url()}/taskpane.html`);
  await page.waitForFunction((n) => (window as unknown as { __assoc: unknown[] }).__assoc.length >= n, ids.length);
  const assoc: { id: string; tabsShown: boolean }[] = await page.evaluate(() => (window as unknown as { __assoc: never }).__assoc);
  expect(assoc.map((a) => a.id).sort()).toEqual([...ids].sort());
  expect(assoc.every((a) => a.tabsShown)).toBe(true);
  await page.close();
});
