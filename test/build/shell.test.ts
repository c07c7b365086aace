/**
 * The prerendered first view as the build writes it into taskpane.html (src/build/shell.tsx): one copy per
 * language and host, in a JSON data block the browser does not parse as HTML, rendered by the pane's own components, with every theme variable it uses defined for light
 * and dark. Its behaviour in the browser is in test/browser/shell.test.ts.
 */
import { renderShell, SHELL_COPIES_ID, SHELL_HOSTS, SHELL_LANGS, shellKey } from "../../src/build/shell";
import { en } from "../../src/taskpane/strings/pane.en";
import { sv } from "../../src/taskpane/strings/pane.sv";

const shell = renderShell();
/** The copies as the page carries them: read back from the data block, as the boot script reads it. */
const block = new RegExp(`^<script type="application/json" id="${SHELL_COPIES_ID}">([^<]*)</script>$`).exec(shell.body);
const copies = JSON.parse(block?.[1] ?? "{}") as Record<string, string>;
const template = (lang: string, host: string) => copies[shellKey(lang, host as never)] ?? "";
const allCopies = Object.values(copies).join("");
const rule = (selector: string) => new RegExp(`${selector.replace(/\./g, "\\.")}\\{([^}]*)\\}`).exec(shell.head)?.[1] ?? "";

describe("renderShell", () => {
  it("carries the copies as inert data, nothing in it read as HTML or able to end the block", () => {
    expect(block).not.toBeNull();
    expect(copies).toEqual(shell.copies);
    expect(Object.keys(copies)).toHaveLength(4);
    // The copies are full of "<" (tags, React's <!--$--> markers): inside the block each one is escaped.
    expect(allCopies).toContain("<!--$-->");
    expect(block![1]).not.toContain("<");
  });

  it("has a copy for each language and host, with that language's tabs and Start view", () => {
    for (const lang of Object.keys(SHELL_LANGS)) for (const host of SHELL_HOSTS) expect(template(lang, host)).not.toBe("");
    expect(template("sv", "browser")).toContain(`>${sv.tabs.catalog}<`);
    expect(template("en", "browser")).toContain(`>${en.tabs.catalog}<`);
    expect(template("en", "browser")).not.toContain(`>${sv.tabs.catalog}<`);
    // Outside Excel the Start view says what the actions would do; in Excel it has them.
    expect(template("sv", "browser")).toContain('data-testid="outside-excel"');
    expect(template("sv", "excel")).not.toContain('data-testid="outside-excel"');
    expect(template("sv", "excel")).toContain('data-testid="action-insertAll"');
  });

  it("leaves out Fluent's server-only theme style and keeps its provider class, as the pane's hydration renders them", () => {
    expect(allCopies).not.toMatch(/<style/);
    expect(shell.themeClass).toMatch(/^fui-FluentProvider\w+$/);
    expect(allCopies.match(new RegExp(`class="[^"]*\\b${shell.themeClass}[ "]`, "g"))).toHaveLength(4);
    // React's server markup: the Start view's Suspense boundary keeps its markers, which hydration needs.
    for (const lang of Object.keys(SHELL_LANGS)) for (const host of SHELL_HOSTS) expect(template(lang, host)).toContain("<!--$-->");
  });

  it("defines every theme variable the view uses, in light and in dark", () => {
    // Theme tokens only (Fluent's own --fui-… variables are set by its rules).
    const used = new Set([...(allCopies + shell.head).matchAll(/var\(--([A-Za-z0-9]+)[,)]/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(10);
    const light = rule(`.${shell.themeClass}`);
    const dark = rule(`html.pv-dark .${shell.themeClass}`);
    for (const v of used) {
      expect(light).toContain(`--${v}:`);
      expect(dark).toContain(`--${v}:`);
    }
    expect(light).toContain("--colorNeutralBackground1:#ffffff");
    expect(dark).not.toContain("--colorNeutralBackground1:#ffffff");
  });

  it("brings Griffel's rules as its style elements, one whole rule per line", () => {
    expect(shell.head).toMatch(/<style data-make-styles-bucket="[a-z]+"[^>]*>/);
    const bodies = [...shell.head.matchAll(/<style data-make-styles-bucket[^>]*>([^<]*)<\/style>/g)].map((m) => m[1]);
    expect(bodies.length).toBeGreaterThan(3);
    for (const line of bodies.flatMap((b) => b.split("\n"))) {
      expect(line).toMatch(/^[.@].*\}$/);
      expect(line.split("{").length).toBe(line.split("}").length);
    }
    for (const cls of new Set([...allCopies.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(" ")))) {
      if (/^f[a-z0-9]{6,7}$/.test(cls)) expect(shell.head).toContain(`.${cls}`);
    }
  });

  it("the boot script is one self-contained expression over the same language rule as the pane", () => {
    expect(shell.boot).toMatch(
      /^\(function boot\(locale, copiesId\) \{[\s\S]*\}\)\(function localeFor\(displayLanguage\) \{[\s\S]*\}, "pv-shell-copies"\);\n$/,
    );
    expect(() => new Function(shell.boot)).not.toThrow();
  });
});
