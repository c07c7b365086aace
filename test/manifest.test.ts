import fs from "fs";
import os from "os";
import path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../scripts/manifest-check");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");

async function checkVariant(edit: (xml: string) => string): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pv-manifest-"));
  const file = path.join(dir, "manifest.xml");
  fs.writeFileSync(file, edit(fs.readFileSync(MANIFEST, "utf8")));
  return (await checkManifest(file, { root: ROOT })).errors;
}

describe("manifest.xml", () => {
  it("passes the offline validation", async () => {
    const { errors, info } = await checkManifest(MANIFEST, { root: ROOT });
    expect(errors).toEqual([]);
    expect(info.namespace).toBe("PV");
    expect(info.sets.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(["SharedRuntime", "CustomFunctionsRuntime", "ExcelApi"]));
    expect(Object.keys(info.icons)).toEqual(["Icon.16x16", "Icon.32x32", "Icon.80x80"]);
  });

  it("ships real icons in every size", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { pngSize } = require("../scripts/manifest-check");
    for (const s of [16, 32, 64, 80, 128]) expect(pngSize(path.join(ROOT, `assets/icon-${s}.png`))).toEqual({ width: s, height: s });
  });

  it.each([
    ["a custom-functions page that is not the runtime", (x: string) => x.replace('<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="Help.Url"/>'), "samma sida som Runtime"],
    ["the wrong namespace", (x: string) => x.replace('DefaultValue="PV"', 'DefaultValue="XX"'), "Namnrymden"],
    ["an undefined resid", (x: string) => x.replace('resid="Group.Label"', 'resid="Group.Missing"'), "Group.Missing"],
    ["a missing icon", (x: string) => x.replace("icon-80.png", "icon-81.png"), "icon-81.png"],
    ["no SharedRuntime", (x: string) => x.split('<Set Name="SharedRuntime" MinVersion="1.1"/>').join("").split('<bt:Set Name="SharedRuntime" MinVersion="1.1"/>').join(""), "SharedRuntime"],
    ["a custom-functions runtime older than the error codes need", (x: string) => x.replace('Name="CustomFunctionsRuntime" MinVersion="1.3"', 'Name="CustomFunctionsRuntime" MinVersion="1.1"'), "CustomFunctionsRuntime (minst 1.3"],
    ["a short-lived runtime", (x: string) => x.replace('lifetime="long"', 'lifetime="short"'), "lifetime"],
    ["an http URL", (x: string) => x.replace("https://localhost:3000/help/index.html\"/>\n      </bt:Urls>", "http://localhost:3000/help/index.html\"/>\n      </bt:Urls>"), "https"],
    ["an unassociated ribbon function", (x: string) => x.replace("<FunctionName>insertReferenceTables</FunctionName>", "<FunctionName>nope</FunctionName>"), "nope"],
  ])("rejects %s", async (_, edit, fragment) => {
    const errors = await checkVariant(edit);
    expect(errors.join("\n")).toContain(fragment);
  });
});
