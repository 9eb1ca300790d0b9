import { dirname, join } from 'node:path';
import { connectAuthenticated, createAgent, httpCaller, signupTenant } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alive,
  type Clone,
  cloneHead,
  gitStatus,
  listening,
  manage,
  processesUnder,
  recordedPids,
  shellEnv,
} from './clone.js';
import { type Isolation, onTheServers, withoutServers } from './isolation.js';

/*
 * The README's first command as a newcomer meets it: a fresh clone of the committed HEAD, then
 * `./manage.sh start` there (npm install, build and all; never SKIP_BUILD), once on the servers
 * and once in embedded mode. Each time the demo admin logs in through the gateway, the built web
 * app and an API list load, and `./manage.sh stop` leaves no process, no open port and no change
 * in the clone. Ports, run folder, databases, vhost and Redis keys are the test's own.
 */
const START_TIMEOUT_MS = 420_000; // npm install (~30 s with a warm cache), build, migrations, start
let clone: Clone;

beforeAll(async () => {
  clone = await cloneHead();
});
afterAll(async () => {
  await clone?.remove();
});

type Run = { isolation: Isolation; env: NodeJS.ProcessEnv; baseUrl: string; output: string; pids: number[] };

/** Starts the clone as `isolate` sets it up, runs the checks every start must pass, then stops it. */
function newcomerRun(
  mode: string,
  isolate: (runDir: string) => Promise<Isolation>,
  checks: (run: () => Run) => void,
) {
  describe(`./manage.sh start on a fresh clone, ${mode}`, () => {
    let current: Run | undefined;
    const run = () => current as Run;
    const call = httpCaller(() => run().baseUrl);

    beforeAll(async () => {
      const runDir = join(dirname(clone.dir), `run-${mode.replaceAll(' ', '-')}`);
      const isolation = await isolate(runDir);
      const env = shellEnv(isolation.env);
      const baseUrl = `http://127.0.0.1:${isolation.env.GATEWAY_PORT}`;
      current = { isolation, env, baseUrl, output: '', pids: [] };
      current.output = await manage(clone, env, 'start', START_TIMEOUT_MS).catch((err) => {
        throw new Error(`./manage.sh start failed:\n${err.stdout ?? ''}${err.stderr ?? err.message}`);
      });
      current.pids = await recordedPids(runDir);
    });
    afterAll(async () => {
      if (!current) return;
      await manage(clone, current.env, 'stop').catch((err) => console.error(err));
      await current.isolation.release();
    });

    it('reaches "Switchboard is running" with the demo logins', () => {
      expect(run().output).toContain('Switchboard is running');
      expect(run().output).toContain('admin@demo.switchboard.local');
    });

    it('logs the demo admin in through the gateway, serves the built web app and lists the agents', async () => {
      const login = await call('POST', '/api/auth/login', {
        body: { email: 'admin@demo.switchboard.local', password: 'Switchboard1' },
      });
      expect(login.status).toBe(200);
      const page = await fetch(`${run().baseUrl}/`);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const script = (await page.text()).match(/<script type="module"[^>]* src="(\/assets\/[^"]+\.js)"/);
      expect(script, 'index.html of the built app').not.toBeNull();
      expect((await fetch(`${run().baseUrl}${script?.[1]}`)).status).toBe(200);
      const agents = await call('GET', '/api/agents', { token: login.body.accessToken });
      expect(agents.status).toBe(200);
      expect(agents.body.data.map((a: { email: string }) => a.email)).toContain(
        'agent1@demo.switchboard.local',
      );
    });

    checks(run);

    it('stops: no process it started is left (by pid, port and folder), and the clone is unchanged', async () => {
      expect(run().pids.length).toBeGreaterThan(0);
      await manage(clone, run().env, 'stop');
      expect(run().pids.filter(alive)).toEqual([]);
      const open = await Promise.all(
        run().isolation.ports.map(async (p) => ((await listening(p)) ? p : null)),
      );
      expect(open.filter((p) => p !== null)).toEqual([]);
      expect(processesUnder(clone.dir)).toEqual([]);
      expect(await gitStatus(clone)).toBe('');
    });
  });
}

newcomerRun('on the servers', onTheServers, (run) => {
  it('has every process running and healthy', async () => {
    const status = await manage(clone, run().env, 'status');
    for (const name of ['mail', 'auth', 'tickets', 'presence', 'reporting', 'gateway']) {
      expect(status).toMatch(new RegExp(`^${name} +running .* healthy$`, 'm'));
    }
  });
});

newcomerRun('in embedded mode', withoutServers, (run) => {
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
});
