import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ActionReport } from "../../excel/writer";
import type { Strings } from "../strings/sv";
import type { WorkbookActions } from "../types";
import { ActionResult } from "./ActionResult";
import { DownloadWorkbook } from "./DownloadWorkbook";
import { downloadWorkbook } from "../downloadWorkbook";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface StartViewProps {
  strings: Strings;
  actions: WorkbookActions | null;
}

type Key = "insertAll" | "charts" | "ledger";

export function StartView({ strings, actions }: StartViewProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState<Key | null>(null);
  const [reports, setReports] = useState<Partial<Record<Key, ActionReport>>>({});
  const t = strings.start;
  const items: { key: Key; label: string; hint: string; run: (a: WorkbookActions) => Promise<ActionReport> }[] = [
    { key: "insertAll", label: t.insertAll, hint: t.insertAllHint, run: (a) => a.insertAll() },
    { key: "charts", label: t.charts, hint: t.chartsHint, run: (a) => a.buildCharts() },
    { key: "ledger", label: t.ledger, hint: t.ledgerHint, run: (a) => a.newLedger() },
  ];
  const go = async (key: Key, run: (a: WorkbookActions) => Promise<ActionReport>) => {
    if (!actions) return;
    setBusy(key);
    const report = await run(actions);
    setReports((r) => ({ ...r, [key]: report }));
    setBusy(null);
  };
  return (
    <>
      <Text>{t.intro}</Text>
      {items.map((i) => (
        <section key={i.key} className={styles.card} aria-busy={busy === i.key}>
          <Button
            appearance={i.key === "insertAll" ? "primary" : "secondary"}
            disabled={!actions || busy !== null}
            onClick={() => go(i.key, i.run)}
            icon={busy === i.key ? <Spinner size="tiny" /> : undefined}
            data-testid={`action-${i.key}`}
          >
            {busy === i.key ? t.working : i.label}
          </Button>
          <Text size={200} className={styles.hint}>
            {actions ? i.hint : `${strings.disabledOutside}. ${i.hint}`}
          </Text>
          {reports[i.key] && <ActionResult report={reports[i.key]!} notesTitle={t.notes} />}
        </section>
      ))}
      <DownloadWorkbook strings={strings} download={downloadWorkbook} />
    </>
  );
}
