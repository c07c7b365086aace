/* Ribbon commands, associated in the shared runtime (manifest FunctionFile = the task-pane page). */

async function insertReferenceTables(event: Office.AddinCommands.Event): Promise<void> {
  const { insertAll } = await import(/* webpackChunkName: "excel-actions" */ "../excel/actions");
  const report = await insertAll();
  // The ribbon has no UI of its own; the pane's Start view shows the same report when opened.
  (globalThis as { lastRibbonReport?: unknown }).lastRibbonReport = report;
  event.completed();
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions?.associate("insertReferenceTables", insertReferenceTables);
  });
}
