/** What can go wrong talking to Kolada: each kind with what its message names. The texts: errors.sv.ts, errors.en.ts. */
export interface KoladaErrorParams {
  offline: Record<string, never>;
  blocked: Record<string, never>;
  network: { detail: string };
  timeout: { seconds: number };
  /** retryAt: when Kolada said to come back (ISO), where that was too long to wait. */
  rateLimited: { attempts: number; retryAt?: string };
  server: { status: number; attempts: number };
  http: { status: number; url: string };
  gone: { url: string };
  /** What was wrong, in Swedish, and in English where it differs (the pane shows the one of its language). */
  malformed: { detail: string; detailEn?: string };
  empty: { what: string };
}

export type KoladaErrorKind = keyof KoladaErrorParams;

/** One message per kind and language; the Swedish catalogue is the reference. */
export type KoladaErrorText = { [K in KoladaErrorKind]: (p: KoladaErrorParams[K]) => string };
