import { Button, Field, Input, makeStyles, Select, Spinner, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { AREA_LISTS, areaListsForYear, presetById } from "../../../core/followup/presets";
import { proposePreset, proposeRules } from "../../../core/followup/propose";
import { PRESET_IDS, UNCLASSIFIED, type AreaMapping, type PresetId, type ResultIndicator } from "../../../core/followup/types";
import { koladaStore } from "../../../core/kolada/store";
import { parseAmount } from "../../../core/util/text";
import { followupInput, followupPlans, koladaState } from "../../../core/workbook/followupPlan";
import type { ActionReport } from "../../../excel/types";
import { formatNumberFor } from "../../format";
import { followupEn } from "../../strings/followup.en";
import { followupSv } from "../../strings/followup.sv";
import type { ViewProps } from "../../types";
import { ActionResult } from "../ActionResult";
import { Notice } from "../Notice";
import { useLastImport } from "../sie/lastImport";
import { ResultForm } from "./ResultForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0, overflowWrap: "anywhere" },
  h: { margin: 0, fontSize: tokens.fontSizeBase400 },
  list: { maxHeight: "260px", overflowY: "auto", overflowX: "hidden", minWidth: 0, fontSize: tokens.fontSizeBase200 },
  table: { width: "100%", borderCollapse: "collapse", tableLayout: "fixed" },
  num: { textAlign: "right" },
  hint: { color: tokens.colorNeutralForeground3 },
});

/**
 * After an SIE import: confirm the proposed chart preset (every account with its type and amount shown first),
 * link projects to the year's areas, add result indicators, then write the mapping tables and the report.
 */
export default function FollowupView({ strings, actions }: ViewProps) {
  const styles = useStyles();
  const t = strings.lang === "en" ? followupEn : followupSv;
  const last = useLastImport();
  const books = last?.books;
  const proposal = useMemo(() => (books ? proposePreset(books.chartType, books.accounts) : null), [books]);
  const fiscal = books?.fiscalYears.find((y) => y.index === 0);
  const [preset, setPreset] = useState<PresetId | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [listId, setListId] = useState<string | null>(null);
  const [areaOf, setAreaOf] = useState<Record<string, string>>({});
  const [receivedText, setReceivedText] = useState("");
  const [results, setResults] = useState<ResultIndicator[]>([]);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ActionReport | null>(null);

  const chosen = preset ?? proposal?.preset ?? "bas";
  const rows = useMemo(() => last?.rows ?? [], [last]);
  // The preset's ranges plus one-account rules where a name says the type; every account with what it becomes.
  const proposed = useMemo(
    () =>
      proposeRules(
        chosen,
        books?.accounts ?? new Map(),
        rows.map((r) => ({ account: r.account, ore: r.ore })),
      ),
    [chosen, books, rows],
  );
  const rules = proposed.rules;
  // The file's fiscal year; without one, the latest agreement year until the controller types the year.
  const y = year ?? (fiscal ? Number(fiscal.start.slice(0, 4)) : Math.max(...AREA_LISTS.map((l) => l.year)));
  const lists = areaListsForYear(y).length ? areaListsForYear(y) : AREA_LISTS;
  const list = lists.find((l) => l.id === listId) ?? lists[0];
  const areas = list.areas.map((a) => a.name);
  const accounts = proposed.accounts;
  const projects = useMemo(() => [...new Map(rows.map((r) => [r.project, r.projectName])).entries()], [rows]);
  const received = receivedText.trim() === "" ? null : parseAmount(receivedText.replace(/\s/g, ""));

  if (!last || !proposal)
    return (
      <Notice intent="info" testId="followup-noimport">
        {t.noImport}
      </Notice>
    );
  const kr = (n: number) => t.kr(formatNumberFor(n, strings));

  const write = async () => {
    if (!actions?.writeFollowup) return;
    setBusy(true);
    setReport(null);
    const mappings: AreaMapping[] = projects.filter(([p]) => areaOf[p]).map(([project]) => ({ project, area: areaOf[project] }));
    const source = list.source?.title ?? list.name;
    const input = followupInput({
      year: y,
      received,
      rows,
      rules,
      preset: {
        name: presetById(chosen).name,
        source: presetById(chosen)
          .sources.map((s) => s.title)
          .join("; "),
      },
      areas: areas.map((name) => ({ name, source })),
      mappings,
      results,
      resultYears: [y - 1, y],
      kolada: koladaState(books!.company, koladaStore()),
    });
    setReport(await actions.writeFollowup(followupPlans(input).sheets));
    setBusy(false);
  };

  return (
    <div className={styles.root}>
      <Text>{t.intro}</Text>
      <Text size={200} data-testid="followup-file">
        {t.file(last.fileName, rows.length)}
      </Text>

      <h3 className={styles.h}>{t.step1}</h3>
      <Field label={t.preset} hint={t.proposed(proposal.reason)}>
        <Select value={chosen} onChange={(_, d) => setPreset(d.value as PresetId)} data-testid="followup-preset">
          {PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {presetById(id).name}
            </option>
          ))}
        </Select>
      </Field>
      {presetById(chosen).checkOwnChart && (
        <Notice intent="warning" testId="followup-check-chart">
          {t.checkOwnChart}
        </Notice>
      )}
      <Text size={200}>{t.accountsTitle(accounts.length)}</Text>
      <div className={styles.list}>
        <table className={styles.table} data-testid="followup-accounts">
          <thead>
            <tr>
              <th>{t.account}</th>
              <th>{t.costType}</th>
              <th className={styles.num}>{t.amount}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.account} data-testid="followup-account" data-account={a.account} data-type={a.costType ?? UNCLASSIFIED}>
                <td>{`${a.account} ${a.name}`}</td>
                <td>{`${a.costType ?? UNCLASSIFIED}${a.by === "name" ? ` (${t.byName})` : ""}`}</td>
                <td className={styles.num}>{formatNumberFor((a.ore ?? 0) / 100, strings)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 className={styles.h}>{t.step2}</h3>
      <Field label={t.year}>
        <Input type="number" value={String(y)} onChange={(_, d) => setYear(Number(d.value) || null)} data-testid="followup-year" />
      </Field>
      <Field label={t.areaList}>
        <Select value={list.id} onChange={(_, d) => (setListId(d.value), setAreaOf({}))} data-testid="followup-arealist">
          {lists.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </Select>
      </Field>
      {projects.map(([code, name]) => (
        <Field key={code} label={`${code} ${name}`}>
          <Select
            value={areaOf[code] ?? ""}
            onChange={(_, d) => setAreaOf((m) => ({ ...m, [code]: d.value }))}
            data-testid="followup-project"
            data-project={code}
          >
            <option value="">{t.unmapped}</option>
            {areas.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      <Field label={t.received} hint={t.receivedHint} validationMessage={receivedText && received === null ? t.badNumber : undefined}>
        <Input value={receivedText} onChange={(_, d) => setReceivedText(d.value)} data-testid="followup-received" />
      </Field>

      <h3 className={styles.h}>{t.step3}</h3>
      {results.length === 0 && <Text size={200}>{t.resultsNone}</Text>}
      <ul data-testid="followup-results">
        {results.map((r, i) => (
          <li key={`${r.area}|${r.indicator}|${i}`} data-testid="followup-result">
            {`${r.indicator} (${r.area}): ${r.actuals[y] ?? "–"} ${r.unit}${r.target ? `, ${t.target.toLowerCase()} ${r.target.value}` : ""}`}{" "}
            <Button size="small" appearance="subtle" onClick={() => setResults((rs) => rs.filter((_, k) => k !== i))}>
              {t.remove}
            </Button>
          </li>
        ))}
      </ul>
      <ResultForm t={t} areas={areas} year={y} onAdd={(r) => setResults((rs) => [...rs, r])} />

      <Text data-testid="followup-total">{kr(rows.reduce((s, r) => s + r.ore, 0) / 100)}</Text>
      <Button
        appearance="primary"
        disabled={!actions?.writeFollowup || busy || (receivedText !== "" && received === null)}
        onClick={write}
        icon={busy ? <Spinner size="tiny" /> : undefined}
        data-testid="followup-write"
      >
        {t.write}
      </Button>
      <Text size={200} className={styles.hint}>
        {actions?.writeFollowup ? t.writeHint : `${strings.disabledOutside}. ${t.writeHint}`}
      </Text>
      {report && (
        <div data-testid="followup-report">
          <ActionResult report={report} strings={strings} actions={actions} />
        </div>
      )}
    </div>
  );
}
