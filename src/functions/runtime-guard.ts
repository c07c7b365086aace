/*
 * Outside Excel (the pane opened in a plain browser, or the browser tests) there is no CustomFunctions
 * global, and the associate calls appended by custom-functions-metadata-plugin would throw. Registering is
 * meaningless there, so a no-op stands in; inside Excel the real runtime is untouched.
 */
const g = globalThis as unknown as { CustomFunctions?: unknown };
if (typeof g.CustomFunctions === "undefined") {
  class Err {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  g.CustomFunctions = {
    associate: () => undefined,
    Error: Err,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
  };
}
export {};
