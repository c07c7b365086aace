import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  base: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, borderRadius: tokens.borderRadiusMedium, borderLeft: "4px solid", fontSize: tokens.fontSizeBase300 },
  info: { backgroundColor: tokens.colorNeutralBackground3, borderLeftColor: tokens.colorBrandStroke1 },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, borderLeftColor: tokens.colorPaletteGreenBorder2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, borderLeftColor: tokens.colorPaletteYellowBorder2 },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, borderLeftColor: tokens.colorPaletteRedBorder2 },
});

export interface NoticeProps {
  intent: "info" | "success" | "warning" | "error";
  children: ReactNode;
  testId?: string;
}

/** A light status box (Fluent's MessageBar pulls a large icon chunk into the initial bundle). */
export function Notice({ intent, children, testId }: NoticeProps) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.base, styles[intent])} role={intent === "error" ? "alert" : "status"} data-testid={testId} data-intent={intent}>
      {children}
    </div>
  );
}
