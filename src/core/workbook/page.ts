/**
 * How a sheet prints, as plain data both executors apply: src/excel through Office.js `worksheet.pageLayout`
 * (ExcelApi 1.9), src/xlsx as <pageSetup>, <printOptions> and the sheet's Print_Titles name.
 */
export interface PagePlan {
  orientation: "landscape" | "portrait";
  /** Scale to this many pages wide (every page as tall as needed); absent: 100 %. */
  fitToWidth?: number;
  /** Rows repeated at the top of every printed page, 1-based and inclusive ([5, 6] → $5:$6). */
  titleRows?: [number, number];
  /** Centre the printed area between the side margins. */
  centerHorizontally?: boolean;
}

/**
 * A4 landscape, one page wide (a chart or a table's right-hand columns are never cut onto a page of their own),
 * the frozen header repeated. `hasCharts` is kept for callers that may one day print charts differently.
 */
export function defaultPage(_hasCharts: boolean, frozenRows: number): PagePlan {
  return {
    orientation: "landscape",
    fitToWidth: 1,
    ...(frozenRows > 0 ? { titleRows: [1, frozenRows] as [number, number] } : {}),
  };
}

/** "$5:$6" for the repeated rows. */
export function titleRowsAddress(p: PagePlan): string | null {
  return p.titleRows ? `$${p.titleRows[0]}:$${p.titleRows[1]}` : null;
}
