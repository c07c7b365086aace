import { Button, tokens } from "@fluentui/react-components";
import { useRef, type CSSProperties, type KeyboardEvent } from "react";

// Inline styles and Fluent's precompiled Button styles only: the initial script then needs no runtime CSS compiler.
const list: CSSProperties = {
  display: "flex",
  flexWrap: "wrap",
  gap: `2px ${tokens.spacingHorizontalXXS}`,
  padding: `0 ${tokens.spacingHorizontalS} 2px`,
};
const tab: CSSProperties = { minWidth: 0, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 };
const selectedTab: CSSProperties = {
  ...tab,
  fontWeight: tokens.fontWeightSemibold,
  color: tokens.colorNeutralForeground1,
  boxShadow: `inset 0 -3px 0 ${tokens.colorCompoundBrandStroke}`,
};

// The label is laid over an invisible semibold copy, so selecting a tab never changes its width (and the wrapping).
const stack: CSSProperties = { display: "inline-grid" };
const cell: CSSProperties = { gridArea: "1 / 1" };
const reserve: CSSProperties = { gridArea: "1 / 1", fontWeight: tokens.fontWeightSemibold, visibility: "hidden" };

export interface TabStripProps<K extends string> {
  tabs: readonly { id: K; label: string }[];
  selected: K;
  onSelect(id: K): void;
  label: string;
}

export const tabId = (id: string) => `tab-${id}`;
export const panelId = (id: string) => `panel-${id}`;

/**
 * WAI-ARIA tabs with manual activation: arrows, Home and End move focus, Enter or Space opens the view. The strip
 * wraps onto a second row rather than scrolling sideways, so every destination stays visible at 270 px.
 * Written here instead of Fluent's TabList, whose focus manager (tabster) would add about 22 KB gzipped to the
 * initial script; each tab is a Fluent Button, so focus ring and hover are Fluent's.
 */
export function TabStrip<K extends string>({ tabs, selected, onSelect, label }: TabStripProps<K>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const n = tabs.length;
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: n - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    refs.current[(next + n) % n]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} style={list}>
      {tabs.map((t, i) => (
        <Button
          key={t.id}
          ref={(el: HTMLButtonElement | null) => {
            refs.current[i] = el;
          }}
          appearance="subtle"
          size="small"
          role="tab"
          id={tabId(t.id)}
          aria-selected={t.id === selected}
          aria-controls={panelId(t.id)}
          tabIndex={t.id === selected ? 0 : -1}
          style={t.id === selected ? selectedTab : tab}
          onClick={() => onSelect(t.id)}
          onKeyDown={(e: KeyboardEvent<HTMLButtonElement>) => onKeyDown(e, i)}
        >
          <span style={stack}>
            <span style={reserve} aria-hidden="true">
              {t.label}
            </span>
            <span style={cell}>{t.label}</span>
          </span>
        </Button>
      ))}
    </div>
  );
}
