/**
 * Every view of the pane at the widths Excel opens it (270 Mac, 320 Windows, 350 web, 450 widened), at 100 % and
 * 150 % zoom, in Swedish and English, light and dark. The views come from the page's tab strip, so a view added to
 * the registry is covered without touching this file. One browser; one page per combination.
 */
import path from "path";
import { sv } from "../../src/taskpane/strings/pane.sv";
import { axeViolations, fakeHostScript } from "./harness";
import {
  expandView,
  focusProblems,
  horizontalOverflow,
  openPane,
  openView,
  paneSuite,
  SHOTS,
  swedishInEnglish,
  viewTabs,
} from "./paneHelpers";

const WIDTHS = [270, 320, 350, 450];
const ZOOMS = [1, 1.5];
const LANGS = ["sv", "en"] as const;
const THEMES = ["light", "dark"] as const;
const COMBOS = WIDTHS.flatMap((width) =>
  ZOOMS.flatMap((zoom) =>
    LANGS.flatMap((lang) => THEMES.map((theme) => ({ width, zoom, lang, theme, name: `${width}px ${zoom * 100}% ${lang} ${theme}` }))),
  ),
);

const suite = paneSuite();

type Combo = { width: number; zoom: number; lang: "sv" | "en"; theme: "light" | "dark"; excel?: boolean };

/** Opens every view of the registry in one page and lists what is wrong; screenshots at 320 px, 100 %. */
async function checkAllViews({ width, zoom, lang, theme, excel }: Combo): Promise<string[]> {
  const { page, errors, close } = await openPane(suite.browser(), suite.url(), {
    width,
    zoom,
    lang,
    theme,
    init: excel ? await fakeHostScript() : undefined,
  });
  const problems: string[] = [];
  const tabs = await viewTabs(page);
  if (tabs.length !== Object.keys(sv.tabs).length)
    problems.push(`${tabs.length} tabs, ${Object.keys(sv.tabs).length} views in the strings`);
  for (const tab of tabs) {
    await openView(page, tab);
    if (width === 320 && zoom === 1) {
      // What the user sees on opening the view (the catalogue is virtualised, so a full-page shot would be mostly blank).
      const name = `${tab.id.replace(/^tab-/, "")}-320-${lang}-${theme}${excel ? "-excel" : ""}.png`;
      await page.screenshot({ path: path.join(SHOTS, name) });
    }
    await expandView(page, tab.panel);
    const where = `${tab.label}`;
    const overflow = await horizontalOverflow(page);
    if (overflow) problems.push(`${where}: scrollWidth ${overflow.scrollWidth} > ${overflow.viewport}`);
    for (const p of await focusProblems(page, tab.panel)) problems.push(`${where}: ${p}`);
    if (lang === "en") for (const t of await swedishInEnglish(page, tab.panel)) problems.push(`${where}: Swedish text "${t.slice(0, 80)}"`);
    if (zoom === 1) for (const v of await axeViolations(page)) problems.push(`${where}: axe ${v.id} (${v.impact}, ${v.nodes} nodes)`);
  }
  // The page background follows the theme, also outside the React root.
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  if ((theme === "dark") === (bg === "rgb(255, 255, 255)")) problems.push(`body background ${bg} in ${theme} theme`);
  problems.push(...errors.map((e) => `page error: ${e}`));
  await close();
  return problems;
}

describe("every view fits the pane", () => {
  it.each(COMBOS)(
    "$name: no sideways scrolling, every focused control visible, axe clean, no Swedish in English",
    async (combo) => expect(await checkAllViews(combo)).toEqual([]),
    90000,
  );
});

describe("in Excel (recording fake host), where the views show their workbook actions too", () => {
  const combos = WIDTHS.flatMap((width) =>
    ZOOMS.map((zoom) => ({ width, zoom, lang: zoom === 1 ? "sv" : "en", theme: "light", excel: true }) as const),
  );
  it.each(combos)("$width px $zoom× $lang", async (combo) => expect(await checkAllViews(combo)).toEqual([]), 90000);
});
