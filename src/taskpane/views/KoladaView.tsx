import { Button, Field, Input, makeStyles, Select, Switch, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState, useSyncExternalStore } from "react";
import { KoladaSession } from "../../core/kolada/session";
import { koladaStore, loadedSummary } from "../../core/kolada/store";
import { latestKoladaYear } from "../../core/workbook/koladaPlan";
import type { ActionReport } from "../../excel/types";
import type { Strings } from "../strings/pane.sv";
import type { WorkbookActions } from "../types";
import { ActionResult } from "./ActionResult";
import { Notice } from "./Notice";
import { koladaEn } from "../strings/kolada.en";
import { koladaSv } from "../strings/kolada.sv";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end", "& > *": { minWidth: 0 } },
  years: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  item: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "baseline", overflowWrap: "anywhere" },
  h: { margin: 0, fontSize: tokens.fontSizeBase300 },
  small: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  input: { minWidth: 0, width: "100%" },
  grow: { flex: "1 1 10rem", minWidth: 0 },
});

export interface KoladaViewProps {
  strings: Strings;
  actions: WorkbookActions | null;
}

let session: KoladaSession | undefined;

/** One session per pane: the pane's fetch, the shared store, and the workbook as the place fetched data is kept. */
function getSession(actions: WorkbookActions | null): KoladaSession {
  return (session ??= new KoladaSession({
    fetch: (url, init) => window.fetch(url, init),
    store: koladaStore(),
    locale: document.documentElement.lang === "en" ? "en" : "sv",
    persist: async (s) => (actions?.saveKolada ? actions.saveKolada(s) : { ok: true, message: "" }),
  }));
}

export default function KoladaView({ strings, actions }: KoladaViewProps) {
  const styles = useStyles();
  const t = strings.lang === "en" ? koladaEn : koladaSv;
  const s = getSession(actions);
  const st = useSyncExternalStore(s.subscribe, () => s.state);
  const store = koladaStore();
  const version = useSyncExternalStore(store.subscribe, () => store.snapshot);
  const summary = version ? loadedSummary(store) : null;
  const [query, setQuery] = useState("");
  const [year, setYear] = useState<number | undefined>(latestKoladaYear(store));
  const [report, setReport] = useState<ActionReport | null>(null);
  useEffect(() => setYear((y) => y ?? latestKoladaYear(store)), [version, store]);
  const years = store.snapshot?.years ?? [];
  const blocked = st.probe !== "idle" && st.probe !== "probing" && st.probe !== "live";

  return (
    <>
      <Text>{t.intro}</Text>
      {store.note && <Notice intent="info">{store.note}</Notice>}
      <section className={styles.section} aria-labelledby="kolada-loaded" data-testid="kolada-loaded">
        <h2 id="kolada-loaded" className={styles.h}>
          {t.loaded}
        </h2>
        {summary ? (
          <>
            <Text>{t.summary(summary.regions, summary.years, summary.fetchedAt, t.origin[summary.origin])}</Text>
            <ul className={styles.list}>
              {summary.kpis.map((k) => (
                <li key={k}>{k}</li>
              ))}
            </ul>
            <Text size={200} className={styles.small}>
              {t.attribution}. {t.shareNote}
            </Text>
          </>
        ) : (
          <Notice intent="info" testId="kolada-none">
            {t.noneLoaded}
          </Notice>
        )}
      </section>

      <section className={styles.section}>
        <Switch checked={st.network} onChange={(_, d) => void s.setNetwork(d.checked)} label={t.network} data-testid="kolada-network" />
        <Text size={200} className={styles.small}>
          {t.networkHint}
        </Text>
        {st.network && st.probe === "probing" && <Notice intent="info">{t.probing}</Notice>}
        {st.network && st.probe === "live" && (
          <Notice intent="success" testId="kolada-probe">
            {t.live}
          </Notice>
        )}
        {st.network && blocked && (
          <Notice intent="warning" testId="kolada-probe">
            {st.probeMessage} {t.snapshotOnly} {t.itHint}
          </Notice>
        )}
      </section>

      {st.network && st.probe === "live" && (
        <section className={styles.section}>
          <h2 className={styles.h}>{t.kpis}</h2>
          <ul className={styles.list}>
            {st.kpis.map((k) => (
              <li key={k.id} className={styles.item}>
                <span>
                  {k.id} {k.title}
                </span>
                {!k.pinned && (
                  <Button size="small" appearance="subtle" onClick={() => s.removeKpi(k.id)}>
                    {t.remove}
                  </Button>
                )}
              </li>
            ))}
          </ul>
          <div className={styles.years}>
            <Field label={t.from}>
              <Input
                className={styles.input}
                type="number"
                value={String(st.years.from)}
                onChange={(_, d) => s.setYears(Number(d.value), st.years.to)}
              />
            </Field>
            <Field label={t.to}>
              <Input
                className={styles.input}
                type="number"
                value={String(st.years.to)}
                onChange={(_, d) => s.setYears(st.years.from, Number(d.value))}
              />
            </Field>
          </div>
          <Button appearance="primary" disabled={st.busy} onClick={() => void s.refresh()} data-testid="kolada-refresh">
            {st.busy ? t.refreshing : t.refresh}
          </Button>
          {st.progress && (
            <Text size={200} className={styles.small} aria-live="polite">
              {t.progress(st.progress.done, st.progress.total, st.progress.requests, st.progress.rows)}
            </Text>
          )}
          {st.error && (
            <Notice intent="error" testId="kolada-error">
              {st.error}
              {summary ? ` ${t.kept}` : ""}
            </Notice>
          )}
          {st.notice && <Notice intent="success">{st.notice}</Notice>}
          <form
            className={styles.row}
            onSubmit={(e) => {
              e.preventDefault();
              void s.search(query);
            }}
          >
            <Field label={t.search} className={styles.grow}>
              <Input className={styles.input} value={query} onChange={(_, d) => setQuery(d.value)} />
            </Field>
            <Button type="submit" disabled={st.search.busy}>
              {t.searchButton}
            </Button>
          </form>
          {st.search.error && <Notice intent="error">{st.search.error}</Notice>}
          {st.search.done && st.search.results.length === 0 && !st.search.error && <Text size={200}>{t.noHits}</Text>}
          <ul className={styles.list}>
            {st.search.results.map((k) => (
              <li key={k.id} className={styles.item}>
                <span>
                  {k.id} {k.title}
                </span>
                <Button size="small" onClick={() => s.addKpi(k)} disabled={st.kpis.some((x) => x.id === k.id)}>
                  {t.add}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {st.warnings.length > 0 && (
        <Notice intent="warning" testId="kolada-warnings">
          <strong>{t.warnings}:</strong>
          <ul className={styles.list}>
            {st.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Notice>
      )}

      {summary && (
        <section className={styles.section}>
          <Field label={t.compareYear}>
            <Select value={String(year ?? "")} onChange={(_, d) => setYear(Number(d.value))}>
              {[...years].reverse().map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            disabled={!actions?.insertKolada || year === undefined}
            onClick={async () => actions?.insertKolada && year !== undefined && setReport(await actions.insertKolada(year))}
          >
            {actions ? t.insert : strings.disabledOutside}
          </Button>
          <Text size={200} className={styles.small}>
            {t.insertHint}
          </Text>
          {report && <ActionResult report={report} strings={strings} actions={actions} />}
        </section>
      )}
    </>
  );
}
