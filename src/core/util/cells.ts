/**
 * Cells as Excel passes them to a custom function, below every reader of ranges (functions/args, grants/ledgerRows).
 */
export type Raw = unknown;

/**
 * A data-type cell (Excel passes these because the metadata sets allowCustomDataForDataTypeAny) as the plain
 * value it stands for: a formatted number's number, an entity's text; an error stays an error value ({ code }).
 * Anything else is returned as it is.
 */
export function basicValue(v: Raw): Raw {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
  const o = v as { type?: unknown; basicValue?: unknown; text?: unknown; code?: unknown };
  if (typeof o.code === "string" || typeof o.type !== "string") return v;
  if (o.type === "Error") return { code: typeof o.basicValue === "string" ? o.basicValue : "#VALUE!" };
  if (typeof o.text === "string") return o.text;
  const b = o.basicValue;
  return typeof b === "number" || typeof b === "string" || typeof b === "boolean" ? b : { code: "#VALUE!" };
}
