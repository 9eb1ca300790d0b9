import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  connectAuthenticated,
  createAgent,
  freePort,
  httpCaller,
  repoRoot,
  signupTenant,
} from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The acceptance of embedded mode: with Postgres, RabbitMQ and Redis unreachable (their URLs point
 * at a closed port; the real servers stay up for everyone else), `./manage.sh start` still runs
 * the product, and signup, a ticket, a message and its socket event work through the gateway.
 * The run directory and gateway port are the test's own, so a running stack is left alone.
 */
const run = promisify(execFile);
let runDir: string;
let env: NodeJS.ProcessEnv;
let baseUrl: string;
let startOutput: string;

const manage = (command: string) =>
  run(join(repoRoot, 'manage.sh'), [command], { cwd: repoRoot, env, timeout: 220_000 });

const call = httpCaller(() => baseUrl);

beforeAll(async () => {
  runDir = await mkdtemp(join(tmpdir(), 'sb-embedded-'));
  const [port, closed] = [await freePort(), await freePort()];
  env = {
    ...process.env,
    NO_COLOR: '1',
    HOST: '127.0.0.1',
    SWITCHBOARD_RUN_DIR: runDir,
    GATEWAY_PORT: String(port),
    POSTGRES_URL: `postgres://postgres@127.0.0.1:${closed}`,
    AMQP_URL: `amqp://guest:guest@127.0.0.1:${closed}`,
    REDIS_URL: `redis://127.0.0.1:${closed}`,
    SMTP_URL: `smtp://127.0.0.1:${closed}`, // no mail catcher on the shared ports
    SKIP_BUILD: '1', // the web app's own tests build web/dist; two builds at once would collide
  };
  baseUrl = `http://127.0.0.1:${port}`;
  startOutput = (await manage('start')).stdout;
});

afterAll(async () => {
  if (env) await manage('stop').catch((err) => console.error(err));
  if (runDir) await rm(runDir, { recursive: true, force: true });
});

describe('./manage.sh start without Postgres, RabbitMQ or Redis', () => {
  it('says loudly that it runs in embedded mode, and what is missing', () => {
    expect(startOutput).toContain('EMBEDDED MODE');
    expect(startOutput).toMatch(/FAIL +PostgreSQL/);
    expect(startOutput).toMatch(/FAIL +RabbitMQ/);
    expect(startOutput).toMatch(/FAIL +Redis/);
    expect(startOutput).toContain('NOT for production');
  });

  it('serves signup, a ticket and a message through the gateway, with the socket event', async () => {
    const admin = await signupTenant(call, 'Embedded');
    await createAgent(call, admin);
    const tab = await connectAuthenticated(baseUrl, { token: admin.token });
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

  it('logs the demo tenant in, and status shows the one embedded process healthy', async () => {
    const login = await call('POST', '/api/auth/login', {
      body: { email: 'admin@demo.switchboard.local', password: 'Switchboard1' },
    });
    expect(login.status).toBe(200);
    const { stdout } = await manage('status');
    expect(stdout).toMatch(/^embedded +running .* healthy$/m);
    expect(stdout).not.toMatch(/^gateway /m);
  });
});
