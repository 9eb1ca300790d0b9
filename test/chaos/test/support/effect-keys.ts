// biome-ignore-all lint/suspicious/noExplicitAny: event data is read loosely, as every store keeps it
/*
 * One vocabulary for effects across stores: the tickets outbox, reporting's consumed events, the
 * gateway's tenant streams and each socket all hold the same event data, so the same function
 * names an effect wherever it is seen. Tags written by the load (customer names, message bodies,
 * break reasons, agent names) make each key unique to the write that caused it.
 */

/** The ticket's customer name: the load names every customer after its ticket's tag. */
export const ticketOf = (data: any): string | undefined => data?.customer?.name ?? undefined;

export function effectKey(type: string, data: any): string | null {
  switch (type) {
    case 'ticket.created':
      return ticketOf(data) ? `t:${ticketOf(data)}:created` : null;
    case 'ticket.assigned':
      return ticketOf(data) ? `t:${ticketOf(data)}:assigned` : null;
    case 'ticket.status_changed':
      return ticketOf(data) ? `t:${ticketOf(data)}:status:${data.to}` : null;
    case 'message.created':
      return data?.authorType === 'system' ? null : `m:${data?.body}`;
    case 'agent.break_started':
      return `b:${data?.reason}`;
    case 'agent.break_ended':
      return `a:${data?.agentId}:break_ended`;
    case 'user.updated':
      return data?.changed?.includes('fullName') ? `u:${data.id}:${data.fullName}` : null;
    default:
      return null;
  }
}

/** The load's tags all start with this, so a store's rows of other origin are told apart. */
export const TAG = 'cx';
