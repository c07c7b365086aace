/**
 * The prerendered first view as the build writes it into taskpane.html (src/build/shell.tsx): one template per
 * language and host, rendered by the pane's own components, with every theme variable it uses defined for light
 * and dark. Its behaviour in the browser is in test/browser/shell.test.ts.
 */
import { renderShell, SHELL_HOSTS, SHELL_LANGS, shellTemplateId } from "../../src/build/shell";
import { en } from "../../src/taskpane/strings/pane.en";
import { sv } from "../../src/taskpane/strings/pane.sv";

const shell = renderShell();
const template = (lang: string, host: string) => {
  const id = shellTemplateId(lang, host as never);
  const m = new RegExp(`<template id="${id}">(.*?)</template>`).exec(shell.templates);
  return m?.[1] ?? "";
};
const rule = (selector: string) => new RegExp(`${selector.replace(/\./g, "\\.")}\\{([^}]*)\\}`).exec(shell.head)?.[1] ?? "";

describe("renderShell", () => {
  it("has a template for each language and host, with that language's tabs and Start view", () => {
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
    expect(shell.templates).not.toMatch(/<style/);
    expect(shell.themeClass).toMatch(/^fui-FluentProvider\w+$/);
    expect(shell.templates.match(new RegExp(`class="[^"]*\\b${shell.themeClass}[ "]`, "g"))).toHaveLength(4);
    // React's server markup: the Start view's Suspense boundary keeps its markers, which hydration needs.
    for (const lang of Object.keys(SHELL_LANGS)) for (const host of SHELL_HOSTS) expect(template(lang, host)).toContain("<!--$-->");
  });

  it("defines every theme variable the view uses, in light and in dark", () => {
    // Theme tokens only (Fluent's own --fui-… variables are set by its rules).
    const used = new Set([...(shell.templates + shell.head).matchAll(/var\(--([A-Za-z0-9]+)[,)]/g)].map((m) => m[1]));
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
    for (const cls of new Set([...shell.templates.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(" ")))) {
      if (/^f[a-z0-9]{6,7}$/.test(cls)) expect(shell.head).toContain(`.${cls}`);
    }
  });

  it("the boot script is one self-contained expression over the same language rule as the pane", () => {
    expect(shell.boot).toMatch(/^\(function boot\(locale\) \{[\s\S]*\}\)\(function localeFor\(displayLanguage\) \{[\s\S]*\}\);\n$/);
    expect(() => new Function(shell.boot)).not.toThrow();
  });
});
