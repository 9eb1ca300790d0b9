import { OPENAPI_PATH } from '@switchboard/http-kit';
import FindMyWay from 'find-my-way';
import { routes, type Service } from './upstreams.js';

type Operations = Record<string, Record<string, unknown>>;
type ServiceDocument = {
  paths?: Record<string, Operations>;
  components?: { schemas?: Record<string, unknown> };
};

/** Which service the routing table sends a concrete path to (the gateway's own precedence rules). */
function routerOfTable() {
  const router = FindMyWay();
  for (const route of routes) router.on('GET', route.path, () => {}, { service: route.service });
  return (path: string): Service | undefined => {
    const sample = path.replace(/\{[^}]+\}/g, 'x'); // OpenAPI's {id} → a concrete segment
    return (router.find('GET', sample)?.store as { service?: Service } | undefined)?.service;
  };
}
const serviceOf = routerOfTable();

/**
 * One OpenAPI document for the public port: each service's own document, keeping only the paths
 * the gateway routes to that service (so /healthz and anything unrouted stay out), each
 * operation tagged with its service. A service that does not answer is listed as missing.
 */
export async function mergedOpenApi(upstreams: Record<Service, string>, timeoutMs = 3_000) {
  const paths: Record<string, Operations> = {};
  const schemas: Record<string, unknown> = {};
  const missing: string[] = [];
  await Promise.all(
    Object.entries(upstreams).map(async ([service, url]) => {
      const doc = await fetchDocument(`${url}${OPENAPI_PATH}`, timeoutMs);
      if (!doc) return void missing.push(service);
      Object.assign(schemas, doc.components?.schemas);
      for (const [path, operations] of Object.entries(doc.paths ?? {})) {
        if (serviceOf(path) !== service) continue;
        paths[path] = Object.fromEntries(
          Object.entries(operations).map(([method, op]) => [method, { ...op, tags: [service] }]),
        );
      }
    }),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Switchboard API',
      version: '1.0.0',
      description: missing.length
        ? `Services not answering, so not listed: ${missing.sort().join(', ')}`
        : 'Every public endpoint, as routed by the gateway. Errors use {"error": {code, message, details?}}.',
    },
    servers: [{ url: '/' }],
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
    security: [{ bearer: [] }],
    tags: Object.keys(upstreams).map((name) => ({ name })),
  };
}

async function fetchDocument(url: string, timeoutMs: number): Promise<ServiceDocument | null> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return res.ok ? ((await res.json()) as ServiceDocument) : null;
  } catch {
    return null;
  }
}
