/**
 * What a controller does in the production task pane, in Debian's Chromium at 320 px: outside Excel, in English,
 * with 10 000 catalogue rows, and with a recording fake Excel host. office.js is the real one, routed from the
 * CDN URL to @microsoft/office-js. Layout at every width is in layout.test.ts.
 */
import path from "path";
import type { Page } from "playwright-core";
import { catalogRows } from "../../src/core/dataset/exportCatalog";
import { catalog } from "../../src/core/dataset/lookup";
import { axeViolations, fakeHostScript } from "./harness";
import { openPane, openView, paneSuite, SHOTS, viewTabs } from "./paneHelpers";

const suite = paneSuite();

const open = (lang: "sv" | "en" = "sv", init?: string) => openPane(suite.browser(), suite.url(), { width: 320, lang, init });
const tab = (page: Page, name: string) => page.getByRole("tab", { name, exact: true });
async function go(page: Page, name: string) {
  const t = (await viewTabs(page)).find((x) => x.label === name)!;
  await openView(page, t);
}
/** The count line with the thousands separator (a no-break space in Swedish) as a plain space. */
/** Rows in the bundled catalogue (the dataset grows; the tests follow it). */
const TOTAL = catalogRows(catalog()).length;
const count = async (page: Page) => (await page.getByTestId("catalog-count").textContent())?.replace(/\u00a0/g, " ");

describe("reading and moving around (320 px)", () => {
  it("after Bläddra i katalogen the focus is in the catalogue's search", async () => {
    const { page, errors, close } = await open();
    await page.getByTestId("go-catalog").click();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "catalog-search");
    await page.keyboard.type("kalmar");
    expect(await page.getByTestId("catalog-search").inputValue()).toBe("kalmar");
    expect(errors).toEqual([]);
    await close();
  });

  it("Granskning's list is one focus stop after the tabs", async () => {
    const { page, close } = await open();
    await tab(page, "Granskning").click();
    await page.getByTestId("audit-finding").first().waitFor();
    await tab(page, "Granskning").focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("audit-list");
    expect(await page.getByTestId("audit-list").getAttribute("aria-label")).toBe("Avvikelser i rapporterna");
    await close();
  });

  it("Funktioner breaks signatures between arguments, never inside a name", async () => {
    for (const lang of ["sv", "en"] as const) {
      const { page, close } = await open(lang);
      await tab(page, lang === "sv" ? "Funktioner" : "Functions").click();
      await page.getByTestId("function-signature").first().waitFor();
      const broken = await page.$$eval('[data-testid="function-signature"]', (sigs) =>
        sigs.flatMap((sig) =>
          [...sig.querySelectorAll("span")]
            .filter((a) => new Set([...a.getClientRects()].map((r) => Math.round(r.top))).size > 1)
            .map((a) => a.textContent),
        ),
      );
      expect(broken).toEqual([]);
      // And they do wrap (at 320 px a long signature takes several lines), between arguments.
      const multiLine = await page.$$eval(
        '[data-testid="function-signature"]',
        (sigs) => sigs.filter((s) => s.getBoundingClientRect().height > 30).length,
      );
      expect(multiLine).toBeGreaterThan(0);
      await close();
    }
  });
});

describe("outside Excel", () => {
  it("Start explains what the buttons do in Excel and leads to the catalogue, the sources and a CSV download", async () => {
    const { page, errors, close } = await open();
    const notice = page.getByTestId("outside-excel");
    expect(await notice.textContent()).toContain("Utanför Excel");
    expect(await page.locator("#panel-start dt").allTextContents()).toEqual([
      "Infoga alla referenstabeller och diagram",
      "Bygg diagram",
      "Ny bidragshuvudbok",
    ]);
    expect(await page.locator("#panel-start button:disabled, #panel-start [aria-disabled=true]").count()).toBe(0);
    const href = await page.getByTestId("download-csv").getAttribute("href");
    const csv = await page.evaluate(async (u) => (await fetch(u!)).text(), href);
    expect(csv.split("\r\n")[0]).toMatch(/^id;indicator;/);
    expect(csv.split("\r\n").length).toBeGreaterThan(100);
    await page.getByTestId("go-catalog").click();
    expect(await tab(page, "Katalog").getAttribute("aria-selected")).toBe("true");
    await page.getByTestId("catalog-row").first().waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it("tabs are wired to their panels and work by keyboard (arrows move, Enter opens, Home and End)", async () => {
    const { page, close } = await open();
    const wiring = await page.$$eval('[role="tab"]', (tabs) =>
      tabs.map((t) => {
        const p = document.getElementById(t.getAttribute("aria-controls") ?? "");
        return {
          role: p?.getAttribute("role"),
          labelledBy: p?.getAttribute("aria-labelledby") === t.id,
          tabindex: t.getAttribute("tabindex"),
        };
      }),
    );
    expect(wiring.every((w) => w.role === "tabpanel" && w.labelledBy)).toBe(true);
    expect(wiring.filter((w) => w.tabindex === "0")).toHaveLength(1);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-start");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-catalog");
    expect(await tab(page, "Start").getAttribute("aria-selected")).toBe("true"); // manual activation
    await page.keyboard.press("Enter");
    await page.getByTestId("catalog-search").waitFor();
    expect(await page.locator("#panel-start").isHidden()).toBe(true);
    await page.keyboard.press("End");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe((await viewTabs(page)).at(-1)!.id);
    await page.keyboard.press("Home");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-start");
    await close();
  });

  it("the catalogue counts what it shows, finds 35130 as 35 130, names themes, groups entities and keeps filters across tabs", async () => {
    const { page, close } = await open();
    await go(page, "Katalog");
    expect(await count(page)).toBe(`Visar 30 av ${TOTAL} uppgifter`);
    await page.getByTestId("show-all").click();
    expect(await count(page)).toBe(`Visar ${TOTAL} av ${TOTAL} uppgifter`);

    await page.getByTestId("catalog-search").fill("35130");
    await page.waitForFunction(
      (all) => !document.querySelector('[data-testid="catalog-count"]')?.textContent?.includes(`${all} av ${all}`),
      TOTAL,
    );
    const hits = (await page.getByTestId("catalog-row").allTextContents()).map((t) => t.replace(/\u00a0/g, " "));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((t) => t.includes("35 130"))).toBe(true);
    await page.getByTestId("catalog-search").fill("");

    const themes = await page.locator('[data-testid="filter-theme"] option').allTextContents();
    expect(themes).toContain("Kärnindikatorer");
    expect(themes).toContain("Primärvårdsandel");
    expect(themes).not.toContain("karnindikatorer");
    expect(await page.getByLabel("Region eller aktör").count()).toBe(1);
    const groups = await page.$$eval('[data-testid="filter-entity"] optgroup', (gs) =>
      gs.map((g) => [g.getAttribute("label"), g.querySelector("option")?.textContent]),
    );
    expect(groups[0]).toEqual(["Riket", "Riket"]);
    expect(groups[1][0]).toBe("Regioner");
    expect(groups[2][0]).toBe("Övriga");

    await page.getByTestId("filter-theme").selectOption("statsbidrag");
    const filtered = await count(page);
    await go(page, "Källor");
    await go(page, "Katalog");
    expect(await page.getByTestId("filter-theme").inputValue()).toBe("statsbidrag");
    expect(await count(page)).toBe(filtered);
    await close();
  });

  it("an empty result says which years exist and offers Rensa filter", async () => {
    const { page, close } = await open();
    await go(page, "Katalog");
    await page.getByTestId("filter-entity").selectOption("kalmar");
    await page.getByTestId("filter-year").selectOption("2016");
    const empty = page.getByTestId("catalog-empty");
    await empty.waitFor();
    expect(await empty.textContent()).toMatch(/Kalmar finns för: .*2019–2024/);
    await page.getByTestId("filter-year").selectOption("");
    await page.getByTestId("filter-theme").selectOption("narvarden");
    expect(await empty.textContent()).toMatch(/Kalmar finns i temana: .*Statsbidrag/);
    await page.getByTestId("clear-filters").click();
    expect(await count(page)).toBe(`Visar 30 av ${TOTAL} uppgifter`);
    expect(await page.getByTestId("filter-entity").inputValue()).toBe("");
    await close();
  });

  it("each row shows its indicator id and copies an INDIKATOR formula", async () => {
    const { page, close } = await open();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: suite.url() });
    await go(page, "Katalog");
    const row = page.getByTestId("catalog-row").first();
    expect(await row.locator("code").textContent()).toBe("ekonomiskt_resultat");
    await row.getByTestId("copy-formula").click();
    await row.getByRole("status").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe('=PV.INDIKATOR("ekonomiskt_resultat"; "Närvården Västmanland"; 2024)');
    expect(await row.getByRole("status").textContent()).toContain("Kopierad");
    await close();
  });

  it("Tab walks through every row, each focused control visible at 320 px", async () => {
    const { page, close } = await open();
    await go(page, "Katalog");
    await page.getByTestId("show-all").click();
    await page.getByTestId("copy-formula").first().focus();
    const reached = new Set<number>();
    const hidden: string[] = [];
    for (let i = 0; i < 400; i++) {
      const state = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const item = el.closest<HTMLElement>("[data-index]");
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return {
          index: item ? Number(item.dataset.index) : null,
          visible: r.top >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && !!hit && el.contains(hit),
          text: el.textContent,
        };
      });
      if (state.index === null) break;
      reached.add(state.index);
      if (!state.visible) hidden.push(`${state.index} ${state.text}`);
      await page.keyboard.press("Tab");
    }
    expect(reached.size).toBe(TOTAL);
    expect(hidden).toEqual([]);
    await close();
  });

  it("functions are named as Swedish Excel names them, with Swedish error codes and the English ones beside", async () => {
    const { page, close } = await open();
    await go(page, "Funktioner");
    const heads = await page.locator('[data-testid="function-doc"] h2').allTextContents();
    expect(heads).toContain("PV.LÄKARBEHOV");
    expect(heads).toContain("PV.PRIMÄRVÅRD_ANDEL");
    const examples = await page.locator('[data-testid="function-example"] code').allTextContents();
    expect(examples).toContain("=PV.LÄKARBEHOV(117000; 60)");
    const errors = await page.getByTestId("function-error").allTextContents();
    expect(errors.find((e) => e.startsWith("#SAKNAS!"))).toContain("#N/A");
    expect(errors.find((e) => e.startsWith("#VÄRDEFEL!"))).toContain("#VALUE!");
    expect(errors.find((e) => e.startsWith("#DIVISION/0!"))).toContain("#DIV/0!");
    const listed = await page.$$eval('[data-testid="function-doc"]', (els) => els.map((e) => e.getAttribute("data-function-id")));
    const meta = await page.evaluate(async () => (await (await fetch("functions.json")).json()).functions.map((f: { id: string }) => f.id));
    expect(listed).toEqual(meta);
    await close();
  });

  it("the audit shows each discrepancy with both figures, unit and direction; sources count their figures", async () => {
    const { page, close } = await open();
    await go(page, "Granskning");
    const findings = page.getByTestId("audit-finding");
    expect(await findings.count()).toBeGreaterThanOrEqual(8);
    const first = await findings.first().textContent();
    expect(first).toContain("35 130");
    expect(first).toMatch(/Skillnad.*mnkr (lägre|högre)/);
    expect(first).toContain("Motsägelse");
    // The audit's verdicts (issue 11b): a qualifier can reconcile figures; no finding for a zero difference.
    const texts = (await findings.allTextContents()).map((t) => t.replace(/\u00a0/g, " "));
    expect(texts.some((t) => t.includes("Förenlig") && t.includes("knappt 3,7"))).toBe(true);
    expect(texts.filter((t) => /Skillnad[−-]?0(?![,\d])/.test(t))).toEqual([]);
    // A row quoted from Tabell 1 carries its column headings, not the bare figures (issue 24).
    expect(texts[0]).toContain("Årtal 2019: Region 2 406, Kommuner –, SKR 24, Totalt 2 430");
    expect(texts.join(" ")).not.toContain("”2019 2 406 24 2 430”");
    await go(page, "Källor");
    expect(await page.getByTestId("report").count()).toBe(2);
    expect(await page.getByTestId("report-counts").first().textContent()).toMatch(/^\d+ uppgifter och \d+ iakttagelser/);
    await close();
  });
});

describe("English", () => {
  it("uses English names, ',' and '.', English error codes and English counts", async () => {
    const { page, close } = await open("en");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await go(page, "Functions");
    expect(await page.locator('[data-testid="function-doc"] h2').allTextContents()).toContain("PV.LAKARBEHOV");
    const examples = await page.locator('[data-testid="function-example"] code').allTextContents();
    expect(examples).toContain('=PV.PRIMARVARD_ANDEL("Kalmar", 2024, "max")');
    expect(examples).toContain("=PV.GRANT_TRACE(Tabell1[#All], 25)");
    const errors = await page.getByTestId("function-error").allTextContents();
    expect(errors.some((e) => e.startsWith("#N/A – "))).toBe(true);
    expect(errors.join(" ")).not.toContain("#SAKNAS!");
    await go(page, "Catalogue");
    expect(await count(page)).toBe(`Showing 30 of ${TOTAL} figures`);
    expect(await page.getByTestId("catalog-value").first().textContent()).toBe("5.8 SEK m");
    await page.screenshot({ path: path.join(SHOTS, "english-catalogue.png") });
    await close();
  });

  it("reports the workbook actions in English: results and failures", async () => {
    const { page, errors, close } = await open("en", await fakeHostScript());
    const result = (key: string) => page.locator(`section[aria-busy]:has([data-testid="action-${key}"]) [data-testid="action-result"]`);
    await page.getByTestId("action-insertAll").click();
    await result("insertAll").waitFor();
    expect(await result("insertAll").textContent()).toMatch(/^Done: /);
    // The sheets it wrote speak English too (issue 24): titles and notes; the sheet names stay the workbook's own.
    const heads = await page.evaluate(() => {
      const wb = (window as any).__PV_FAKE__.workbook;
      return ["Granskning", "Diagram"].map((n) => [0, 1].map((r) => String(wb.sheet(n).cell(r, 0).value)));
    });
    expect(heads[0][0]).toBe("Audit: the reports' internal contradictions");
    expect(heads[1]).toEqual(["Charts", "The charts are built on the tables beside them. Empty cells = the report gives no value."]);
    // Excel in cell-edit mode refuses the next action: said in English too.
    await page.evaluate(() => ((window as unknown as { __PV_FAKE__: { editMode: boolean } }).__PV_FAKE__.editMode = true));
    await page.getByTestId("action-ledger").click();
    await result("ledger").waitFor();
    expect(await result("ledger").textContent()).toBe(
      "Excel is in cell-edit mode. Press Enter or Esc in the cell and try again. Nothing was changed.",
    );
    // Only the sheets' names (the workbook's own, Swedish in every language) are Swedish in what it reports.
    const reported = (await page.getByTestId("action-result").allTextContents())
      .join(" ")
      .replace(/^Done: [^.]*\./, "")
      .replace(/Go to the sheet \S+/, "");
    expect(reported).not.toMatch(/[åäöÅÄÖ]|Klart|Inget/);
    expect(errors).toEqual([]);
    await close();
  });
});

describe("10 000 catalogue rows", () => {
  it("renders only what is in view, reaches the last row, and filters", async () => {
    const base = catalogRows(catalog());
    const init = `(() => { const base = ${JSON.stringify(base)};
      window.__PV_CATALOG_ROWS__ = Array.from({ length: 10000 }, (_, i) => ({ ...base[i % base.length], id: base[i % base.length].id + "#" + i })); })();`;
    const { page, errors, close } = await open("sv", init);
    await go(page, "Katalog");
    await page.getByTestId("show-all").click();
    expect(await count(page)).toBe("Visar 10 000 av 10 000 uppgifter");
    expect(await page.getByTestId("catalog-row").count()).toBeLessThan(40);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => !!document.querySelector('[data-index="9999"]'));
    expect(await page.getByTestId("catalog-row").count()).toBeLessThan(40);
    await page.getByTestId("catalog-search").fill("kalmar 2021");
    await page.waitForFunction(() => !document.querySelector('[data-testid="catalog-count"]')?.textContent?.startsWith("Visar 10"));
    expect(await count(page)).toMatch(/^Visar 30 av \d+ träffar \(10 000 uppgifter totalt\)$/);
    expect(errors).toEqual([]);
    await close();
  });
});

describe("with a recording fake Excel host", () => {
  it("insert all tables makes the expected writes; meanwhile the other actions are focusable-disabled and say why", async () => {
    const { page, errors, close } = await open("sv", await fakeHostScript());
    expect(await page.getByTestId("outside-excel").count()).toBe(0);
    await page.evaluate(() => {
      const w = window as unknown as { __sawBusy: boolean };
      w.__sawBusy = false;
      const el = document.querySelector('[data-testid="action-charts"]')!;
      new MutationObserver(() => {
        if (el.getAttribute("aria-disabled") === "true" && !(el as HTMLButtonElement).disabled) w.__sawBusy = true;
      }).observe(el, { attributes: true });
    });
    await page.getByTestId("action-insertAll").click();
    const result = page.getByTestId("action-result");
    await result.waitFor();
    expect(await page.evaluate(() => (window as unknown as { __sawBusy: boolean }).__sawBusy)).toBe(true);
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
    expect(state.sheets).toEqual([
      "Närvården",
      "Statsbidrag",
      "Regioner",
      "Indikatorer",
      "Iakttagelser",
      "Granskning",
      "Källor",
      "Diagram",
    ]);
    expect(state.tables).toContain("PV_Statsbidrag");
    expect(state.charts).toContain("Waterfall");
    // A new ledger says where to start and offers the sheet.
    await page.getByTestId("action-ledger").click();
    const ledger = page.locator('section[aria-busy]:has([data-testid="action-ledger"]) [data-testid="action-result"]');
    await ledger.waitFor();
    expect(await ledger.textContent()).toContain("Fyll i från A5, en rad per bokförd post, och ange mottaget belopp i I3");
    await ledger.getByTestId("go-to-sheet").click();
    await page.waitForFunction(() => (window as any).__PV_FAKE__.workbook.activeSheet === "Bidragshuvudbok");
    await page.screenshot({ path: path.join(SHOTS, "start-excel-320.png"), fullPage: true });
    expect((await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    // In Excel the catalogue and the functions offer their workbook actions.
    await go(page, "Katalog");
    expect(
      await page
        .getByTestId("catalog-row")
        .first()
        .getByRole("button", { name: /^Tabell/ })
        .count(),
    ).toBe(1);
    await go(page, "Funktioner");
    expect(await page.getByRole("button", { name: "Infoga i markerad cell" }).count()).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await close();
  });

  it("a forced failure (cell-edit mode) shows the error and writes nothing", async () => {
    const { page, close } = await open("sv", await fakeHostScript());
    await page.evaluate(() => ((window as any).__PV_FAKE__.editMode = true));
    await page.getByTestId("action-ledger").click();
    const result = page.getByTestId("action-result");
    await result.waitFor();
    expect(await result.getAttribute("data-intent")).toBe("error");
    expect(await result.getAttribute("role")).toBe("alert");
    expect(await result.textContent()).toContain("redigeringsläge");
    expect(await page.evaluate(() => (window as any).__PV_FAKE__.workbook.sheetList.length)).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, "start-error-320.png"), fullPage: true });
    await close();
  });
});
