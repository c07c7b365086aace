/**
 * The Kolada view in the production pane, in Debian's Chromium. api.kolada.se is answered by Playwright from
 * the test fixtures (nothing leaves the machine): with CORS headers (live works), and without (blocked).
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { axeViolations, fakeHostScript, OUT, paneLive, routeOffice } from "./harness";
import { paneSuite } from "./paneHelpers";

const FIX = path.join(__dirname, "../kolada/fixtures");
const suite = paneSuite();

/** The fixture's answer; `drop` leaves one KPI's values out, as Kolada answers when it has none. */
function body(url: string, drop?: string): string {
  const u = new URL(url);
  const base = "https://api.kolada.se/v3";
  const read = (f: string) => fs.readFileSync(path.join(FIX, f), "utf8").split("{BASE}").join(base);
  if (u.pathname.startsWith("/v3/kpi")) return read("kpi-meta.json");
  const page = JSON.parse(read(u.searchParams.get("page") === "2" ? "data-page2.json" : "data-page1.json"));
  if (drop) page.values = page.values.filter((v: { kpi: string }) => v.kpi !== drop);
  return JSON.stringify(page);
}

/** cors=false acts as a server without CORS headers looks from the page: the cors request fails, no-cors goes through. */
async function open(width: number, cors: boolean, withFakeHost = false, drop?: string): Promise<{ page: Page; calls: string[] }> {
  const page = await suite.browser().newPage({ viewport: { width, height: 900 }, locale: "sv-SE" });
  const calls: string[] = [];
  await routeOffice(page);
  if (withFakeHost) await page.addInitScript({ content: await fakeHostScript() });
  await page.route("https://api.kolada.se/**", async (route) => {
    calls.push(route.request().url());
    // A cors request carries Origin; Playwright's fulfil skips the CORS check, so refuse it as the browser would.
    if (!cors && (await route.request().allHeaders()).origin) return route.abort("failed");
    return route.fulfill({
      status: 200,
      contentType: "application/json",
      headers: { "access-control-allow-origin": "*" },
      body: body(route.request().url(), drop),
    });
  });
  await page.goto(`${suite.url()}/taskpane.html`);
  await paneLive(page);
  await page.getByRole("tab", { name: "Kolada" }).click();
  await page.getByTestId("kolada-loaded").waitFor();
  return { page, calls };
}

/** Nothing in the view reaches past the pane's width (the tab row above it is the pane issue's to fit). */
const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector("main")!;
    const w = document.documentElement.clientWidth;
    const over = [...main.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > w + 0.5);
    return main.scrollWidth <= main.clientWidth && over.length === 0
      ? true
      : over.map((e) => `${e.tagName} ${e.textContent?.slice(0, 30)} ${e.getBoundingClientRect().right}`);
  });

describe("Kolada view", () => {
  it("is off until turned on, probes, refreshes all regions and shows what is loaded, at 270 px without sideways scrolling", async () => {
    const { page, calls } = await open(270, true);
    await page.getByTestId("kolada-none").waitFor();
    expect(await page.getByTestId("kolada-none").textContent()).toContain("Ingen Kolada-data är laddad");
    expect(calls).toEqual([]);
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.getByRole("switch", { name: "Hämta från Kolada (nätverk)" }).click();
    await page.getByText("Direkthämtning fungerar").waitFor();
    expect(calls).toHaveLength(1);
    await page.getByTestId("kolada-refresh").click();
    await page.getByText(/2 regioner · 2022–2023 · hämtad \d{4}-\d\d-\d\d \(hämtad från Kolada\)/).waitFor();
    expect(calls.some((u) => u.includes("/v3/data/kpi/N71000,N70061,N72000,N74000,N70059/municipality/0001,0003"))).toBe(true);
    expect(await page.getByTestId("kolada-loaded").textContent()).toContain("N71000 Kostnad primärvård (exkl. läkemedel), kr/inv");
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.setViewportSize({ width: 450, height: 900 });
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.screenshot({ path: path.join(OUT, "screenshots", "kolada-450.png"), fullPage: true });
    await page.setViewportSize({ width: 270, height: 900 });
    await page.screenshot({ path: path.join(OUT, "screenshots", "kolada-270.png"), fullPage: true });
    const serious = (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious).toEqual([]);
    await page.close();
  }, 60000);

  it("says plainly when the browser blocks Kolada (no CORS) and what IT can do", async () => {
    const { page } = await open(320, false);
    await page.getByRole("switch", { name: "Hämta från Kolada (nätverk)" }).click();
    const probe = page.getByTestId("kolada-probe");
    await probe.waitFor();
    const text = await probe.textContent();
    expect(text).toContain("blockerade anropet");
    expect(text).toContain("Regionens IT kan bygga in alla regioners siffror");
    expect(text).not.toMatch(/npm|id-listor/);
    expect(await page.getByTestId("kolada-refresh").count()).toBe(0);
    await page.close();
  }, 60000);

  it("with a fake Excel host: refresh, then insert the comparison of all regions as a sheet with two charts", async () => {
    const { page } = await open(420, true, true);
    await page.getByRole("switch", { name: "Hämta från Kolada (nätverk)" }).click();
    await page.getByTestId("kolada-refresh").click();
    await page.getByText(/2 regioner · 2022–2023/).waitFor();
    // The refresh is kept in the workbook: one custom XML part in the add-in's namespace, holding the snapshot.
    await page.waitForFunction(() => ((window as any).__PV_XML_PARTS__ as unknown[]).length === 1);
    const part = await page.evaluate(() => (window as any).__PV_XML_PARTS__[0] as { ns: string; xml: string });
    expect(part.ns).toBe("urn:nara-vard-indikatorer:kolada:v1");
    expect(part.xml).toContain("N71000");
    await page.getByRole("button", { name: "Infoga jämförelse av alla regioner" }).click();
    const result = page.getByTestId("action-result");
    await result.waitFor();
    // No region has all three KPIs for 2023 here: the result is a warning naming what is missing, not a green "Klart".
    expect(await result.getAttribute("data-intent")).toBe("warning");
    expect(await result.textContent()).toContain("primärvårdens andel (egen beräkning) är tom på 22 av 22 rader för 2023");
    expect(await result.textContent()).toContain("N71000 har inget värde i Kolada för Gotland 2023.");
    await page.getByTestId("go-to-sheet").click();
    await page.waitForFunction(() => (window as any).__PV_FAKE__.workbook.activeSheet === "Kolada");
    const state = await page.evaluate(() => {
      const ctx = (window as any).__PV_FAKE__;
      const sheet = ctx.workbook.sheetList.find((s: any) => s.name === "Kolada");
      const table = ctx.workbook.allTables().find((t: any) => t.name === "PV_Kolada_Jamforelse");
      return { rows: sheet.read(table.address), charts: sheet.chartList.map((c: any) => c.name) };
    });
    expect(state.rows).toHaveLength(23);
    expect(state.rows.find((r: unknown[]) => r[0] === "Gotland").slice(1, 7)).toEqual(["0009", "2023", "", 39870, 3240, ""]);
    expect(state.charts).toEqual(["PV_Chart_Kolada_Kostnad", "PV_Chart_Kolada_Andel"]);
    await page.close();
  }, 60000);

  it("with N70059 missing from Kolada's answer: the own-share column is empty, and a warning names the KPI and year", async () => {
    const { page } = await open(320, true, true, "N70059");
    await page.getByRole("switch", { name: "Hämta från Kolada (nätverk)" }).click();
    await page.getByTestId("kolada-refresh").click();
    await page.getByText(/2 regioner · 2022–2023/).waitFor();
    await page.getByRole("button", { name: "Infoga jämförelse av alla regioner" }).click();
    const result = page.getByTestId("action-result");
    await result.waitFor();
    expect(await result.getAttribute("data-intent")).toBe("warning");
    const text = await result.textContent();
    expect(text).toContain("är tom på 22 av 22 rader för 2023");
    expect(text).toContain("N70059 är inte hämtad, så ingen andel kan räknas för 2023.");
    expect(text).not.toMatch(/Klart/);
    const shares = await page.evaluate(() => {
      const ctx = (window as any).__PV_FAKE__;
      const sheet = ctx.workbook.sheetList.find((s: any) => s.name === "Kolada");
      const table = ctx.workbook.allTables().find((t: any) => t.name === "PV_Kolada_Jamforelse");
      return sheet
        .read(table.address)
        .slice(1)
        .map((r: unknown[]) => r[6]);
    });
    expect(shares.every((v: unknown) => v === "")).toBe(true);
    await result.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, "screenshots", "kolada-missing-kpi-320.png"), fullPage: true });
    await page.close();
  }, 60000);
});
