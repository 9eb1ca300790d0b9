import swaggerUi from '@fastify/swagger-ui';
import type { HttpApp } from '@switchboard/http-kit';
import { mergedOpenApi } from './api-docs.js';
import type { Service } from './upstreams.js';

export const DOCS_PREFIX = '/docs';

/**
 * `GET /docs`: a browsable API reference of the public port; `GET /docs/json`: the document it
 * shows, merged from the services' own documents on each request (they are small, and so it is
 * always current). The UI plugin serves the gateway's own document unless transformed, so the
 * merge runs in its request hook and replaces it.
 */
export async function docsRoutes(app: HttpApp, upstreams: Record<Service, string>): Promise<void> {
  let merged: Awaited<ReturnType<typeof mergedOpenApi>> | undefined;
  await app.register(swaggerUi, {
    routePrefix: DOCS_PREFIX,
    uiConfig: { docExpansion: 'list', deepLinking: true },
    uiHooks: {
      onRequest: async (request) => {
        if (request.url.startsWith(`${DOCS_PREFIX}/json`)) merged = await mergedOpenApi(upstreams);
      },
    },
    transformSpecification: (own) => merged ?? own,
    transformSpecificationClone: false,
    staticCSP: true,
  });
}
