import { DEFAULT_SHIFT_SETTINGS, type ShiftSettings } from '@switchboard/time';
import { eq } from 'drizzle-orm';
import type { Tx } from './db.js';
import { tenantSettings } from './schema.js';

/** The tenant's shift settings as presence last announced them; the defaults until it did. */
export async function settingsOf(tx: Tx, tenantId: string): Promise<ShiftSettings> {
  const [row] = await tx.select().from(tenantSettings).where(eq(tenantSettings.tenantId, tenantId));
  if (!row) return { ...DEFAULT_SHIFT_SETTINGS, workdays: [...DEFAULT_SHIFT_SETTINGS.workdays] };
  const { tenantId: _, ...settings } = row;
  return settings;
}

export async function replaceSettings(tx: Tx, tenantId: string, settings: ShiftSettings | null) {
  await tx.delete(tenantSettings).where(eq(tenantSettings.tenantId, tenantId));
  if (settings) await tx.insert(tenantSettings).values({ tenantId, ...settings });
}
