import {
  type Envelope,
  type EventData,
  type EventType,
  newEvent,
  type Role,
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
import { readConfig } from '../../src/config.js';
import { runMigrations } from '../../src/data/migrate.js';
import { auditService } from '../../src/service.js';

export type Member = TestUser & { token: string };

/** The audit service in process over its own database and vhost, fed staff events by hand. */
export async function startAudit() {
  const stores = await serviceStores('audit', runMigrations);
  const service = await runService(auditService(readConfig(stores.env)), { only: [] });
  const { app, deps, bus } = service;
  const call = injector<Member>(app);
  const publish = (events: Envelope[]) => publishApplied(bus, deps.db, events);

  /** A user the audit log knows (auth announced them), with a token for the API. */
  const member = async (tenantId: string, role: Role): Promise<Member & { created: Envelope }> => {
    const { userId, event } = userCreated(tenantId, role);
    await publish([event]);
    const token = await stores.issuer.tokenFor({ userId, tenantId, role });
    return { userId, tenantId, role, token, created: event };
  };
  const event = <T extends EventType>(type: T, tenantId: string, data: EventData<T>, producer = 'tickets') =>
    newEvent(type, data, { tenantId, correlationId: `corr-${type}` }, producer);
  const stop = async () => {
    await service.stop();
    await stores.remove();
  };
  return { app, deps, call, member, publish, event, stop };
}

/** A ticket waiting for a supervisor's answer to its resolution request. */
export const awaitingApproval = (tenantId: string, assigneeId: string): Ticket =>
  announcedTicket(tenantId, {
    number: 7,
    subject: 'Refund the duplicate charge',
    status: 'RESOLUTION_REQUESTED',
    assigneeId,
    requiresApproval: true,
  });
