/** Page-level helpers for the task-pane browser tests: open the pane at a size, walk its views, measure layout. */
import fs from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { DIST, launch, OUT, paneLive, routeOffice, serve } from "./harness";

export const SHOTS = path.join(OUT, "screenshots");

/** One browser and one loopback server over dist/ for a test file; opened before its tests, closed after. */
export function paneSuite(): { browser(): Browser; url(): string } {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/ saknas: kör npm run build först (npm test gör det).");
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await serve(DIST);
    browser = await launch();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser!, url: () => server!.url };
}

export interface PaneSetup {
  /** The pane's width in device pixels, as Excel sizes it. */
  width: number;
  /** Browser zoom: 1.5 gives a 320 px pane 213 CSS px. */
  zoom?: number;
  lang?: "sv" | "en";
  theme?: "light" | "dark";
  height?: number;
  init?: string;
}

export async function openPane(
  browser: Browser,
  url: string,
  s: PaneSetup,
): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const zoom = s.zoom ?? 1;
  const context = await browser.newContext({
    viewport: { width: Math.floor(s.width / zoom), height: Math.floor((s.height ?? 640) / zoom) },
    deviceScaleFactor: zoom,
    locale: s.lang === "en" ? "en-US" : "sv-SE",
    colorScheme: s.theme ?? "light",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await routeOffice(page);
  if (s.init) await page.addInitScript({ content: s.init });
  await page.goto(`${url}/taskpane.html`);
  await paneLive(page);
  return { page, errors, close: () => context.close() };
}

/** The tab strip's destinations, read from the page: a view added to the registry is picked up here. */
export async function viewTabs(page: Page): Promise<{ id: string; label: string; panel: string }[]> {
  return page.$$eval('[role="tab"]', (tabs) =>
    tabs.map((t) => {
      const visible = t.cloneNode(true) as HTMLElement;
      visible.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
      return { id: t.id, label: (visible.textContent ?? "").trim(), panel: t.getAttribute("aria-controls") ?? "" };
    }),
  );
}

/** Clicks a tab and waits until its panel is shown and its lazy chunk has rendered. */
export async function openView(page: Page, tab: { id: string; panel: string }): Promise<void> {
  await page.locator(`#${tab.id}`).click();
  await page.waitForFunction((panelId) => {
    const p = document.getElementById(panelId);
    return !!p && !p.hidden && p.childElementCount > 0 && !p.querySelector('[data-testid="view-loading"]');
  }, tab.panel);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Shows more of a view before measuring: "show all" buttons and the first collapsed disclosure. */
export async function expandView(page: Page, panel: string): Promise<void> {
  for (const b of await page.locator(`#${panel} [data-testid="show-all"]`).all()) await b.click();
  const closed = page.locator(`#${panel} button[aria-expanded="false"]`).first();
  if (await closed.count()) await closed.click();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; viewport: number } | null> {
  const m = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  return m.scrollWidth > m.viewport ? m : null;
}

/**
 * Focuses every keyboard-reachable control of the header and the open panel and reports each one that is then
 * not wholly inside the viewport or is covered (by the sticky header, say) at its centre.
 */
export async function focusProblems(page: Page, panel: string): Promise<string[]> {
  return page.evaluate((panelId) => {
    const roots = [document.querySelector("header"), document.getElementById(panelId)].filter((x): x is HTMLElement => !!x);
    const sel = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
    const out: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`;
    for (const root of roots) {
      for (const el of Array.from(root.querySelectorAll<HTMLElement>(sel))) {
        if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest("[hidden]") || el.hasAttribute("data-tabster-dummy"))
          continue;
        if (el.getClientRects().length === 0) continue; // not rendered (display: none), so not reachable by Tab either
        el.focus();
        if (document.activeElement !== el) {
          out.push(`${name(el)}: cannot take focus`);
          continue;
        }
        const r = el.getBoundingClientRect();
        const fitsTall = r.height <= innerHeight;
        if (r.left < -0.5 || r.right > innerWidth + 0.5 || (fitsTall && (r.top < -0.5 || r.bottom > innerHeight + 0.5))) {
          out.push(
            `${name(el)}: outside the viewport when focused (${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)})`,
          );
          continue;
        }
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));
        if (!hit || !(hit === el || el.contains(hit))) out.push(`${name(el)}: covered by ${hit ? name(hit) : "nothing"} when focused`);
      }
    }
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    return out;
  }, panel);
}

/** Swedish words a user could read in the English pane; text inside lang="sv" (report data, quotes) and code is exempt. */
const SWEDISH = new Set(
  (
    "och att för från till inte med som är av eller finns uppgifter uppgift iakttagelser avvikelser visar visa alla källa källor " +
    "tabell sök rensa kopiera infoga felvärden hjälpsida exempel angivet jämfört skillnad motsägelse avrundning saknas kräver " +
    "laddar arbetar enhet tema år rapporten rapporterna huvudbok bläddra ladda ner dölj summa andel angiven totalen anges " +
    "#saknas! #värdefel! #division/0!"
  ).split(" "),
);

export async function swedishInEnglish(page: Page, panel: string): Promise<string[]> {
  const texts = await page.evaluate((panelId) => {
    const roots = [document.querySelector("header"), document.getElementById(panelId)].filter((x): x is HTMLElement => !!x);
    const out: string[] = [];
    for (const root of roots) {
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const el = n.parentElement!;
        if (el.closest("[hidden], code, [aria-hidden='true']") || el.closest("[lang]")?.getAttribute("lang") !== "en") continue;
        const t = (n.textContent ?? "").trim();
        if (t) out.push(t);
      }
    }
    return out;
  }, panel);
  // Identifiers (PV.PRIMARVARD_ANDEL) stay one token.
  return texts.filter((t) =>
    t
      .toLowerCase()
      .split(/[^\p{L}\p{N}#!/_.]+/u)
      .some((w) => SWEDISH.has(w.replace(/[.]+$/, ""))),
  );
}
