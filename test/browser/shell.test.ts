/**
 * The prerendered first view (src/build/shell.tsx) in Debian's Chromium: the boot script picks the template for the host
 * and language, it is on screen before the pane's code runs, nothing in it can be focused or clicked, and React's
 * pane takes it over (hydration: the same elements) without moving or repainting a pixel, adding no style rule.
 */
import type { Page, Route } from "playwright-core";
import { fakeHostScript, LIVE_TAB, routeOffice } from "./harness";
import { paneSuite } from "./paneHelpers";

const suite = paneSuite();

interface Held {
  page: Page;
  errors: string[];
  /** Console warnings, where main.tsx reports a copy React could not adopt. */
  warnings: string[];
  /** Lets the pane's code through; the prerendered view is replaced once it has run. */
  release(): void;
  close(): Promise<void>;
}

/** Opens the page with the pane's code (the preloaded `pane` chunk) held back, so the prerendered view stays. */
async function openHeld(opts: { lang?: "sv" | "en"; theme?: "light" | "dark"; query?: string; init?: string } = {}): Promise<Held> {
  const context = await suite.browser().newContext({
    viewport: { width: 320, height: 640 },
    locale: opts.lang === "en" ? "en-US" : "sv-SE",
    colorScheme: opts.theme ?? "light",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => void (m.type() === "warning" && warnings.push(m.text())));
  await routeOffice(page);
  if (opts.init) await page.addInitScript({ content: opts.init });
  const held: Route[] = [];
  let released = false;
  await page.route(/\/pane\.[0-9a-f]+\.js$/, (route) => (released ? route.continue() : void held.push(route)));
  // The pane's chunk is a deferred script, so the page is parsed (and the copy placed) but not yet "loaded".
  await page.goto(`${suite.url()}/taskpane.html${opts.query ?? ""}`, { waitUntil: "commit" });
  await page.waitForFunction(() => document.readyState !== "loading");
  return {
    page,
    errors,
    warnings,
    release: () => {
      released = true;
      for (const r of held.splice(0)) void r.continue();
    },
    close: () => context.close(),
  };
}

/** Keeps the copy's catalogue tab and its Start notice, to see afterwards whether React adopted or replaced them. */
const markCopy = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Record<string, Element | null>;
    w.__copyTab = document.getElementById("tab-catalog");
    w.__copyStart = document.querySelector('#root [data-testid="outside-excel"], #root [data-testid="action-insertAll"]');
    return Boolean(w.__copyTab && w.__copyStart);
  });
const copyAdopted = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Record<string, Element | null>;
    return { tab: w.__copyTab === document.getElementById("tab-catalog"), start: Boolean(w.__copyStart?.isConnected) };
  });
/** Griffel's style elements and their rules: the pane adds no element and inserts no rule twice. */
const griffelSheets = (page: Page) =>
  page.evaluate(() => {
    const sheets = [...document.querySelectorAll<HTMLStyleElement>("style[data-make-styles-bucket]")];
    const rules = sheets.flatMap((s) => [...s.sheet!.cssRules].map((r) => r.cssText));
    return { elements: sheets.length, rules: rules.length, distinct: new Set(rules).size };
  });

/** Every tab, button and link on screen, with its text and box. */
const boxes = (page: Page) =>
  page.$$eval('#root [role="tab"], #root button, #root a, #root h1', (els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return `${e.tagName} ${(e.textContent ?? "").trim()} ${r.x},${r.y},${r.width},${r.height}`;
    }),
  );

describe("prerendered first view", () => {
  it.each([
    ["sv", "light", "Katalog", "rgb(255, 255, 255)"],
    ["en", "dark", "Catalogue", "rgb(41, 41, 41)"],
  ] as const)(
    "in a %s %s browser: shown before the pane's code, inert, and replaced pixel for pixel",
    async (lang, theme, catalogue, bg) => {
      const { page, errors, warnings, release, close } = await openHeld({ lang, theme });
      const shell = await page.evaluate(() => ({
        marker: document.documentElement.getAttribute("data-pv-shell"),
        lang: document.documentElement.lang,
        dark: document.documentElement.classList.contains("pv-dark"),
        inert: document.getElementById("root")!.inert,
        busy: document.getElementById("root")!.getAttribute("aria-busy"),
        bg: getComputedStyle(document.body).backgroundColor,
        cursor: getComputedStyle(document.body).cursor,
        tabs: [...document.querySelectorAll(`#root [role="tab"]`)].map((t) => t.querySelector("[aria-hidden] + span")?.textContent),
      }));
      expect(shell).toMatchObject({
        marker: `${lang}-browser`,
        lang,
        dark: theme === "dark",
        inert: true,
        busy: "true",
        bg,
        cursor: "progress",
      });
      expect(shell.tabs).toContain(catalogue);
      expect(await page.getByTestId("outside-excel").isVisible()).toBe(true);
      // Inert: the keyboard cannot reach it.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.getElementById("root")!.contains(document.activeElement))).toBe(false);
      const before = await boxes(page);
      const shot = await page.screenshot();
      expect(await markCopy(page)).toBe(true);
      const sheets = await griffelSheets(page);

      release();
      await page.locator(LIVE_TAB).first().waitFor();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      // React adopted the copy's elements (hydration), Start view included, and reports no mismatch.
      expect(await copyAdopted(page)).toEqual({ tab: true, start: true });
      expect(warnings).toEqual([]);
      expect(await griffelSheets(page)).toEqual({ ...sheets, distinct: sheets.rules });
      expect(await page.evaluate(() => document.documentElement.hasAttribute("data-pv-shell"))).toBe(false);
      expect(await page.evaluate(() => document.getElementById("root")!.hasAttribute("aria-busy"))).toBe(false);
      expect(await page.evaluate(() => getComputedStyle(document.body).cursor)).not.toBe("progress");
      expect(await boxes(page)).toEqual(before);
      expect((await page.screenshot()).equals(shot)).toBe(true);
      // Live now: the tabs answer.
      await page.getByRole("tab", { name: catalogue }).click();
      await page.getByTestId("catalog-row").first().waitFor();
      expect(errors).toEqual([]);
      await close();
    },
  );

  it("a click on the prerendered view is not lost: it lands on the same control once the pane is live", async () => {
    const { page, errors, release, close } = await openHeld({ lang: "sv" });
    const tab = await page.$eval('#root [role="tab"][id$="catalog"], #root [role="tab"]:nth-child(2)', (t) => {
      const r = t.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, text: t.textContent };
    });
    expect(tab.text).toContain("Katalog");
    // The copy is inert: the click goes through to the page and nothing happens yet.
    await page.mouse.click(tab.x, tab.y);
    expect(await page.evaluate(() => document.getElementById("root")!.inert)).toBe(true);
    release();
    await page.locator(LIVE_TAB).first().waitFor();
    await expect(page.getByRole("tab", { name: "Katalog" }).getAttribute("aria-selected")).resolves.toBe("true");
    await page.getByTestId("catalog-row").first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("Katalog");
    // Only the first click is replayed, and only once: a later click on Start works as usual.
    await page.getByRole("tab", { name: "Start" }).click();
    await expect(page.getByRole("tab", { name: "Start" }).getAttribute("aria-selected")).resolves.toBe("true");
    expect(errors).toEqual([]);
    await close();
  });

  it("a click on the Excel template's action runs it once the pane is live", async () => {
    const init = await fakeHostScript();
    const { page, release, close } = await openHeld({ lang: "sv", query: "?_host_Info=Excel$Win32$16.01$sv-SE$$$$0", init });
    const box = (await page.getByTestId("action-insertAll").boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    release();
    await page.locator(LIVE_TAB).first().waitFor({ timeout: 10000 });
    await page.getByTestId("action-result").first().waitFor({ timeout: 20000 });
    expect(await page.evaluate(() => (window as any).__PV_FAKE__.syncs)).toBeGreaterThan(0);
    await close();
  });

  it("in Excel, office.js's host information picks the Excel template in Excel's language", async () => {
    const { page, close } = await openHeld({ lang: "sv", query: "?_host_Info=Excel$Win32$16.01$en-US$$$$0" });
    expect(await page.evaluate(() => document.documentElement.getAttribute("data-pv-shell"))).toBe("en-excel");
    expect(await page.getByTestId("action-insertAll").isVisible()).toBe(true);
    expect(await page.getByTestId("outside-excel").count()).toBe(0);
    await close();
  });

  it("the Excel template is the pane's Start view with its actions, pixel for pixel", async () => {
    // The recording fake Excel host gives the pane its actions; office.js is told it runs in Excel (none answers, and
    // the pane, told so too, does not wait for it).
    const init = await fakeHostScript();
    const { page, warnings, release, close } = await openHeld({ lang: "en", query: "?_host_Info=Excel$Win32$16.01$en-US$$$$0", init });
    const before = await boxes(page);
    const shot = await page.screenshot();
    expect(await markCopy(page)).toBe(true);
    release();
    await page.locator(LIVE_TAB).first().waitFor({ timeout: 10000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.getByTestId("action-insertAll").isVisible()).toBe(true);
    expect(await copyAdopted(page)).toEqual({ tab: true, start: true });
    expect(warnings).toEqual([]);
    expect(await boxes(page)).toEqual(before);
    expect((await page.screenshot()).equals(shot)).toBe(true);
    await close();
  });

  it("a copy for another host than the pane's is replaced, not adopted", async () => {
    // A plain browser page, so the boot script shows the browser's copy; the recording fake Excel gives the pane its
    // workbook actions, so the pane is the Excel Start view and builds its own elements.
    const init = await fakeHostScript();
    const { page, errors, warnings, release, close } = await openHeld({ lang: "sv", init });
    expect(await page.evaluate(() => document.documentElement.getAttribute("data-pv-shell"))).toBe("sv-browser");
    expect(await markCopy(page)).toBe(true);
    const sheets = await griffelSheets(page);
    release();
    await page.locator(LIVE_TAB).first().waitFor();
    expect(await copyAdopted(page)).toEqual({ tab: false, start: false });
    expect(await page.getByTestId("action-insertAll").isVisible()).toBe(true);
    expect(await page.getByTestId("outside-excel").count()).toBe(0);
    const after = await griffelSheets(page);
    expect(after.distinct).toBe(after.rules);
    expect(after.elements).toBe(sheets.elements);
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("in Excel the pane is live before Office has answered, in the language of Excel's host information", async () => {
    // No Excel answers here, and the pane is told to wait a minute for it: live now means live before Office.onReady.
    const { page, errors, warnings, release, close } = await openHeld({
      lang: "sv",
      query: "?_host_Info=Excel$Win32$16.01$en-US$$$$0",
      init: "window.__PV_OFFICE_WAIT_MS__ = 60000;",
    });
    expect(await markCopy(page)).toBe(true);
    release();
    await page.locator(LIVE_TAB).first().waitFor({ timeout: 10000 });
    expect(await copyAdopted(page)).toEqual({ tab: true, start: true });
    expect(await page.getByRole("tab", { name: "Catalogue" }).isVisible()).toBe(true);
    expect(await page.getByTestId("action-insertAll").isVisible()).toBe(true);
    // The tabs act at once; the workbook actions wait for Office.
    await page.getByRole("tab", { name: "Catalogue" }).click();
    await page.getByTestId("catalog-row").first().waitFor();
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("in Excel, an action clicked while Office never answers says so, and the pane stays Excel's", async () => {
    const { page, errors, release, close } = await openHeld({
      lang: "sv",
      query: "?_host_Info=Excel$Win32$16.01$sv-SE$$$$0",
      init: "window.__PV_OFFICE_WAIT_MS__ = 1500;",
    });
    release();
    await page.locator(LIVE_TAB).first().waitFor({ timeout: 10000 });
    await page.getByTestId("action-insertAll").click();
    const result = page.getByTestId("action-result").first();
    await result.waitFor({ timeout: 10000 });
    expect(await result.textContent()).toContain("Excel svarade inte tillägget");
    expect(await result.getAttribute("data-intent")).not.toBe("success");
    expect(await page.getByTestId("outside-excel").count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it("the pane's scripts are requested before office.js and at high priority, not held back behind office.js's requests", async () => {
    const context = await suite.browser().newContext({ viewport: { width: 320, height: 640 }, locale: "sv-SE" });
    const page = await context.newPage();
    await routeOffice(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const requests: { file: string; priority: string }[] = [];
    cdp.on("Network.requestWillBeSent", (e) => {
      const file = new URL(e.request.url).pathname.split("/").pop() ?? "";
      if (/\.js$/.test(file)) requests.push({ file, priority: e.request.initialPriority });
    });
    await page.goto(`${suite.url()}/taskpane.html`);
    await page.locator(LIVE_TAB).first().waitFor();
    const office = requests.findIndex((r) => r.file === "office.js");
    expect(office).toBeGreaterThan(0);
    const before = requests.slice(0, office);
    for (const own of ["runtime.js", "taskpane.js", "commands.js"]) {
      expect(before.find((r) => r.file === own)).toEqual({ file: own, priority: "High" });
    }
    expect(before.some((r) => /^pane\.[0-9a-f]+\.js$/.test(r.file) && r.priority === "High")).toBe(true);
    await context.close();
  });

  it("another Office host gets no prerendered view", async () => {
    const { page, close } = await openHeld({ query: "?_host_Info=Word$Win32$16.01$sv-SE$$$$0" });
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-pv-shell"))).toBe(false);
    await close();
  });
});
