/**
 * The refusals a domain rule or an action may answer with, in the error vocabulary of the public
 * contract (docs/api.md §2). Free of HTTP: the shared error handler of @switchboard/http-kit maps
 * each code to its status, once, at the edge.
 */
export const domainErrorCodes = [
  'VALIDATION_FAILED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'SERVICE_UNAVAILABLE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
] as const;
export type DomainErrorCode = (typeof domainErrorCodes)[number];

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: unknown[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export type FieldProblem = { field: string; message: string };

export const invalidInput = (details: FieldProblem[], message = 'The request is not valid') =>
  new DomainError('VALIDATION_FAILED', message, details);
export const notAllowed = (message = 'You are not allowed to do this') =>
  new DomainError('FORBIDDEN', message);
export const notFoundError = (what = 'Resource') => new DomainError('NOT_FOUND', `${what} not found`);
export const conflictError = (message: string, details?: unknown[]) =>
  new DomainError('CONFLICT', message, details);
export const invalidTransition = (message: string, details?: unknown[]) =>
  new DomainError('INVALID_TRANSITION', message, details);
/** A file over its size limit (an upload, an inbound channel's media). */
export const tooLargeError = (message: string) => new DomainError('PAYLOAD_TOO_LARGE', message);
/** A file of a type the tenant's allow-list does not name. */
export const unsupportedTypeError = (message: string) => new DomainError('UNSUPPORTED_MEDIA_TYPE', message);
/** A dependency the action needs is down; nothing was changed and a retry may succeed. */
export const unavailableError = (message: string) => new DomainError('SERVICE_UNAVAILABLE', message);
