import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { toApiFormula } from "../../core/dataset/catalogFilter";
import type { ActionReport } from "../../excel/writer";
import { FUNCTION_DOCS } from "../../functions/docs";
import type { Strings } from "../strings/sv";
import type { WorkbookActions } from "../types";
import { ActionResult } from "./ActionResult";

const useStyles = makeStyles({
  fn: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalM },
  sig: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, display: "block", margin: `${tokens.spacingVerticalXS} 0` },
  ex: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  h: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase400 },
});

export interface FunctionsViewProps {
  strings: Strings;
  actions: WorkbookActions | null;
}

export default function FunctionsView({ strings, actions }: FunctionsViewProps) {
  const styles = useStyles();
  const t = strings.functions;
  const [report, setReport] = useState<ActionReport | null>(null);
  const english = strings.appTitle !== "Nära vård-indikatorer";
  return (
    <>
      <Text>{t.intro}</Text>
      {report && <ActionResult report={report} notesTitle={strings.start.notes} />}
      {FUNCTION_DOCS.map((d) => (
        <section key={d.id} className={styles.fn} data-testid="function-doc" data-function-id={d.id}>
          <h2 className={styles.h}>PV.{english ? d.id : d.nameSv}</h2>
          <code className={styles.sig}>
            ={english ? `PV.${d.id}(${d.params.map((p) => (p.optional ? `[${p.en}]` : p.en)).join(", ")})` : `PV.${d.nameSv}(${d.params.map((p) => (p.optional ? `[${p.sv}]` : p.sv)).join("; ")})`}
          </code>
          <Text block>{english ? d.descEn : d.descSv}</Text>
          {d.examples.map((e) => (
            <div key={e.formula} className={styles.ex}>
              <code className={styles.sig}>{e.formula}</code>
              <Text size={200}>→ {e.resultSv}</Text>
              <Button size="small" disabled={!actions} title={actions ? undefined : strings.disabledOutside} onClick={async () => actions && setReport(await actions.writeFormula(toApiFormula(e.formula)))}>
                {t.insert}
              </Button>
            </div>
          ))}
          {d.errors.length > 0 && (
            <Text size={200} block>
              {t.errors}: {d.errors.map((e) => `${e.code} – ${e.whenSv}`).join(" ")}
            </Text>
          )}
        </section>
      ))}
    </>
  );
}
