import type { ActionReport } from "../../excel/types";
import { Notice } from "./Notice";

export interface ActionResultProps {
  report: ActionReport;
  notesTitle: string;
}

/** Success or failure of one workbook action, with any notes (renamed sheets, fallbacks). */
export function ActionResult({ report, notesTitle }: ActionResultProps) {
  return (
    <Notice intent={report.ok ? (report.notes.length ? "warning" : "success") : "error"} testId="action-result">
      {report.message}
      {report.notes.length > 0 && (
        <>
          <strong> {notesTitle}:</strong>
          <ul>
            {report.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </Notice>
  );
}
