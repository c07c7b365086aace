import { Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import { reconciliationText, type SieSummary as Summary } from "../../../core/sie/summary";
import { formatNumber } from "../../../core/util/text";
import type { Strings } from "../../strings/pane.sv";
import { sieEn } from "../../strings/sie.en";
import { sieSv } from "../../strings/sie.sv";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "minmax(0, max-content) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  pair: { display: "contents" },
  term: { color: tokens.colorNeutralForeground3, margin: 0 },
  value: { margin: 0, overflowWrap: "anywhere", minWidth: 0, whiteSpace: "pre-line" },
  h: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export interface SieSummaryProps {
  summary: Summary;
  strings: Strings;
  /** Whether the file was read keeping only the first of each duplicate voucher. */
  firstOnly: boolean;
  /** Reads the file again with or without duplicates. */
  onFirstOnly: (firstOnly: boolean) => void;
}

/** The file at a glance: who, which program, which years, dimensions, counts and warnings. */
export function SieSummary({ summary: s, strings, firstOnly, onFirstOnly }: SieSummaryProps) {
  const styles = useStyles();
  const t = strings.lang === "en" ? sieEn : sieSv;
  const facts: [string, string][] = [
    [t.company, s.company ?? t.none],
    [t.orgNumber, s.orgNumber ?? t.none],
    [t.program, s.program ?? t.none],
    [t.generated, s.generated ?? t.none],
    [t.currency, s.currency ?? t.none],
    [t.fiscalYears, s.fiscalYears.map((y) => `${y.start} – ${y.end}`).join("\n") || t.none],
    [t.vouchers, formatNumber(s.vouchers)],
    [t.transactions, formatNumber(s.transactions)],
    [t.checksum, t.checksumValue[s.checksum]],
    [t.encoding, s.encoding.toUpperCase()],
    [t.ledgerYear, s.ledgerYear || t.none],
  ];
  const kr = (n: number) => formatNumber(n, 2);
  return (
    <section data-testid="sie-summary" aria-label={t.company}>
      <dl className={styles.facts}>
        {facts.map(([k, v]) => (
          <div key={k} className={styles.pair}>
            <dt className={styles.term}>{k}</dt>
            <dd className={styles.value} data-testid={`sie-fact-${k}`}>
              {v}
            </dd>
          </div>
        ))}
      </dl>
      {s.skippedCorrections > 0 && <Text size={200}>{t.skipped(s.skippedCorrections)}</Text>}
      <h3 className={styles.h}>{t.dimensions}</h3>
      <ul className={styles.list} data-testid="sie-dimensions">
        {s.dimensions.map((d) => (
          <li key={d.dim}>
            {d.dim} {d.name} – {t.objects(d.objects)}
            {d.parent ? ` (${t.partOf(d.parent)})` : ""}
          </li>
        ))}
        {s.dimensions.length === 0 && <li>{t.none}</li>}
      </ul>
      <h3 className={styles.h}>{t.reconciliation}</h3>
      <Text className={styles.value} data-testid="sie-reconciliation">
        {reconciliationText(s.reconciliation, t.locale)}
      </Text>
      {(s.duplicateVouchers.length > 0 || firstOnly) && (
        <>
          <h3 className={styles.h}>{t.duplicates}</h3>
          <Text className={styles.value} data-testid="sie-duplicates">
            {t.duplicatesText(s.duplicateVouchers.length, s.duplicateVouchers.slice(0, 20).join(", "))}
          </Text>
          <Checkbox
            checked={firstOnly}
            onChange={(_, d) => onFirstOnly(d.checked === true)}
            label={t.firstOnly}
            data-testid="sie-first-only"
          />
        </>
      )}
      <h3 className={styles.h}>{t.budget}</h3>
      {s.budget.byAccount.length + s.budget.byObject.length === 0 ? (
        <Text data-testid="sie-budget">{t.noBudget}</Text>
      ) : (
        <ul className={styles.list} data-testid="sie-budget">
          {s.budget.byAccount.slice(0, 20).map((a) => (
            <li key={`a ${a.account}`}>{t.budgetAccount(a.account, kr(a.amount))}</li>
          ))}
          {s.budget.byObject.slice(0, 20).map((o) => (
            <li key={`o ${o.dim} ${o.object}`}>{t.budgetObject(o.dim, o.object, kr(o.amount))}</li>
          ))}
        </ul>
      )}
      {s.warnings.length > 0 && (
        <>
          <h3 className={styles.h}>{t.warnings}</h3>
          <ul className={styles.list} data-testid="sie-warnings">
            {s.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
      {s.unbalancedVouchers.length > 0 && (
        <>
          <h3 className={styles.h}>{t.unbalanced}</h3>
          <ul className={styles.list} data-testid="sie-unbalanced">
            {s.unbalancedVouchers.slice(0, 20).map((v) => (
              <li key={`${v.series} ${v.number} ${v.line}`}>
                {t.unbalancedItem(`${v.series} ${v.number}`.trim(), v.date, v.line, formatNumber(v.amount, 2))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
