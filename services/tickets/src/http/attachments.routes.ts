import multipart, { type MultipartFile } from '@fastify/multipart';
import { callerOf, requireRole, requireUser } from '@switchboard/auth-verify';
import { attachmentRefSchema } from '@switchboard/contracts';
import {
  errorResponses,
  fileResponse,
  type HttpApp,
  jsonResponse,
  validationFailed,
  type ZodTypeProvider,
} from '@switchboard/http-kit';
import { z } from 'zod';
import { downloadAttachment, uploadAttachment } from '../actions/attachments.js';
import type { TicketsDeps } from '../deps.js';
import { ticketIdParams } from './tickets.schemas.js';

const attachmentParams = z.object({ id: z.uuid('must be an attachment id') });

/** Files on tickets (docs/api.md §4.16): one multipart upload at a time, and the authenticated download. */
export async function attachmentsRoutes(app: HttpApp, deps: TicketsDeps) {
  await app.register(async (scope) => {
    // One byte over the limit reaches the action, which refuses the file (413) and keeps nothing.
    const limits = { fileSize: deps.config.ATTACHMENT_MAX_BYTES + 1, files: 1, fields: 0, parts: 1 };
    await scope.register(multipart, { limits });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/tickets/:id/attachments',
      {
        preHandler: requireRole('admin', 'supervisor', 'agent'),
        schema: {
          params: ticketIdParams,
          response: {
            201: jsonResponse('The stored file, to send with a message (attachmentIds)', attachmentRefSchema),
            ...errorResponses(400, 401, 403, 404, 413, 415),
          },
        },
      },
      async (request, reply) => {
        let part: MultipartFile | undefined;
        const receive = async () => {
          if (!request.isMultipart())
            throw validationFailed([{ field: 'file', message: 'send multipart/form-data' }]);
          part = await request.file();
          return part && { filename: part.filename, contentType: part.mimetype, body: part.file };
        };
        try {
          const stored = await uploadAttachment(deps, callerOf(request), request.params.id, receive);
          return reply.status(201).send(stored);
        } catch (err) {
          // The rest of the upload is read and dropped, so the client hears the refusal.
          part?.file.resume();
          throw err;
        }
      },
    );
  });

  app.get(
    '/api/attachments/:id',
    {
      preHandler: requireUser,
      schema: {
        params: attachmentParams,
        response: {
          200: fileResponse(
            'The file as uploaded (Content-Disposition: attachment)',
            'application/octet-stream',
          ),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const file = await downloadAttachment(deps, callerOf(request), request.params.id);
      return reply
        .header('content-type', file.contentType)
        .header('content-length', String(file.size))
        .header('content-disposition', file.disposition)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );
}
