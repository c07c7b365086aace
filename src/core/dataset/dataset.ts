/** The bundled reference dataset, typed. The JSON files in src/data are the single source of every figure. */
import entities from "../../data/entities.json";
import findings from "../../data/findings.json";
import grantAccounts from "../../data/grant-accounts.json";
import indicators from "../../data/indicators.json";
import observations from "../../data/observations.json";
import reports from "../../data/reports.json";
import tables from "../../data/tables.json";
import type { Dataset } from "./types";

export const DATASET: Dataset = {
  reports,
  entities,
  indicators,
  observations,
  findings,
  grantAccounts,
  tables,
} as Dataset;
