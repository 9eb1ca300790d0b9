import { dirname, join } from 'node:path';
import { httpCaller } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alive,
  type Clone,
  gitStatus,
  listening,
  manage,
  processesUnder,
  recordedPids,
  shellEnv,
} from './clone.js';
import type { Isolation } from './isolation.js';

const START_TIMEOUT_MS = 600_000; // npm install (~30 s with a warm cache), build, migrations, start

export type Run = {
  isolation: Isolation;
  env: NodeJS.ProcessEnv;
  baseUrl: string;
  output: string;
  pids: number[];
  /** What a failed start printed: every test then fails with it, so the summary counts them. */
  failure?: string;
};

/** Starts the clone as `isolate` sets it up, runs the checks every start must pass, then stops it. */
export function newcomerRun(
  clone: () => Clone,
  mode: string,
  isolate: (runDir: string) => Promise<Isolation>,
  checks: (run: () => Run) => void,
) {
  describe(`./manage.sh start on a fresh clone, ${mode}`, () => {
    let current: Run | undefined;
    const run = () => {
      if (current?.failure) throw new Error(current.failure);
      return current as Run;
    };
    const call = httpCaller(() => run().baseUrl);

    beforeAll(async () => {
      const runDir = join(dirname(clone().dir), `run-${mode.replaceAll(' ', '-')}`);
      const isolation = await isolate(runDir);
      const env = shellEnv(isolation.env);
      const baseUrl = `http://127.0.0.1:${isolation.env.GATEWAY_PORT}`;
      current = { isolation, env, baseUrl, output: '', pids: [] };
      current.output = await manage(clone(), env, 'start', START_TIMEOUT_MS).catch((err) => {
        (current as Run).failure =
          `./manage.sh start failed:\n${err.stdout ?? ''}${err.stderr ?? err.message}`;
        return '';
      });
      current.pids = await recordedPids(runDir);
    });
    afterAll(async () => {
      if (!current) return;
      await manage(clone(), current.env, 'stop').catch((err) => console.error(err));
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
      await manage(clone(), run().env, 'stop');
      expect(run().pids.filter(alive)).toEqual([]);
      const open = await Promise.all(
        run().isolation.ports.map(async (p) => ((await listening(p)) ? p : null)),
      );
      expect(open.filter((p) => p !== null)).toEqual([]);
      expect(processesUnder(clone().dir)).toEqual([]);
      expect(await gitStatus(clone())).toBe('');
    });
  });
}
