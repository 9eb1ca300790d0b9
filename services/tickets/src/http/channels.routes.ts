import { principalOf, requireRole } from '@switchboard/auth-verify';
import {
  errorResponses,
  type HttpApp,
  jsonResponse,
  unauthenticated,
  type ZodTypeProvider,
} from '@switchboard/http-kit';
import type { FastifyRequest } from 'fastify';
import {
  channelSettings,
  channelSignatureValid,
  rotateChannel,
  setChannelCallback,
} from '../actions/channel-settings.js';
import { receiveInbound, receiveStatus } from '../actions/inbound.js';
import type { TicketsDeps } from '../deps.js';
import {
  channelSettingsBody,
  channelSettingsResponse,
  deliveryResponse,
  inboundBody,
  inboundResponse,
  statusBody,
  tenantParams,
} from './channels.schemas.js';

const settingsResponse = jsonResponse(
  "The tenant's webhook URLs and signing secret",
  channelSettingsResponse,
);

declare module 'fastify' {
  interface FastifyRequest {
    rawBody?: Buffer;
  }
}

/**
 * The signed channel webhooks and the tenant's channel settings (docs/api.md §4.6).
 * The webhooks keep the raw body: the signature is over the exact bytes received.
 */
export async function channelsRoutes(app: HttpApp, deps: TicketsDeps) {
  await app.register(async (scope) => {
    const signed = scope.withTypeProvider<ZodTypeProvider>();
    signed.removeContentTypeParser('application/json'); // http-kit's strict one, replaced here
    signed.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
      request.rawBody = body as Buffer;
      try {
        done(null, JSON.parse(body.toString('utf8')));
      } catch {
        done(Object.assign(new Error('The body is not valid JSON'), { statusCode: 400 }), undefined);
      }
    });
    // Checked before validation: a bad signature is 401 whatever the body, and nothing is stored.
    const verifySignature = async (request: FastifyRequest) => {
      const { tenantId } = request.params as { tenantId: string };
      const header = request.headers['x-signature'];
      const valid =
        tenantParams.safeParse({ tenantId }).success &&
        (await channelSignatureValid(
          deps,
          tenantId,
          request.rawBody ?? Buffer.alloc(0),
          typeof header === 'string' ? header : undefined,
        ));
      if (!valid) throw unauthenticated('The signature does not match');
    };
    const origin = (request: FastifyRequest, tenantId: string) => ({ tenantId, correlationId: request.id });

    signed.post(
      '/api/channels/inbound/:tenantId',
      {
        preValidation: verifySignature,
        schema: {
          params: tenantParams,
          body: inboundBody,
          response: {
            200: jsonResponse('Already received (same externalId): nothing new stored', inboundResponse),
            201: jsonResponse("Stored on the customer's open ticket, or a new one", inboundResponse),
            ...errorResponses(400, 401),
          },
        },
      },
      async (request, reply) => {
        const result = await receiveInbound(deps, origin(request, request.params.tenantId), request.body);
        reply.status(result.duplicate ? 200 : 201);
        return result;
      },
    );

    signed.post(
      '/api/channels/status/:tenantId',
      {
        preValidation: verifySignature,
        schema: {
          params: tenantParams,
          body: statusBody,
          response: {
            200: jsonResponse("The message's delivery status", deliveryResponse),
            ...errorResponses(400, 401, 404),
          },
        },
      },
      async (request) =>
        receiveStatus(
          deps,
          origin(request, request.params.tenantId),
          request.body.externalId,
          request.body.status,
        ),
    );
  });

  app.get(
    '/api/channels',
    {
      preHandler: requireRole('admin'),
      schema: { response: { 200: settingsResponse, ...errorResponses(401, 403) } },
    },
    async (request) => channelSettings(deps, principalOf(request).tenantId),
  );
  app.put(
    '/api/channels',
    {
      preHandler: requireRole('admin'),
      schema: {
        body: channelSettingsBody,
        response: { 200: settingsResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => setChannelCallback(deps, principalOf(request).tenantId, request.body.callbackUrl),
  );
  app.post(
    '/api/channels/rotate-secret',
    {
      preHandler: requireRole('admin'),
      schema: { response: { 200: settingsResponse, ...errorResponses(401, 403) } },
    },
    async (request) => rotateChannel(deps, principalOf(request).tenantId),
  );
}
