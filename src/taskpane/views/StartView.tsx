import { Button, tokens } from "@fluentui/react-components";
import { useState, type CSSProperties } from "react";
import { actionButton, actionHint } from "./startStyles";
import type { ActionReport } from "../../excel/types";
import type { ViewProps, WorkbookActions } from "../types";
import { downloadWorkbook } from "../downloadWorkbook";
import { focusWhenShown } from "../focus";
import { ActionResult } from "./ActionResult";
import { DownloadWorkbook } from "./DownloadWorkbook";
import { Notice } from "./Notice";

// Inline styles: this view is in the initial script, which carries no runtime CSS compiler (see TabStrip).
const card: CSSProperties = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalXS,
  paddingBottom: tokens.spacingVerticalM,
  borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
};
const p: CSSProperties = { margin: 0 };
const does: CSSProperties = { margin: 0, display: "grid", gap: tokens.spacingVerticalS };
const dt: CSSProperties = { fontWeight: tokens.fontWeightSemibold };
const dd: CSSProperties = { margin: 0, color: tokens.colorNeutralForeground2 };
const links: CSSProperties = { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS };

type Key = "insertAll" | "charts" | "ledger";

/** First view. In Excel: the three workbook actions. Outside Excel: what they would do, and where to go instead. */
export default function StartView({ strings, actions, show }: ViewProps) {
  const [busy, setBusy] = useState<Key | null>(null);
  const [reports, setReports] = useState<Partial<Record<Key, ActionReport>>>({});
  const t = strings.start;
  const items: { key: Key; label: string; hint: string; run: (a: WorkbookActions) => Promise<ActionReport> }[] = [
    { key: "insertAll", label: t.insertAll, hint: t.insertAllHint, run: (a) => a.insertAll() },
    { key: "charts", label: t.charts, hint: t.chartsHint, run: (a) => a.buildCharts() },
    { key: "ledger", label: t.ledger, hint: t.ledgerHint, run: (a) => a.newLedger() },
  ];

  if (!actions) {
    return (
      <>
        <Notice intent="info" testId="outside-excel">
          {/* One text node each, as the prerendered page has them: split text nodes can be shaped differently. */}
          <strong>{`${t.outsideTitle}.`}</strong>
          {` ${t.outsideIntro}`}
        </Notice>
        <dl style={does}>
          {items.map((i) => (
            <div key={i.key}>
              <dt style={dt}>{i.label}</dt>
              <dd style={dd}>{i.hint}</dd>
            </div>
          ))}
        </dl>
        <div style={links}>
          <Button
            appearance="primary"
            style={actionButton}
            onClick={() => (show("catalog"), focusWhenShown('[data-testid="catalog-search"]'))}
            data-testid="go-catalog"
          >
            {t.browse}
          </Button>
          <Button style={actionButton} onClick={() => show("sources")}>
            {t.readSources}
          </Button>
          <Button as="a" href="indicators.csv" download="nara-vard-indikatorer.csv" style={actionButton} data-testid="download-csv">
            {t.downloadCsv}
          </Button>
          <p style={actionHint}>{t.csvHint}</p>
          <DownloadWorkbook strings={strings} download={downloadWorkbook} />
        </div>
      </>
    );
  }

  const go = async (key: Key, run: (a: WorkbookActions) => Promise<ActionReport>) => {
    setBusy(key);
    const report = await run(actions);
    setReports((r) => ({ ...r, [key]: report }));
    setBusy(null);
  };
  return (
    <>
      <p style={p}>{t.intro}</p>
      {items.map((i) => (
        <section key={i.key} style={card} aria-busy={busy === i.key}>
          <Button
            appearance={i.key === "insertAll" ? "primary" : "secondary"}
            style={actionButton}
            disabledFocusable={busy !== null}
            aria-describedby={`hint-${i.key}`}
            onClick={() => go(i.key, i.run)}
            data-testid={`action-${i.key}`}
          >
            {busy === i.key ? t.working : i.label}
          </Button>
          <p style={actionHint} id={`hint-${i.key}`}>
            {busy !== null && busy !== i.key ? `${t.busy} ${i.hint}` : i.hint}
          </p>
          {reports[i.key] && <ActionResult report={reports[i.key]!} strings={strings} actions={actions} />}
        </section>
      ))}
      <DownloadWorkbook strings={strings} download={downloadWorkbook} />
    </>
  );
}
