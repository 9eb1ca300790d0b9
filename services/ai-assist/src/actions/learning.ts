import type { Logger } from 'pino';
import type { Db, Tx } from '../data/db.js';
import {
  lockTenantModel,
  saveLearnedModel,
  saveTrainedModel,
  tenantsToRetrain,
} from '../data/tenant-models.repository.js';
import type { TicketRow } from '../data/tickets.repository.js';
import { labelledTickets } from '../data/tickets.repository.js';
import { trainingText } from '../domain/labels.js';
import { emptyTenantModel, learnTicket, trainTenantModel } from '../domain/tenant-model.js';

/** A ticket as the model learns it: only the labels a person set. */
const asLabelled = (ticket: TicketRow) => ({
  text: trainingText(ticket),
  category: ticket.categoryLabelled ? ticket.category : null,
  priority: ticket.priorityLabelled ? ticket.priority : null,
});

/**
 * Learns a ticket a person just labelled, now, so the next message already benefits. A relabel
 * cannot be unlearned this way: the count it adds sends the tenant to the next full retrain.
 */
export async function learnLabelledTicket(tx: Tx, ticket: TicketRow): Promise<void> {
  const stored = await lockTenantModel(tx, ticket.tenantId);
  const model = learnTicket(stored?.model ?? emptyTenantModel(), asLabelled(ticket));
  await saveLearnedModel(tx, ticket.tenantId, model);
}

/** Retrains one tenant's model from every ticket its people labelled, as they are labelled now. */
export async function retrainTenant(db: Db, tenantId: string): Promise<void> {
  await db.transaction(async (tx) => {
    // Locked first, so a ticket learned meanwhile waits and is counted towards the next retrain.
    await lockTenantModel(tx, tenantId);
    const model = trainTenantModel((await labelledTickets(tx, tenantId)).map(asLabelled));
    await saveTrainedModel(tx, tenantId, model);
  });
}

/** One pass of the retrain job: every tenant that learned a label since its last train. */
export async function retrainChangedTenants(db: Db, logger: Logger): Promise<number> {
  const tenants = await tenantsToRetrain(db);
  for (const tenantId of tenants) {
    try {
      await retrainTenant(db, tenantId);
    } catch (err) {
      logger.warn({ err, tenantId }, 'tenant model retrain failed; retried next pass');
    }
  }
  return tenants.length;
}
