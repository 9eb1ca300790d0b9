import { loadConfig, serviceEnv } from '@switchboard/config';
import type { z } from 'zod';

// Port and database of the process the service will run as; only the migration reads them yet.
const aiAssistEnv = serviceEnv({ port: 4005, database: 'switchboard_ai_assist' });

export type AiAssistConfig = z.infer<typeof aiAssistEnv>;

export const readConfig = (env: NodeJS.ProcessEnv = process.env): AiAssistConfig =>
  loadConfig(aiAssistEnv, env);
