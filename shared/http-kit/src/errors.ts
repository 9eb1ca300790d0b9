import type { FieldProblem } from '@switchboard/contracts';

/** An edge's own error (guards, parsing, rate limits) that becomes the docs/api.md §2 error body `{error: {code, message, details?}}`. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown[],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const validationFailed = (details: FieldProblem[], message = 'The request is not valid') =>
  new HttpError(400, 'VALIDATION_FAILED', message, details);
export const unauthenticated = (message = 'Authentication required') =>
  new HttpError(401, 'UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this') =>
  new HttpError(403, 'FORBIDDEN', message);
export const notFound = (what = 'Resource') => new HttpError(404, 'NOT_FOUND', `${what} not found`);
export const conflict = (message: string, details?: unknown[]) =>
  new HttpError(409, 'CONFLICT', message, details);
export const rateLimited = (retryAfterSeconds: number) =>
  new HttpError(429, 'RATE_LIMITED', `Too many requests; retry in ${retryAfterSeconds} s`);
