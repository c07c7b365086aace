/* Ribbon commands, associated in the shared runtime (manifest FunctionFile = the task-pane page). */

async function insertReferenceTables(event: Office.AddinCommands.Event): Promise<void> {
  const { insertAll } = await import(/* webpackChunkName: "excel-actions" */ "../excel/actions");
  // The ribbon has no UI of its own: the action's own checks keep the workbook safe, and the pane's
  // Start view runs the same action with its report shown.
  await insertAll();
  event.completed();
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions?.associate("insertReferenceTables", insertReferenceTables);
  });
}
