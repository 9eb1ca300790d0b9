import { type Envelope, type Message, newEvent, type Ticket, uuidv7 } from '@switchboard/contracts';
import { runService } from '@switchboard/service-runtime';
import {
  announcedTicket,
  injector,
  publishApplied,
  serviceStores,
  type TestUser,
} from '@switchboard/testing';
import { asc } from 'drizzle-orm';
import { readConfig } from '../../src/config.js';
import { runMigrations } from '../../src/data/migrate.js';
import { outbox } from '../../src/data/schema.js';
import { aiAssistService } from '../../src/service.js';

export type Member = TestUser & { token: string };

/** The AI assist service in process over its own database and vhost, fed ticket events by hand. */
export async function startAiAssist() {
  const stores = await serviceStores('ai-assist', runMigrations);
  const service = await runService(aiAssistService(readConfig(stores.env)), { only: [] });
  const { app, deps, bus } = service;
  const call = injector<Member>(app);
  const member = async (tenantId: string, role: TestUser['role']): Promise<Member> => {
    const userId = uuidv7();
    return { userId, tenantId, role, token: await stores.issuer.tokenFor({ userId, tenantId, role }) };
  };
  const publish = (events: Envelope[]) => publishApplied(bus, deps.db, events);
  const origin = (tenantId: string) => ({ tenantId, correlationId: 'test' });

  const ticketCreated = (ticket: Ticket) =>
    newEvent('ticket.created', { ...ticket, ticketId: ticket.id }, origin(ticket.tenantId), 'tickets');
  const customerMessage = (ticket: Ticket, body: string) => {
    const message: Message = {
      id: uuidv7(),
      tenantId: ticket.tenantId,
      ticketId: ticket.id,
      authorType: 'customer',
      authorId: null,
      body,
      internal: false,
      deliveryStatus: 'sent',
      externalId: null,
      createdAt: new Date().toISOString(),
    };
    const data = {
      ...message,
      messageId: message.id,
      ticketAssigneeId: ticket.assigneeId,
      authorName: 'Ana',
    };
    return newEvent('message.created', data, origin(ticket.tenantId), 'tickets');
  };
  const recorded = async () =>
    (await deps.db.select().from(outbox).orderBy(asc(outbox.seq))).map(
      (r) => r.envelope as Envelope<Record<string, unknown>>,
    );
  const stop = async () => {
    await service.stop();
    await stores.remove();
  };
  return { deps, call, member, publish, ticketCreated, customerMessage, recorded, stop };
}

export const ticketOf = (tenantId: string, assigneeId: string | null): Ticket =>
  announcedTicket(tenantId, {
    subject: 'Charged twice',
    status: assigneeId ? 'ASSIGNED' : 'NEW',
    assigneeId,
  });
