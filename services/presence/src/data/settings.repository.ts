import { DEFAULT_SHIFT_SETTINGS, type ShiftSettings } from '@switchboard/time';
import { eq } from 'drizzle-orm';
import type { Tx } from './db.js';
import { shiftSettings } from './schema.js';

export type StoredShiftSettings = ShiftSettings & { updatedAt: Date | null };

/** The tenant's shift settings; the defaults (updatedAt null) when it never saved any. */
export async function shiftSettingsOf(tx: Tx, tenantId: string): Promise<StoredShiftSettings> {
  const [row] = await tx.select().from(shiftSettings).where(eq(shiftSettings.tenantId, tenantId));
  if (!row)
    return { ...DEFAULT_SHIFT_SETTINGS, workdays: [...DEFAULT_SHIFT_SETTINGS.workdays], updatedAt: null };
  const { tenantId: _, ...settings } = row;
  return settings;
}

export async function saveShiftSettings(
  tx: Tx,
  tenantId: string,
  settings: ShiftSettings,
  at: Date,
): Promise<StoredShiftSettings> {
  const values = { ...settings, updatedAt: at };
  const [row] = await tx
    .insert(shiftSettings)
    .values({ tenantId, ...values })
    .onConflictDoUpdate({ target: shiftSettings.tenantId, set: values })
    .returning();
  if (!row) throw new Error('shift settings not saved');
  const { tenantId: _, ...saved } = row;
  return saved;
}
