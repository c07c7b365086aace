import { Button, Checkbox, Field, Input, makeStyles, Select, Spinner, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { messageFor } from "../../../core/i18n";
import {
  buildLedger,
  defaultChoice,
  dimensionOptions,
  fiscalYearLabel,
  grantIncome,
  grantIncomeAccounts,
  formatRanges,
  parseRanges,
  projectOptions,
  type AccountRange,
} from "../../../core/sie/ledger";
import type { SieBooks } from "../../../core/sie/types";
import { DomainError } from "../../../core/util/errors";
import { formatNumber } from "../../../core/util/text";
import type { ActionReport } from "../../../excel/types";
import type { SieImport } from "../../../excel/ledgerImport";
import type { Strings } from "../../strings/pane.sv";
import type { WorkbookActions } from "../../types";
import { costMap } from "../../../core/sie/costMap";
import { ActionResult } from "../ActionResult";
import { SieCostMap } from "./SieCostMap";
import { sieEn } from "../../strings/sie.en";
import { sieSv } from "../../strings/sie.sv";
import { SieIncome } from "./SieIncome";
import { setLastImport } from "./lastImport";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  h: { margin: 0, fontSize: tokens.fontSizeBase400 },
  projects: { display: "flex", flexDirection: "column", maxHeight: "320px", overflowY: "auto", overflowX: "hidden", minWidth: 0 },
  project: { minWidth: 0, overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface SieChoicesProps {
  books: SieBooks;
  fileName: string;
  strings: Strings;
  importLedger: ((input: SieImport) => Promise<ActionReport>) | null;
  /** The pane's actions, for the result's "Gå till bladet". */
  actions?: WorkbookActions | null;
}

/** Which dimension holds projects and activities, which accounts are resource use, which projects count. */
export function SieChoices({ books, fileName, strings, importLedger, actions }: SieChoicesProps) {
  const styles = useStyles();
  const t = strings.lang === "en" ? sieEn : sieSv;
  const initial = useMemo(() => defaultChoice(books), [books]);
  const dims = useMemo(() => dimensionOptions(books), [books]);
  const [projectDim, setProjectDim] = useState(initial.projectDim);
  const [activityDim, setActivityDim] = useState<string | null>(initial.activityDim);
  const [rangeText, setRangeText] = useState(formatRanges(initial.ranges));
  const [deselected, setDeselected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ActionReport | null>(null);

  const { ranges, rangeError } = useMemo((): { ranges: AccountRange[] | null; rangeError: string } => {
    try {
      return { ranges: parseRanges(rangeText), rangeError: "" };
    } catch (e) {
      return { ranges: null, rangeError: e instanceof DomainError ? messageFor(e, t.locale) : String(e) };
    }
  }, [rangeText, t.locale]);
  const options = useMemo(() => (ranges ? projectOptions(books, projectDim, ranges) : []), [books, projectDim, ranges]);
  const projects = useMemo(() => options.filter((o) => !deselected.has(o.code)).map((o) => o.code), [options, deselected]);
  const rows = useMemo(
    () => (ranges ? buildLedger(books, { projectDim, activityDim, ranges, projects }) : []),
    [books, projectDim, activityDim, ranges, projects],
  );
  const total = rows.reduce((s, r) => s + r.ore, 0) / 100;
  const incomeAccounts = useMemo(() => grantIncomeAccounts(books), [books]);
  const [incomeChosen, setIncomeChosen] = useState<Set<string>>(
    () => new Set(incomeAccounts.filter((a) => /statsbidrag/i.test(a.name)).map((a) => a.account)),
  );
  const [incomeProject, setIncomeProject] = useState("");
  const received = useMemo(
    () =>
      incomeChosen.size ? grantIncome(books, [...incomeChosen], incomeProject ? { dim: projectDim, code: incomeProject } : null) : null,
    [books, incomeChosen, incomeProject, projectDim],
  );
  const dimLabel = (d: { dim: string; name: string }) => `${d.dim} ${d.name}`.trim();
  const costs = useMemo(() => (ranges ? costMap(books, ranges) : null), [books, ranges]);
  const dimName = (dim: string) => dimLabel(dims.find((d) => d.dim === dim) ?? { dim, name: "" });

  const run = async () => {
    if (!importLedger) return;
    setBusy(true);
    setReport(null);
    const done = await importLedger({
      rows,
      projects,
      provenance: { file: fileName, generated: books.generated ?? "", year: fiscalYearLabel(books) },
      company: books.company,
      orgNumber: books.orgNumber,
      received: received && { ...received, accounts: [...incomeChosen].sort() },
    });
    if (done.ok) setLastImport({ books, rows, fileName });
    setReport(done);
    setBusy(false);
  };

  return (
    <section className={styles.root} data-testid="sie-choices">
      <h3 className={styles.h}>{t.choices}</h3>
      {costs && ranges && <SieCostMap map={costs} ranges={formatRanges(ranges)} t={t} dimLabel={dimName} />}
      <Field label={t.projectDim}>
        <Select value={projectDim} onChange={(_, d) => (setProjectDim(d.value), setDeselected(new Set()))} data-testid="sie-project-dim">
          {dims.map((d) => (
            <option key={d.dim} value={d.dim}>
              {dimLabel(d)}
            </option>
          ))}
          {!dims.some((d) => d.dim === projectDim) && <option value={projectDim}>{projectDim}</option>}
        </Select>
      </Field>
      <Field label={t.activityDim}>
        <Select value={activityDim ?? ""} onChange={(_, d) => setActivityDim(d.value || null)} data-testid="sie-activity-dim">
          <option value="">{t.noActivity}</option>
          {dims.map((d) => (
            <option key={d.dim} value={d.dim}>
              {dimLabel(d)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.ranges} hint={t.rangesHint} validationMessage={rangeError || undefined}>
        <Input value={rangeText} onChange={(_, d) => setRangeText(d.value)} data-testid="sie-ranges" />
      </Field>
      <fieldset className={styles.projects} data-testid="sie-projects">
        <legend>{t.projects}</legend>
        <div className={styles.row}>
          <Button size="small" onClick={() => setDeselected(new Set())}>
            {t.all}
          </Button>
          <Button size="small" onClick={() => setDeselected(new Set(options.map((o) => o.code)))}>
            {t.noneSelected}
          </Button>
        </div>
        {options.length === 0 && (
          <Text size={200}>{costs && ranges && costs.chosenPostings === 0 ? t.costsNoneChosen(formatRanges(ranges)) : t.projectsNone}</Text>
        )}
        {options.map((o) => (
          <Checkbox
            key={o.code}
            className={styles.project}
            checked={!deselected.has(o.code)}
            onChange={(_, d) => setDeselected((s) => (d.checked ? new Set([...s].filter((c) => c !== o.code)) : new Set([...s, o.code])))}
            label={`${o.code} ${o.name} · ${formatNumber(o.ore / 100, 2)} kr`}
            data-testid="sie-project"
            data-code={o.code}
          />
        ))}
      </fieldset>
      <SieIncome
        t={t}
        accounts={incomeAccounts}
        chosen={incomeChosen}
        onChosen={setIncomeChosen}
        projects={options}
        project={incomeProject}
        onProject={setIncomeProject}
        received={received}
      />
      <Text data-testid="sie-preview">{t.preview(rows.length, formatNumber(total, 2))}</Text>
      <Button
        appearance="primary"
        disabled={!importLedger || busy || rows.length === 0}
        onClick={run}
        icon={busy ? <Spinner size="tiny" /> : undefined}
        data-testid="sie-import"
      >
        {t.import}
      </Button>
      <Text size={200} className={styles.hint}>
        {importLedger ? t.importHint : `${strings.disabledOutside}. ${t.importHint}`}
      </Text>
      {report && <ActionResult report={report} strings={strings} actions={actions} />}
    </section>
  );
}
