import { FluentProvider, makeStyles, Spinner, Tab, TabList, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { CatalogView } from "./views/CatalogView";
import { Notice } from "./views/Notice";
import { StartView } from "./views/StartView";
import type { Strings } from "./strings/sv";
import type { WorkbookActions } from "./types";

const FunctionsView = lazy(() => import(/* webpackChunkName: "view-functions" */ "./views/FunctionsView"));
const AuditView = lazy(() => import(/* webpackChunkName: "view-audit" */ "./views/AuditView"));
const SieView = lazy(() => import(/* webpackChunkName: "view-sie" */ "./views/sie/SieView"));
const SourcesView = lazy(() => import(/* webpackChunkName: "view-sources" */ "./views/SourcesView"));
const KoladaView = lazy(() => import(/* webpackChunkName: "view-kolada" */ "./views/KoladaView"));

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  main: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

type View = keyof Strings["tabs"];

export interface AppProps {
  strings: Strings;
  actions: WorkbookActions | null;
  dark: boolean;
}

export function App({ strings, actions, dark }: AppProps) {
  const styles = useStyles();
  const [view, setView] = useState<View>("start");
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.root}>
      <header>
        <h1 className={styles.header}>{strings.appTitle}</h1>
        <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} aria-label={strings.appTitle} size="small">
          {(Object.keys(strings.tabs) as View[]).map((v) => (
            <Tab key={v} value={v} id={`tab-${v}`}>
              {strings.tabs[v]}
            </Tab>
          ))}
        </TabList>
      </header>
      <main className={styles.main} aria-labelledby={`tab-${view}`}>
        {!actions && (
          <Notice intent="info" testId="outside-excel">
            {strings.outsideExcel}
          </Notice>
        )}
        <Suspense fallback={<Spinner size="small" />}>
          {view === "start" && <StartView strings={strings} actions={actions} />}
          {view === "catalog" && <CatalogView strings={strings} actions={actions} />}
          {view === "functions" && <FunctionsView strings={strings} actions={actions} />}
          {view === "audit" && <AuditView strings={strings} />}
          {view === "sources" && <SourcesView strings={strings} />}
          {view === "kolada" && <KoladaView strings={strings} actions={actions} />}
          {view === "sie" && <SieView strings={strings} actions={actions} />}
        </Suspense>
      </main>
    </FluentProvider>
  );
}
