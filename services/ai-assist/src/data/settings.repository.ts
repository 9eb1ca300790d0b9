import { eq } from 'drizzle-orm';
import { type AiSettings, defaultAiSettings } from '../domain/settings.js';
import type { Tx } from './db.js';
import { aiSettings } from './schema.js';

const columnsOf = (settings: AiSettings, updatedAt: Date) => ({
  enabled: settings.enabled,
  provider: settings.provider,
  autoApplyCategory: settings.autoApply.category,
  autoApplyPriority: settings.autoApply.priority,
  autoApplyMinConfidence: settings.autoApplyMinConfidence,
  updatedAt,
});

/** The tenant's AI settings; the defaults when it never saved any. */
export async function settingsOf(tx: Tx, tenantId: string): Promise<AiSettings> {
  const [row] = await tx.select().from(aiSettings).where(eq(aiSettings.tenantId, tenantId));
  if (!row) return defaultAiSettings();
  return {
    enabled: row.enabled,
    provider: row.provider,
    autoApply: { category: row.autoApplyCategory, priority: row.autoApplyPriority },
    autoApplyMinConfidence: row.autoApplyMinConfidence,
  };
}

export async function saveSettings(tx: Tx, tenantId: string, settings: AiSettings, at: Date): Promise<void> {
  const values = columnsOf(settings, at);
  await tx
    .insert(aiSettings)
    .values({ tenantId, ...values })
    .onConflictDoUpdate({ target: aiSettings.tenantId, set: values });
}

/** Saves `settings` only for a tenant that has none yet; true when it did. */
export async function saveSettingsIfAbsent(
  tx: Tx,
  tenantId: string,
  settings: AiSettings,
  at: Date,
): Promise<boolean> {
  const rows = await tx
    .insert(aiSettings)
    .values({ tenantId, ...columnsOf(settings, at) })
    .onConflictDoNothing()
    .returning({ tenantId: aiSettings.tenantId });
  return rows.length > 0;
}
