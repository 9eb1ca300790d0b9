import i18n from 'i18next';
import { clearSession, currentSession, refreshSession } from './session.js';

/** A page of a paginated list answer (docs/api.md, "Lists"). */
export type Page<T> = { data: T[]; meta: { total: number; page: number; limit: number; totalPages: number } };

/** An error answer in the docs/api.md §2 shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown[],
  ) {
    super(message);
  }
}

type Options = {
  method?: string;
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
};

export function withQuery(path: string, query: Options['query']) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {}))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function send(path: string, opts: Options, token: string | undefined) {
  return fetch(withQuery(path, opts.query), {
    method: opts.method ?? 'GET',
    headers: {
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
  });
}

/** The raw answer, with one token refresh and retry on a 401. */
export async function authorizedFetch(path: string, opts: Options = {}): Promise<Response> {
  let res = await send(path, opts, currentSession()?.accessToken);
  if (res.status === 401 && currentSession()) {
    const renewed = await refreshSession(true).catch(() => null);
    if (!renewed) {
      clearSession();
      return res;
    }
    res = await send(path, opts, renewed.accessToken);
  }
  return res;
}

/** JSON in and out through the gateway; an error answer becomes an ApiError. */
export async function api<T>(path: string, opts: Options = {}): Promise<T> {
  const res = await authorizedFetch(path, opts);
  const text = await res.text();
  const body = text ? safeJson(text) : undefined;
  if (!res.ok) {
    const error = (body as { error?: { code?: string; message?: string; details?: unknown[] } })?.error;
    throw new ApiError(
      res.status,
      error?.code ?? 'HTTP_ERROR',
      error?.message ?? res.statusText,
      error?.details,
    );
  }
  return body as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A sentence in the interface language for any failure, for error states. Codes of docs/api.md §2
 * have their own sentence; where the API's message names specifics (which field, which ticket) the
 * sentence carries it, and an unknown code falls back to the API's message.
 */
export function describeError(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 404 && err.code === 'NOT_FOUND' && err.message.startsWith('No route'))
      return i18n.t('common:errors.notDeployed');
    if (err.status === 503) return i18n.t('common:errors.serviceDown');
    return i18n.t(`common:errors.${err.code}`, {
      message: err.message,
      status: err.status,
      defaultValue: err.message,
    });
  }
  if (err instanceof TypeError) return i18n.t('common:errors.unreachable'); // fetch found no server
  return err instanceof Error && err.message ? err.message : i18n.t('common:errors.unknown');
}

/** 404 or 503 from a service that is not deployed (reporting, for now). */
export const isUnavailable = (err: unknown) =>
  err instanceof ApiError && (err.status === 404 || err.status === 503);
