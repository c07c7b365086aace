/**
 * Native DrawingML charts from chart plans, the same series the Office.js writer builds: the plan's first
 * column is the category axis, the others are series (header cell = series name). A waterfall is written as
 * the writer's fallback, a stacked column with an invisible base (Bas) under the visible step (Höjd): the
 * native waterfall lives in a separate chartex part that LibreOffice cannot read.
 */
import { rangeAddress } from "../core/workbook/layout";
import type { PlanCell } from "../core/workbook/plan";
import type { PlacedChart } from "./sheet";
import { absolute, esc, HEAD, NS, sheetRef } from "./xml";

interface Shape {
  element: "barChart" | "lineChart";
  barDir?: "col" | "bar";
  grouping: "clustered" | "stacked" | "standard";
  legend: boolean;
}

/** Chart kinds of the plan (and the Office.js type names a plan may add later) as DrawingML. */
export function chartShape(kind: string): Shape {
  switch (kind) {
    case "ColumnClustered":
      return { element: "barChart", barDir: "col", grouping: "clustered", legend: true };
    case "BarClustered":
      return { element: "barChart", barDir: "bar", grouping: "clustered", legend: true };
    case "ColumnStacked":
    case "Waterfall":
      return { element: "barChart", barDir: "col", grouping: "stacked", legend: kind !== "Waterfall" };
    case "Line":
    case "LineMarkers":
      return { element: "lineChart", grouping: "standard", legend: true };
    default:
      throw new Error(`Diagramtypen ${kind} kan inte skrivas till .xlsx`);
  }
}

/** Series colours, set explicitly so the chart looks the same without a theme part (LibreOffice needs them). */
const PALETTE = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

function seriesLook(i: number, line: boolean, hidden: boolean): string {
  if (hidden) return `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>`;
  const fill = `<a:solidFill><a:srgbClr val="${PALETTE[i % PALETTE.length]}"/></a:solidFill>`;
  return line ? `<c:spPr><a:ln w="28575" cap="rnd">${fill}<a:round/></a:ln></c:spPr>` : `<c:spPr>${fill}</c:spPr>`;
}

function rich(text: string): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr><a:r><a:rPr lang="sv-SE" b="1"/><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

const title = (text: string) => `<c:title>${rich(text)}<c:overlay val="0"/></c:title>`;

function cache(values: PlanCell[], numeric: boolean, format?: string): string {
  const pts = values
    .map((v, i) =>
      v === "" || (numeric && typeof v !== "number") || (typeof v === "string" && v.startsWith("="))
        ? ""
        : `<c:pt idx="${i}"><c:v>${esc(String(v))}</c:v></c:pt>`,
    )
    .join("");
  return numeric
    ? `<c:numCache><c:formatCode>${esc(format ?? "General")}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`
    : `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

export function chartXml(c: PlacedChart, sheetName: string): string {
  const { plan, table } = c;
  const shape = chartShape(plan.kind);
  const waterfall = plan.kind === "Waterfall";
  const seriesCols = waterfall ? plan.fallbackColumns! : plan.columns.slice(1);
  const col = (h: string) => table.plan.columns.findIndex((x) => x.header === h);
  const n = Math.max(1, table.plan.rows.length);
  const ref = (j: number, header: boolean) =>
    `${sheetRef(sheetName)}!${rangeAddress(table.layout.row + (header ? 0 : 1), table.layout.col + j, header ? 1 : n, 1)
      .split(":")
      .map(absolute)
      .join(":")}`;
  const column = (j: number) => table.plan.rows.map((r) => r[j]);
  const catCol = col(plan.columns[0]);
  const categories = `<c:cat><c:strRef><c:f>${esc(ref(catCol, false))}</c:f>${cache(column(catCol), false)}</c:strRef></c:cat>`;
  const series = seriesCols
    .map((h, i) => {
      const j = col(h);
      const format = table.plan.columns[j].format;
      const name = `<c:tx><c:strRef><c:f>${esc(ref(j, true))}</c:f>${cache([h], false)}</c:strRef></c:tx>`;
      const line = shape.element === "lineChart";
      const look = seriesLook(waterfall ? i - 1 : i, line, waterfall && i === 0);
      const values = `<c:val><c:numRef><c:f>${esc(ref(j, false))}</c:f>${cache(column(j), true, format)}</c:numRef></c:val>`;
      const head = `<c:idx val="${i}"/><c:order val="${i}"/>${name}${look}`;
      return !line
        ? `<c:ser>${head}<c:invertIfNegative val="0"/>${categories}${values}</c:ser>`
        : `<c:ser>${head}<c:marker><c:symbol val="circle"/><c:size val="6"/>${seriesLook(i, false, false)}</c:marker>${categories}${values}<c:smooth val="0"/></c:ser>`;
    })
    .join("");
  const valueFormat = table.plan.columns[col(seriesCols[0])].format;
  const horizontal = shape.barDir === "bar";
  const group =
    shape.element === "barChart"
      ? `<c:barChart><c:barDir val="${shape.barDir}"/><c:grouping val="${shape.grouping}"/><c:varyColors val="0"/>${series}` +
        `<c:gapWidth val="${waterfall ? 50 : 150}"/>${shape.grouping === "stacked" ? '<c:overlap val="100"/>' : ""}<c:axId val="1001"/><c:axId val="1002"/></c:barChart>`
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="1001"/><c:axId val="1002"/></c:lineChart>`;
  const catAx =
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "l" : "b"}"/>${title(plan.xTitle)}<c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:crossAx val="1002"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>${title(plan.yTitle)}<c:numFmt formatCode="${esc(valueFormat === "@" ? "General" : valueFormat)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="between"/></c:valAx>`;
  return (
    HEAD +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.a}" xmlns:r="${NS.rel}">` +
    `<c:lang val="sv-SE"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(plan.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${group}${catAx}${valAx}</c:plotArea>` +
    (shape.legend ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : "") +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

/** The sheet's drawing: one graphic frame per chart, anchored to the cells the layout gives. */
export function drawingXml(charts: PlacedChart[], rels: string[]): string {
  const anchors = charts
    .map((c, i) => {
      const pos = (tag: string, p: { row: number; col: number }) =>
        `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${pos("from", c.from)}${pos("to", c.to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(c.plan.name)}" descr="${esc(c.plan.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" r:id="${rels[i]}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return HEAD + `<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.a}" xmlns:r="${NS.rel}">${anchors}</xdr:wsDr>`;
}
