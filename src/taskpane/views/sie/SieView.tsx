import { Button, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { summarize } from "../../../core/sie/summary";
import type { SieBooks } from "../../../core/sie/types";
import type { Strings } from "../../strings/pane.sv";
import type { WorkbookActions } from "../../types";
import { Notice } from "../Notice";
import { readInWorker, type Reading } from "./readInWorker";
import { SieChoices } from "./SieChoices";
import { SieSummary } from "./SieSummary";
import { sieEn } from "../../strings/sie.en";
import { sieSv } from "../../strings/sie.sv";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0, overflowWrap: "anywhere" },
  hidden: { display: "none" },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface SieViewProps {
  strings: Strings;
  actions: WorkbookActions | null;
}

type State =
  | { step: "idle" }
  | { step: "reading"; name: string; fraction: number }
  | { step: "read"; file: File; name: string; books: SieBooks; firstOnly: boolean }
  | { step: "failed"; message: string; intent: "error" | "info" };

/** SIE 4 import: pick a file, read it in a Web Worker (progress, Cancel), see the summary, choose, write. */
export default function SieView({ strings, actions }: SieViewProps) {
  const styles = useStyles();
  const t = strings.lang === "en" ? sieEn : sieSv;
  const input = useRef<HTMLInputElement>(null);
  const reading = useRef<Reading | null>(null);
  const [state, setState] = useState<State>({ step: "idle" });
  useEffect(() => () => reading.current?.cancel(), []);

  const pick = async (file: File | undefined, firstOnly = false) => {
    if (!file) return;
    reading.current?.cancel();
    setState({ step: "reading", name: file.name, fraction: 0 });
    const r = readInWorker(
      file,
      t.locale,
      (fraction) => setState((s) => (s.step === "reading" ? { ...s, fraction } : s)),
      firstOnly ? "first" : "keep",
    );
    reading.current = r;
    const result = await r.done;
    if (reading.current !== r) return; // superseded by another file
    reading.current = null;
    if (result.ok) setState({ step: "read", file, name: file.name, books: result.books, firstOnly });
    else
      setState(
        "cancelled" in result
          ? { step: "failed", message: t.cancelled, intent: "info" }
          : { step: "failed", message: result.message, intent: "error" },
      );
    if (input.current) input.current.value = "";
  };
  const summary = useMemo(() => (state.step === "read" ? summarize(state.books, t.locale) : null), [state, t.locale]);

  return (
    <div className={styles.root}>
      <Text>{t.intro}</Text>
      <input
        ref={input}
        type="file"
        accept=".se,.si,.sie,.txt"
        className={styles.hidden}
        data-testid="sie-file"
        onChange={(e) => pick(e.target.files?.[0])}
      />
      <Button
        appearance={state.step === "read" ? "secondary" : "primary"}
        disabled={state.step === "reading"}
        onClick={() => input.current?.click()}
        data-testid="sie-pick"
      >
        {t.pick}
      </Button>
      {state.step === "reading" && (
        <div className={styles.progress} data-testid="sie-progress">
          <Text>{t.reading(state.name)}</Text>
          <ProgressBar value={state.fraction} max={1} aria-label={t.reading(state.name)} />
          <Button onClick={() => reading.current?.cancel()} data-testid="sie-cancel">
            {t.cancel}
          </Button>
        </div>
      )}
      {state.step === "failed" && (
        <Notice intent={state.intent} testId="sie-error">
          {state.message}
        </Notice>
      )}
      {state.step === "read" && summary && (
        <>
          <SieSummary summary={summary} strings={strings} firstOnly={state.firstOnly} onFirstOnly={(first) => pick(state.file, first)} />
          <SieChoices
            key={`${state.name} ${state.books.bytes} ${state.firstOnly}`}
            books={state.books}
            fileName={state.name}
            strings={strings}
            importLedger={actions ? (i) => actions.importSieLedger(i) : null}
            actions={actions}
          />
        </>
      )}
    </div>
  );
}
