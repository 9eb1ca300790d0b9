import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startStack } from '@switchboard/testing';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './support/browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where reporting sends mail: a test that reads mail listens there (startMailbox). */
    smtpPort: number;
  }
}

const webDir = fileURLToPath(new URL('..', import.meta.url));

const viteBin = () =>
  join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');

/** Debian's Chromium, installed on first use (we run as root in CI and on the dev machines). */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  console.log(`[e2e] ${CHROMIUM} is missing: installing Debian's chromium (apt-get install -y chromium)…`);
  const apt = (...args: string[]) =>
    execFileSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  try {
    apt('install', '-y', 'chromium');
  } catch {
    apt('update');
    apt('install', '-y', 'chromium');
  }
}

/** Builds web/dist (the gateway serves it) and starts the real stack once for every e2e file. */
export default async function setup(project: TestProject) {
  ensureChromium();
  console.log('[e2e] building the web app (vite build)…');
  execFileSync(process.execPath, [viteBin(), 'build', '--logLevel', 'warn'], {
    cwd: webDir,
    stdio: 'inherit',
  });
  const smtpPort = await freePort();
  const stack = await startStack({
    reportingEnv: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}` },
    ticketsEnv: { ASSIGNMENT_SWEEP_MS: '1000' },
    // Short pings, so a cut connection is noticed within seconds on both sides.
    gatewayEnv: { SOCKET_PING_INTERVAL_MS: '2000', SOCKET_PING_TIMEOUT_MS: '3000' },
  });
  console.log(`[e2e] stack up at ${stack.baseUrl}`);
  project.provide('baseUrl', stack.baseUrl);
  project.provide('smtpPort', smtpPort);
  return () => stack.stop();
}
