import type { CustomerAttributes } from '@switchboard/contracts';

export type AttributeType = 'text' | 'number' | 'boolean';
/** One row of the attributes editor: what the user typed, before it is a value. */
export type AttributeRow = { key: string; type: AttributeType; value: string };
export type AttributePatch = Record<string, string | number | boolean | null>;

export const typeOf = (v: string | number | boolean): AttributeType =>
  typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'text';

export const rowsOf = (attributes: CustomerAttributes): AttributeRow[] =>
  Object.entries(attributes).map(([key, v]) => ({ key, type: typeOf(v), value: String(v) }));

/** The row's value as the API takes it; a number that is not one stays text, so the server names the problem. */
function typedValue(row: AttributeRow): string | number | boolean {
  if (row.type === 'boolean') return row.value === 'true';
  if (row.type === 'number' && row.value.trim() !== '' && Number.isFinite(Number(row.value)))
    return Number(row.value);
  return row.value;
}

/** What PATCH /api/customers/:id needs to turn `before` into the rows: changed keys set, dropped keys null. */
export function attributePatch(before: CustomerAttributes, rows: AttributeRow[]): AttributePatch {
  const patch: AttributePatch = {};
  const kept = rows.filter((r) => r.key.trim() !== '');
  for (const row of kept) {
    const value = typedValue(row);
    if (before[row.key.trim()] !== value) patch[row.key.trim()] = value;
  }
  const names = new Set(kept.map((r) => r.key.trim()));
  for (const key of Object.keys(before)) if (!names.has(key)) patch[key] = null;
  return patch;
}
