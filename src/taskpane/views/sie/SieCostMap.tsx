import { makeStyles, tokens } from "@fluentui/react-components";
import type { CostMap } from "../../../core/sie/costMap";
import { formatNumber } from "../../../core/util/text";
import type { SieStrings } from "../../strings/sie.sv";
import { Notice } from "../Notice";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export interface SieCostMapProps {
  map: CostMap;
  /** The chosen accounts as the user wrote them (normalised), e.g. "4000-7999". */
  ranges: string;
  t: SieStrings;
  /** "6 Projekt" for a dimension number. */
  dimLabel(dim: string): string;
}

/** Kronor with öre when there are any: 1 250,50 (not 1 250,5). */
const kr = (ore: number) => formatNumber(ore / 100, 2).replace(/,(\d)$/, ",$10");

/**
 * Where the file's money is, before the choice: on the chosen accounts, per dimension; where there is nothing there,
 * the result accounts that do carry amounts; and plainly when the file holds no costs at all.
 */
export function SieCostMap({ map, ranges, t, dimLabel }: SieCostMapProps) {
  const styles = useStyles();
  if (map.classes.length === 0 && map.chosenPostings === 0) {
    return (
      <Notice intent="warning" testId="sie-costs">
        <strong>{t.costsTitle}:</strong> {t.costsNone}
      </Notice>
    );
  }
  if (map.chosenPostings === 0) {
    return (
      <Notice intent="warning" testId="sie-costs">
        <strong>{t.costsTitle}:</strong> {t.costsNoneChosen(ranges)} {t.costsClasses}
        <ul className={styles.list}>
          {map.classes.map((c) => (
            <li key={c.from}>{t.costsClass(c.from, c.to, c.accounts, kr(c.ore))}</li>
          ))}
        </ul>
        {t.costsTryRanges}
      </Notice>
    );
  }
  return (
    <Notice intent="info" testId="sie-costs">
      <strong>{t.costsTitle}:</strong> {t.costsOnChosen(ranges, kr(map.chosenOre))}
      {map.dimensions.length ? (
        <ul className={styles.list}>
          {map.dimensions.map((d) => (
            <li key={d.dim}>{t.costsDim(dimLabel(d.dim), d.objects, kr(d.ore))}</li>
          ))}
        </ul>
      ) : (
        ` ${t.costsNoDims}`
      )}
    </Notice>
  );
}
