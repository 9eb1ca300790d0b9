import { Stream } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { validationFailed } from './errors.js';

/*
 * One edge rule for text (docs/security.md): Postgres refuses NUL in text and UTF-8 cannot carry a
 * lone surrogate, so either would fail deep inside a service (a 500) or be rewritten to U+FFFD on
 * the way. They are refused at the edge instead, as 400 VALIDATION_FAILED, with invalid UTF-8 in
 * percent-encodings and JSON bodies.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const badString = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

/** Where in `value` (a parsed body or socket payload) a NUL or lone surrogate sits, if anywhere. */
export function badTextAt(value: unknown, at = 'body'): string | null {
  if (typeof value === 'string') return badString(value) ? at : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = badTextAt(item, `${at}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = badString(key) ? `${at}.${key}` : badTextAt(item, `${at}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

const decodes = (part: string) => {
  try {
    return !badString(decodeURIComponent(part));
  } catch {
    return false; // invalid UTF-8 in a percent-encoding (%FF, %C3%28, %ED%A0%80)
  }
};

/** Whether a request target's path and query decode to well-formed text without NUL. */
export function isCleanUrl(url: string): boolean {
  const [path = '', query = ''] = url.split(/\?(.*)/s);
  if (!path.split('/').every(decodes)) return false;
  return query.split(/[&=]/).every((part) => decodes(part.replaceAll('+', ' ')));
}

export const urlRefused = () =>
  validationFailed(
    [{ field: 'url', message: 'must be valid UTF-8 without NUL' }],
    'The request path or query is not valid text',
  );

/** Refuses bad text in the URL and in JSON bodies, before any route sees it. */
export function registerTextEdge(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!isCleanUrl(request.url)) throw urlRefused();
  });
  app.addHook('preValidation', async (request) => {
    // Bytes and streams (a proxied file upload) are not parsed text: nothing to look into.
    const opaque = Buffer.isBuffer(request.body) || request.body instanceof Stream;
    const at = opaque ? null : badTextAt(request.body);
    if (at) throw badText(at);
  });
}

const badText = (field: string) =>
  validationFailed([{ field, message: 'must be valid UTF-8 without NUL or lone surrogates' }]);

/**
 * For a proxy that passes JSON bytes on untouched: the error for invalid UTF-8, NUL or a lone
 * surrogate in them, else null (malformed JSON is left to the service that parses it).
 */
export function jsonBytesProblem(body: Buffer) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(strictUtf8.decode(body));
  } catch (err) {
    return err instanceof SyntaxError ? null : badText('body');
  }
  const at = badTextAt(parsed);
  return at ? badText(at) : null;
}

/** A JSON parser that refuses invalid UTF-8 instead of rewriting it to U+FFFD. */
export function registerStrictJson(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = strictUtf8.decode(body as Buffer);
    } catch {
      return done(badText('body'), undefined);
    }
    parse(request, text, done);
  });
}
