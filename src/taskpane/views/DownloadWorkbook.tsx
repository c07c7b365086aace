import { Button, tokens } from "@fluentui/react-components";
import { useState, type CSSProperties } from "react";
import { actionButton, actionHint } from "./startStyles";
import type { Strings } from "../strings/pane.sv";
import { Notice } from "./Notice";

// Inline styles: shown on the Start view, whose initial script carries no runtime CSS compiler (see TabStrip).
const card: CSSProperties = { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS };

export interface DownloadWorkbookProps {
  strings: Strings;
  /** Builds and downloads the file; injected so the view holds no logic. */
  download: () => Promise<{ file: string; bytes: number; openedInExcel: boolean }>;
}

/** "Ladda ner arbetsboken (.xlsx)": works inside Excel and in a plain browser alike. */
export function DownloadWorkbook({ strings, download }: DownloadWorkbookProps) {
  const t = strings.download;
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const go = async () => {
    setBusy(true);
    setResult(null);
    try {
      const r = await download();
      setResult({ ok: true, text: r.openedInExcel ? t.opened : t.done(r.file, (r.bytes / 1024).toFixed(0)) });
    } catch (e) {
      setResult({ ok: false, text: t.failed(e instanceof Error ? e.message : String(e)) });
    }
    setBusy(false);
  };
  return (
    <section style={card} aria-busy={busy}>
      <Button appearance="secondary" style={actionButton} disabledFocusable={busy} onClick={go} data-testid="action-download">
        {busy ? t.working : t.label}
      </Button>
      <p style={actionHint}>{t.hint}</p>
      {result && (
        <Notice intent={result.ok ? "success" : "error"} testId="download-result">
          {result.text}
        </Notice>
      )}
    </section>
  );
}
