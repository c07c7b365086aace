/**
 * Every view of the pane, in tab order. The tab strip, the panels and the browser tests (width, keyboard, axe,
 * screenshots) all iterate over this list, so a view added here is laid out and tested like the others.
 * Only Start is in the initial script; the others load on first use.
 */
import { lazy, type ComponentType } from "react";
import type { ViewId, ViewProps } from "../types";
import StartView from "./StartView";

export interface PaneView {
  id: ViewId;
  component: ComponentType<ViewProps>;
}

/**
 * The catalogue's code, the view most opened first: main.tsx fetches it once the pane is live (webpack's prefetch hint
 * would start the fetch while the pane's own script is still being evaluated).
 */
export function loadCatalog() {
  return import(/* webpackChunkName: "view-catalog" */ "./CatalogView");
}

export const VIEWS: readonly PaneView[] = [
  { id: "start", component: StartView },
  { id: "catalog", component: lazy(loadCatalog) },
  { id: "functions", component: lazy(() => import(/* webpackChunkName: "view-functions" */ "./FunctionsView")) },
  { id: "audit", component: lazy(() => import(/* webpackChunkName: "view-audit" */ "./AuditView")) },
  { id: "sources", component: lazy(() => import(/* webpackChunkName: "view-sources" */ "./SourcesView")) },
  { id: "sie", component: lazy(() => import(/* webpackChunkName: "view-sie" */ "./sie/SieView")) },
  { id: "kolada", component: lazy(() => import(/* webpackChunkName: "view-kolada" */ "./KoladaView")) },
  { id: "followup", component: lazy(() => import(/* webpackChunkName: "view-followup" */ "./followup/FollowupView")) },
];
