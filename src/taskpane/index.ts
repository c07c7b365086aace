/**
 * Entry of the task pane. The pane's code (React, Fluent, the views: src/taskpane/main.tsx) is a chunk the page
 * preloads with this script. When the boot script has put the prerendered first view on screen (src/build/shell.tsx), it
 * runs once the browser has painted that view, so evaluating React and Fluent does not hold back the first paint.
 * Without a shell, or in a hidden shared runtime (no frames are painted there, and the custom functions must still
 * register), it runs at once.
 */
let started = false;
const start = () => {
  if (started) return;
  started = true;
  void import(/* webpackChunkName: "pane" */ "./main").then((m) => m.main());
};

if (document.documentElement.hasAttribute("data-pv-shell") && document.visibilityState === "visible") {
  // Animation-frame callbacks run just before the frame is painted; a task queued from one runs after it.
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 250);
} else {
  start();
}
