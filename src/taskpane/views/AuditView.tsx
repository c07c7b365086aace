import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import { runAudit, type Severity } from "../../core/audit/audit";
import { catalog } from "../../core/dataset/lookup";
import { formatNumber } from "../../core/util/text";
import type { Source } from "../../core/dataset/types";
import type { Strings } from "../strings/sv";

const useStyles = makeStyles({
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  h: { margin: 0, fontSize: tokens.fontSizeBase300 },
  src: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
});

/** The same excerpt backs several figures (a table row); show it once. */
function uniqueSources(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(`${s.section}|${s.excerpt}`) && !!seen.add(`${s.section}|${s.excerpt}`));
}

const BADGE: Record<Severity, "danger" | "warning" | "success" | "informative"> = {
  motsägelse: "danger",
  avrundning: "warning",
  förenlig: "success",
  "förklarad lucka": "informative",
};

export interface AuditViewProps {
  strings: Strings;
}

export default function AuditView({ strings }: AuditViewProps) {
  const styles = useStyles();
  const findings = runAudit(catalog().data);
  const t = strings.audit;
  return (
    <>
      <Text>{t.intro(findings.length)}</Text>
      {findings.map((f) => (
        <article key={f.id} className={styles.item} data-testid="audit-finding">
          <h2 className={styles.h}>
            {f.title}{" "}
            <Badge appearance="tint" color={BADGE[f.severity]}>
              {f.severity}
            </Badge>
          </h2>
          <Text>{f.detail}</Text>
          <Text size={200}>
            {t.stated}: {formatNumber(f.stated.value, 3)} {f.stated.unit} · {t.other}: {formatNumber(f.other.value, 3)} {f.other.unit} ·{" "}
            {t.difference}: {f.differenceText}
          </Text>
          {uniqueSources([...f.stated.sources, ...f.other.sources]).map((s) => (
            <Text key={`${s.section}|${s.excerpt}`} size={200} className={styles.src}>
              ”{s.excerpt}” ({s.section}
              {s.label ? `, ${s.label}` : ""})
            </Text>
          ))}
        </article>
      ))}
    </>
  );
}
