import { connectAuthenticated, createAgent, httpCaller, signupTenant } from '@switchboard/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Clone, cloneHead, manage } from './clone.js';
import { onTheServers, withoutServers } from './isolation.js';
import { newcomerRun } from './newcomer-run.js';

/*
 * The README's first command as a newcomer meets it: a fresh clone of the committed HEAD, then
 * `./manage.sh start` there (npm install, build and all; never SKIP_BUILD), once on the servers
 * and once in embedded mode. Each time the demo admin logs in through the gateway, the built web
 * app and an API list load, and `./manage.sh stop` leaves no process, no open port and no change
 * in the clone. Ports, run folder, databases, vhost and Redis keys are the test's own.
 */
let clone: Clone;

beforeAll(async () => {
  clone = await cloneHead();
});
afterAll(async () => {
  await clone?.remove();
});

newcomerRun(
  () => clone,
  'on the servers',
  onTheServers,
  (run) => {
    it('has every process running and healthy', async () => {
      const status = await manage(clone, run().env, 'status');
      for (const name of [
        'mail',
        'auth',
        'tickets',
        'presence',
        'reporting',
        'ai-assist',
        'notifications',
        'audit',
        'gateway',
      ]) {
        expect(status).toMatch(new RegExp(`^${name} +running .* healthy$`, 'm'));
      }
    });
  },
);

newcomerRun(
  () => clone,
  'in embedded mode',
  withoutServers,
  (run) => {
    const call = httpCaller(() => run().baseUrl);

    it('says loudly that it runs in embedded mode, and what is missing', () => {
      expect(run().output).toContain('EMBEDDED MODE');
      expect(run().output).toMatch(/FAIL +PostgreSQL/);
      expect(run().output).toMatch(/FAIL +RabbitMQ/);
      expect(run().output).toMatch(/FAIL +Redis/);
      expect(run().output).toContain('NOT for production');
    });

    it('serves signup, a ticket and a message through the gateway, with the socket event', async () => {
      const admin = await signupTenant(call, 'Embedded');
      await createAgent(call, admin);
      const tab = await connectAuthenticated(run().baseUrl, { token: admin.token });
      try {
        const ticket = await call('POST', '/api/tickets', {
          token: admin.token,
          body: { subject: 'Printer on fire', priority: 'high' },
        });
        expect(ticket.status).toBe(201);
        await tab.next('ticket_created', (t) => t.id === ticket.body.id);
        const message = await call('POST', `/api/tickets/${ticket.body.id}/messages`, {
          token: admin.token,
          body: { body: 'Calling the customer now' },
        });
        expect(message.status).toBe(201);
        expect(await tab.next('new_message', (m) => m.ticketId === ticket.body.id)).toMatchObject({
          body: 'Calling the customer now',
        });
      } finally {
        tab.close();
      }
    });

    it('shows the one embedded process healthy in status', async () => {
      const status = await manage(clone, run().env, 'status');
      expect(status).toMatch(/^embedded +running .* healthy$/m);
      expect(status).not.toMatch(/^gateway /m);
    });
  },
);
