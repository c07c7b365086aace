/**
 * The production task pane in Debian's Chromium: outside Excel, and with a recording fake Excel host.
 * office.js is the real one, routed from the CDN URL to @microsoft/office-js.
 */
import fs from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { axeViolations, DIST, fakeHostScript, launch, OUT, routeOffice, serve } from "./harness";

const SHOTS = path.join(OUT, "screenshots");
let browser: Browser;
let server: { url: string; close: () => Promise<void> };

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

async function open(withFakeHost = false): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: "sv-SE" });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await routeOffice(page);
  if (withFakeHost) await page.addInitScript({ content: await fakeHostScript() });
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole("tab", { name: "Katalog" }).waitFor();
  return { page, errors };
}

async function seriousAxe(page: Page) {
  return (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
}

describe("outside Excel", () => {
  it("renders the Start view, explains why workbook actions are disabled, no errors, accessible", async () => {
    const { page, errors } = await open();
    await page.getByTestId("outside-excel").waitFor();
    expect(await page.getByTestId("outside-excel").textContent()).toContain("utanför Excel");
    expect(await page.getByTestId("action-insertAll").isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("sv");
    await page.screenshot({ path: path.join(SHOTS, "1-start.png"), fullPage: true });
    expect(await seriousAxe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("search narrows the catalogue and a source excerpt opens", async () => {
    const { page } = await open();
    await page.getByRole("tab", { name: "Katalog" }).click();
    const rows = page.getByTestId("catalog-row");
    await rows.first().waitFor();
    const firstPage = await rows.count();
    await page.getByTestId("show-all").click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="catalog-row"]').length > n, firstPage);
    const all = await rows.count();
    expect(await page.getByTestId("catalog-count").textContent()).toContain(`${all} av ${all}`);
    await page.getByTestId("catalog-search").fill("kalmar statsbidrag");
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="catalog-row"]').length < n, all);
    const some = await rows.count();
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(all);
    expect(await page.getByTestId("catalog-count").textContent()).toContain(`${some} av ${all}`);
    for (const text of await rows.allTextContents()) expect(text).toContain("Kalmar");
    await page.getByTestId("show-source").first().click();
    const excerpt = page.getByTestId("source-excerpt");
    await excerpt.waitFor();
    expect(await excerpt.textContent()).toMatch(/”.+”/);
    await page.screenshot({ path: path.join(SHOTS, "2-katalog.png"), fullPage: true });
    expect(await seriousAxe(page)).toEqual([]);
    await page.close();
  });

  it("the functions view lists every function in functions.json", async () => {
    const { page } = await open();
    await page.getByRole("tab", { name: "Funktioner" }).click();
    await page.getByTestId("function-doc").first().waitFor();
    const listed = await page.$$eval('[data-testid="function-doc"]', (els) => els.map((e) => e.getAttribute("data-function-id")));
    const meta = await page.evaluate(async () => (await (await fetch("functions.json")).json()).functions.map((f: { id: string }) => f.id));
    expect(listed).toEqual(meta);
    await page.screenshot({ path: path.join(SHOTS, "3-funktioner.png"), fullPage: true });
    expect(await seriousAxe(page)).toEqual([]);
    await page.close();
  });

  it("the audit and sources views show findings with both sources", async () => {
    const { page } = await open();
    await page.getByRole("tab", { name: "Granskning" }).click();
    await page.getByTestId("audit-finding").first().waitFor();
    expect(await page.getByTestId("audit-finding").count()).toBeGreaterThanOrEqual(8);
    expect(await page.getByTestId("audit-finding").first().textContent()).toContain("35 130");
    const texts = await page.getByTestId("audit-finding").allTextContents();
    expect(texts.some((t) => t.includes("förenlig") && t.includes("knappt 3,7"))).toBe(true);
    expect(texts.filter((t) => /Skillnad: [−-]?0(?![,\d])/.test(t))).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, "4-granskning.png"), fullPage: true });
    expect(await seriousAxe(page)).toEqual([]);
    await page.getByRole("tab", { name: "Källor" }).click();
    await page.getByTestId("report").first().waitFor();
    expect(await page.getByTestId("report").count()).toBe(2);
    await page.screenshot({ path: path.join(SHOTS, "5-kallor.png"), fullPage: true });
    expect(await seriousAxe(page)).toEqual([]);
    await page.close();
  });

  it("is keyboard reachable: Tab reaches the tabs and arrow keys switch views", async () => {
    const { page } = await open();
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("role"));
    expect(focused).toBe("tab");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByTestId("catalog-search").waitFor();
    await page.close();
  });
});

describe("English fallback", () => {
  it("shows English UI when the display language is not Swedish", async () => {
    const page = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: "en-US" });
    await routeOffice(page);
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("tab", { name: "Catalogue" }).click();
    await page.getByTestId("catalog-row").first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.getByTestId("catalog-count").textContent()).toMatch(/of \d+ figures/);
    await page.screenshot({ path: path.join(SHOTS, "8-english.png"), fullPage: true });
    await page.close();
  });
});

describe("with a recording fake Excel host", () => {
  it("insert all tables makes the expected writes and shows success", async () => {
    const { page, errors } = await open(true);
    expect(await page.getByTestId("outside-excel").count()).toBe(0);
    await page.getByTestId("action-insertAll").click();
    const result = page.getByTestId("action-result");
    await result.waitFor();
    expect(await result.getAttribute("data-intent")).toBe("success");
    expect(await result.textContent()).toContain("Klart");
    const state = await page.evaluate(() => {
      const ctx = (window as any).__PV_FAKE__;
      return {
        syncs: ctx.syncs,
        sheets: ctx.workbook.sheetList.map((s: any) => s.name),
        tables: ctx.workbook.allTables().map((t: any) => t.name),
        charts: ctx.workbook.sheetList.flatMap((s: any) => s.chartList.map((c: any) => c.type)),
      };
    });
    expect(state.syncs).toBeLessThanOrEqual(3);
    expect(state.sheets).toEqual(["Närvården", "Statsbidrag", "Regioner", "Indikatorer", "Iakttagelser", "Granskning", "Källor", "Diagram"]);
    expect(state.tables).toContain("PV_Statsbidrag");
    expect(state.charts).toContain("Waterfall");
    await page.screenshot({ path: path.join(SHOTS, "6-start-excel.png"), fullPage: true });
    expect(await seriousAxe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a forced failure (cell-edit mode) shows the error and writes nothing", async () => {
    const { page } = await open(true);
    await page.evaluate(() => ((window as any).__PV_FAKE__.editMode = true));
    await page.getByTestId("action-ledger").click();
    const result = page.getByTestId("action-result");
    await result.waitFor();
    expect(await result.getAttribute("data-intent")).toBe("error");
    expect(await result.getAttribute("role")).toBe("alert");
    expect(await result.textContent()).toContain("redigeringsläge");
    expect(await page.evaluate(() => (window as any).__PV_FAKE__.workbook.sheetList.length)).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, "7-fel.png"), fullPage: true });
    await page.close();
  });
});
