import { z } from 'zod';
import { defineEvent } from './define-event.js';

/*
 * Events whose producers arrive with later services. Names and versions are
 * frozen now; each payload starts with the ids every consumer needs and stays
 * open (loose) so the producing service can add its fields additively.
 */
const ticketRef = z.looseObject({ ticketId: z.uuid() });
const agentRef = z.looseObject({ agentId: z.uuid() });
const open = z.looseObject({});

export const SlaBreached = defineEvent('sla.breached', 1, ticketRef);
export const SlaEscalated = defineEvent('sla.escalated', 1, ticketRef);
export const AgentClockedIn = defineEvent('agent.clocked_in', 1, agentRef);
export const AgentClockedOut = defineEvent('agent.clocked_out', 1, agentRef);
export const AgentBreakStarted = defineEvent('agent.break_started', 1, agentRef);
export const AgentBreakEnded = defineEvent('agent.break_ended', 1, agentRef);
export const AgentStatusChanged = defineEvent('agent.status_changed', 1, agentRef);
export const AgentAvailabilityChanged = defineEvent('agent.availability_changed', 1, agentRef);
export const BroadcastSent = defineEvent('broadcast.sent', 1, z.looseObject({ broadcastId: z.uuid() }));
export const HelpRequested = defineEvent('help.requested', 1, z.looseObject({ helpRequestId: z.uuid() }));
export const HelpUpdated = defineEvent('help.updated', 1, z.looseObject({ helpRequestId: z.uuid() }));
export const MetricsUpdated = defineEvent('metrics.updated', 1, open);
export const JobUpdated = defineEvent('job.updated', 1, z.looseObject({ jobId: z.uuid() }));
