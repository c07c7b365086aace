import type { CatalogRow } from "../core/dataset/exportCatalog";
import type { Strings } from "./strings/pane.sv";

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string): Intl.NumberFormat {
  let f = formats.get(locale);
  if (!f) formats.set(locale, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 })));
  return f;
}

/** A number in the pane's language: "35 130" and "0,5" in Swedish, "35,130" and "0.5" in English. */
export function formatNumberFor(n: number, s: Strings): string {
  return numberFormat(s.catalog.locale).format(n);
}

/** "ca 109 000 antal", "19,4–20,9 %"; in English the qualifier and unit are translated ("approx. 109,000 (count)"). */
export function formatValue(r: Pick<CatalogRow, "value" | "min" | "max" | "qualifier" | "unit">, s: Strings): string {
  const n = (v: number) => formatNumberFor(v, s);
  const v = r.value !== null ? n(r.value) : `${n(r.min!)}–${n(r.max!)}`;
  const q = r.qualifier ? `${s.catalog.qualifiers[r.qualifier] ?? r.qualifier} ` : "";
  return `${q}${v} ${s.catalog.units[r.unit] ?? r.unit}`;
}

/** Copies text; false where the clipboard is refused (then the caller shows the text to copy by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const back = document.activeElement as HTMLElement | null;
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand?.("copy") ?? false;
    area.remove();
    back?.focus();
    return ok;
  }
}
