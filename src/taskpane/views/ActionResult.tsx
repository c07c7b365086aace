import { Button } from "@fluentui/react-components";
import type { ActionReport } from "../../excel/types";
import type { Strings } from "../strings/pane.sv";
import type { WorkbookActions } from "../types";
import { Notice } from "./Notice";

export interface ActionResultProps {
  report: ActionReport;
  strings: Strings;
  /** Where given (in Excel), a result that wrote sheets offers to show the first of them. */
  actions?: WorkbookActions | null;
}

/**
 * Success or failure of one workbook action, with any notes (renamed sheets, fallbacks). Green only when all of it
 * was done: notes or a partial result are a warning.
 */
export function ActionResult({ report, strings, actions }: ActionResultProps) {
  const intent = !report.ok ? "error" : report.partial || report.notes.length ? "warning" : "success";
  const sheet = report.ok ? report.sheets[0] : undefined;
  return (
    <Notice intent={intent} testId="action-result">
      {report.message}
      {report.notes.length > 0 && (
        <>
          <strong> {strings.start.notes}:</strong>
          <ul>
            {report.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
      {sheet && actions?.goToSheet && (
        <div>
          <Button size="small" appearance="transparent" onClick={() => void actions.goToSheet?.(sheet)} data-testid="go-to-sheet">
            {strings.start.goToSheet(sheet)}
          </Button>
        </div>
      )}
    </Notice>
  );
}
