import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { indicatorArgs } from "../../core/functions/catalogFormula";
import {
  EMPTY_FILTER,
  filterCatalog,
  filterOptions,
  isFiltered,
  periodsWithoutYear,
  type CatalogFilter,
} from "../../core/dataset/catalogFilter";
import { catalogRows, type CatalogRow } from "../../core/dataset/exportCatalog";
import { catalog } from "../../core/dataset/lookup";
import { formatCall } from "../../core/functions/formulaText";
import type { ActionReport } from "../../excel/types";
import { useStickyHeight } from "../sticky";
import type { ViewProps } from "../types";
import { ActionResult } from "./ActionResult";
import { CatalogItem } from "./CatalogItem";
import { Notice } from "./Notice";
import { Windowed } from "./Windowed";

const useStyles = makeStyles({
  search: {
    // Stays in view while the list scrolls, where the pane is tall enough to spare the room (not at 150 % zoom in a short pane).
    "@media (min-height: 480px)": { position: "sticky" },
    top: "var(--pv-header-h, 0px)",
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    margin: `calc(-1 * ${tokens.spacingHorizontalM}) calc(-1 * ${tokens.spacingHorizontalM}) 0`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    boxShadow: `0 1px 0 ${tokens.colorNeutralStroke2}`,
    // The input's intrinsic width (about 200 px) would otherwise set the pane's minimum at 150 % zoom.
    "& .fui-Input": { width: "100%", minWidth: 0, boxSizing: "border-box" },
    "& input": { width: 0 },
  },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 7.5em), 1fr))",
    gap: tokens.spacingHorizontalS,
    // Drop-downs shrink with their column instead of pushing it wider than the pane.
    "& .fui-Field, & .fui-Select": { minWidth: 0 },
    "& select": { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  },
  countLine: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  header: {
    display: "none",
    "@media (min-width: 400px)": {
      display: "flex",
      justifyContent: "space-between",
      fontWeight: tokens.fontWeightSemibold,
      fontSize: tokens.fontSizeBase200,
      borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
      paddingBottom: tokens.spacingVerticalXXS,
    },
  },
  list: { minWidth: 0 },
  item: {
    paddingBottom: tokens.spacingVerticalS,
    "@media (min-width: 400px)": { paddingBottom: 0 },
  },
  empty: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});

/** Rows shown before "Visa alla", so the count says what is on screen. */
const PAGE = 30;

let rowsCache: CatalogRow[] | undefined;
/** The catalogue rows; a test or benchmark may supply its own (10 000 rows) through `__PV_CATALOG_ROWS__`. */
function allRows(): CatalogRow[] {
  const injected = (window as unknown as { __PV_CATALOG_ROWS__?: CatalogRow[] }).__PV_CATALOG_ROWS__;
  return injected ?? (rowsCache ??= catalogRows(catalog()));
}

const GROUP_OF: Record<string, "nation" | "region"> = { nation: "nation", region: "region" };

export default function CatalogView({ strings, actions }: ViewProps) {
  const styles = useStyles();
  const t = strings.catalog;
  const rows = useMemo(allRows, []);
  const options = useMemo(() => filterOptions(rows), [rows]);
  const [filter, setFilter] = useState<CatalogFilter>(EMPTY_FILTER);
  const [report, setReport] = useState<ActionReport | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const searchRef = useStickyHeight<HTMLDivElement>("view");
  const matching = useMemo(() => filterCatalog(rows, filter), [rows, filter]);
  const shown = useMemo(() => matching.slice(0, limit), [matching, limit]);
  const themeName = (id: string) => t.themes[id] ?? id;

  const themes = useMemo(
    () => [...options.themes].sort((a, b) => themeName(a).localeCompare(themeName(b), strings.lang)),
    [options, strings],
  );
  // Riket first, then the regions, then everyone else (recipients, the care unit, later municipalities).
  const entityGroups = useMemo(() => {
    const kinds = new Map(catalog().data.entities.map((e) => [e.id, GROUP_OF[e.kind] ?? "other"]));
    const groups = { nation: [] as [string, string][], region: [] as [string, string][], other: [] as [string, string][] };
    for (const e of options.entities) groups[kinds.get(e[0]) ?? "other"].push(e);
    return (["nation", "region", "other"] as const).filter((g) => groups[g].length).map((g) => [g, groups[g]] as const);
  }, [options]);

  const set = (k: keyof CatalogFilter) => (v: string) => {
    setLimit(PAGE);
    setFilter((f) => ({ ...f, [k]: v }));
  };
  const insert = async (r: CatalogRow, chart: boolean) => {
    if (actions) setReport(await actions.insertIndicator(r.indicator, r.entity, chart));
  };
  const formula = (r: CatalogRow) => formatCall("INDIKATOR", indicatorArgs(r, rows), strings.lang);

  const entityName = options.entities.find((e) => e[0] === filter.entity)?.[1];
  const what = entityName ?? (filter.theme ? themeName(filter.theme) : filter.query.trim() ? `”${filter.query.trim()}”` : "");
  const periods = matching.length === 0 ? periodsWithoutYear(rows, filter) : [];
  // No year involved: the themes the chosen region has, so the empty result still says what exists.
  const themesInstead =
    matching.length === 0 && !filter.year && filter.entity && filter.theme
      ? [...new Set(filterCatalog(rows, { ...filter, theme: "" }).map((r) => themeName(r.theme)))]
      : [];

  return (
    <>
      <div className={styles.search} ref={searchRef}>
        <Field label={t.search}>
          <Input
            type="search"
            value={filter.query}
            placeholder={t.searchHint}
            onChange={(_, d) => set("query")(d.value)}
            data-testid="catalog-search"
          />
        </Field>
      </div>
      <div className={styles.filters}>
        <Field label={t.theme}>
          <Select value={filter.theme} onChange={(_, d) => set("theme")(d.value)} data-testid="filter-theme">
            <option value="">{t.all}</option>
            {themes.map((x) => (
              <option key={x} value={x}>
                {themeName(x)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.entity}>
          <Select value={filter.entity} onChange={(_, d) => set("entity")(d.value)} data-testid="filter-entity">
            <option value="">{t.all}</option>
            {entityGroups.map(([g, list]) => (
              <optgroup key={g} label={t.groups[g]}>
                {list.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        </Field>
        <Field label={t.year}>
          <Select value={filter.year} onChange={(_, d) => set("year")(d.value)} data-testid="filter-year">
            <option value="">{t.all}</option>
            {options.years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.countLine}>
        <Text role="status" data-testid="catalog-count">
          {t.count(shown.length, matching.length, rows.length)}
        </Text>
        {matching.length > shown.length && (
          <Button appearance="subtle" size="small" onClick={() => setLimit(matching.length)} data-testid="show-all">
            {t.showAll(matching.length)}
          </Button>
        )}
        {isFiltered(filter) && matching.length > 0 && (
          <Button appearance="subtle" size="small" onClick={() => setFilter(EMPTY_FILTER)}>
            {t.clear}
          </Button>
        )}
      </div>
      {report && <ActionResult report={report} strings={strings} actions={actions} />}
      {matching.length === 0 ? (
        <Notice intent="info" testId="catalog-empty">
          <div className={styles.empty}>
            <span>
              {t.none}
              {periods.length > 0 && ` ${t.exists(what, periods.map((p) => p ?? t.noPeriod).join(", "))}`}
              {themesInstead.length > 0 && ` ${t.existsThemes(entityName ?? filter.entity, themesInstead.join(", "))}`}
            </span>
            <Button size="small" onClick={() => setFilter(EMPTY_FILTER)} data-testid="clear-filters">
              {t.clear}
            </Button>
          </div>
        </Notice>
      ) : (
        <div>
          <div className={styles.header} aria-hidden="true">
            <span>{t.columns.indicator}</span>
            <span>{t.columns.value}</span>
          </div>
          <Windowed
            items={shown}
            itemKey={(r) => r.id}
            estimate={120}
            className={styles.list}
            itemClassName={styles.item}
            label={strings.tabs.catalog}
            testId="catalog-grid"
            render={(r) => (
              <CatalogItem row={r} strings={strings} formula={formula(r)} onInsert={actions ? (chart) => insert(r, chart) : undefined} />
            )}
          />
        </div>
      )}
    </>
  );
}
