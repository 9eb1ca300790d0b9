import { fetchDemoTenant, type SeedOutcome } from '@switchboard/service-runtime';
import { enableForNewTenant } from '../actions/settings.js';
import type { AiAssistDeps } from '../deps.js';

/**
 * AI assist on for the demo tenant (manage.sh start, embedded mode), so its customers' messages
 * are classified and drafted for from the first login. A tenant that has settings keeps them: a
 * second run, or an admin who turned it off, changes nothing.
 */
export async function seedDemoAiSettings(deps: AiAssistDeps, authUrl: string): Promise<SeedOutcome> {
  const { tenantId } = await fetchDemoTenant(authUrl);
  const created = await enableForNewTenant(deps, tenantId);
  return { outcome: created ? 'created' : 'present', steps: created ? 1 : 0 };
}
