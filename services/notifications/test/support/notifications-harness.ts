import {
  type Envelope,
  type EventType,
  type Message,
  newEvent,
  type Ticket,
  uuidv7,
} from '@switchboard/contracts';
import { runService } from '@switchboard/service-runtime';
import {
  announcedTicket,
  injector,
  publishApplied,
  serviceStores,
  type TestUser,
  userCreated,
} from '@switchboard/testing';
import { asc } from 'drizzle-orm';
import { readConfig } from '../../src/config.js';
import { runMigrations } from '../../src/data/migrate.js';
import { outbox } from '../../src/data/schema.js';
import { notificationsService } from '../../src/service.js';

export type Member = TestUser & { token: string; username: string };

const origin = (tenantId: string) => ({ tenantId, correlationId: 'test' });

/** The notifications service in process over its own database and vhost, fed events by hand. */
export async function startNotifications() {
  const stores = await serviceStores('notifications', runMigrations);
  const service = await runService(notificationsService(readConfig(stores.env)));
  const { app, deps, bus } = service;
  const call = injector<Member>(app);
  const publish = (events: Envelope[]) => publishApplied(bus, deps.db, events);

  /** A user auth announced (user.created, applied), with a token of theirs. */
  const member = async (tenantId: string, role: TestUser['role']): Promise<Member> => {
    const { userId, event } = userCreated(tenantId, role);
    await publish([event]);
    const token = await stores.issuer.tokenFor({ userId, tenantId, role });
    return { userId, tenantId, role, token, username: event.data.username };
  };
  const ticketEvent = <T extends EventType>(type: T, data: object, tenantId: string) =>
    newEvent(type, data as never, origin(tenantId), 'tickets');
  const note = (ticket: Ticket, author: Member, body: string) =>
    ticketEvent(
      'message.created',
      messageOf(ticket, { authorType: 'agent', authorId: author.userId, body, internal: true }),
      ticket.tenantId,
    );
  const customerMessage = (ticket: Ticket, body: string) =>
    ticketEvent(
      'message.created',
      messageOf(ticket, { authorType: 'customer', authorId: null, body, internal: false }),
      ticket.tenantId,
    );
  const recorded = async (tenantId: string) =>
    (await deps.db.select().from(outbox).orderBy(asc(outbox.seq)))
      .map((r) => r.envelope as Envelope<Record<string, unknown>>)
      .filter((e) => e.tenantId === tenantId);
  const inbox = async (as: Member, query = '') =>
    (await call('GET', `/api/notifications${query}`, { as })).body;
  const stop = async () => {
    await service.stop();
    await stores.remove();
  };
  return { deps, call, member, publish, ticketEvent, note, customerMessage, recorded, inbox, stop };
}

type MessageParts = Pick<Message, 'authorType' | 'authorId' | 'body' | 'internal'>;

function messageOf(ticket: Ticket, parts: MessageParts) {
  const id = uuidv7();
  return {
    id,
    messageId: id,
    tenantId: ticket.tenantId,
    ticketId: ticket.id,
    ...parts,
    deliveryStatus: 'sent',
    externalId: null,
    createdAt: new Date().toISOString(),
    ticketAssigneeId: ticket.assigneeId,
    authorName: parts.authorType === 'customer' ? 'Ana' : null,
  };
}

export const ticketOf = (tenantId: string, assigneeId: string | null): Ticket =>
  announcedTicket(tenantId, {
    subject: 'Charged twice',
    description: 'I paid twice for order 42',
    status: assigneeId ? 'ASSIGNED' : 'NEW',
    assigneeId,
  });
