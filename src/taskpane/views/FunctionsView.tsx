import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useState, Fragment } from "react";
import { toApiFormula } from "../../core/dataset/catalogFilter";
import { localFormula } from "../../core/functions/formulaText";
import type { ActionReport } from "../../excel/types";
import { FUNCTION_DOCS } from "../../functions/docs";
import { ERRORS_EN, EXAMPLE_RESULTS_EN } from "../../functions/docs.en";
import { copyText } from "../format";
import type { ViewProps } from "../types";
import { ActionResult } from "./ActionResult";

const useStyles = makeStyles({
  fn: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalM, minWidth: 0 },
  h: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase400, overflowWrap: "anywhere" },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  sig: { display: "block", margin: `${tokens.spacingVerticalXS} 0` },
  // Whole on a line wherever one fits (the breaks are after "(" and between arguments); only a name longer than the
  // line itself (270 px at 150 %) breaks inside, rather than push the pane sideways.
  arg: { overflowWrap: "anywhere" },
  sub: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`, fontSize: tokens.fontSizeBase300 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  result: { display: "block", color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXXS },
  errCode: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
});

const SV_NAMES = Object.fromEntries(FUNCTION_DOCS.map((d) => [d.id, d.nameSv]));

/** Every custom function with its signature, examples and error values, named as the user's Excel names them. */
export default function FunctionsView({ strings, actions }: ViewProps) {
  const styles = useStyles();
  const t = strings.functions;
  const en = strings.lang === "en";
  const [report, setReport] = useState<ActionReport | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <>
      <Text>{t.intro}</Text>
      {report && <ActionResult report={report} strings={strings} actions={actions} />}
      {FUNCTION_DOCS.map((d) => {
        const name = en ? d.id : d.nameSv;
        const params = d.params.map((p) => (p.optional ? `[${en ? p.en : p.sv}]` : en ? p.en : p.sv));
        return (
          <section key={d.id} className={styles.fn} data-testid="function-doc" data-function-id={d.id} aria-labelledby={`fn-${d.id}`}>
            <h2 className={styles.h} id={`fn-${d.id}`}>
              PV.{name}
            </h2>
            {/* Lines break after "(" and between arguments, never inside a name (each argument is kept whole). */}
            <code className={mergeClasses(styles.code, styles.sig)} data-testid="function-signature">
              {`=PV.${name}(`}
              <wbr />
              {params.map((p, i) => (
                <Fragment key={p}>
                  <span className={styles.arg}>
                    {p}
                    {i < params.length - 1 ? (en ? "," : ";") : ")"}
                  </span>
                  {i < params.length - 1 ? " " : ""}
                </Fragment>
              ))}
              {params.length === 0 ? ")" : ""}
            </code>
            <Text block>{en ? d.descEn : d.descSv}</Text>
            <h3 className={styles.sub}>{t.examples}</h3>
            <ul className={styles.list}>
              {d.examples.map((e) => {
                const shown = localFormula(e.formula, strings.lang, SV_NAMES);
                return (
                  <li key={e.formula} data-testid="function-example">
                    <code className={styles.code}>{shown}</code>
                    <Text size={200} className={styles.result}>
                      → {en ? (EXAMPLE_RESULTS_EN[e.formula] ?? e.resultSv) : e.resultSv}
                    </Text>
                    <div className={styles.buttons}>
                      <Button
                        size="small"
                        onClick={async () => setCopied((await copyText(shown)) ? shown : null)}
                        aria-label={`${t.copy}: ${shown}`}
                      >
                        {t.copy}
                      </Button>
                      {actions && (
                        <Button size="small" onClick={async () => setReport(await actions.writeFormula(toApiFormula(e.formula)))}>
                          {t.insert}
                        </Button>
                      )}
                    </div>
                    {copied === shown && (
                      <Text size={200} role="status">
                        {strings.catalog.copied} {shown}
                      </Text>
                    )}
                  </li>
                );
              })}
            </ul>
            {d.errors.length > 0 && (
              <>
                <h3 className={styles.sub}>{t.errors}</h3>
                <ul className={styles.list}>
                  {d.errors.map((e) => (
                    <li key={e.whenSv} data-testid="function-error">
                      <span className={styles.errCode}>{t.codes[e.code] ?? e.code}</span>
                      {t.codes[e.code] ? ` (${t.englishCode(e.code)})` : ""} – {en ? (ERRORS_EN[e.whenSv] ?? e.whenSv) : e.whenSv}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
    </>
  );
}
