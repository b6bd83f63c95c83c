/** Stable error codes that cross the IPC boundary; the UI translates them (errors.<code>). */
export const errorCodes = [
  'invalid-input',
  'not-found',
  'conflict',
  'rule-violation',
  'cancelled',
  'register-corrupt',
  'register-missing',
  'register-too-new',
  'register-locked',
  'register-not-open',
  'io-error',
  'bad-file',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface AppError {
  code: ErrorCode;
  message: string;
  /** Optional machine-readable detail (e.g. a rule id and its arguments) for translated messages. */
  detail?: Record<string, string | number | boolean | null>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, detail?: AppError['detail']): Result<never> => ({
  ok: false,
  error: detail ? { code, message, detail } : { code, message },
});

/** An error thrown by a service that carries a stable code; handlers turn it into a `Result`. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: AppError['detail'],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
