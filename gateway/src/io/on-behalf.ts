import { randomUUID } from 'node:crypto';
import type { ActionError } from '@switchboard/contracts';
import { CORRELATION_HEADER } from '@switchboard/http-kit';
import { injectTraceContext } from '@switchboard/tracing';

export type Answer = { ok: true; body: unknown } | { ok: false; error: ActionError };
export type Request = { method: 'POST' | 'PATCH' | 'PUT'; path: string; body: object };

const unavailable = (message: string): Answer => ({
  ok: false,
  error: { code: 'SERVICE_UNAVAILABLE', message },
});

/**
 * Asks a service's HTTP API as the socket's user (their own bearer token), under a fresh
 * correlation id: the service applies the same rules to a socket action as to the route. Its
 * refusal comes back as its §2 error, unchanged; only an unreachable service is named here.
 */
export async function onBehalf(baseUrl: string, token: string, request: Request, timeoutMs: number) {
  const headers: Record<string, string> = {
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    [CORRELATION_HEADER]: randomUUID(),
  };
  injectTraceContext(headers);
  let res: Response;
  try {
    res = await fetch(`${baseUrl}${request.path}`, {
      method: request.method,
      headers,
      body: JSON.stringify(request.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    return unavailable('The service is not reachable; try again shortly');
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return { ok: true, body } satisfies Answer;
  const error = (body as { error?: ActionError } | null)?.error;
  if (error?.code) return { ok: false, error } satisfies Answer;
  return unavailable(`The service answered ${res.status} without a reason; try again shortly`);
}
