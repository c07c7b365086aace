import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CatalogRow } from "../../core/dataset/exportCatalog";
import { copyText, formatValue } from "../format";
import type { Strings } from "../strings/pane.sv";

const useStyles = makeStyles({
  // Below 400 px a card; from 400 px a row under the column headers.
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    "@media (min-width: 400px)": {
      border: "none",
      borderRadius: 0,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: `${tokens.spacingVerticalS} 0`,
    },
  },
  head: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", columnGap: tokens.spacingHorizontalM },
  name: { fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  value: {
    marginLeft: "auto",
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
    fontWeight: tokens.fontWeightSemibold,
  },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  idLine: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  code: { fontFamily: tokens.fontFamilyMonospace, userSelect: "all", color: tokens.colorNeutralForeground1 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXXS },
  source: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
  },
  copied: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  formula: { fontFamily: tokens.fontFamilyMonospace, userSelect: "all" },
});

export interface CatalogItemProps {
  row: CatalogRow;
  strings: Strings;
  /** The INDIKATOR call for this row in the user's Excel language. */
  formula: string;
  /** Absent outside Excel: the insert buttons are then not shown. */
  onInsert?: (chart: boolean) => void;
}

/** One figure: name, value, where and when, its indicator id, and what can be done with it. */
export function CatalogItem({ row: r, strings, formula, onInsert }: CatalogItemProps) {
  const styles = useStyles();
  const t = strings.catalog;
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<boolean | null>(null);
  const srcId = `src-${r.id}`;
  return (
    <article className={styles.card} data-testid="catalog-row" aria-labelledby={`name-${r.id}`}>
      <div className={styles.head}>
        <span className={styles.name} id={`name-${r.id}`} lang="sv">
          {r.indicatorName}
        </span>
        <span className={styles.value} data-testid="catalog-value">
          {formatValue(r, strings)}
        </span>
      </div>
      <div className={styles.meta}>
        <span lang="sv">{r.entityName}</span> · {r.period ?? t.noPeriod}
        {r.dimension && (
          <>
            {" · "}
            <span lang="sv">{r.dimension}</span>
          </>
        )}
      </div>
      <div className={styles.idLine}>
        {t.id}: <code className={styles.code}>{r.indicator}</code>
      </div>
      <div className={styles.actions}>
        <Button size="small" onClick={async () => setCopied(await copyText(formula))} data-testid="copy-formula" data-formula={formula}>
          {t.copyFormula}
        </Button>
        {onInsert && (
          <>
            <Button size="small" aria-label={t.insertLabel(t.insertTable, r.indicatorName)} onClick={() => onInsert(false)}>
              {t.insertTable}
            </Button>
            <Button size="small" aria-label={t.insertLabel(t.insertChart, r.indicatorName)} onClick={() => onInsert(true)}>
              {t.insertChart}
            </Button>
          </>
        )}
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={open}
          aria-controls={srcId}
          onClick={() => setOpen(!open)}
          data-testid="show-source"
        >
          {open ? t.hideSource : t.showSource}
        </Button>
      </div>
      {copied !== null && (
        <Text className={styles.copied} role="status">
          {copied ? t.copied : t.copyFailed} <span className={styles.formula}>{formula}</span>
        </Text>
      )}
      {open && (
        <blockquote id={srcId} className={styles.source} data-testid="source-excerpt">
          <span lang="sv">
            ”{r.excerpt}” — {r.reportTitle}, {r.section}
            {r.label ? `, ${r.label}` : ""}
            {r.note ? `. ${r.note}` : ""}
          </span>
        </blockquote>
      )}
    </article>
  );
}
