/**
 * Property and mutation tests say how to reproduce a failure: the seed they ran with and the input that failed.
 *
 * - `assertProperty` wraps fast-check's `fc.assert`: the seed is chosen here (FC_SEED=<n> in the environment
 *   reruns a failure exactly; otherwise the test's own seed, or a fresh one), and a failure's message starts with
 *   that seed and the command to rerun it; fast-check's own report (counterexample, shrink path) follows.
 * - `withInput` runs one case of a hand-rolled mutation test; a failure's message starts with the seed and a
 *   description of the input that failed.
 */
import fc from "fast-check";

const FROM_ENV = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);

/** Prefixes an error's message (an assertion or a thrown one) with how to reproduce it. */
function annotate(e: unknown, note: string): unknown {
  if (!(e instanceof Error)) return new Error(`${note}\n${String(e)}`);
  e.message = `${note}\n${e.message}`;
  return e;
}

function seedOf(params: { seed?: number }): number {
  return FROM_ENV ?? params.seed ?? (Date.now() ^ Math.floor(Math.random() * 0x100000000)) | 0;
}

const rerun = (seed: number) => `fast-check seed ${seed} (rerun with FC_SEED=${seed} npx jest ${expect.getState().testPath ?? ""})`;

/** fc.assert with the seed stated on failure and the failing input listed (fast-check's verbose report). */
export function assertProperty<T>(property: fc.IProperty<T>, params?: fc.Parameters<T>): void;
export function assertProperty<T>(property: fc.IAsyncProperty<T>, params?: fc.Parameters<T>): Promise<void>;
export function assertProperty<T>(property: fc.IRawProperty<T>, params: fc.Parameters<T> = {}): void | Promise<void> {
  const seed = seedOf(params);
  const options = { verbose: fc.VerbosityLevel.Verbose, ...params, seed };
  let result: void | Promise<void>;
  try {
    result = fc.assert(property as fc.IProperty<T>, options) as void | Promise<void>;
  } catch (e) {
    throw annotate(e, rerun(seed));
  }
  return result instanceof Promise
    ? result.catch((e: unknown) => {
        throw annotate(e, rerun(seed));
      })
    : result;
}

/** Runs one generated case; on failure the message names the seed and the input (described lazily). */
export function withInput<R>(seed: number, input: () => string, run: () => R): R {
  try {
    return run();
  } catch (e) {
    throw annotate(e, `seed ${seed}, failing input: ${input()}`);
  }
}

/** A small deterministic generator (LCG) for mutation tests: the same seed gives the same cases. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32;
}
