/** Calls a custom function as Excel would and returns its matrix or the CustomFunctions.Error it threw. */
export interface CFErrorLike {
  code: string;
  message?: string;
}
export type Outcome = { ok: true; value: unknown[][] } | { ok: false; error: CFErrorLike };

export function call(fn: (...a: any[]) => any, ...args: unknown[]): Outcome {
  try {
    return { ok: true, value: fn(...args) };
  } catch (e) {
    return { ok: false, error: e as CFErrorLike };
  }
}

export function value(o: Outcome): unknown[][] {
  if (!o.ok) throw new Error(`expected a value, got ${o.error.code}: ${o.error.message}`);
  return o.value;
}

export function error(o: Outcome): CFErrorLike {
  if (o.ok) throw new Error(`expected an error, got ${JSON.stringify(o.value).slice(0, 200)}`);
  return o.error;
}
