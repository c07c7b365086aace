/**
 * The follow-up in the production pane (Chromium, fake Excel host): the Jämtland Härjedalen 2022 case as a SIE
 * year goes through the SIE tab (ledger) and the Uppföljning tab (proposed preset with every account shown,
 * projects → the region's five themes, the two outputs the report names as results) to the sheets. What the
 * workbook then holds is read back: the mapping tables fed to the model reconcile to the öre (difference 0),
 * and Återrapportering carries both views and the crosswalk as ordinary formulas over those tables.
 */
import path from "path";
import type { Page } from "playwright-core";
import { crosswalk } from "../../src/core/followup/model";
import { fakeHostScript, OUT, paneLive, routeOffice } from "./harness";
import { paneSuite } from "./paneHelpers";
import { THEMES, JH_TOTAL_ORE } from "../core/followup/jhCase";

const SHOTS = path.join(OUT, "screenshots");
const FILE = path.resolve(__dirname, "../fixtures/followup/jh2022.se");
const suite = paneSuite();

async function open(): Promise<{ page: Page; errors: string[] }> {
  const page = await suite.browser().newPage({ viewport: { width: 420, height: 900 }, locale: "sv-SE" });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await routeOffice(page);
  await page.addInitScript({ content: await fakeHostScript() });
  await page.goto(`${suite.url()}/taskpane.html`);
  await paneLive(page);
  return { page, errors };
}

describe("the follow-up in the pane (Jämtland Härjedalen 2022)", () => {
  it("from the SIE file to Återrapportering with both views and a crosswalk that reconciles", async () => {
    const { page, errors } = await open();
    // Before any import the view says where to start.
    await page.getByRole("tab", { name: "Uppföljning" }).click();
    await page.getByTestId("followup-noimport").waitFor();

    await page.getByRole("tab", { name: "SIE" }).click();
    const chooser = page.waitForEvent("filechooser");
    await page.getByTestId("sie-pick").click();
    await (await chooser).setFiles(FILE);
    await page.getByTestId("sie-choices").waitFor();
    await page.getByTestId("sie-import").click();
    await page.getByTestId("action-result").waitFor();
    expect(await page.getByTestId("action-result").textContent()).toContain("Huvudboken skapades");

    await page.getByRole("tab", { name: "Uppföljning" }).click();
    await page.getByTestId("followup-preset").waitFor();
    // Personnel in class 4 by the account names: Region-Bas, and the pane says the region's chart must be checked.
    expect(await page.getByTestId("followup-preset").inputValue()).toBe("regionbas");
    await page.getByTestId("followup-check-chart").waitFor();
    // Every account with its proposed type and amount, before anything is written.
    const accounts = await page
      .getByTestId("followup-account")
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute("data-account"), r.getAttribute("data-type")]));
    expect(accounts).toEqual([
      ["4011", "Egen personal"],
      ["4511", "Egen personal"],
      ["5511", "Inhyrd personal"],
      ["6111", "Köpt vård och verksamhet"],
      ["6811", "Övriga varor och tjänster"],
      ["7011", "Övriga varor och tjänster"],
    ]);
    expect(await page.getByTestId("followup-accounts").textContent()).toMatch(
      /5511 Inhyrda sjuksköterskorInhyrd personal \(efter kontonamnet\)1\s570\s000/,
    );

    expect(await page.getByTestId("followup-year").inputValue()).toBe("2022");
    for (const [i, code] of ["2201", "2202", "2203", "2204", "2205"].entries())
      await page.locator(`[data-testid="followup-project"][data-project="${code}"]`).selectOption(THEMES[i]);
    await page.getByTestId("followup-received").fill("5669000");
    for (const [name, n] of [
      ["Handledarutbildningar", "100"],
      ["Vidareutbildade sjuksköterskor", "48"],
    ]) {
      await page.getByTestId("followup-result-area").selectOption(THEMES[4]);
      await page.getByTestId("followup-result-indicator").fill(name);
      await page.getByTestId("followup-result-actual").fill(n);
      await page.getByTestId("followup-result-target").fill(n);
      await page.getByTestId("followup-result-add").click();
    }
    expect(await page.getByTestId("followup-result").count()).toBe(2);
    await page.screenshot({ path: path.join(SHOTS, "uppfoljning-1-val.png"), fullPage: true });

    await page.getByTestId("followup-write").click();
    const result = page.getByTestId("followup-report").getByTestId("action-result");
    await result.waitFor({ timeout: 30_000 });
    expect(await result.getAttribute("data-intent")).not.toBe("error");
    expect(await result.textContent()).toContain("Återrapportering");

    const got = await page.evaluate(() => {
      const ctx = (window as any).__PV_FAKE__;
      const read = (name: string) => {
        const t = ctx.workbook.allTables().find((x: any) => x.name === name);
        return t.sheet.read(t.address) as unknown[][];
      };
      const report = ctx.workbook.sheetList.find((s: any) => s.name === "Återrapportering");
      const cells: Record<string, unknown> = {};
      for (const [k, c] of report.cells) cells[k] = c.formula ?? c.value;
      return {
        ledger: read("PV_SIE_Huvudbok"),
        rules: read("PV_Kostnadsslag"),
        mappings: read("PV_Insatser"),
        results: read("PV_Resultat"),
        report: cells,
        page: report.page,
        syncs: ctx.syncs,
      };
    });
    // The ledger gained the two formula columns.
    expect(got.ledger[0].slice(-2)).toEqual(["Kostnadsslag", "Insatsområde"]);
    // The workbook's own tables, fed to the model, reconcile: four cost types, five themes, difference 0.
    const h = got.ledger[0];
    const col = (n: string) => h.indexOf(n);
    const rows = got.ledger.slice(1).map((r) => ({
      project: String(r[col("Projekt")]),
      account: String(r[col("Konto")]),
      ore: Math.round(Number(r[col("Belopp (kr)")]) * 100),
    }));
    const cw = crosswalk(
      rows,
      got.rules.slice(1).map((r) => ({ from: Number(r[0]), to: Number(r[1]), costType: String(r[2]) })),
      got.mappings.slice(1).map((r) => ({ project: String(r[0]), activity: String(r[2]), area: String(r[3]) })),
      { received: JH_TOTAL_ORE },
    );
    expect(cw.total).toBe(JH_TOTAL_ORE);
    expect(cw.difference).toBe(0);
    expect(cw.unspent).toBe(0);
    expect(cw.costTypes.filter((c) => c.ore > 0).map((c) => c.name)).toEqual([
      "Egen personal",
      "Inhyrd personal",
      "Köpt vård och verksamhet",
      "Övriga varor och tjänster",
    ]);
    expect(cw.areas.map((a) => a.name)).toEqual(THEMES);
    expect(cw.areas.every((a) => a.ore > 0)).toBe(true);
    expect(got.results.slice(1).map((r) => [r[0], r[1]])).toEqual([
      [THEMES[4], "Handledarutbildningar"],
      [THEMES[4], "Vidareutbildade sjuksköterskor"],
    ]);
    // Återrapportering: both views, results, the crosswalk and its check, as ordinary formulas.
    const texts = Object.values(got.report).map(String);
    for (const s of [
      "1. Kammarkollegiet: förbrukat per kostnadsslag",
      "2. Socialstyrelsen: förbrukat per insatsområde",
      "Resultat per insatsområde",
      "3. Korstabell: kostnadsslag × insatsområde",
      "Differens: huvudboken − korstabellen (0 = avstämt)",
    ])
      expect(texts).toContain(s);
    const formulas = texts.filter((t) => t.startsWith("="));
    expect(
      formulas.filter((f) => f.startsWith("=SUMIFS(PV_SIE_Huvudbok[Belopp (kr)],PV_SIE_Huvudbok[Kostnadsslag]")).length,
    ).toBeGreaterThanOrEqual(5 + 5 * 6);
    expect(formulas.some((f) => /PV\.|XLOOKUP|LET\(|LAMBDA|FILTER\(|UNIQUE\(/.test(f))).toBe(false);
    expect(got.page).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$1:$2" });
    await page.screenshot({ path: path.join(SHOTS, "uppfoljning-2-skrivet.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
