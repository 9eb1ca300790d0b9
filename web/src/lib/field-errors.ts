import { ApiError } from './api.js';

/**
 * The API's 400 `details` (`[{field: 'body.customer.email', message}]`, docs/api.md §2) by form
 * field (`customer.email`), so each message can stand beside its input.
 */
export function fieldErrors(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError) || !err.details) return {};
  const byField: Record<string, string> = {};
  for (const d of err.details) {
    if (!d || typeof d !== 'object') continue;
    const { field, message } = d as { field?: unknown; message?: unknown };
    if (typeof field !== 'string' || typeof message !== 'string') continue;
    const name = field.replace(/^(body|querystring|params)\.?/, '');
    byField[name] ??= message;
  }
  return byField;
}
