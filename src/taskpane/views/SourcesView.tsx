import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { catalog } from "../../core/dataset/lookup";
import type { ViewProps } from "../types";

const useStyles = makeStyles({
  report: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS, minWidth: 0 },
  h: { margin: 0, fontSize: tokens.fontSizeBase400 },
  download: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  button: { maxWidth: "100%", whiteSpace: "normal", height: "auto" },
});

/** The two reports, how much of each is in the catalogue, and the catalogue as a file. */
export default function SourcesView({ strings }: ViewProps) {
  const styles = useStyles();
  const data = catalog().data;
  const t = strings.sources;
  return (
    <>
      <Text>{t.intro}</Text>
      {data.reports.map((r) => (
        <section key={r.id} className={styles.report} data-testid="report" aria-labelledby={`report-${r.id}`}>
          <h2 className={styles.h} id={`report-${r.id}`} lang="sv">
            {r.title}
          </h2>
          <Text block lang="sv">
            {r.publisher}, {r.date}
          </Text>
          <Text block size={200}>
            {t.attribution}: <span lang="sv">{r.attribution}</span>
          </Text>
          <Text block size={200} data-testid="report-counts">
            {t.counts(
              data.observations.filter((o) => o.source.report === r.id).length,
              data.findings.filter((f) => f.source.report === r.id).length,
            )}
          </Text>
        </section>
      ))}
      <div className={styles.download}>
        <Text>{t.download}</Text>
        <Button as="a" href="indicators.csv" download="nara-vard-indikatorer.csv" className={styles.button}>
          {strings.start.downloadCsv}
        </Button>
      </div>
      <Text size={200}>{t.offline}</Text>
    </>
  );
}
