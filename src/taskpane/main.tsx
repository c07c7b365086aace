import { createDOMRenderer, RendererProvider } from "@fluentui/react-components";
import { flushSync } from "react-dom";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import { localeFor } from "../core/i18n";
import { setWriterLanguage } from "../excel/language";
import { App } from "./App";
import { cacheRulesFromPage } from "./griffelCache";
import { loadCatalog } from "./views/registry";
import { en } from "./strings/pane.en";
import { sv } from "./strings/pane.sv";
import type { ActionReport } from "../excel/types";
import type { WorkbookActions } from "./types";

/** Office.onReady, or null host when office.js is absent or never answers (a plain browser, offline). */
function officeReady(waitMs: number): Promise<{ host: Office.HostType | null }> {
  if (typeof Office === "undefined") return Promise.resolve({ host: null });
  return Promise.race([
    Office.onReady().then((i) => ({ host: i.host ?? null })),
    new Promise<{ host: null }>((resolve) => setTimeout(() => resolve({ host: null }), waitMs)),
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

/**
 * The real actions, loaded on first use so the pane shows before the Office.js writer is fetched;
 * `run` replaces Excel.run where a test harness injects a fake Excel host. Each waits for `office` (Office.onReady)
 * first: the pane is live in Excel before Office has answered, and a click then acts once it has.
 */
function lazyActions(run?: ExcelRun, caps?: import("../excel/types").Capabilities, office?: OfficeAnswer): WorkbookActions {
  const load = () => import(/* webpackChunkName: "excel-actions" */ "../excel/actions");
  const c = (a: Awaited<ReturnType<typeof load>>) => caps ?? a.capabilities();
  const actions: WorkbookActions = {
    insertAll: () => load().then((a) => a.insertAll(c(a), run)),
    buildCharts: () => load().then((a) => a.buildCharts(c(a), run)),
    newLedger: () => load().then((a) => a.newLedger(c(a), run)),
    insertIndicator: (i, e, ch) => load().then((a) => a.insertIndicator(i, e, ch, c(a), run)),
    writeFormula: (f) => load().then((a) => a.writeFormula(f, run)),
    goToSheet: (sheet) => load().then((a) => a.goToSheet(sheet, run)),
    saveKolada: async (snap) => (await import(/* webpackChunkName: "view-kolada" */ "../excel/kolada")).saveAndRecalculate(snap, run),
    insertKolada: async (year) => {
      const [a, k] = await Promise.all([load(), import(/* webpackChunkName: "view-kolada" */ "../excel/kolada")]);
      return k.insertComparison(year, c(a), run);
    },
    importSieLedger: async (input) => {
      const [a, s] = await Promise.all([load(), import(/* webpackChunkName: "excel-sie" */ "../excel/ledgerImport")]);
      return s.importSieLedger(input, c(a), run);
    },
    writeFollowup: async (sheets) => {
      const [a, f] = await Promise.all([load(), import(/* webpackChunkName: "excel-followup" */ "../excel/followup")]);
      return f.writeFollowup(sheets, c(a), run);
    },
  };
  return office ? afterOffice(actions, office) : actions;
}

type OfficeAnswer = Promise<{ host: Office.HostType | null }>;

/** `actions`, each run once Office has answered; if it never answered as Excel, a report saying so (nothing ran). */
function afterOffice(actions: WorkbookActions, office: OfficeAnswer): WorkbookActions {
  const gated: Record<string, unknown> = {};
  for (const [name, act] of Object.entries(actions) as [string, (...args: unknown[]) => Promise<ActionReport>][]) {
    gated[name] = async (...args: unknown[]) => {
      const { host } = await office;
      if (host !== Office.HostType.Excel)
        return (await import(/* webpackChunkName: "excel-actions" */ "../excel/run")).officeSilentReport();
      return act(...args);
    };
  }
  return gated as unknown as WorkbookActions;
}

interface TestHost {
  __PV_EXCEL_RUN__?: ExcelRun;
  __PV_CAPS__?: import("../excel/types").Capabilities;
  /** How long to wait for Office.onReady before taking the page for a plain browser (3 s). */
  __PV_OFFICE_WAIT_MS__?: number;
}

/**
 * office.js reads where it runs (Excel, platform, locale) synchronously as it loads, from the host or the URL;
 * an empty host type means a plain browser. Internal to office.js, so anything unexpected counts as "unknown".
 * The boot script (src/build/shell.tsx) picks the prerendered copy from the same information.
 */
function hostHint(): { type: string; locale?: string } | null {
  try {
    const osf = (window as unknown as { OSF?: { _OfficeAppFactory?: { getHostInfo?: () => { hostType?: string; hostLocale?: string } } } })
      .OSF;
    const info = osf?._OfficeAppFactory?.getHostInfo?.();
    if (info) return { type: info.hostType ?? "", locale: info.hostLocale };
    return typeof Office === "undefined" ? { type: "" } : null;
  } catch {
    return null;
  }
}

/**
 * The custom functions (with the dataset, audit and Kolada client they need) load right after the first render:
 * the pane's first view needs none of them. The import runs the CustomFunctions.associate calls that
 * custom-functions-metadata-plugin appends to the module. A timer, not an animation frame, so that a hidden
 * shared runtime (no pane shown) registers them too.
 */
let functionsLoading: Promise<unknown> | undefined;
function loadFunctions(): void {
  functionsLoading ??= new Promise((r) => setTimeout(r, 0)).then(
    () => import(/* webpackChunkName: "custom-functions" */ "../functions/functions"),
  );
}

/**
 * The prerendered first view (src/build/shell.tsx, placed by its boot script) is inert until the pane's first commit,
 * which adopts it (hydration) or replaces it; from then on the pane is live: focusable and clickable, and a click made
 * on the copy is replayed.
 */
function leaveShell(container: HTMLElement): void {
  performance.mark("pv-live");
  container.inert = false;
  container.removeAttribute("aria-busy");
  document.documentElement.removeAttribute("data-pv-shell");
  document.documentElement.classList.remove("pv-dark");
  replayShellClick(container);
}

/** What the boot script keeps of the prerendered view: the first click on it, at page coordinates. */
interface ShellRecord {
  click: { x: number; y: number } | null;
  stop(): void;
}

/**
 * A click on the prerendered copy, made before the pane was live, lands on the live control at the same place (the
 * swap moves no pixel): a tab opens, a button acts, a field takes the focus. Once, after the first commit.
 */
function replayShellClick(container: HTMLElement): void {
  const w = window as unknown as { __PV_SHELL__?: ShellRecord };
  const shell = w.__PV_SHELL__;
  if (!shell) return;
  delete w.__PV_SHELL__;
  shell.stop();
  if (!shell.click) return;
  const at = document.elementFromPoint(shell.click.x - window.scrollX, shell.click.y - window.scrollY);
  const control = at?.closest<HTMLElement>('button, [role="tab"], a[href], input, select, textarea, summary');
  if (!control || !container.contains(control) || control.matches(":disabled")) return;
  control.focus();
  if (!control.matches("input, select, textarea")) control.click();
}

export async function main(): Promise<void> {
  const container = document.getElementById("root")!;
  // Griffel reuses the rules the prerendered view brought in <head> instead of inserting them again; its own
  // rehydration (a stylis parse) is skipped by pointing it at an empty document.
  const renderer = createDOMRenderer(document);
  cacheRulesFromPage(renderer, document);
  const noStyles = document.implementation.createHTMLDocument("");
  const test = window as unknown as TestHost;
  let root: Root | undefined;
  let live = false;
  const onLive = () => {
    if (live) return;
    live = true;
    // After the commit's task, so a replayed click is an ordinary event.
    queueMicrotask(() => leaveShell(container));
    setTimeout(() => void loadCatalog(), 0);
  };
  // Where office.js already says where the pane runs, it is live at once, rendered synchronously before the
  // custom-functions script (and its dataset) runs: in a plain browser (language and theme are the browser's), and
  // in Excel, in the language of its host information, as the prerendered copy (Office.onReady fires only after
  // every deferred script ran, and then brings Office's language and theme; the workbook actions wait for it).
  // Told it runs in Excel, the pane stays Excel's and waits longer for Office: an Excel that starts slowly is
  // still Excel, and an action clicked meanwhile runs once it answers (or says that it never did).
  const hint = hostHint();
  const browser = hint?.type === "";
  const excel = hint !== null && /^excel$/i.test(hint.type);
  const office = officeReady(test.__PV_OFFICE_WAIT_MS__ ?? (excel ? 30000 : 3000));
  const render = (lang: string | undefined, inExcel: boolean) => {
    const strings = localeFor(lang ?? navigator.language) === "en" ? en : sv;
    document.documentElement.lang = strings.lang;
    setWriterLanguage(strings === en ? "en" : "sv");
    const actions = test.__PV_EXCEL_RUN__
      ? lazyActions(test.__PV_EXCEL_RUN__, test.__PV_CAPS__)
      : inExcel
        ? lazyActions(undefined, undefined, office)
        : null;
    const tree = (
      <RendererProvider renderer={renderer} targetDocument={noStyles}>
        <App strings={strings} actions={actions} dark={isDark()} onLive={onLive} />
      </RendererProvider>
    );
    if (!root) {
      // The prerendered copy is this very view when it was made for the same language and host: React adopts its
      // elements (hydration) instead of building them again. Otherwise it is replaced.
      const shell = document.documentElement.getAttribute("data-pv-shell");
      if (shell === `${strings.lang}-${actions ? "excel" : "browser"}`) {
        // Inside flushSync the hydration is synchronous (React gives it the sync lane): the header and tabs are live
        // when this returns. The Start view sits in a Suspense boundary, which React hydrates just after, in slices.
        flushSync(() => {
          root = hydrateRoot(container, tree, { onRecoverableError: (e) => console.warn("Förritad vy: byggs om", e) });
        });
        return;
      }
      root = createRoot(container);
    }
    const r = root;
    flushSync(() => r.render(tree));
  };
  if (browser) {
    render(undefined, false);
    loadFunctions();
  } else if (excel) {
    render(hint.locale ?? "", true);
  }
  const { host } = await office;
  const inExcel = host === Office?.HostType?.Excel;
  const lang = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  if (inExcel || (!browser && !excel)) render(lang, inExcel);
  loadFunctions();
  // A workbook saved with Kolada data answers offline: read it back (no network) once Excel is there.
  if (inExcel) void import(/* webpackChunkName: "view-kolada" */ "../excel/kolada").then((k) => k.restoreFromWorkbook());
}
