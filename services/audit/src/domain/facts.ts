import type { Envelope, EventData, EventType } from '@switchboard/contracts';

type State = Record<string, unknown>;

/** What one event changed, before the actor's role decides whether it is audited. */
export type AuditFact = {
  action: string;
  targetType: string;
  targetId: string;
  actorId: string | null;
  /** The target as the event leaves it; kept as the `before` of its next change. */
  state?: State;
  /** What changed; `before` null means "the last known state of those fields". */
  before?: State | null;
  after: State | null;
};

type Of<T extends EventType> = (data: EventData<T>) => AuditFact | null;

const pick = (from: State | undefined, keys: string[]): State | null =>
  from ? Object.fromEntries(keys.map((k) => [k, from[k] ?? null])) : null;

const userState = (u: EventData<'user.created'>): State => ({
  username: u.username,
  email: u.email,
  fullName: u.fullName,
  role: u.role,
  department: u.department,
  phone: u.phone,
  isActive: u.isActive,
});

const userCreated: Of<'user.created'> = (u) => ({
  action: 'user.created',
  targetType: 'user',
  targetId: u.id,
  actorId: u.actorId ?? null,
  state: userState(u),
  before: null,
  after: userState(u),
});

const userUpdated: Of<'user.updated'> = (u) => ({
  action: u.changed.includes('role') ? 'user.role_changed' : 'user.updated',
  targetType: 'user',
  targetId: u.id,
  actorId: u.actorId ?? null,
  state: userState(u),
  after: pick(userState(u), u.changed),
});

const userDeactivated: Of<'user.deactivated'> = (u) => ({
  action: 'user.deactivated',
  targetType: 'user',
  targetId: u.userId,
  actorId: u.actorId ?? null,
  before: { isActive: true },
  after: { isActive: false },
});

/** Only the supervisor's answer to a resolution request is an approval or a rejection. */
const statusChanged: Of<'ticket.status_changed'> = (t) => {
  if (t.from !== 'RESOLUTION_REQUESTED' || (t.to !== 'RESOLVED' && t.to !== 'IN_PROGRESS')) return null;
  return {
    action: t.to === 'RESOLVED' ? 'ticket.resolution_approved' : 'ticket.resolution_rejected',
    targetType: 'ticket',
    targetId: t.ticketId,
    actorId: t.actorId,
    before: { status: t.from },
    after: { status: t.to, reason: t.reason },
  };
};

const assigned: Of<'ticket.assigned'> = (t) => ({
  action: 'ticket.assigned',
  targetType: 'ticket',
  targetId: t.ticketId,
  actorId: t.actorId,
  before: { assigneeId: t.previousAssigneeId },
  after: { assigneeId: t.assigneeId },
});

const macroState = (m: EventData<'macro.created'>): State => ({ name: m.name, actions: m.actions });

const macroChanged =
  (action: string): Of<'macro.created'> =>
  (m) => ({
    action,
    targetType: 'macro',
    targetId: m.macroId,
    actorId: m.actorId,
    state: macroState(m),
    before: action === 'macro.created' ? null : undefined,
    after: macroState(m),
  });

const macroDeleted: Of<'macro.deleted'> = (m) => ({
  action: 'macro.deleted',
  targetType: 'macro',
  targetId: m.macroId,
  actorId: m.actorId,
  after: null,
});

const cannedState = (c: EventData<'canned_response.created'>): State => ({
  shortCode: c.shortCode,
  title: c.title,
  body: c.body,
});

/** Only tenant-wide responses: an agent's personal ones are their own business. */
const cannedChanged =
  (action: string): Of<'canned_response.created'> =>
  (c) =>
    c.scope !== 'tenant'
      ? null
      : {
          action,
          targetType: 'canned_response',
          targetId: c.id,
          actorId: c.actorId,
          state: cannedState(c),
          before: action === 'canned_response.created' ? null : undefined,
          after: cannedState(c),
        };

const cannedDeleted: Of<'canned_response.deleted'> = (c) =>
  c.scope !== 'tenant'
    ? null
    : {
        action: 'canned_response.deleted',
        targetType: 'canned_response',
        targetId: c.id,
        actorId: c.actorId,
        after: null,
      };

const customerMerged: Of<'customer.merged'> = (c) => ({
  action: 'customer.merged',
  targetType: 'customer',
  targetId: c.customerId,
  actorId: c.actorId,
  before: { mergedCustomerId: c.mergedCustomerId },
  after: { ticketIds: c.ticketIds },
});

const factOf = {
  'user.created': userCreated,
  'user.updated': userUpdated,
  'user.deactivated': userDeactivated,
  'ticket.status_changed': statusChanged,
  'ticket.assigned': assigned,
  'macro.created': macroChanged('macro.created'),
  'macro.updated': macroChanged('macro.updated'),
  'macro.deleted': macroDeleted,
  'canned_response.created': cannedChanged('canned_response.created'),
  'canned_response.updated': cannedChanged('canned_response.updated'),
  'canned_response.deleted': cannedDeleted,
  'customer.merged': customerMerged,
} as const;

export type AuditedEvent = keyof typeof factOf;
export const auditedEvents = Object.keys(factOf) as AuditedEvent[];

/** The change `event` records, or null when it is none the audit log keeps. */
export function auditFactOf(event: Envelope): AuditFact | null {
  const of = factOf[event.type as AuditedEvent] as ((data: unknown) => AuditFact | null) | undefined;
  return of ? of(event.data) : null;
}
