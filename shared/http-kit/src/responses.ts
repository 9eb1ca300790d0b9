import { z } from 'zod';

/** The docs/api.md §2 error body: every 4xx and 5xx answer carries it. */
export const errorBody = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code, e.g. VALIDATION_FAILED, NOT_FOUND'),
      message: z.string().describe('What went wrong, for a human'),
      details: z
        .array(z.unknown())
        .optional()
        .describe('For VALIDATION_FAILED: one {field, message} per problem'),
    }),
  })
  .meta({ id: 'ErrorBody' });

const errorMeanings = {
  400: 'The request is not valid (VALIDATION_FAILED, with details)',
  401: 'No valid access token (UNAUTHENTICATED)',
  403: "The caller's role may not do this (FORBIDDEN)",
  404: 'Not found in the caller’s tenant (NOT_FOUND)',
  409: 'The change conflicts with the current state (CONFLICT)',
  413: 'The file is over its size limit (PAYLOAD_TOO_LARGE)',
  415: 'The file type is not allowed (UNSUPPORTED_MEDIA_TYPE)',
  429: 'Too many requests (RATE_LIMITED); see Retry-After',
} as const;
type ErrorStatus = keyof typeof errorMeanings;

type JsonResponse<T extends z.ZodType> = {
  description: string;
  content: { 'application/json': { schema: T } };
};

/** A JSON answer with its own description in the OpenAPI document. */
export const jsonResponse = <T extends z.ZodType>(description: string, schema: T): JsonResponse<T> => ({
  description,
  content: { 'application/json': { schema } },
});

/** An answer without a body (204): documented, with nothing to serialize. */
export const noContent = (description: string) => z.null().describe(description);

/**
 * A file download: documented as binary of its media type. Typed `any` so that a handler may
 * send a stream or a buffer, which Fastify writes as they are.
 */
export const fileResponse = (description: string, mediaType: string) => ({
  description,
  content: { [mediaType]: { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
});

/** The error answers a route can give, for the document; each refers to the one ErrorBody schema. */
export function errorResponses<S extends ErrorStatus>(
  ...statuses: S[]
): Record<S, JsonResponse<typeof errorBody>> {
  return Object.fromEntries(statuses.map((s) => [s, jsonResponse(errorMeanings[s], errorBody)])) as Record<
    S,
    JsonResponse<typeof errorBody>
  >;
}
