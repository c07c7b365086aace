import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { Fragment, useMemo, useState } from "react";
import { displayValue, EMPTY_FILTER, filterCatalog, filterOptions, type CatalogFilter } from "../../core/dataset/catalogFilter";
import { catalogRows } from "../../core/dataset/exportCatalog";
import { catalog } from "../../core/dataset/lookup";
import type { ActionReport } from "../../excel/writer";
import type { Strings } from "../strings/sv";
import type { WorkbookActions } from "../types";
import { ActionResult } from "./ActionResult";

const useStyles = makeStyles({
  filters: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", gap: tokens.spacingHorizontalS, "& select": { minWidth: 0 } },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: { textAlign: "left", borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: tokens.spacingVerticalXS, position: "sticky", top: 0, backgroundColor: tokens.colorNeutralBackground1 },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, padding: tokens.spacingVerticalXS, verticalAlign: "top" },
  num: { whiteSpace: "nowrap" },
  source: { backgroundColor: tokens.colorNeutralBackground3, padding: tokens.spacingHorizontalS, fontStyle: "italic" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXS },
});

export interface CatalogViewProps {
  strings: Strings;
  actions: WorkbookActions | null;
}

/** Rows rendered at first; the rest on request, so the view is interactive at once. */
const PAGE = 30;

let rowsCache: ReturnType<typeof catalogRows> | undefined;
const allRows = () => (rowsCache ??= catalogRows(catalog()));

export function CatalogView({ strings, actions }: CatalogViewProps) {
  const styles = useStyles();
  const t = strings.catalog;
  const rows = allRows();
  const options = useMemo(() => filterOptions(rows), [rows]);
  const [filter, setFilter] = useState<CatalogFilter>(EMPTY_FILTER);
  const [open, setOpen] = useState<string | null>(null);
  const [report, setReport] = useState<ActionReport | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const matching = useMemo(() => filterCatalog(rows, filter), [rows, filter]);
  const shown = matching.slice(0, limit);
  const set = (k: keyof CatalogFilter) => (v: string) => {
    setLimit(PAGE);
    setFilter((f) => ({ ...f, [k]: v }));
  };
  const insert = async (indicator: string, entity: string, chart: boolean) => {
    if (actions) setReport(await actions.insertIndicator(indicator, entity, chart));
  };
  return (
    <>
      <Field label={t.search}>
        <Input type="search" value={filter.query} onChange={(_, d) => set("query")(d.value)} data-testid="catalog-search" />
      </Field>
      <div className={styles.filters}>
        <Field label={t.theme}>
          <Select value={filter.theme} onChange={(_, d) => set("theme")(d.value)}>
            <option value="">{t.all}</option>
            {options.themes.map((x) => (
              <option key={x} value={x}>{x}</option>
            ))}
          </Select>
        </Field>
        <Field label={t.entity}>
          <Select value={filter.entity} onChange={(_, d) => set("entity")(d.value)}>
            <option value="">{t.all}</option>
            {options.entities.map(([id, name]) => (
              <option key={id} value={id}>{name}</option>
            ))}
          </Select>
        </Field>
        <Field label={t.year}>
          <Select value={filter.year} onChange={(_, d) => set("year")(d.value)}>
            <option value="">{t.all}</option>
            {options.years.map((y) => (
              <option key={y} value={String(y)}>{y}</option>
            ))}
          </Select>
        </Field>
      </div>
      <Text role="status" data-testid="catalog-count">{t.count(matching.length, rows.length)}</Text>
      {report && <ActionResult report={report} notesTitle={strings.start.notes} />}
      <table className={styles.table} data-testid="catalog-grid">
        <thead>
          <tr>
            <th className={styles.th} scope="col">{t.indicator}</th>
            <th className={styles.th} scope="col">{t.period}</th>
            <th className={styles.th} scope="col">{t.value}</th>
            <th className={styles.th} scope="col">{t.actions}</th>
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 && (
            <tr>
              <td className={styles.td} colSpan={4}>{t.none}</td>
            </tr>
          )}
          {shown.map((r) => (
            <Fragment key={r.id}>
              <tr data-testid="catalog-row">
                <td className={styles.td}>
                  {r.indicatorName}
                  <br />
                  <Text size={100}>{r.entityName}{r.dimension ? ` · ${r.dimension}` : ""}</Text>
                </td>
                <td className={`${styles.td} ${styles.num}`}>{r.period ?? "–"}</td>
                <td className={`${styles.td} ${styles.num}`}>{displayValue(r)}</td>
                <td className={styles.td}>
                  <div className={styles.actions}>
                    <Button size="small" disabled={!actions} title={actions ? undefined : strings.disabledOutside} onClick={() => insert(r.indicator, r.entity, false)}>{t.insertTable}</Button>
                    <Button size="small" disabled={!actions} title={actions ? undefined : strings.disabledOutside} onClick={() => insert(r.indicator, r.entity, true)}>{t.insertChart}</Button>
                    <Button size="small" appearance="subtle" aria-expanded={open === r.id} aria-controls={`src-${r.id}`} onClick={() => setOpen(open === r.id ? null : r.id)} data-testid="show-source">
                      {open === r.id ? t.hideSource : t.showSource}
                    </Button>
                  </div>
                </td>
              </tr>
              {open === r.id && (
                <tr id={`src-${r.id}`}>
                  <td className={`${styles.td} ${styles.source}`} colSpan={4} data-testid="source-excerpt">
                    ”{r.excerpt}” — {r.reportTitle}, {r.section}{r.label ? `, ${r.label}` : ""}{r.note ? `. ${r.note}` : ""}
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      {matching.length > shown.length && (
        <Button appearance="subtle" onClick={() => setLimit(matching.length)} data-testid="show-all">
          {t.showAll(matching.length)}
        </Button>
      )}
    </>
  );
}
