import { Badge, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { runAudit, type AuditFinding, type Severity } from "../../core/audit/audit";
import { catalog } from "../../core/dataset/lookup";
import { shortCitation } from "../../core/dataset/sources";
import type { AuditSource } from "../../core/audit/audit";
import { formatNumberFor } from "../format";
import type { Strings } from "../strings/pane.sv";
import type { ViewProps } from "../types";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  notContradiction: { borderLeftColor: tokens.colorNeutralStroke1 },
  head: { display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  h: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, flex: "1 1 12em", minWidth: 0 },
  figures: { margin: 0 },
  // Label and figure side by side; the figure drops below its label (still right-aligned) when the pane is narrow.
  pair: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", columnGap: tokens.spacingHorizontalM },
  dt: { color: tokens.colorNeutralForeground2, minWidth: 0 },
  dd: { margin: "0 0 0 auto", textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  diff: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "normal" },
  // The difference is a sentence (direction and what is compared): its own line, read from the start.
  diffText: { margin: 0, flexBasis: "100%", textAlign: "start", fontWeight: tokens.fontWeightRegular },
  detail: { color: tokens.colorNeutralForeground2 },
  src: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `2px solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
  },
  cite: { display: "block", fontStyle: "normal", color: tokens.colorNeutralForeground3 },
});

/** The same excerpt backs several figures (a table row); show it once. */
function uniqueSources(sources: AuditSource[]): AuditSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(`${s.section}|${s.excerpt}`) && !!seen.add(`${s.section}|${s.excerpt}`));
}

function differenceText(f: AuditFinding, s: Strings): string {
  const t = s.audit;
  const n = formatNumberFor(Math.abs(Number(f.difference.toFixed(3))), s);
  const unit = s.catalog.units[f.stated.unit] ?? f.stated.unit;
  if (Math.abs(f.difference) < 1e-9) return `0 ${unit} (${t.same})`;
  return `${n} ${unit} ${f.difference > 0 ? t.higher : t.lower}`;
}

const BADGE: Record<Severity, "danger" | "warning" | "success" | "informative"> = {
  motsägelse: "danger",
  avrundning: "warning",
  förenlig: "success",
  "förklarad lucka": "informative",
};

/**
 * The audit's findings. In Swedish the titles, labels, details and difference come from core; in English the frame
 * (check, labels, difference with unit and direction) comes from the strings and core's Swedish detail is marked so.
 */
export default function AuditView({ strings }: ViewProps) {
  const styles = useStyles();
  const findings = runAudit(catalog().data);
  const t = strings.audit;
  const en = strings.lang === "en";
  const amount = (v: number, unit: string) => `${formatNumberFor(v, strings)} ${strings.catalog.units[unit] ?? unit}`;
  return (
    <>
      <Text>{t.intro(findings.length)}</Text>
      {/* One focus stop for the list, so the keyboard can reach and scroll it (the findings hold no controls). */}
      <section tabIndex={0} aria-label={t.listLabel} className={styles.list} data-testid="audit-list">
        {findings.map((f) => (
          <article
            key={f.id}
            className={mergeClasses(styles.item, f.severity !== "motsägelse" && styles.notContradiction)}
            data-testid="audit-finding"
            aria-labelledby={`h-${f.id}`}
          >
            <div className={styles.head}>
              <h2 className={styles.h} id={`h-${f.id}`}>
                {en ? (
                  <>
                    {t.checks[f.check] ?? f.check}
                    {f.stated.sources[0] && (
                      <>
                        {": "}
                        <span lang="sv">{shortCitation(f.stated.sources[0])}</span>
                      </>
                    )}
                  </>
                ) : (
                  f.title
                )}
              </h2>
              <Badge appearance="tint" color={BADGE[f.severity]}>
                {t.severity[f.severity] ?? f.severity}
              </Badge>
            </div>
            <dl className={styles.figures}>
              <div className={styles.pair}>
                <dt className={styles.dt}>{en ? t.stated : f.stated.label}</dt>
                <dd className={styles.dd}>{amount(f.stated.value, f.stated.unit)}</dd>
              </div>
              <div className={styles.pair}>
                <dt className={styles.dt}>{en ? t.other : f.other.label}</dt>
                <dd className={styles.dd}>{amount(f.other.value, f.other.unit)}</dd>
              </div>
              <div className={styles.pair}>
                <dt className={mergeClasses(styles.dt, styles.diff)}>{t.difference}</dt>
                <dd className={mergeClasses(styles.dd, styles.diff, styles.diffText)}>
                  {en ? differenceText(f, strings) : f.differenceText}
                </dd>
              </div>
            </dl>
            <Text size={200} className={styles.detail}>
              {en && `${t.detailInSwedish} `}
              <span lang="sv">{f.detail}</span>
            </Text>
            {uniqueSources([...f.stated.sources, ...f.other.sources]).map((s) => (
              <blockquote key={`${s.section}|${s.excerpt}`} className={styles.src} lang="sv">
                ”{s.quote ?? s.excerpt}”<cite className={styles.cite}>{shortCitation(s)}</cite>
              </blockquote>
            ))}
          </article>
        ))}
      </section>
    </>
  );
}
