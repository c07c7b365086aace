import { tokens } from "@fluentui/react-components";
import type { CSSProperties, ReactNode } from "react";

const base: CSSProperties = {
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  borderRadius: tokens.borderRadiusMedium,
  borderLeft: "4px solid",
  fontSize: tokens.fontSizeBase300,
};
const INTENTS: Record<NoticeProps["intent"], CSSProperties> = {
  info: { ...base, backgroundColor: tokens.colorNeutralBackground3, borderLeftColor: tokens.colorBrandStroke1 },
  success: { ...base, backgroundColor: tokens.colorPaletteGreenBackground1, borderLeftColor: tokens.colorPaletteGreenBorder2 },
  warning: { ...base, backgroundColor: tokens.colorPaletteYellowBackground1, borderLeftColor: tokens.colorPaletteYellowBorder2 },
  error: { ...base, backgroundColor: tokens.colorPaletteRedBackground1, borderLeftColor: tokens.colorPaletteRedBorder2 },
};

export interface NoticeProps {
  intent: "info" | "success" | "warning" | "error";
  children: ReactNode;
  testId?: string;
}

/**
 * A light status box. Not Fluent's MessageBar (a large icon chunk), and inline-styled so the first view needs no
 * runtime CSS compiler.
 */
export function Notice({ intent, children, testId }: NoticeProps) {
  return (
    <div style={INTENTS[intent]} role={intent === "error" ? "alert" : "status"} data-testid={testId} data-intent={intent}>
      {children}
    </div>
  );
}
