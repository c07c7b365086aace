/**
 * Entry of the task pane. The pane's code (React, Fluent, the views: src/taskpane/main.tsx) is a chunk the page
 * loads as a deferred script before this one, which only registers its modules. When the boot script has put the
 * prerendered first view on screen (src/build/shell.tsx), they are evaluated once the browser has painted that view,
 * so evaluating React and Fluent does not hold back the first paint; the boot script says when (at once if the frame
 * was painted before this script ran). Without a shell, or in a hidden shared runtime (no frames are painted there,
 * and the custom functions must still register), it runs at once.
 * The page marks "pv-start" here and "pv-live" when React has taken over (bench/pane.js reads them).
 */
let started = false;
const start = () => {
  if (started) return;
  started = true;
  performance.mark("pv-start");
  void import(/* webpackChunkName: "pane" */ "./main").then((m) => m.main());
};

const shell = (window as unknown as { __PV_SHELL__?: { painted: boolean; onPainted?: () => void } }).__PV_SHELL__;
if (shell && !shell.painted && document.documentElement.hasAttribute("data-pv-shell") && document.visibilityState === "visible") {
  // Not painted yet: the boot script calls back once the copy's first frame is painted.
  shell.onPainted = start;
  setTimeout(start, 250);
} else {
  start();
}
