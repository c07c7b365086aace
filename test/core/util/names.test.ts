import { catalog } from "../../../src/core/dataset/lookup";
import { resolveRegion } from "../../../src/core/kolada/regions";
import { DomainError } from "../../../src/core/util/errors";
import { NameIndex } from "../../../src/core/util/names";

const index = new NameIndex(
  [
    { id: "kalmar", name: "Kalmar", aliases: ["Kalmar län"], code: "08" },
    { id: "gotland", name: "Gotland", aliases: [], code: "09" },
  ],
  (x) => [x.id, x.name, x.code, ...x.aliases],
  (x) => [x.name, ...x.aliases],
);

function failure(f: () => unknown): DomainError<"unknownEntity"> {
  try {
    f();
  } catch (e) {
    return e as DomainError<"unknownEntity">;
  }
  throw new Error("did not fail");
}

describe("NameIndex: the one resolver of region and entity names", () => {
  it("finds by any key, ignoring case, diacritics, 'Region …' and '… län'", () => {
    expect(index.find("KALMAR")?.id).toBe("kalmar");
    expect(index.find("Region Gotland")?.id).toBe("gotland");
    expect(index.find("Gotland län")?.id).toBe("gotland");
    expect(index.find("08")?.id).toBe("kalmar");
    expect(index.find("Uppsala")).toBeUndefined();
    expect(index.find("x".repeat(40_000))).toBeUndefined();
  });

  it("fails an unknown name with the closest one and what is available", () => {
    const e = failure(() => index.resolve("Region Kalmr", () => "Kalmar, Gotland"));
    expect(e.code).toBe("unknownEntity");
    expect(e.params).toEqual({ input: "Region Kalmr", suggestion: "Kalmar", available: "Kalmar, Gotland" });
    expect(failure(() => index.resolve("Zzzzzzzzzz", () => "")).params.suggestion).toBeUndefined();
    expect(failure(() => index.resolve("y".repeat(500), () => "")).params.input).toHaveLength(61);
  });

  it("is what the dataset's entities and Kolada's regions both answer with", () => {
    expect(failure(() => catalog().entity("Jämtlnd")).params.suggestion).toBe("Jämtland Härjedalen");
    expect(failure(() => resolveRegion("Jämtlnd")).params.suggestion).toBe("Region Jämtland Härjedalen");
    expect(failure(() => resolveRegion("Region Uppsal")).params.suggestion).toBe("Region Uppsala");
  });
});
