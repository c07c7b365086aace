/**
 * The pane's first view, rendered at build time into taskpane.html, so the header, the tabs and the Start view
 * are on screen as soon as the page is parsed instead of after React, Fluent and the first render have run.
 *
 * - The same components render it (App with the Start view, as React's server renderer writes it), so it is exactly
 *   what the pane renders: main.tsx hydrates it, and React adopts these elements instead of building new ones.
 * - One copy per language and host (in Excel the Start view has its three actions, outside it says what
 *   they would do), as strings in a JSON data block: the browser builds only the copy it shows, not all four as
 *   <template> elements did (traced, the page's parse after office.js fell from about 10.5 to 7 ms). A tiny inline
 *   boot script, run as the page is parsed, writes the one that matches into #root, marked inert: nothing in it can
 *   be focused or act until React has taken it over; a click on it is kept and replayed on the live control at the
 *   same place (main.tsx). A pane in another language or host
 *   than the copy's (Office's language differs from the browser's) renders afresh and replaces it.
 * - The theme is the CSS variables Fluent's provider would set, light and dark (chosen by the boot script from the
 *   system's colour scheme), restricted to the variables the first view uses, for the provider's own class.
 * - Griffel's rules go in <head> as its server-rendering style elements, one rule per line, so the pane's renderer
 *   knows them without parsing the CSS (griffelCache.ts) and inserts none of them again.
 * - The boot script tells the pane's entry (index.ts) when the copy's first frame is painted, so React and Fluent
 *   are evaluated right after that paint and never before it.
 */
import {
  createDOMRenderer,
  RendererProvider,
  renderToStyleElements,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { localeFor } from "../core/i18n";
import { App } from "../taskpane/App";
import { en } from "../taskpane/strings/pane.en";
import { sv } from "../taskpane/strings/pane.sv";
import type { WorkbookActions } from "../taskpane/types";

export type ShellHost = "browser" | "excel";
export const SHELL_LANGS = { sv, en } as const;
export const SHELL_HOSTS: readonly ShellHost[] = ["browser", "excel"];
/** The key of a copy in the data block: language and host, as the boot script composes it. */
export const shellKey = (lang: string, host: ShellHost) => `${lang}-${host}`;
/** The id of the JSON data block that holds the copies. */
export const SHELL_COPIES_ID = "pv-shell-copies";

/** Actions for the in-Excel copy: never called (the shell is inert), present so Start renders its buttons. */
const NEVER: WorkbookActions = new Proxy({} as WorkbookActions, {
  get: () => () => Promise.reject(new Error("Förhandsritad vy: inga åtgärder")),
});

export interface Shell {
  /** Style elements for <head>: theme variables and Griffel's rules. */
  head: string;
  /** Fluent's provider class in every copy (from React's id, the same in the pane's hydration), themed in head. */
  themeClass: string;
  /** The copies by language and host (shellKey), as React's server renderer wrote them. */
  copies: Record<string, string>;
  /** The JSON data block for <body> that carries the copies (not run: a script of type application/json). */
  body: string;
  /** The boot script, inlined into the page (its hash goes into the page's policy). */
  boot: string;
}

/**
 * Griffel's rules as its server-rendering style elements, one rule per line: the pane fills its renderer's cache by
 * splitting the lines (src/taskpane/griffelCache.ts) instead of having Griffel parse the CSS again with stylis.
 */
function griffelStyles(renderer: ReturnType<typeof createDOMRenderer>): string {
  let html = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
  for (const sheet of Object.values(renderer.stylesheets)) {
    const rules = sheet.cssRules();
    if (!rules.length) continue;
    if (rules.some((r) => r.includes("\n"))) throw new Error("shell: a Griffel rule spans lines");
    const joined = rules.join("");
    if (html.indexOf(joined) < 0 || html.indexOf(joined) !== html.lastIndexOf(joined))
      throw new Error("shell: Griffel's rules not found once");
    html = html.replace(joined, () => rules.join("\n"));
  }
  return html;
}

/** `.sel{--a:1;--b:2}` for the variables in `used`, in the theme's order. */
function themeRule(selector: string, theme: Theme, used: ReadonlySet<string>): string {
  const vars = Object.entries(theme)
    .filter(([k]) => used.has(k))
    .map(([k, v]) => `--${k}:${v}`);
  return `${selector}{${vars.join(";")}}`;
}

export function renderShell(): Shell {
  const renderer = createDOMRenderer();
  const copies: Record<string, string> = {};
  let themeClass: string | undefined;
  for (const [lang, strings] of Object.entries(SHELL_LANGS)) {
    for (const host of SHELL_HOSTS) {
      // renderToString, not static markup: the pane hydrates this copy (main.tsx), so it needs React's text markers.
      let html = renderToString(
        <RendererProvider renderer={renderer}>
          <App strings={strings} actions={host === "excel" ? NEVER : null} dark={false} />
        </RendererProvider>,
      );
      // Fluent's provider renders its theme as a <style> only on the server (in the browser it inserts one into
      // <head>), so hydration expects no such element there: the shell's theme is set once, in <head>, for the same class.
      const style = /<style id="(fui-FluentProvider[^"]*)">[^<]*<\/style>/.exec(html);
      if (!style) throw new Error("shell: FluentProvider rendered no theme style");
      if (themeClass !== undefined && themeClass !== style[1])
        throw new Error(`shell: the provider's class differs (${themeClass}, ${style[1]})`);
      themeClass = style[1];
      html = html.replace(style[0], "");
      copies[shellKey(lang, host)] = html;
    }
  }
  const griffel = griffelStyles(renderer);
  const used = new Set([...(Object.values(copies).join("") + griffel).matchAll(/var\(--([A-Za-z0-9]+)[,)]/g)].map((m) => m[1]));
  const theme = [
    themeRule(`.${themeClass}`, webLightTheme, used),
    themeRule(`html.pv-dark .${themeClass}`, webDarkTheme, used),
    `html[data-pv-shell] body{background-color:${webLightTheme.colorNeutralBackground1}}`,
    `html.pv-dark[data-pv-shell]{color-scheme:dark}`,
    `html.pv-dark[data-pv-shell] body{background-color:${webDarkTheme.colorNeutralBackground1}}`,
    // Until the pane is live, the pointer says it is starting (a click is kept and lands once it is live); the inert
    // copy takes no pointer, so the pointer is the body's.
    `html[data-pv-shell] body{cursor:progress}`,
  ].join("\n");
  return {
    head: `<style id="pv-shell-theme">${theme}</style>${griffel}`,
    themeClass: themeClass!,
    copies,
    // Every "<" escaped: nothing in the block can end it ("</script>") or change how the browser reads it ("<!--").
    body: `<script type="application/json" id="${SHELL_COPIES_ID}">${JSON.stringify(copies).replace(/</g, "\\u003c")}</script>`,
    boot: `(${boot.toString()})(${localeFor.toString()}, ${JSON.stringify(SHELL_COPIES_ID)});\n`,
  };
}

/**
 * The boot script: runs as the page is parsed, after office.js and before the pane's scripts. Picks the copy
 * for where the pane runs and its language, as main.tsx will: office.js's host information (read synchronously,
 * as it loads) in Excel, the browser's language outside it. An unknown host gets no shell (the pane renders as it
 * did without one). Serialised with Function#toString, so it refers to nothing outside itself.
 */
function boot(locale: (displayLanguage: string | undefined | null) => string, copiesId: string): void {
  const root = document.getElementById("root");
  const html = document.documentElement;
  let host: string | undefined;
  let language: string | undefined;
  try {
    const w = window as unknown as { OSF?: { _OfficeAppFactory?: { getHostInfo?: () => { hostType?: string; hostLocale?: string } } } };
    const info = w.OSF?._OfficeAppFactory?.getHostInfo?.();
    if (info) {
      host = info.hostType ?? "";
      language = info.hostLocale;
    }
  } catch {
    host = undefined;
  }
  if (host === undefined && typeof (window as unknown as { Office?: unknown }).Office === "undefined") host = "";
  const kind = host === "" ? "browser" : /^excel$/i.test(host ?? "") ? "excel" : null;
  if (!root || !kind || root.firstChild) return;
  const lang = locale(kind === "excel" ? language : navigator.language);
  let copy: unknown;
  try {
    copy = (JSON.parse(document.getElementById(copiesId)?.textContent ?? "{}") as Record<string, unknown>)[`${lang}-${kind}`];
  } catch {
    copy = undefined;
  }
  if (typeof copy !== "string") return;
  if (window.matchMedia?.("(prefers-color-scheme: dark)").matches) html.classList.add("pv-dark");
  html.lang = lang;
  html.setAttribute("data-pv-shell", `${lang}-${kind}`);
  root.inert = true;
  root.setAttribute("aria-busy", "true");
  root.innerHTML = copy;
  // A click on the copy is not lost: being inert, the copy lets it through to the page, where its position is kept
  // (the first click only); main.tsx replays it on the control the live pane has there, which is the same control
  // at the same place.
  const shell: { click: { x: number; y: number } | null; stop: () => void; painted: boolean; onPainted?: () => void } = {
    click: null,
    stop: () => undefined,
    painted: false,
  };
  // The copy's first frame: an animation-frame callback runs as the frame begins, in the same task that then lays out
  // and paints it; any later task comes after that paint. The pane's code (src/taskpane/index.ts) starts then: at once
  // if its script runs after the frame, else from the task queued here.
  requestAnimationFrame(() => {
    shell.painted = true;
    setTimeout(() => shell.onPainted?.(), 0);
  });
  const record = (e: MouseEvent) => {
    if (e.button === 0 && !shell.click) shell.click = { x: e.clientX + window.scrollX, y: e.clientY + window.scrollY };
  };
  document.addEventListener("click", record, true);
  shell.stop = () => document.removeEventListener("click", record, true);
  (window as unknown as { __PV_SHELL__?: typeof shell }).__PV_SHELL__ = shell;
}
