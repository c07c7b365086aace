import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { catalog } from "../../core/dataset/lookup";
import type { Strings } from "../strings/sv";

const useStyles = makeStyles({
  report: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS },
  h: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

export interface SourcesViewProps {
  strings: Strings;
}

export default function SourcesView({ strings }: SourcesViewProps) {
  const styles = useStyles();
  const data = catalog().data;
  return (
    <>
      <Text>{strings.sources.intro}</Text>
      {data.reports.map((r) => (
        <section key={r.id} className={styles.report} data-testid="report">
          <h2 className={styles.h}>{r.title}</h2>
          <Text block>{r.publisher}, {r.date}</Text>
          <Text block size={200}>
            {strings.sources.attribution}: {r.attribution} · {data.observations.filter((o) => o.source.report === r.id).length} uppgifter, {data.findings.filter((f) => f.source.report === r.id).length} iakttagelser
          </Text>
        </section>
      ))}
      <Text size={200}>{strings.sources.offline}</Text>
    </>
  );
}
