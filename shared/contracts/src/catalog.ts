import type { z } from 'zod';
import * as ai from './events/ai.events.js';
import * as auth from './events/auth.events.js';
import * as canned from './events/canned.events.js';
import * as customers from './events/customers.events.js';
import type { EventContract } from './events/define-event.js';
import * as floor from './events/floor.events.js';
import * as gateway from './events/gateway.events.js';
import * as jobs from './events/jobs.events.js';
import * as macros from './events/macros.events.js';
import * as notifications from './events/notifications.events.js';
import * as performance from './events/performance.events.js';
import * as presence from './events/presence.events.js';
import * as reporting from './events/reporting.events.js';
import * as sla from './events/sla.events.js';
import * as tickets from './events/tickets.events.js';

const contracts = [
  auth.TenantCreated,
  auth.UserCreated,
  auth.UserUpdated,
  auth.UserDeactivated,
  gateway.SocketConnected,
  gateway.SocketDisconnected,
  tickets.TicketCreated,
  tickets.TicketUpdated,
  tickets.TicketAssigned,
  tickets.TicketUnassigned,
  tickets.TicketStatusChanged,
  tickets.TicketResolved,
  tickets.TicketReopened,
  tickets.TicketTagsChanged,
  tickets.TicketMerged,
  macros.MacroCreated,
  macros.MacroUpdated,
  macros.MacroDeleted,
  tickets.MessageCreated,
  tickets.MessageStatusUpdated,
  tickets.MessageRead,
  tickets.AttachmentUploaded,
  tickets.CsatSubmitted,
  tickets.AgentCapacityChanged,
  canned.CannedResponseCreated,
  canned.CannedResponseUpdated,
  canned.CannedResponseDeleted,
  customers.CustomerCreated,
  customers.CustomerUpdated,
  customers.CustomerMerged,
  sla.SlaWarning,
  sla.SlaBreached,
  sla.SlaEscalated,
  presence.AgentClockedIn,
  presence.AgentClockedOut,
  presence.AgentBreakStarted,
  presence.AgentBreakEnded,
  presence.AgentStatusChanged,
  presence.AgentAvailabilityChanged,
  presence.ShiftSettingsUpdated,
  presence.AgentActivityLogged,
  performance.AgentPerformanceChanged,
  floor.BroadcastSent,
  floor.BroadcastAcknowledged,
  floor.HelpRequested,
  floor.HelpUpdated,
  floor.BroadcastRequested,
  floor.HelpMessagePosted,
  reporting.MetricsUpdated,
  jobs.JobQueued,
  jobs.JobUpdated,
  ai.AiProcessingStarted,
  ai.AiMessageClassified,
  ai.AiDraftProposed,
  ai.AiProcessingCompleted,
  notifications.NotificationCreated,
  notifications.NotificationsRead,
] as const;

type AnyContract = (typeof contracts)[number];

/** Every event of docs/api.md §5 by its type. Extend it; never repurpose a name. */
export const catalog = Object.fromEntries(contracts.map((c) => [c.type, c])) as {
  [C in AnyContract as C['type']]: C;
};

export type EventType = keyof typeof catalog;
export type EventData<T extends EventType> = z.infer<(typeof catalog)[T]['schema']>;

export function contractOf(type: string): EventContract | undefined {
  return (catalog as Record<string, EventContract>)[type];
}

export const eventTypes = Object.keys(catalog) as EventType[];
