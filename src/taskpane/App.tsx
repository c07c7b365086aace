import { FluentProvider, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { Suspense, useEffect, useRef, useState, type CSSProperties } from "react";
import { useBrowserLayoutEffect, useStickyHeight } from "./sticky";
import { panelId, tabId, TabStrip } from "./TabStrip";
import { VIEWS } from "./views/registry";
import type { Strings } from "./strings/pane.sv";
import type { ViewId, WorkbookActions } from "./types";

// Inline styles only in the initial script (see TabStrip): no runtime CSS compiler before the first view shows.
const root: CSSProperties = {
  minHeight: "100vh",
  overflowWrap: "anywhere",
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
};
const header: CSSProperties = {
  position: "sticky",
  top: 0,
  zIndex: 2,
  backgroundColor: tokens.colorNeutralBackground1,
  borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
};
// One line at any width: Office's own title bar names the add-in too, so the sticky header stays low.
const title: CSSProperties = {
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXS}`,
  fontSize: tokens.fontSizeBase400,
  lineHeight: tokens.lineHeightBase400,
  whiteSpace: "nowrap",
  overflow: "hidden",
  textOverflow: "ellipsis",
  fontWeight: tokens.fontWeightSemibold,
  margin: 0,
};
const panel: CSSProperties = {
  padding: tokens.spacingHorizontalM,
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalM,
  minWidth: 0,
};
const HIDDEN: CSSProperties = { display: "none" };

export interface AppProps {
  strings: Strings;
  actions: WorkbookActions | null;
  dark: boolean;
  /** Called once, when the pane's first render is on the page (committed). */
  onLive?: () => void;
}

export function App({ strings, actions, dark, onLive }: AppProps) {
  const [view, setView] = useState<ViewId>("start");
  // A view mounts on first visit and stays mounted (hidden), so its search, filters and results survive.
  const [visited, setVisited] = useState<ReadonlySet<ViewId>>(() => new Set(["start"]));
  const headerRef = useStickyHeight<HTMLElement>("header");
  const theme = dark ? webDarkTheme : webLightTheme;
  // Each view keeps its own scroll position (the page scrolls, not the panels).
  const scrolls = useRef(new Map<ViewId, number>());
  const show = (v: ViewId) => {
    if (v !== view) scrolls.current.set(view, window.scrollY);
    setView(v);
    setVisited((s) => (s.has(v) ? s : new Set(s).add(v)));
  };
  const shownOnce = useRef(false);
  useBrowserLayoutEffect(() => {
    // Not on the first render: nothing to restore, and scrolling then would force a layout mid-startup.
    if (shownOnce.current) window.scrollTo(0, scrolls.current.get(view) ?? 0);
    shownOnce.current = true;
  }, [view]);
  useBrowserLayoutEffect(() => onLive?.(), [onLive]);
  useEffect(() => {
    const html = document.documentElement.style;
    // Focus moves scroll a control below the sticky header and any sticky bar of the open view.
    html.scrollPaddingTop = "calc(var(--pv-header-h, 0px) + var(--pv-view-h, 0px) + 8px)";
    html.scrollPaddingBottom = "8px";
    html.colorScheme = dark ? "dark" : "light";
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
  }, [dark, theme]);
  return (
    <FluentProvider theme={theme} style={root}>
      <header style={header} ref={headerRef}>
        <h1 style={title}>{strings.appTitle}</h1>
        <TabStrip
          tabs={VIEWS.map((v) => ({ id: v.id, label: strings.tabs[v.id] }))}
          selected={view}
          onSelect={show}
          label={strings.tabsLabel}
        />
      </header>
      <main>
        {VIEWS.map(({ id, component: View }) => (
          <section
            key={id}
            role="tabpanel"
            id={panelId(id)}
            aria-labelledby={tabId(id)}
            hidden={id !== view}
            style={id === view ? panel : HIDDEN}
            data-view={id}
          >
            {visited.has(id) && (
              <Suspense fallback={<p data-testid="view-loading">{strings.loading}</p>}>
                <View strings={strings} actions={actions} show={show} />
              </Suspense>
            )}
          </section>
        ))}
      </main>
    </FluentProvider>
  );
}
