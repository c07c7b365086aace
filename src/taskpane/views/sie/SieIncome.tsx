import { Checkbox, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import type { GrantAccount, ProjectOption } from "../../../core/sie/ledger";
import { formatNumber } from "../../../core/util/text";
import type { SieStrings } from "../../strings/sie.sv";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0, overflowWrap: "anywhere" },
});

export interface SieIncomeProps {
  t: SieStrings;
  /** Accounts whose name mentions bidrag, proposed for the grant income. */
  accounts: GrantAccount[];
  chosen: Set<string>;
  onChosen: (chosen: Set<string>) => void;
  projects: ProjectOption[];
  /** "" = every project (and none). */
  project: string;
  onProject: (code: string) => void;
  /** What the books say was received, when accounts are chosen. */
  received: { ore: number; vouchers: string[] } | null;
}

/** Grant income from the books: which income accounts (and project) received the grant. */
export function SieIncome({ t, accounts, chosen, onChosen, projects, project, onProject, received }: SieIncomeProps) {
  const styles = useStyles();
  return (
    <fieldset className={styles.root} data-testid="sie-income">
      <legend>{t.income}</legend>
      {accounts.length === 0 && <Text size={200}>{t.incomeNone}</Text>}
      {accounts.map((a) => (
        <Checkbox
          key={a.account}
          checked={chosen.has(a.account)}
          onChange={(_, d) => onChosen(d.checked ? new Set([...chosen, a.account]) : new Set([...chosen].filter((x) => x !== a.account)))}
          label={`${a.account} ${a.name} · ${formatNumber(a.ore / 100, 2)} kr`}
          data-testid="sie-income-account"
        />
      ))}
      {accounts.length > 0 && (
        <Field label={t.incomeProject}>
          <Select value={project} onChange={(_, d) => onProject(d.value)} data-testid="sie-income-project">
            <option value="">{t.incomeAllProjects}</option>
            {projects.map((p) => (
              <option key={p.code} value={p.code}>
                {`${p.code} ${p.name}`.trim()}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {received && (
        <Text data-testid="sie-income-received">{t.incomeReceived(formatNumber(received.ore / 100, 2), received.vouchers.length)}</Text>
      )}
    </fieldset>
  );
}
