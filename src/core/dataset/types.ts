/** Types of the reference dataset in src/data (the JSON schema in src/data/schema.json mirrors these). */

export const QUALIFIERS = ["ca", "cirka", "över", "drygt", "knappt", "minst", "mer än", "runt"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const UNITS = ["mnkr", "mdkr", "%", "antal", "procentenheter", "listade per läkare", "år"] as const;
export type Unit = (typeof UNITS)[number];

export type ReportId = "vastmanland-2025" | "ramboll-2025";

export interface Source {
  report: ReportId;
  /** Chapter or section, e.g. "2.3" or "4.2 Nyckeltal Närvården 2016-2024". */
  section: string;
  /** Table, figure or box label, e.g. "Tabell 1". */
  label?: string;
  /** Verbatim text from the report that contains the figure. */
  excerpt: string;
}

export interface Observation {
  id: string;
  indicator: string;
  entity: string;
  /** "2024", "2019–2024", or null where the report gives no year. */
  period: string | null;
  value?: number;
  min?: number;
  max?: number;
  unit: Unit;
  qualifier?: Qualifier;
  /** A breakdown inside indicator/entity/period, e.g. a cost category. */
  dimension?: string;
  note?: string;
  /**
   * The report does not state this period; the data infers it (e.g. "sedan 2020" read as 2020–2025). The note
   * says what the report does state.
   */
  periodInferred?: boolean;
  /** A figure the report derives from others; the audit recomputes it. */
  check?: { kind: "difference"; of: [string, string[]] };
  source: Source;
}

export interface Indicator {
  id: string;
  name: string;
  /** A short name for titles ("Statsbidrag"); the name is used where there is none. */
  shortName?: string;
  unit: Unit;
  theme: string;
}

export interface Entity {
  id: string;
  name: string;
  kind: "nation" | "recipient" | "region" | "provider";
  countyCode?: string;
  countyLetter?: string;
  aliases: string[];
}

export interface Report {
  id: ReportId;
  title: string;
  publisher: string;
  year: number;
  date: string;
  seedFile: string;
  attribution: string;
}

export interface Finding {
  id: string;
  group: string;
  kind: "styrka" | "utmaning" | "förbättringsområde" | "hinder" | "rekommendation" | "slutsats";
  title: string;
  source: Source;
}

export interface Activity {
  text: string;
  source: Source;
  result?: string;
  resultObservations?: string[];
}

export interface GrantCategory {
  name: string;
  /** Observation ids stating the amount; more than one where the report states it more than once. */
  amounts: string[];
  activities: Activity[];
  result: string | null;
}

export interface GrantAccount {
  id: string;
  entity: string;
  year: number;
  goal: string;
  received: string[];
  categories: GrantCategory[];
  unlinkedActivities: Activity[];
  traceNote: string;
}

/** A table's caption: the period and unit the report gives the whole table. */
export interface TableCaption {
  id: string;
  /** The label its figures carry in their sources ("Tabell 1"). */
  label: string;
  period: string;
  unit: Unit;
  /** The table's heading row as the report prints it ("ÅRTAL REGION KOMMUNER SKR TOTALT"). */
  header?: string;
  /** Its value columns, left to right: the heading and the entity whose figures stand in it. */
  columns?: { heading: string; entity: string }[];
  /** Heading of the first column, which labels the rows ("Årtal"). */
  rowHeading?: string;
  source: Source;
}

export interface Dataset {
  reports: Report[];
  entities: Entity[];
  indicators: Indicator[];
  observations: Observation[];
  findings: Finding[];
  grantAccounts: GrantAccount[];
  /** Table captions, where the audit needs what a table says of itself. */
  tables?: TableCaption[];
}
