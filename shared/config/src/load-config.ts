import type { z } from 'zod';

/**
 * Parses the environment once, at start-up. A bad or missing variable fails
 * with the full list of problems rather than the first one.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
  throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
}
