import type { Stack, TenantAdmin } from '@switchboard/testing';
import { type HttpResult, runHttpLoad } from './load.js';
import { quiesce } from './stack.js';
import { summarize } from './stats.js';

export const newTicket = { subject: 'Printer on fire', description: 'It is on fire.', priority: 'medium' };

/** Ticket create (state + outbox in one tx) and get-by-id, through the gateway, with the baseline settings. */
export async function benchApi(stack: Stack, admin: TenantAdmin, durationS: number) {
  const create: HttpResult = await runHttpLoad({
    label: 'ticket create',
    url: `${stack.baseUrl}/api/tickets`,
    method: 'POST',
    token: admin.token,
    body: newTicket,
    durationS,
  });
  const list = await stack.call('GET', '/api/tickets?limit=100', { token: admin.token });
  const ids = (list.body.data as { id: string }[]).map((t) => t.id);
  if (ids.length === 0) throw new Error(`no tickets to read: ${JSON.stringify(list.body)}`);
  // One request at a time first, once the creates' events have drained: warms the path up and
  // tells per-request cost from queueing.
  await quiesce(stack);
  const serial: number[] = [];
  for (let n = 0; n < 50; n++) {
    const t = performance.now();
    await stack.call('GET', `/api/tickets/${ids[n % ids.length]}`, { token: admin.token });
    serial.push(performance.now() - t);
  }
  let i = 0;
  const get: HttpResult = await runHttpLoad({
    label: 'ticket get',
    url: `${stack.baseUrl}/api/tickets/${ids[0]}`,
    token: admin.token,
    path: () => `/api/tickets/${ids[i++ % ids.length]}`,
    durationS,
  });
  return { create, get, serialGetMs: summarize(serial) };
}
