import type { MessageFact } from './ticket-inputs.js';
import { secondsBetween } from './ticket-timeline.js';

/** An agent's public reply that stopped a response clock (docs/metrics.md, first and next response). */
export type Reply = {
  messageId: string;
  agentId: string;
  kind: 'first' | 'next';
  clockStartedAt: Date;
  repliedAt: Date;
  seconds: number;
};

/**
 * The ticket's response samples, as the ticket service runs its clocks: the first public agent
 * reply answers the creation (first response); after it, a customer message starts a clock that
 * the next public agent reply stops (next response). Internal notes and system messages neither
 * start nor stop a clock; further customer messages while one runs do not restart it.
 * Without the creation time (the ticket's own events not yet here) there is no first sample.
 */
export function repliesOf(createdAt: Date | null, messages: readonly MessageFact[]): Reply[] {
  const replies: Reply[] = [];
  let answered = false;
  let waitingSince: Date | null = null;
  for (const m of messages) {
    if (m.internal) continue;
    if (m.authorType === 'customer') {
      if (answered && !waitingSince) waitingSince = m.at;
    } else if (m.authorType === 'agent' && m.authorId) {
      const clock = answered ? waitingSince : createdAt;
      if (clock) {
        const kind = answered ? 'next' : 'first';
        const seconds = secondsBetween(clock, m.at);
        replies.push({
          messageId: m.id,
          agentId: m.authorId,
          kind,
          clockStartedAt: clock,
          repliedAt: m.at,
          seconds,
        });
      }
      answered = true;
      waitingSince = null;
    }
  }
  return replies;
}
