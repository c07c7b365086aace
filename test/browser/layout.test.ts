/**
 * Every view of the pane at the widths Excel opens it (270 Mac, 320 Windows, 350 web, 450 widened), at 100 % and
 * 150 % zoom, in Swedish and English, light and dark. The views come from the page's tab strip, so a view added to
 * the registry is covered without touching this file. One browser; one page per combination.
 */
import path from "path";
import { sv } from "../../src/taskpane/strings/sv";
import { axeViolations } from "./harness";
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

describe("every view fits the pane", () => {
  it.each(COMBOS)(
    "$name: no sideways scrolling, every focused control visible, axe clean, no Swedish in English",
    async ({ width, zoom, lang, theme }) => {
      const { page, errors, close } = await openPane(suite.browser(), suite.url(), { width, zoom, lang, theme });
      const problems: string[] = [];
      const tabs = await viewTabs(page);
      expect(tabs.length).toBe(Object.keys(sv.tabs).length);
      for (const tab of tabs) {
        await openView(page, tab);
        if (width === 320 && zoom === 1) {
          // What the user sees on opening the view (the catalogue is virtualised, so a full-page shot would be mostly blank).
          await page.screenshot({ path: path.join(SHOTS, `${tab.id.replace(/^tab-/, "")}-320-${lang}-${theme}.png`) });
        }
        await expandView(page, tab.panel);
        const where = `${tab.label}`;
        const overflow = await horizontalOverflow(page);
        if (overflow) problems.push(`${where}: scrollWidth ${overflow.scrollWidth} > ${overflow.viewport}`);
        for (const p of await focusProblems(page, tab.panel)) problems.push(`${where}: ${p}`);
        if (lang === "en")
          for (const t of await swedishInEnglish(page, tab.panel)) problems.push(`${where}: Swedish text "${t.slice(0, 80)}"`);
        if (zoom === 1) for (const v of await axeViolations(page)) problems.push(`${where}: axe ${v.id} (${v.impact}, ${v.nodes} nodes)`);
      }
      // The page background follows the theme, also outside the React root.
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(theme === "dark" ? bg !== "rgb(255, 255, 255)" : bg === "rgb(255, 255, 255)").toBe(true);
      await close();
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    },
    90000,
  );
});
