/**
 * Inline styles shared by the Start view and its download card: the first view's initial script carries no
 * runtime CSS compiler (see TabStrip), so these are plain style objects over Fluent's tokens.
 */
import { tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";

/** A full-width action button whose label wraps at narrow pane widths. */
export const actionButton: CSSProperties = { maxWidth: "100%", whiteSpace: "normal", height: "auto", minHeight: "32px" };

/** The small explanatory line under an action. */
export const actionHint: CSSProperties = {
  margin: 0,
  color: tokens.colorNeutralForeground3,
  fontSize: tokens.fontSizeBase200,
  lineHeight: tokens.lineHeightBase200,
};
