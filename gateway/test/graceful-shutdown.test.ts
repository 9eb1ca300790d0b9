import {
  connectAuthenticated,
  createAgent,
  type Stack,
  signupTenant,
  startStack,
  waitFor,
} from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ ticketsEnv: { RATE_LIMIT_PER_MINUTE: '100000' } });
});
afterAll(() => stack?.stop());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('kill -TERM during load', () => {
  it('the ticket service finishes what it accepted: every 201 is stored and its event delivered', async () => {
    const admin = await signupTenant(stack.call);
    const agent = await createAgent(stack.call, admin);
    const board = await connectAuthenticated(stack.baseUrl, { token: admin.token });
    const accepted: string[] = [];
    const refused: number[] = [];
    let stopping = false;
    const client = async (n: number) => {
      for (let i = 0; !stopping; i++) {
        const res = await stack.call('POST', '/api/tickets', {
          token: agent.token,
          body: { subject: `Load ${n}-${i}`, description: 'during shutdown', priority: 'low' },
        });
        if (res.status === 201) accepted.push(res.body.id);
        else refused.push(res.status); // not accepted: the caller knows and may retry
      }
    };
    const load = Promise.all([0, 1, 2, 3, 4, 5].map(client));
    await waitFor('load under way', () => accepted.length >= 20);
    await stack.tickets.stop('SIGTERM');
    await sleep(300); // requests meanwhile are refused (503), not lost
    await stack.restart('tickets');
    await sleep(500);
    stopping = true;
    await load;

    expect(refused.length).toBeGreaterThan(0); // the service really was down while load went on
    expect(refused.every((status) => status === 503)).toBe(true);
    for (const id of accepted) {
      const res = await stack.call('GET', `/api/tickets/${id}`, { token: admin.token });
      expect(res.status, id).toBe(200);
    }
    await waitFor(
      'a ticket_created for every accepted ticket',
      () => accepted.every((id) => board.of('ticket_created', (p) => p.ticketId === id).length === 1),
      30_000,
    );
    board.close();
  });
});
