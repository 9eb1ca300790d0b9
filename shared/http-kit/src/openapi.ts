import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** The OpenAPI document every process serves; the gateway merges them at /docs. */
export const OPENAPI_PATH = '/openapi.json';

/**
 * Collects every route registered after it into an OpenAPI 3.1 document built from the routes'
 * zod schemas, served at OPENAPI_PATH. Registered before any route, so none is missed.
 */
export async function registerOpenApi(app: FastifyInstance, service: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: `Switchboard ${service} service`, version: '1.0.0' },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  app.get(OPENAPI_PATH, { schema: { hide: true }, config: { rateLimit: false } }, async () => app.swagger());
}
