/**
 * Entry of the task pane. The pane's code (React, Fluent, the views: src/taskpane/main.tsx) is a chunk the page
 * loads as an async script beside this one; running it only registers its modules. When the boot script has put the
 * prerendered first view on screen (src/build/shell.tsx), they are evaluated once the browser has painted that view,
 * so evaluating React and Fluent does not hold back the first paint, and they start right after it, not once the
 * page's parsing ends a few milliseconds later (why the scripts are async, not deferred).
 * - This script may run before the boot script (while office.js still loads): it leaves its start for the boot
 *   script to call once the copy is painted, and starts at DOMContentLoaded if no copy was shown.
 * - It may run after the boot script: then it starts at once if the copy's frame was painted, else when it is.
 * - In a hidden shared runtime (no frames are painted there, and the custom functions must still register), or
 *   without a shell, it starts as soon as the page is parsed.
 * The page marks "pv-start" here and "pv-live" when React has taken over (bench/pane.js reads them).
 */
interface ShellRecord {
  painted: boolean;
  onPainted?: () => void;
}
const w = window as unknown as { __PV_SHELL__?: ShellRecord; __PV_START__?: () => void };

let started = false;
const start = () => {
  if (started) return;
  started = true;
  performance.mark("pv-start");
  void import(/* webpackChunkName: "pane" */ "./main").then((m) => m.main());
};

/** Once the boot script has run: start now, or when the copy's first frame is painted. */
function afterBoot(): void {
  const shell = w.__PV_SHELL__;
  if (shell && !shell.painted && document.documentElement.hasAttribute("data-pv-shell") && document.visibilityState === "visible") {
    shell.onPainted = start;
    // A frame is not always painted (a pane opened in the background): start anyway.
    setTimeout(start, 250);
  } else {
    start();
  }
}

if (w.__PV_SHELL__ || document.readyState !== "loading") {
  afterBoot();
} else {
  // The boot script has not run yet (or showed no copy): it calls this start when its copy is painted.
  w.__PV_START__ = start;
  document.addEventListener("DOMContentLoaded", afterBoot, { once: true });
}
