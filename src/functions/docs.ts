/**
 * The one description of every custom function, in Swedish (reference) and English. The JSDoc in
 * functions.ts repeats the English text (custom-functions-metadata reads only JSDoc); a test keeps the
 * two equal. Build output generated from here: functions.sv-SE.json and the help pages in help/.
 */
export interface ParamDoc {
  sv: string;
  en: string;
  descSv: string;
  descEn: string;
  optional?: boolean;
}

export interface FunctionDoc {
  id: string;
  nameSv: string;
  descSv: string;
  descEn: string;
  params: ParamDoc[];
  examples: { formula: string; resultSv: string }[];
  errors: { code: "#VALUE!" | "#N/A" | "#DIV/0!"; whenSv: string }[];
}

const HEADERS_PARAM: ParamDoc = {
  sv: "rubriker",
  en: "headers",
  optional: true,
  descSv: "SANT för en rubrikrad över tidsserien.",
  descEn: "TRUE for a header row above the time series.",
};

export const FUNCTION_DOCS: FunctionDoc[] = [
  {
    id: "PRIMARVARD_ANDEL",
    nameSv: "PRIMÄRVÅRD_ANDEL",
    descSv:
      "Primärvårdens andel av hälso- och sjukvårdens kostnad, som bråktal (0,172 = 17,2 %): ur rapporterna för en region och ett år, eller ur egna belopp (celler eller lika stora områden).",
    descEn:
      "Primary care's share of total health-care cost, as a fraction (0.172 = 17.2%): from the reports for a region and year, or from your own amounts (cells or equally sized ranges).",
    params: [
      {
        sv: "region_eller_primärvård",
        en: "region_or_primary",
        descSv: 'Regionens namn (t.ex. "Kalmar"), eller primärvårdens kostnad (cell eller område).',
        descEn: 'Region name (e.g. "Kalmar"), or the primary-care cost (cell or range).',
      },
      {
        sv: "år_eller_total",
        en: "year_or_total",
        descSv: "Årtal (referensläge), eller total hälso- och sjukvårdskostnad (samma storlek som första argumentet).",
        descEn: "Year (reference mode), or total health-care cost (same size as the first argument).",
      },
      {
        sv: "variant",
        en: "variant",
        optional: true,
        descSv: '"min" eller "max" när rapporten bara anger ett intervall för en period; "kolada" för egen beräkning på Kolada-data.',
        descEn: '"min" or "max" where the report gives only a range for a span of years; "kolada" for an own calculation on Kolada data.',
      },
    ],
    examples: [
      { formula: '=PV.PRIMARVARD_ANDEL("Stockholm"; 2024)', resultSv: "0,172 (17,2 %, Ramboll 2025 avsnitt 2.4)" },
      { formula: '=PV.PRIMARVARD_ANDEL("Kalmar"; 2024)', resultSv: "#SAKNAS! – rapporten anger bara 18,6–19,7 % för 2019–2024" },
      { formula: '=PV.PRIMARVARD_ANDEL("Kalmar"; 2024; "max")', resultSv: "0,197" },
      { formula: "=PV.PRIMARVARD_ANDEL(B2:B5; C2:C5)", resultSv: "fyra andelar, en per rad" },
      {
        formula: '=PV.PRIMARVARD_ANDEL("Region Uppsala"; 2023)',
        resultSv: "egen beräkning på data från Kolada: N71000 / (N70061 − N70059), när Kolada-data är laddad",
      },
    ],
    errors: [
      {
        code: "#N/A",
        whenSv: "Rapporterna anger ingen andel för regionen och året, eller bara ett intervall (meddelandet visar intervallet).",
      },
      { code: "#VALUE!", whenSv: "Text, negativa tal eller områden av olika storlek i läget med egna data." },
      { code: "#VALUE!", whenSv: "Primärvårdens kostnad är större än den totala, eller ett belopp är över 10^15." },
      { code: "#VALUE!", whenSv: "Regionen saknas (tom cell eller bara blanksteg)." },
      { code: "#DIV/0!", whenSv: "Den totala kostnaden är noll. Rader där båda cellerna är tomma blir tomma (hela kolumner går bra)." },
    ],
  },
  {
    id: "GRANT_TRACE",
    nameSv: "GRANT_TRACE",
    descSv:
      "Följer statsbidraget genom kedjan Mål → Aktivitet → Resursanvändning → Resultat och visar den del som inte går att spåra. Ur rapporternas exempel (region och år) eller ur din egen huvudbok.",
    descEn:
      "Follows a state grant through Goal → Activity → Resource use → Result and shows the part that cannot be traced. From the reports' examples (region and year) or from your own ledger.",
    params: [
      {
        sv: "region_eller_huvudbok",
        en: "region_or_ledger",
        descSv:
          "Regionens namn, eller en tabell med rubrikraden Mål, Aktivitet, Kostnadspost, Belopp, Resultatindikator, Utfall. Negativa belopp är rättelser och nettas per kostnadspost.",
        descEn: "Region name, or a table with the header row Mål, Aktivitet, Kostnadspost, Belopp, Resultatindikator, Utfall.",
      },
      {
        sv: "år_eller_mottaget",
        en: "year_or_received",
        optional: true,
        descSv:
          "Årtal (referensläge), eller mottaget belopp (huvudbok) i beloppskolumnens enhet: mnkr, eller kr/tkr när rubriken är Belopp (kr)/(tkr).",
        descEn:
          "Year (reference mode), or the amount received (ledger), in the unit of its amount column: MSEK, or kr/tkr when the header says Belopp (kr)/(tkr).",
      },
      {
        sv: "år",
        en: "year",
        optional: true,
        descSv:
          "Huvudbok med kolumnen År (SIE-import av flera år): bara det årets rader, och dess budget mot utfall där kolumnen Budget (kr) har belopp.",
        descEn:
          "Ledger with an År column (SIE import of several years): only that year's rows, and its budget against actual where Budget (kr) has amounts.",
      },
    ],
    examples: [
      {
        formula: '=PV.GRANT_TRACE("Kalmar"; 2021)',
        resultSv: "tabell: mottaget 136 mnkr, tre kostnadsposter, aktiviteter och ej spårbart 14,3 mnkr",
      },
      { formula: "=PV.GRANT_TRACE(Tabell1[#Alla]; 25)", resultSv: "samma tabell för din huvudbok, med spårbarhetsgrad" },
    ],
    errors: [
      {
        code: "#N/A",
        whenSv:
          "Rapporterna har ingen bidragsredovisning för regionen och året (meddelandet visar vilka som finns), eller huvudboken saknar belopp.",
      },
      {
        code: "#VALUE!",
        whenSv: "Huvudboken saknar kolumnen Kostnadspost eller Belopp, ett belopp är inte ett tal, eller mottaget belopp är negativt.",
      },
      { code: "#VALUE!", whenSv: "En cell i huvudboken är ett felvärde (t.ex. #SAKNAS!); meddelandet anger rad och kolumn." },
      {
        code: "#DIV/0!",
        whenSv: "I andelskolumnen när mottaget belopp är noll. En andel över 100 % eller ett negativt netto förklaras i kolumnen Källa.",
      },
    ],
  },
  {
    id: "SPARBARHET",
    nameSv: "SPÅRBARHET",
    descSv:
      "Andelen av bidraget i huvudboken som är kopplad till både en aktivitet och ett mätbart resultat (resultatindikator med utfall), som bråktal.",
    descEn:
      "The share of the grant in the ledger that is linked to both an activity and a measurable result (result indicator with outcome), as a fraction.",
    params: [
      {
        sv: "huvudbok",
        en: "ledger",
        descSv: "Tabell med rubrikraden Mål, Aktivitet, Kostnadspost, Belopp, Resultatindikator, Utfall. Negativa belopp är rättelser.",
        descEn: "Table with the header row Mål, Aktivitet, Kostnadspost, Belopp, Resultatindikator, Utfall.",
      },
      {
        sv: "mottaget",
        en: "received",
        optional: true,
        descSv: "Mottaget belopp i beloppskolumnens enhet (mnkr, eller kr/tkr enligt rubriken); utan det används huvudbokens summa.",
        descEn:
          "Amount received, in the unit of the ledger's amount column (MSEK, or kr/tkr per its header); without it the ledger's sum is used.",
      },
    ],
    examples: [
      { formula: "=PV.SPARBARHET(Tabell1[#Alla]; 25)", resultSv: "0,42 om 10,5 av 25 mnkr är kopplade till aktivitet och resultat" },
    ],
    errors: [
      { code: "#VALUE!", whenSv: "Huvudboken saknar kolumnen Kostnadspost eller Belopp, eller ett belopp är inte ett tal." },
      { code: "#VALUE!", whenSv: "En cell i huvudboken är ett felvärde; meddelandet anger rad och kolumn." },
      {
        code: "#VALUE!",
        whenSv:
          "Spårbarheten skulle bli över 100 % (kopplade belopp överstiger mottaget) eller negativ (rättelser överstiger kopplade belopp); meddelandet visar beloppen.",
      },
      { code: "#DIV/0!", whenSv: "Mottaget belopp (eller huvudbokens summa) är noll." },
    ],
  },
  {
    id: "INDIKATOR",
    nameSv: "INDIKATOR",
    descSv: "Värdet för en indikator, enhet (region, riket, Närvården …) och år ur rapporterna. Utan år: hela tidsserien som område.",
    descEn:
      "The value of an indicator for an entity (region, nation, Närvården …) and year from the reports. Without a year: the whole time series as a spill.",
    params: [
      {
        sv: "indikator",
        en: "indicator",
        descSv: "Indikatorns id eller namn (se PV.INDIKATORER), eller en observations id.",
        descEn: "Indicator id or name (see PV.INDIKATORER), or an observation id.",
      },
      {
        sv: "enhet",
        en: "entity",
        optional: true,
        descSv: 'Region eller enhet, t.ex. "Kalmar", "Riket", "Närvården" eller länskod "08".',
        descEn: 'Region or entity, e.g. "Kalmar", "Riket", "Närvården" or county code "08".',
      },
      {
        sv: "år",
        en: "year",
        optional: true,
        descSv: 'Årtal eller period ("2019–2024"). Utan år returneras tidsserien.',
        descEn: 'Year or span ("2019–2024"). Without it the time series is returned.',
      },
      HEADERS_PARAM,
    ],
    examples: [
      { formula: '=PV.INDIKATOR("sjukfranvaro"; "Närvården"; 2024)', resultSv: "6,8" },
      { formula: '=PV.INDIKATOR("medicinsk_bedomning_3d"; "Riket"; ; SANT)', resultSv: "tidsserie 2020–2023 med rubriker" },
      { formula: '=PV.INDIKATOR("N71000"; "Gotland"; 2022)', resultSv: "Kolada-värdet i kr/inv, när Kolada-data är laddad" },
    ],
    errors: [
      {
        code: "#N/A",
        whenSv:
          "Okänd indikator eller enhet (med förslag), inget värde för året (meddelandet visar vilka år som finns), eller olika värden i rapporterna.",
      },
      { code: "#VALUE!", whenSv: "Ett argument har fel typ, t.ex. ett år som inte är ett årtal." },
    ],
  },
  {
    id: "KALLA",
    nameSv: "KÄLLA",
    descSv: "Varifrån en siffra kommer: rapport, avsnitt, tabell eller figur och ordagrant utdrag.",
    descEn: "Where a figure comes from: report, section, table or figure, and a verbatim excerpt.",
    params: [
      {
        sv: "indikator",
        en: "indicator",
        descSv: "Indikatorns id eller namn, eller en observations id.",
        descEn: "Indicator id or name, or an observation id.",
      },
      { sv: "enhet", en: "entity", optional: true, descSv: "Region eller enhet.", descEn: "Region or entity." },
      { sv: "år", en: "year", optional: true, descSv: "Årtal eller period.", descEn: "Year or span." },
    ],
    examples: [
      {
        formula: '=PV.KALLA("primarvard_andel"; "Stockholm"; 2024)',
        resultSv: "Ramboll på uppdrag av Praktikertjänst (2025), …, avsnitt 2.4: ”För 2024 uppgick andelen till 17,2 %”",
      },
      {
        formula: '=PV.KALLA("statsbidrag"; "Totalt"; 2025)',
        resultSv:
          "… Tabell 1: ”2025 2 774 900 3 674” | Förenlig uppgift: … avsnitt 1.1.1: ”Totalt tilldelas kommuner och regioner knappt 3,7 miljarder …” (andra uppgifter märks Samma, Avrundad eller Motstridig)",
      },
      {
        formula: '=PV.KALLA("N71000"; "Gotland"; 2022)',
        resultSv: "Källa: Kolada (RKA), KPI N71000 ”Kostnad primärvård (exkl. läkemedel), kr/inv”, Region Gotland 2022, hämtad …",
      },
    ],
    errors: [{ code: "#N/A", whenSv: "Ingen sådan siffra finns i rapporterna." }],
  },
  {
    id: "STATSBIDRAG",
    nameSv: "STATSBIDRAG",
    descSv: "Statsbidragen för God och nära vård i mnkr (Tabell 1 och fallregionerna). Utan argument: hela tabellen.",
    descEn: "State grants for Good and Close Care in MSEK (Table 1 and the case regions). Without arguments: the whole table.",
    params: [
      {
        sv: "år",
        en: "year",
        optional: true,
        descSv: 'Årtal eller period, t.ex. 2021 eller "2019–2025".',
        descEn: 'Year or span, e.g. 2021 or "2019–2025".',
      },
      {
        sv: "mottagare",
        en: "recipient",
        optional: true,
        descSv: '"Regioner", "Kommuner", "SKR", "Totalt" eller en region som "Kalmar".',
        descEn: '"Regioner", "Kommuner", "SKR", "Totalt" or a region such as "Kalmar".',
      },
      HEADERS_PARAM,
    ],
    examples: [
      { formula: '=PV.STATSBIDRAG(2021; "Regioner")', resultSv: "5 725" },
      { formula: '=PV.STATSBIDRAG("2019–2025"; "Stockholm")', resultSv: "6 027,1" },
      { formula: "=PV.STATSBIDRAG()", resultSv: "hela Tabell 1 med rubriker" },
    ],
    errors: [{ code: "#N/A", whenSv: "Inget belopp för året och mottagaren, eller rapporten anger olika belopp (t.ex. 2025)." }],
  },
  {
    id: "LAKARBEHOV",
    nameSv: "LÄKARBEHOV",
    descSv:
      "Antal specialister i allmänmedicin som behövs för en listad befolkning vid riktvärdet 1:1100 (eller annan kvot), och gapet mot dagens antal.",
    descEn:
      "Specialists in general practice needed for a listed population at the 1:1100 guideline (or another ratio), and the gap to today's number.",
    params: [
      { sv: "listade", en: "listed", descSv: "Antal listade patienter.", descEn: "Number of listed patients." },
      {
        sv: "antal_idag",
        en: "current",
        optional: true,
        descSv: "Antal specialister i dag; ger gap och nödvändig ökning.",
        descEn: "Specialists today; gives the gap and the increase needed.",
      },
      {
        sv: "kvot",
        en: "ratio",
        optional: true,
        descSv: "Listade per läkare, standard 1100.",
        descEn: "Listed patients per doctor, default 1100.",
      },
    ],
    examples: [
      { formula: "=PV.LAKARBEHOV(117000)", resultSv: "106,4" },
      { formula: "=PV.LAKARBEHOV(117000; 60)", resultSv: "Behov 106,4 · I dag 60 · Gap 46,4 · Ökning 77 %" },
    ],
    errors: [{ code: "#VALUE!", whenSv: "Negativt antal, text, eller en kvot utanför 1–100 000." }],
  },
  {
    id: "INDIKATORER",
    nameSv: "INDIKATORER",
    descSv: "Katalogen över alla indikatorer: id, namn, enhet, tema, enheter och perioder.",
    descEn: "The catalogue of all indicators: id, name, unit, theme, entities and periods.",
    params: [
      {
        sv: "tema",
        en: "theme",
        optional: true,
        descSv: 'Begränsa till ett tema, t.ex. "statsbidrag" eller "narvarden".',
        descEn: 'Limit to a theme, e.g. "statsbidrag" or "narvarden".',
      },
    ],
    examples: [{ formula: '=PV.INDIKATORER("narvarden")', resultSv: "Närvårdens nyckeltal med rubriker" }],
    errors: [{ code: "#VALUE!", whenSv: "Okänt tema (meddelandet visar vilka som finns)." }],
  },
  {
    id: "GRANSKNING",
    nameSv: "GRANSKNING",
    descSv:
      "Rapporternas inre motsägelser, beräknade ur data: summor, andelar och siffror som anges flera gånger, var och en bedömd som motsägelse, avrundning, förenlig eller förklarad lucka.",
    descEn:
      "The reports' internal contradictions, computed from the data: sums, shares and figures stated more than once, each judged as contradiction, rounding, compatible or explained gap.",
    params: [],
    examples: [{ formula: "=PV.GRANSKNING()", resultSv: "en rad per iakttagelse med båda källorna och skillnaden" }],
    errors: [],
  },
  {
    id: "KOLADA",
    nameSv: "KOLADA",
    descSv:
      "Valfritt värde ur Kolada för en region (alla 21 och riket): ur den laddade ögonblicksbilden, eller hämtat när nätverk är påslaget i panelen (många celler delar ett anrop). Utan år: tidsserien som område.",
    descEn:
      "Any value from Kolada for a region (all 21 and Riket): from the loaded snapshot, or fetched when network is turned on in the pane (many cells share one request). Without a year: the time series as a spill.",
    params: [
      { sv: "kpi", en: "kpi", descSv: 'KPI-id i Kolada, t.ex. "N71000".', descEn: 'Kolada KPI id, e.g. "N71000".' },
      {
        sv: "region",
        en: "region",
        descSv: 'Regionens namn, länskod eller Kolada-id, t.ex. "Gotland", "09" eller "0009".',
        descEn: 'Region name, county code or Kolada id, e.g. "Gotland", "09" or "0009".',
      },
      {
        sv: "år",
        en: "year",
        optional: true,
        descSv: "Årtal. Utan år returneras tidsserien (år, värde).",
        descEn: "Year. Without it the time series is returned (year, value).",
      },
      {
        sv: "kön",
        en: "gender",
        optional: true,
        descSv: '"T" totalt (standard), "K" kvinnor eller "M" män.',
        descEn: '"T" total (default), "K" women or "M" men.',
      },
    ],
    examples: [
      { formula: '=PV.KOLADA("N71000"; "Gotland"; 2022)', resultSv: "kostnad för primärvård i kr per invånare, Region Gotland 2022" },
      { formula: '=PV.KOLADA("N70061"; "Uppsala")', resultSv: "tidsserie: år och värde, en rad per år" },
    ],
    errors: [
      {
        code: "#N/A",
        whenSv:
          "Ingen Kolada-data är laddad (hämta i panelens flik Kolada), Kolada saknar värde för året (tomt värde), eller hämtningen misslyckades (meddelandet säger varför).",
      },
      { code: "#VALUE!", whenSv: 'Inget KPI-id (t.ex. "N71000"), ett år som inte är ett årtal, eller okänt kön.' },
      { code: "#N/A", whenSv: "Okänd region; meddelandet föreslår den närmaste av de 21." },
    ],
  },
];
