import type { Envelope, EventData, EventType } from '@switchboard/contracts';
import { eventAt } from './event-at.js';

/** One agent's presence events, as presence publishes them. */
export function agentStory(tenantId: string, agentId: string) {
  const events: Envelope[] = [];
  const emit = <T extends EventType>(type: T, data: EventData<T>, at: string) =>
    events.push(eventAt(type, tenantId, data, at, 'presence'));
  const when = (at: string) => ({ agentId, at: new Date(at).toISOString() });
  /** Emits and returns the story, so steps chain. */
  const step = <T extends EventType>(type: T, data: EventData<T>, at: string) => {
    emit(type, data, at);
    return story;
  };
  const story = {
    events,
    clockIn: (at: string) => step('agent.clocked_in', when(at), at),
    clockOut: (at: string) => step('agent.clocked_out', when(at), at),
    breakStart: (at: string) => step('agent.break_started', { ...when(at), reason: null }, at),
    breakEnd: (at: string) => step('agent.break_ended', when(at), at),
    status: (status: 'online' | 'away' | 'busy' | 'offline', at: string) =>
      step('agent.status_changed', { ...when(at), status }, at),
    availability(availability: 'available' | 'busy' | 'offline', at: string) {
      const activity = availability === 'offline' ? 'clocked_out' : 'working';
      const data = {
        ...when(at),
        availability,
        activity,
        onlineStatus: 'online',
        openTickets: 0,
        capacity: null,
      } as const;
      emit('agent.availability_changed', data, at);
      return story;
    },
  };
  return story;
}
