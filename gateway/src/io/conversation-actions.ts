import {
  type ActionError,
  assignConversationRequestSchema,
  conversationStatusRequestSchema,
  type MessageSent,
  sendMessageRequestSchema,
  shownStatusRequestSchema,
  unassignConversationRequestSchema,
} from '@switchboard/contracts';
import type { Logger } from 'pino';
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import type { Admission } from './authenticate.js';
import { onBehalf, type Request } from './on-behalf.js';
import type { GatewaySocket } from './socket-types.js';

type ActionSocket = GatewaySocket & { data: { admission?: Admission } };
type ActionAnswer = ({ ok: true } & object) | { ok: false; error: ActionError };
export type ActionDeps = { ticketsUrl: string; presenceUrl: string; timeoutMs: number; log: Logger };

/** One action: its payload schema, the route it calls, and what its success acknowledges. */
type Action<S extends z.ZodType> = {
  schema: S;
  service: 'tickets' | 'presence';
  request: (payload: z.infer<S>, admission: Admission) => Request;
  done: (body: unknown, socket: ActionSocket) => object;
};

const ticket = (body: unknown) => ({ ticket: body });
const presence = (body: unknown) => ({ presence: body });

/** reference/004's actions, each the HTTP route of docs/api.md it stands for. */
const actions = {
  send_message: {
    schema: sendMessageRequestSchema,
    service: 'tickets',
    request: (p) => ({
      method: 'POST',
      path: `/api/tickets/${p.conversationId}/messages`,
      body: { body: p.content, internal: p.internal ?? false },
    }),
    done: (body, socket) => {
      const message = body as { id: string; ticketId: string; createdAt: string };
      const sent: MessageSent = {
        conversationId: message.ticketId,
        messageId: message.id,
        createdAt: message.createdAt,
      };
      socket.emit('message_sent', sent);
      return sent;
    },
  } satisfies Action<typeof sendMessageRequestSchema>,
  update_conversation_status: {
    schema: conversationStatusRequestSchema,
    service: 'tickets',
    request: (p) => ({
      method: 'PATCH',
      path: `/api/tickets/${p.conversationId}`,
      body: { status: p.status, ...(p.reason === undefined ? {} : { reason: p.reason }) },
    }),
    done: ticket,
  } satisfies Action<typeof conversationStatusRequestSchema>,
  assign_conversation: {
    schema: assignConversationRequestSchema,
    service: 'tickets',
    request: (p) => ({
      method: 'POST',
      path: `/api/tickets/${p.conversationId}/assign`,
      body: { agentId: p.agentId },
    }),
    done: ticket,
  } satisfies Action<typeof assignConversationRequestSchema>,
  unassign_conversation: {
    schema: unassignConversationRequestSchema,
    service: 'tickets',
    request: (p) => ({
      method: 'POST',
      path: `/api/tickets/${p.conversationId}/assign`,
      body: { agentId: null },
    }),
    done: ticket,
  } satisfies Action<typeof unassignConversationRequestSchema>,
  agent_online: shownStatus('online'),
  agent_offline: shownStatus('offline'),
};

/** `agent_online()` / `agent_offline()`: the user's own shown status, as PUT /api/agents/:id/status sets it. */
function shownStatus(status: 'online' | 'offline'): Action<typeof shownStatusRequestSchema> {
  return {
    schema: shownStatusRequestSchema,
    service: 'presence',
    request: (_p, { member }) => ({
      method: 'PUT',
      path: `/api/agents/${member.userId}/status`,
      body: { status },
    }),
    done: presence,
  };
}

const validationFailed = (issues: readonly z.core.$ZodIssue[]): ActionError => ({
  code: 'VALIDATION_FAILED',
  message: 'The payload is not valid',
  details: issues.map((i) => ({ field: ['payload', ...i.path.map(String)].join('.'), message: i.message })),
});

/**
 * Answers each action in its acknowledgement, `{ok: true, ...}` or `{ok: false, error}`; a client
 * that sent no acknowledgement is still obeyed, and told nothing (the refusal is its ack's to say).
 */
export function handleConversationActions(socket: ActionSocket, deps: ActionDeps) {
  const urls = { tickets: deps.ticketsUrl, presence: deps.presenceUrl };
  const run = async <S extends z.ZodType>(action: Action<S>, payload: unknown): Promise<ActionAnswer> => {
    const admission = socket.data.admission;
    if (!admission) return { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Authenticate first' } };
    const parsed = action.schema.safeParse(payload);
    if (!parsed.success) return { ok: false, error: validationFailed(parsed.error.issues) };
    const request = action.request(parsed.data as z.infer<S>, admission);
    const answer = await onBehalf(urls[action.service], admission.token, request, deps.timeoutMs);
    return answer.ok ? { ok: true, ...action.done(answer.body, socket) } : answer;
  };
  for (const [name, action] of Object.entries(actions) as [string, Action<z.ZodType>][]) {
    (socket as Socket).on(name, (...args: unknown[]) => {
      const ack = typeof args.at(-1) === 'function' ? (args.pop() as (a: ActionAnswer) => void) : undefined;
      void run(action, args[0])
        .catch((err): ActionAnswer => {
          deps.log.error({ err, action: name }, 'socket action failed');
          return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side' } };
        })
        .then((answer) => ack?.(answer));
    });
  }
}
