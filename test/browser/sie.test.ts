/**
 * The SIE view in the production pane (Debian's Chromium) with the recording fake Excel host: pick a real
 * export through the file chooser, read it in the Web Worker, choose dimensions, write the ledger, and check
 * what the fake workbook received and GRANT_TRACE over it.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { ledgerTrace } from "../../src/core/grants/grantTrace";
import { axeViolations, fakeHostScript, OUT, paneLive, routeOffice } from "./harness";
import { paneSuite } from "./paneHelpers";
import { FIXTURES, oreOf, VISMA } from "../core/sie/fixtures";
import { decodeCp437, LATIN9 } from "../../src/core/sie/cp437";

const SHOTS = path.join(OUT, "screenshots");
const suite = paneSuite();

async function openSie(width = 420, locale = "sv-SE", setUp?: (page: Page) => Promise<void>): Promise<{ page: Page; errors: string[] }> {
  const page = await suite.browser().newPage({ viewport: { width, height: 900 }, locale });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await routeOffice(page);
  await page.addInitScript({ content: await fakeHostScript() });
  await setUp?.(page);
  await page.goto(`${suite.url()}/taskpane.html`);
  await paneLive(page);
  await page.getByRole("tab", { name: "SIE" }).click();
  await page.getByTestId("sie-pick").waitFor();
  return { page, errors };
}

async function pick(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByTestId("sie-pick").click();
  await (await chooser).setFiles(file);
}

/** How far the SIE view's content reaches past the pane's right edge (the tab strip is the layout's concern). */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const right = Math.max(...[...document.querySelectorAll("main *")].map((e) => e.getBoundingClientRect().right));
    return Math.max(0, Math.ceil(right - document.documentElement.clientWidth));
  });

/** Independent expectation: #TRANS on accounts 4000–7999 with a dimension-1 object, summed per object × account. */
function expectedNordSyd(): Map<string, bigint> {
  const out = new Map<string, bigint>();
  let open = false;
  for (const line of fs
    .readFileSync(path.join(FIXTURES, VISMA), "latin1")
    .split("\n")
    .map((l) => l.trim())) {
    if (line === "{") open = true;
    if (line === "}") open = false;
    const m = open && /^#TRANS (\d{4}) \{1 (\w+)[^}]*\} (\S+)/.exec(line);
    if (m && Number(m[1]) >= 4000 && Number(m[1]) <= 7999) out.set(`${m[2]}|${m[1]}`, (out.get(`${m[2]}|${m[1]}`) ?? 0n) + oreOf(m[3]));
  }
  return out;
}

describe("SIE import in the pane", () => {
  it("picks a real export, shows the summary, takes the dimension choices and writes the ledger GRANT_TRACE reads", async () => {
    const { page, errors } = await openSie();
    await pick(page, path.join(FIXTURES, VISMA));
    const summary = page.getByTestId("sie-summary");
    await summary.waitFor();
    const text = await summary.textContent();
    for (const s of [
      "Övningsbolaget AB",
      "555555-5555",
      "Visma Administration 2000 med Visma Integration 2022.2",
      "2021-01-01 – 2021-12-31",
      "295",
      "1 330",
      "6 Projekt – 35 objekt",
      "1 Resultatenhet – 2 objekt",
    ]) {
      expect(text).toContain(s);
    }
    expect(await page.getByTestId("sie-warnings").textContent()).toContain("felavkodade");
    // Defaults: projects in 6, activities in 1; the one project with resource use is 0001.
    expect(await page.getByTestId("sie-project-dim").inputValue()).toBe("6");
    expect(await page.getByTestId("sie-activity-dim").inputValue()).toBe("1");
    expect(await page.getByTestId("sie-preview").textContent()).toBe("1 rad (projekt × aktivitet × konto), summa 1 200 kr.");
    // The controller's choice here: the cost centres (dimension 1) are the grant projects, activities from 6.
    await page.getByTestId("sie-project-dim").selectOption("1");
    await page.getByTestId("sie-activity-dim").selectOption("6");
    const expected = expectedNordSyd();
    await page.waitForFunction(() => document.querySelector('[data-testid="sie-preview"]')?.textContent?.startsWith("30 rader"));
    expect(await page.getByTestId("sie-project").count()).toBe(2);
    expect(await sideways(page)).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, "sie-1-val.png"), fullPage: true });

    await page.getByTestId("sie-import").click();
    const result = page.getByTestId("action-result");
    await result.waitFor();
    expect(await result.getAttribute("data-intent")).not.toBe("error");
    expect(await result.textContent()).toContain("Huvudboken skapades");
    const got = await page.evaluate(() => {
      const ctx = (window as any).__PV_FAKE__;
      const t = ctx.workbook.allTables().find((x: any) => x.name === "PV_SIE_Huvudbok");
      return { rows: t.sheet.read(t.address) as unknown[][], trace: t.sheet.read("P4")[0][0], sheet: t.sheet.name };
    });
    expect(got.sheet).toBe("SIE-huvudbok");
    expect(got.trace).toBe("=PV.GRANT_TRACE(PV_SIE_Huvudbok[#All])");
    const [header, ...body] = got.rows;
    expect(header.slice(0, 9)).toEqual([
      "Mål",
      "Aktivitet",
      "Kostnadspost",
      "Belopp (kr)",
      "Budget (kr)",
      "Resultatindikator",
      "Utfall",
      "År",
      "Projekt",
    ]);
    // Each project × account summed over activities equals the independent parse, to the öre.
    const mine = new Map<string, bigint>();
    for (const r of body) {
      const key = `${r[8]}|${r[11]}`;
      mine.set(key, (mine.get(key) ?? 0n) + BigInt(Math.round(Number(r[3]) * 100)));
    }
    expect(mine).toEqual(expected);
    expect(body.find((r) => r[8] === "Nord" && r[10] === "0001")!.slice(1, 4)).toEqual([
      "Utbildning av användare",
      "5420 Programvaror",
      1200,
    ]);
    // GRANT_TRACE over the received table: amounts in kr, the 0001 row is the one with an activity.
    const trace = ledgerTrace(got.rows);
    expect(trace.rows[0][2]).toBe("Belopp (kr)");
    expect(Math.round(trace.traced * 100)).toBe(Number([...expected.values()].reduce((a, b) => a + b, 0n)));
    expect(trace.rows.find((r) => r[1] === "5420 Programvaror")![4]).toBe("Utbildning av användare");
    await page.screenshot({ path: path.join(SHOTS, "sie-2-skrivet.png"), fullPage: true });

    // The same file again: nothing changes.
    await page.getByTestId("sie-import").click();
    await page.waitForFunction(() => document.querySelector('[data-testid="action-result"]')?.textContent?.includes("Inget ändrades"));
    expect((await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ["its script is refused", (page: Page) => page.route(/\/sie-worker\.[0-9a-f]+\.js$/, (r) => r.fulfill({ status: 404, body: "" }))],
    ["the webview has none", (page: Page) => page.addInitScript(() => Object.defineProperty(window, "Worker", { value: undefined }))],
  ])("reads the file on the pane's own thread when no worker can start (%s)", async (_why, setUp) => {
    const { page, errors } = await openSie(420, "sv-SE", async (p) => void (await setUp(p)));
    // The reader then comes as a chunk of the pane's own.
    const chunks: string[] = [];
    page.on("requestfinished", (r) => chunks.push(new URL(r.url()).pathname));
    await pick(page, path.join(FIXTURES, VISMA));
    await page.getByTestId("sie-summary").waitFor();
    expect(await page.getByTestId("sie-summary").textContent()).toContain("Övningsbolaget AB");
    await page.getByTestId("sie-choices").waitFor();
    expect(chunks.filter((c) => c.startsWith("/sie-reader."))).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("speaks English when the display language is not Swedish", async () => {
    const { page } = await openSie(420, "en-US");
    await pick(page, path.join(FIXTURES, "jsisie_BL0001_typ4.SE"));
    const text = await page.getByTestId("sie-summary").textContent();
    expect(text).toContain("CompanySEEE Speak Easy Executive English AB");
    expect(text).toContain("9 #RTRANS/#BTRANS were not counted");
    expect(await page.getByTestId("sie-warnings").textContent()).toContain("16 objects are used in #TRANS without #OBJEKT");
    await page.getByTestId("sie-ranges").fill("4000-x");
    await page.getByText("Argument kontointervallet").waitFor();
    await page.close();
  });

  it("does not scroll sideways at 270, 320 and 450 px", async () => {
    for (const width of [270, 320, 450]) {
      const { page } = await openSie(width);
      await pick(page, path.join(FIXTURES, "jsisie_BL0001_typ4.SE"));
      await page.getByTestId("sie-choices").waitFor();
      expect([width, await sideways(page)]).toEqual([width, 0]);
      if (width === 270) await page.screenshot({ path: path.join(SHOTS, "sie-3-270px.png"), fullPage: true });
      await page.close();
    }
  });

  it("reads a large file with a progress bar that Cancel stops; a non-SIE file gives a Swedish message", async () => {
    const { page } = await openSie();
    // About 40 MB on disk (the chooser reads it from disk, as a user's pick would be).
    const big = path.join(OUT, "stor.se");
    if (!fs.existsSync(big) || fs.statSync(big).size < 40e6) {
      const block = "#TRANS 5010 {1 Nord 6 0001} 8250.00 20210131 Hyra\n#TRANS 1710 {} -8250.00 20210131 Hyra\n".repeat(10_000);
      fs.writeFileSync(big, "#FLAGGA 0\n#VER A 1 20210131 Hyra\n{\n");
      for (let i = 0; i < 45; i++) fs.appendFileSync(big, block);
      fs.appendFileSync(big, "}\n");
    }
    await pick(page, big);
    await page.getByTestId("sie-progress").waitFor();
    await page.getByTestId("sie-cancel").click();
    const notice = page.getByTestId("sie-error");
    await notice.waitFor();
    expect(await notice.textContent()).toBe("Inläsningen avbröts. Inget skrevs till arbetsboken.");
    await pick(page, { name: "brev.txt", mimeType: "text/plain", buffer: Buffer.from("Hej!\nDetta är inget bokslut.\n") });
    await page.waitForFunction(() => document.querySelector('[data-testid="sie-error"]')?.textContent?.includes("ingen SIE-fil"));
    expect(await notice.getAttribute("data-intent")).toBe("error");
    expect(await notice.textContent()).toBe("Filen är ingen SIE-fil (rad 1): första raden är ingen #-post. Inget importerades.");
    await page.close();
  });

  it("a file with no costs on 4000–7999 says, before the choice, where its amounts are; a file with none says so", async () => {
    const sie = (trans: string[]) => ({
      name: "utan-kostnader.se",
      mimeType: "text/plain",
      buffer: Buffer.from(
        [
          "#FLAGGA 0",
          "#FORMAT PC8",
          "#SIETYP 4",
          '#FNAMN "Testbolaget"',
          '#DIM 6 "Projekt"',
          '#OBJEKT 6 "P1" "Projekt ett"',
          '#KONTO 3010 "Intäkter"',
          '#KONTO 8410 "Räntekostnader"',
          '#KONTO 1930 "Bank"',
          '#VER A 1 20240115 "Ränta"',
          "{",
          ...trans,
          "}",
        ].join("\r\n"),
        "latin1",
      ),
    });
    const { page, errors } = await openSie(320);
    await pick(page, sie(['#TRANS 8410 {6 "P1"} 1250.50', "#TRANS 3010 {} -400.00", "#TRANS 1930 {} -850.50"]));
    const costs = page.getByTestId("sie-costs");
    await costs.waitFor();
    const text = await costs.textContent();
    expect(await costs.getAttribute("data-intent")).toBe("warning");
    expect(text).toContain("Filen har inga belopp på de valda kontona (4000-7999).");
    expect(text).toContain("8000–8999: 1 250,50 kr (1 konto)");
    expect(text).toContain("3000–3999: −400 kr (1 konto)");
    // The project list no longer blames the dimension.
    expect(await page.getByTestId("sie-projects").textContent()).not.toContain("den här dimensionen");
    await page.screenshot({ path: path.join(SHOTS, "sie-utan-kostnader-320.png"), fullPage: true });
    // Taking the range the map names: the costs are found, per dimension.
    await page.getByTestId("sie-ranges").fill("8000-8999");
    await page.waitForFunction(() => document.querySelector('[data-testid="sie-costs"]')?.getAttribute("data-intent") === "info");
    expect(await costs.textContent()).toContain("6 Projekt: 1 objekt, 1 250,50 kr");

    await pick(page, sie(["#TRANS 1930 {} 100.00", "#TRANS 2440 {} -100.00"]));
    await page.waitForFunction(() => document.querySelector('[data-testid="sie-costs"]')?.textContent?.includes("inga kostnader"));
    expect(await page.getByTestId("sie-costs").textContent()).toContain("Filen innehåller inga kostnader");
    expect(errors).toEqual([]);
    await page.close();
  }, 60000);

  it("shows encoding, reconciliation, duplicates (and reads only the first on request), budget and the ledger's year", async () => {
    // The Visma export saved as ISO-8859-15, voucher A 1 repeated at the end, a budget for Nord's rent.
    const rev = new Map<number, number>();
    for (let i = 255; i >= 0; i--) rev.set(LATIN9[i], i);
    const text = decodeCp437(new Uint8Array(fs.readFileSync(path.join(FIXTURES, VISMA))));
    const a1 = /#VER A 1 [^\n]*\n\{\n(?:[^\n]*\n)*?\}\n/.exec(text)![0];
    const edited =
      text
        .replace("#RAR -1", "#PBUDGET 0 202101 5010 {1 Nord} 90000\n#RAR -1")
        .replace(/#KONTO 3041 [^\n]*/, '#KONTO 3041 "Statsbidrag nära vård"') + a1;
    const buffer = Buffer.from(Uint8Array.from(edited, (ch) => rev.get(ch.charCodeAt(0)) ?? 0x3f));
    const { page, errors } = await openSie();
    await pick(page, { name: "dubbel-latin1.se", mimeType: "text/plain", buffer });
    await page.getByTestId("sie-summary").waitFor();
    const summary = (await page.getByTestId("sie-summary").textContent())!;
    expect(summary).toContain("Övningsbolaget AB");
    expect(summary).toContain("ISO-8859-15");
    expect(summary).toContain("År i huvudboken2021");
    expect(await page.getByTestId("sie-duplicates").textContent()).toBe(
      "1 verifikation finns två gånger (samma serie, nummer och datum): A 1.",
    );
    const rec = page.getByTestId("sie-reconciliation");
    expect(await rec.textContent()).toContain("Avstämning mot filens saldon: 83 av 85 konton stämmer; 2 skiljer:");
    expect(await rec.textContent()).toContain("1910: transaktionerna");
    expect(await page.getByTestId("sie-budget").textContent()).toBe("Objekt 1 Nord: 90 000 kr");
    await page.screenshot({ path: path.join(SHOTS, "sie-4-dubbletter.png"), fullPage: true });

    await page.getByTestId("sie-first-only").click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="sie-reconciliation"]')?.textContent?.includes("85 av 85 konton stämmer"),
    );
    expect(await page.getByTestId("sie-first-only").isChecked()).toBe(true);
    expect(await page.getByTestId("sie-warnings").textContent()).toContain("bara den första lästes in");
    // Grant income: the account named Statsbidrag is proposed and chosen; the amount comes from the books.
    expect(await page.getByTestId("sie-income-account").isChecked()).toBe(true);
    expect(await page.getByTestId("sie-income-received").textContent()).toMatch(
      /^Mottaget enligt bokföringen: [\d  ,]+ kr \(\d+ verifikationer\)/,
    );
    await page.getByTestId("sie-import").click();
    await page.getByTestId("action-result").waitFor();
    const side = await page.evaluate(() => {
      const ctx = (window as any).__PV_FAKE__;
      const t = ctx.workbook.allTables().find((x: any) => x.name === "PV_SIE_Huvudbok");
      return [t.sheet.read("P4")[0][0], typeof t.sheet.read("P6")[0][0]];
    });
    expect(side).toEqual(["=PV.GRANT_TRACE(PV_SIE_Huvudbok[#All],P6)", "number"]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
