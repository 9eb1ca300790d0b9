import { loadConfig, serviceEnv } from '@switchboard/config';
import { z } from 'zod';

/*
 * Port and database of the service, where tokens are checked, how often tenant models are
 * retrained, and the `openai` provider's endpoint. The defaults are for local development only:
 * an Ollama server on this machine, no key.
 */
const aiAssistEnv = serviceEnv({ port: 4005, database: 'switchboard_ai_assist' }).extend({
  AUTH_URL: z.url().default('http://127.0.0.1:4001').describe('Where the JWKS comes from'),
  JWT_ISSUER: z.string().default('switchboard'),
  AI_RETRAIN_INTERVAL_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(900_000)
    .describe('How often tenant models with labels learned since their last train are retrained in full'),
  AI_BASE_URL: z
    .url()
    .default('http://127.0.0.1:11434/v1')
    .describe('Base URL of an OpenAI-compatible API; the provider POSTs to its /chat/completions'),
  AI_API_KEY: z
    .preprocess((v) => (v === '' ? undefined : v), z.string().optional())
    .describe('Secret sent as "Authorization: Bearer <key>"; unset: no Authorization header'),
  AI_MODEL: z.string().min(1).default('llama3.2').describe('The model named in each request'),
  AI_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  AI_REQUESTS_PER_MINUTE: z.coerce
    .number()
    .int()
    .positive()
    .default(60)
    .describe('Requests to the endpoint per tenant per minute; beyond them the local provider answers'),
});

export type AiAssistConfig = z.infer<typeof aiAssistEnv>;

export const readConfig = (env: NodeJS.ProcessEnv = process.env): AiAssistConfig =>
  loadConfig(aiAssistEnv, env);
