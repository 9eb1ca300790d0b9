import { type HttpApp, toErrorBody, validationFailed } from '@switchboard/http-kit';

/** docs/api.md §2 "Versions": the versions the API answers in, newest last. */
export const SUPPORTED_VERSIONS = ['v1'] as const;
const CURRENT = SUPPORTED_VERSIONS[SUPPORTED_VERSIONS.length - 1] as string;

/**
 * Header-based versioning (docs/api.md §2 "Versions"), once for every route: `Accept-Version` absent or
 * a supported version goes through, anything else is 400 naming the supported ones; every answer
 * says which version it is in (`API-Version`).
 */
export function registerApiVersion(app: HttpApp): void {
  app.addHook('onRequest', async (request, reply) => {
    const asked = request.headers['accept-version'];
    if (asked === undefined) return;
    const version = String(asked).trim().toLowerCase();
    if ((SUPPORTED_VERSIONS as readonly string[]).includes(version)) return;
    const supported = SUPPORTED_VERSIONS.join(', ');
    const { status, body } = toErrorBody(
      validationFailed(
        [{ field: 'headers.accept-version', message: `must be one of: ${supported}` }],
        `This API version is not supported; supported versions: ${supported}`,
      ),
    );
    return reply.code(status).send(body);
  });
  // onSend, so that every answer carries it: errors, the proxied ones, the web app's files.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('api-version', CURRENT);
  });
}
