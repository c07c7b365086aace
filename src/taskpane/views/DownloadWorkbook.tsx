import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Strings } from "../strings/sv";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface DownloadWorkbookProps {
  strings: Strings;
  /** Builds and downloads the file; injected so the view holds no logic. */
  download: () => Promise<{ file: string; bytes: number; openedInExcel: boolean }>;
}

/** "Ladda ner arbetsboken (.xlsx)": works inside Excel and in a plain browser alike. */
export function DownloadWorkbook({ strings, download }: DownloadWorkbookProps) {
  const styles = useStyles();
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
    <section className={styles.card} aria-busy={busy}>
      <Button
        appearance="secondary"
        disabled={busy}
        onClick={go}
        icon={busy ? <Spinner size="tiny" /> : undefined}
        data-testid="action-download"
      >
        {busy ? t.working : t.label}
      </Button>
      <Text size={200} className={styles.hint}>
        {t.hint}
      </Text>
      {result && (
        <Notice intent={result.ok ? "success" : "error"} testId="download-result">
          {result.text}
        </Notice>
      )}
    </section>
  );
}
