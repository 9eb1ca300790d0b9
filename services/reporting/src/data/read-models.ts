import { eq } from 'drizzle-orm';
import type { Tx } from './db.js';
import {
  agentMarks,
  agents,
  tenantSettings,
  ticketCycles,
  ticketFacts,
  ticketMessages,
  ticketReplies,
  ticketSpans,
} from './schema.js';

const readModels = [
  ticketFacts,
  ticketSpans,
  ticketCycles,
  ticketReplies,
  ticketMessages,
  agentMarks,
  agents,
  tenantSettings,
] as const;

/** Empties every read model of the tenant; the stored events stay (they are what is replayed). */
export async function clearReadModels(tx: Tx, tenantId: string): Promise<void> {
  for (const table of readModels) await tx.delete(table).where(eq(table.tenantId, tenantId));
}
