import { createRoot } from "react-dom/client";
import { localeFor } from "../core/i18n";
import { App } from "./App";
import { en } from "./strings/en";
import { sv } from "./strings/sv";
import type { WorkbookActions } from "./types";

/** Office.onReady, or null host when office.js is absent or never answers (a plain browser, offline). */
function officeReady(): Promise<{ host: Office.HostType | null }> {
  if (typeof Office === "undefined") return Promise.resolve({ host: null });
  return Promise.race([
    Office.onReady().then((i) => ({ host: i.host ?? null })),
    new Promise<{ host: null }>((resolve) => setTimeout(() => resolve({ host: null }), 3000)),
  ]);
}

function isDark(): boolean {
  const bg = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  if (bg && /^#?[0-9a-f]{6}$/i.test(bg)) {
    const n = parseInt(bg.replace("#", ""), 16);
    const lum = 0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
    return lum < 128;
  }
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
}

async function loadActions(): Promise<WorkbookActions> {
  const a = await import(/* webpackChunkName: "excel-actions" */ "../excel/actions");
  return {
    insertAll: () => a.insertAll(),
    buildCharts: () => a.buildCharts(),
    newLedger: () => a.newLedger(),
    insertIndicator: (i, e, c) => a.insertIndicator(i, e, c),
    writeFormula: (f) => a.writeFormula(f),
  };
}

async function main() {
  const root = createRoot(document.getElementById("root")!);
  const { host } = await officeReady();
  const inExcel = host === Office?.HostType?.Excel;
  const lang = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  const strings = localeFor(lang ?? navigator.language) === "en" ? en : sv;
  document.documentElement.lang = strings === en ? "en" : "sv";
  const injected = (window as unknown as { __PV_ACTIONS__?: WorkbookActions }).__PV_ACTIONS__;
  const actions = injected ?? (inExcel ? await loadActions() : null);
  root.render(<App strings={strings} actions={actions} dark={isDark()} />);
}

void main();
