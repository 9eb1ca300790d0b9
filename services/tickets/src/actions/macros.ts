import type { Caller } from '@switchboard/auth-verify';
import { conflictError, type Macro, type MacroAction, notFoundError, uuidv7 } from '@switchboard/contracts';
import { isUniqueViolation } from '@switchboard/db';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import {
  deleteMacro,
  findMacro,
  insertMacro,
  listMacros,
  type MacroRow,
  updateMacro,
} from '../data/macros.repository.js';
import type { TicketsDeps } from '../deps.js';

export type NewMacro = { name: string; actions: MacroAction[] };

const toMacro = (row: MacroRow): Macro => ({
  id: row.id,
  name: row.name,
  actions: row.actions,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** GET /api/macros: the tenant's macros, by name. */
export async function macrosOf(deps: TicketsDeps, caller: Caller) {
  return { data: (await listMacros(deps.db, caller.tenantId)).map(toMacro) };
}

/** A macro of the caller's tenant, else 404 (never another tenant's). */
export async function tenantMacro(tx: Tx, caller: Caller, id: string): Promise<MacroRow> {
  const row = await findMacro(tx, caller.tenantId, id);
  if (!row) throw notFoundError('Macro');
  return row;
}

/** POST /api/macros (supervisor, admin). */
export async function createMacro(deps: TicketsDeps, caller: Caller, input: NewMacro): Promise<Macro> {
  return uniqueName(() =>
    deps.db.transaction(async (tx) => {
      const row = await insertMacro(tx, {
        id: uuidv7(),
        tenantId: caller.tenantId,
        ...input,
        createdBy: caller.userId,
      });
      const macro = toMacro(row);
      await recordEvent(tx, caller, 'macro.created', { ...macro, macroId: macro.id, actorId: caller.userId });
      return macro;
    }),
  );
}

/** PATCH /api/macros/:id (supervisor, admin): a new name, new actions, or both. */
export async function changeMacro(
  deps: TicketsDeps,
  caller: Caller,
  id: string,
  changes: Partial<NewMacro>,
): Promise<Macro> {
  return uniqueName(() =>
    deps.db.transaction(async (tx) => {
      const row = await updateMacro(tx, caller.tenantId, id, changes);
      if (!row) throw notFoundError('Macro');
      const macro = toMacro(row);
      await recordEvent(tx, caller, 'macro.updated', { ...macro, macroId: macro.id, actorId: caller.userId });
      return macro;
    }),
  );
}

/** DELETE /api/macros/:id (supervisor, admin). */
export async function removeMacro(deps: TicketsDeps, caller: Caller, id: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const row = await deleteMacro(tx, caller.tenantId, id);
    if (!row) throw notFoundError('Macro');
    await recordEvent(tx, caller, 'macro.deleted', {
      macroId: row.id,
      name: row.name,
      actorId: caller.userId,
    });
  });
}

/** Two macros of a tenant never share a name (any case): agents pick them by name. */
async function uniqueName<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err, 'macros_tenant_name_uq'))
      throw conflictError('A macro with this name exists', [
        { field: 'body.name', message: 'is already taken' },
      ]);
    throw err;
  }
}
