import type { Caller } from '@switchboard/auth-verify';
import { now } from '@switchboard/clock';
import { saveSettings, saveSettingsIfAbsent, settingsOf } from '../data/settings.repository.js';
import type { AiAssistDeps } from '../deps.js';
import { type AiSettings, defaultAiSettings } from '../domain/settings.js';

/** GET /api/ai/settings: the caller's tenant's settings (the defaults until saved). */
export const getAiSettings = (deps: AiAssistDeps, caller: Caller): Promise<AiSettings> =>
  settingsOf(deps.db, caller.tenantId);

/** PUT /api/ai/settings: the whole object replaces the tenant's settings. */
export async function putAiSettings(deps: AiAssistDeps, caller: Caller, settings: AiSettings) {
  await saveSettings(deps.db, caller.tenantId, settings, now());
  return settings;
}

/** Turns AI assist on for a tenant that never configured it; false when it already had settings. */
export const enableForNewTenant = (deps: AiAssistDeps, tenantId: string): Promise<boolean> =>
  saveSettingsIfAbsent(deps.db, tenantId, { ...defaultAiSettings(), enabled: true }, now());
