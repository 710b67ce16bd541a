/**
 * Stable error codes. The renderer and tests match on these, so a code is never renamed or reused
 * for another meaning; new failures get new codes.
 */
export const ERROR_CODES = [
  'invalid-payload',
  'unknown-channel',
  'forbidden-sender',
  'payload-too-large',
  'storage-failed',
  'locked-by-policy',
  'action-refused',
  'not-found',
  'encryption-choice-needed',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface PustErrorInfo {
  code: ErrorCode;
  /** A developer-facing explanation; the renderer shows a localised text chosen by `code`. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: PustErrorInfo };

/** Thrown inside core services; the dispatcher turns it into `{ ok: false, error }`. */
export class PustError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'PustError';
    this.code = code;
  }
}
