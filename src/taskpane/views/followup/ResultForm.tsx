import { Button, Checkbox, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ResultIndicator } from "../../../core/followup/types";
import { parseAmount } from "../../../core/util/text";
import type { FollowupStrings } from "../../strings/followup.sv";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

export interface ResultFormProps {
  t: FollowupStrings;
  areas: string[];
  year: number;
  onAdd(r: ResultIndicator): void;
}

/** One result indicator: its area, name, Kolada id or "eget", unit, this year's actual and the target. */
export function ResultForm({ t, areas, year, onAdd }: ResultFormProps) {
  const styles = useStyles();
  const [area, setArea] = useState(areas[0] ?? "");
  const [indicator, setIndicator] = useState("");
  const [kpi, setKpi] = useState("eget");
  const [unit, setUnit] = useState("antal");
  const [actual, setActual] = useState("");
  const [target, setTarget] = useState("");
  const [cumulative, setCumulative] = useState(true);
  const num = (s: string) => (s.trim() === "" ? null : parseAmount(s.replace(/\s/g, "")));
  const bad = (s: string) => s.trim() !== "" && num(s) === null;
  const chosenArea = areas.includes(area) ? area : (areas[0] ?? "");

  const add = () => {
    const a = num(actual);
    const g = num(target);
    onAdd({
      area: chosenArea,
      indicator: indicator.trim(),
      kpi: kpi.trim() || "eget",
      unit: unit.trim(),
      higherIsBetter: true,
      cumulative,
      ...(g !== null ? { target: { year, value: g } } : {}),
      actuals: a !== null ? { [year]: a } : {},
    });
    setIndicator("");
    setActual("");
    setTarget("");
  };

  return (
    <fieldset className={styles.root} data-testid="followup-result-form">
      <Field label={t.area}>
        <Select value={chosenArea} onChange={(_, d) => setArea(d.value)} data-testid="followup-result-area">
          {areas.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.indicator}>
        <Input value={indicator} onChange={(_, d) => setIndicator(d.value)} data-testid="followup-result-indicator" />
      </Field>
      <Field label={t.kpi} hint={t.kpiHint}>
        <Input value={kpi} onChange={(_, d) => setKpi(d.value)} data-testid="followup-result-kpi" />
      </Field>
      <Field label={t.unit}>
        <Input value={unit} onChange={(_, d) => setUnit(d.value)} data-testid="followup-result-unit" />
      </Field>
      <Field label={t.actual(year)} validationMessage={bad(actual) ? t.badNumber : undefined}>
        <Input value={actual} onChange={(_, d) => setActual(d.value)} data-testid="followup-result-actual" />
      </Field>
      <Field label={t.target} validationMessage={bad(target) ? t.badNumber : undefined}>
        <Input value={target} onChange={(_, d) => setTarget(d.value)} data-testid="followup-result-target" />
      </Field>
      <Checkbox checked={cumulative} onChange={(_, d) => setCumulative(!!d.checked)} label={t.cumulative} />
      <Button onClick={add} disabled={!indicator.trim() || !chosenArea || bad(actual) || bad(target)} data-testid="followup-result-add">
        {t.add}
      </Button>
    </fieldset>
  );
}
