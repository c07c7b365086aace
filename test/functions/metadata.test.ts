import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { helpFileName, swedishMetadata } from "../../src/build/artifacts";
import { FUNCTION_DOCS } from "../../src/functions/docs";

const DIST = path.resolve(__dirname, "../../dist");
let generated: { functions: any[] };

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata([path.resolve(__dirname, "../../src/functions/functions.ts")], true);
  expect(r.errors).toEqual([]);
  generated = JSON.parse(r.metadataJson);
});

describe("functions.json generated from JSDoc", () => {
  it("declares every documented function, in order, with a help URL", () => {
    expect(generated.functions.map((f) => f.id)).toEqual(FUNCTION_DOCS.map((d) => d.id));
    for (const f of generated.functions) {
      expect(f.helpUrl).toBe(`https://localhost:3000/help/${helpFileName(f.id)}`);
      expect(f.result.dimensionality).toBe("matrix");
    }
  });

  it("JSDoc and docs.ts say the same in English (one source of descriptions)", () => {
    for (const f of generated.functions) {
      const d = FUNCTION_DOCS.find((x) => x.id === f.id)!;
      expect(f.description).toBe(d.descEn);
      expect(f.parameters.map((p: any) => p.name)).toEqual(d.params.map((p) => p.en));
      expect(f.parameters.map((p: any) => p.description)).toEqual(d.params.map((p) => p.descEn));
      expect(f.parameters.map((p: any) => !!p.optional)).toEqual(d.params.map((p) => !!p.optional));
    }
  });
});

describe("sv-SE override", () => {
  it("keeps ids and parameter shapes, renames to Swedish", () => {
    const sv = swedishMetadata(generated);
    expect(sv.functions.map((f) => f.id)).toEqual(generated.functions.map((f) => f.id));
    expect(sv.functions.find((f) => f.id === "PRIMARVARD_ANDEL")!.name).toBe("PRIMÄRVÅRD_ANDEL");
    expect(sv.functions.find((f) => f.id === "KALLA")!.parameters[0].name).toBe("indikator");
    sv.functions.forEach((f, i) => {
      expect(f.parameters.map((p) => p.type)).toEqual(generated.functions[i].parameters.map((p: any) => p.type));
      expect(f.name).toMatch(/^\p{L}[\p{L}0-9._]*$/u);
    });
  });

  it("differs from the English metadata only in names and descriptions", () => {
    const withoutText = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(withoutText)
        : v !== null && typeof v === "object"
          ? Object.fromEntries(
              Object.entries(v)
                .filter(([k]) => k !== "name" && k !== "description")
                .map(([k, x]) => [k, withoutText(x)]),
            )
          : v;
    const sv = swedishMetadata(generated);
    expect(Object.keys(generated)).toContain("allowCustomDataForDataTypeAny");
    expect(withoutText(sv)).toEqual(withoutText(generated));
    // The comparison itself can fail: a dropped option or flag is seen.
    const { allowCustomDataForDataTypeAny: _dropped, ...lacking } = sv;
    expect(withoutText(lacking)).not.toEqual(withoutText(generated));
  });

  it("fails when docs.ts drifts from the JSDoc", () => {
    const drifted = { functions: [...generated.functions, { id: "NY", name: "NY", parameters: [] }] };
    expect(() => swedishMetadata(drifted)).toThrow(/NY/);
    const fewer = { functions: generated.functions.map((f) => (f.id === "KALLA" ? { ...f, parameters: f.parameters.slice(1) } : f)) };
    expect(() => swedishMetadata(fewer)).toThrow(/KALLA/);
  });
});

const describeBuilt = fs.existsSync(path.join(DIST, "functions.json")) ? describe : describe.skip;
describeBuilt("the build in dist/", () => {
  const read = (f: string) => fs.readFileSync(path.join(DIST, f), "utf8");

  it("ships functions.json equal to the JSDoc metadata and its sv-SE override", () => {
    const built = JSON.parse(read("functions.json"));
    const base = process.env.ADDIN_URL ?? "https://localhost:3000/";
    expect(JSON.stringify(built)).toBe(JSON.stringify(generated).split("https://localhost:3000/").join(base.replace(/\/?$/, "/")));
    const sv = JSON.parse(read("functions.sv-SE.json"));
    expect(sv.functions.map((f: any) => f.name)).toContain("LÄKARBEHOV");
    const options = (m: Record<string, unknown>) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== "functions"));
    expect(options(sv)).toEqual(options(built));
  });

  it("ships a Swedish help page per function with signature, arguments, examples and errors", () => {
    for (const d of FUNCTION_DOCS) {
      const html = read(`help/${helpFileName(d.id)}`);
      expect(html).toContain(`PV.${d.nameSv}`);
      expect(html).toContain("<h2>Exempel</h2>");
      for (const p of d.params) expect(html).toContain(p.sv);
      for (const e of d.errors) expect(html).toContain(e.code);
    }
  });

  it("ships the catalogue and the audit", () => {
    const ind = JSON.parse(read("indicators.json"));
    expect(ind.observations.length).toBeGreaterThan(100);
    expect(ind.observations[0]).toHaveProperty("excerpt");
    const csv = read("indicators.csv").trim().split("\r\n");
    expect(csv.length).toBe(ind.observations.length + 1);
    expect(csv[0].split(";")).toContain("excerpt");
    const audit = JSON.parse(read("audit.json"));
    expect(audit.some((f: any) => f.check === "periodsumma")).toBe(true);
  });

  it("keeps functions.js for the manifest and loads the same functions from the task-pane page after first render", () => {
    const html = read("taskpane.html");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    // Not an initial script: the pane imports the custom-functions chunk itself (test/browser/functionsLoad.test.ts).
    expect(html).not.toMatch(/src="?functions\.js/);
    expect(read("runtime.js")).toContain("custom-functions");
    expect(fs.existsSync(path.join(DIST, "functions.js"))).toBe(true);
    // The entry and the pane's import share one chunk holding the functions and their associate calls.
    expect(read("custom-functions.js")).toContain('associate("PRIMARVARD_ANDEL"');
  });
});
