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

type ExcelRun = Parameters<typeof import("../excel/actions").insertAll>[1];

/** The real actions; `run` replaces Excel.run where a test harness injects a fake Excel host. */
async function loadActions(run?: ExcelRun, caps?: import("../excel/writer").Capabilities): Promise<WorkbookActions> {
  const a = await import(/* webpackChunkName: "excel-actions" */ "../excel/actions");
  const c = () => caps ?? a.capabilities();
  return {
    insertAll: () => a.insertAll(c(), run),
    buildCharts: () => a.buildCharts(c(), run),
    newLedger: () => a.newLedger(c(), run),
    insertIndicator: (i, e, ch) => a.insertIndicator(i, e, ch, c(), run),
    writeFormula: (f) => a.writeFormula(f, run),
    saveKolada: async (snap) => (await import(/* webpackChunkName: "view-kolada" */ "../excel/kolada")).saveAndRecalculate(snap, run),
    insertKolada: async (year) => (await import(/* webpackChunkName: "view-kolada" */ "../excel/kolada")).insertComparison(year, c(), run),
    importSieLedger: async (input) =>
      (await import(/* webpackChunkName: "excel-sie" */ "../excel/ledgerImport")).importSieLedger(input, c(), run),
  };
}

interface TestHost {
  __PV_EXCEL_RUN__?: ExcelRun;
  __PV_CAPS__?: import("../excel/writer").Capabilities;
}

async function main() {
  const root = createRoot(document.getElementById("root")!);
  const { host } = await officeReady();
  const inExcel = host === Office?.HostType?.Excel;
  const lang = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  const strings = localeFor(lang ?? navigator.language) === "en" ? en : sv;
  document.documentElement.lang = strings === en ? "en" : "sv";
  const test = window as unknown as TestHost;
  const actions = test.__PV_EXCEL_RUN__ ? await loadActions(test.__PV_EXCEL_RUN__, test.__PV_CAPS__) : inExcel ? await loadActions() : null;
  root.render(<App strings={strings} actions={actions} dark={isDark()} />);
  // A workbook saved with Kolada data answers offline: read it back (no network) once Excel is there.
  if (inExcel) void import(/* webpackChunkName: "view-kolada" */ "../excel/kolada").then((k) => k.restoreFromWorkbook());
}

void main();
