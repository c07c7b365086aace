/** English text of the Kolada view, typed by the Swedish reference (kolada.sv.ts): a missing key does not compile. */
import type { KoladaStrings } from "./kolada.sv";

export const koladaEn: KoladaStrings = {
  intro:
    "Kolada (RKA) publishes the costs behind primary care's share for all 21 regions. With data from here PRIMARVARD_ANDEL, INDIKATOR, KALLA and KOLADA answer for every region.",
  noneLoaded:
    "No Kolada data is loaded. The functions answer only for the reports' regions until data is fetched or IT bundles a snapshot.",
  loaded: "Loaded Kolada data",
  origin: { bundled: "bundled snapshot", workbook: "saved in the workbook", live: "fetched from Kolada" },
  summary: (regions: number, years: string, date: string, origin: string) => `${regions} regions · ${years} · fetched ${date} (${origin})`,
  network: "Fetch from Kolada (network)",
  networkHint: "Off until you turn it on: then api.kolada.se is called, first with one small probe.",
  probing: "Trying the connection to Kolada …",
  live: "Live refresh works. Fetched data is saved in the workbook so it works offline.",
  snapshotOnly: "Live refresh does not work here; only bundled or saved data can be used.",
  itHint: "The region's IT can build every region's figures into the add-in, so they are there without a network.",
  from: "From year",
  to: "To year",
  kpis: "KPIs to fetch",
  remove: "Remove",
  refresh: "Fetch all regions",
  refreshing: "Fetching …",
  progress: (done: number, total: number, requests: number, rows: number) =>
    `Part ${done} of ${total} · ${requests} ${requests === 1 ? "request" : "requests"} · ${rows} ${rows === 1 ? "value" : "values"}`,
  kept: "The last fetched data is kept.",
  warnings: "Changes in Kolada",
  search: "Search more KPIs by title (e.g. continuity, waiting time)",
  searchButton: "Search",
  add: "Add",
  noHits: "No hits.",
  compareYear: "Year to compare",
  insert: "Insert comparison of all regions",
  insertHint:
    "Sheet Kolada: cost per inhabitant and share for all regions, the report's share beside it where there is one, and two charts.",
  shareNote:
    "Primary care's share is an own calculation on Kolada data: N71000 / (N70061 − N70059), all in SEK per inhabitant, without medicines in both numerator and denominator.",
  attribution: "Source: Kolada",
};
