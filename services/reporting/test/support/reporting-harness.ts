import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Envelope, uuidv7 } from '@switchboard/contracts';
import { runService } from '@switchboard/service-runtime';
import {
  injector,
  serviceStores,
  publishApplied as sharedPublishApplied,
  type TestUser,
  team,
  userCreated,
  waitFor,
} from '@switchboard/testing';
import { asc, eq } from 'drizzle-orm';
import { readConfig } from '../../src/config.js';
import { runMigrations } from '../../src/data/migrate.js';
import { agents, outbox } from '../../src/data/schema.js';
import { reportingService } from '../../src/service.js';

type Role = TestUser['role'];
export type Member = TestUser & { token: string; fullName: string };

/**
 * The reporting app in process over its own database and vhost, with its consumer, outbox relay
 * and dashboard push running: the facts it reports on are published the way the other services
 * publish them.
 */
export async function startReporting(env: Record<string, string> = {}) {
  const stores = await serviceStores('reporting', runMigrations);
  const { issuer } = stores;
  const config = readConfig({
    ...stores.env,
    METRICS_PUSH_MS: '200',
    JOB_FILES_DIR: join(tmpdir(), `reporting-test-files-${uuidv7()}`),
    JOB_RETRY_DELAY_MS: '100',
    ...env,
  });
  // Dashboards and jobs run; the tests queue scheduled reports themselves, at the times they choose.
  const service = await runService(reportingService(config), { only: ['metricsPush', 'jobWorker'] });
  const { app, deps, bus } = service;

  const call = injector<Member>(app);

  /** Events as other services publish them, applied by the time this resolves. */
  const publishApplied = (events: Envelope[]) => sharedPublishApplied(bus, deps.db, events);

  /**
   * A user of `tenantId`, announced by user.created and known to reporting once this resolves.
   * Created long before the scripted days by default, so those days can count them absent.
   */
  const member = async (
    tenantId: string,
    role: Role,
    department = 'Support',
    createdAt = '2025-01-01T00:00:00.000Z',
  ): Promise<Member> => {
    const { userId, event } = userCreated(tenantId, role, department);
    event.data.createdAt = createdAt;
    await publishApplied([event]);
    await waitFor(`agent ${userId} known`, async () =>
      (await deps.db.select().from(agents).where(eq(agents.agentId, userId))).at(0),
    );
    const token = await issuer.tokenFor({ userId, tenantId, role });
    return { userId, tenantId, role, token, fullName: event.data.fullName };
  };

  /** A tenant with an admin, a supervisor, two agents and a viewer. */
  const tenant = () => team(member);

  /** The metrics.updated events reporting recorded for the tenant, in publish order. */
  const pushed = async (tenantId: string) => {
    const rows = await deps.db.select().from(outbox).orderBy(asc(outbox.seq));
    return rows
      .map((r) => r.envelope as Envelope<Record<string, unknown>>)
      .filter((e) => e.type === 'metrics.updated' && e.tenantId === tenantId);
  };

  /** A raw GET (a downloaded file): status, headers and the bytes. */
  const download = async (url: string, as?: Member) => {
    const res = await app.inject({
      method: 'GET',
      url,
      headers: as ? { authorization: `Bearer ${as.token}` } : {},
    });
    return { status: res.statusCode, headers: res.headers, content: res.rawPayload };
  };

  /** The job's status, as its requester reads it, once it is `status`. */
  const settledJob = (jobId: string, as: Member, status = 'COMPLETED') =>
    waitFor(
      `job ${jobId} ${status}`,
      async () => {
        const job = (await call('GET', `/api/jobs/${jobId}`, { as })).body;
        return job?.status === status ? job : null;
      },
      30_000,
    );

  /** The events reporting recorded for the tenant (job.updated, metrics.updated…), in publish order. */
  const recorded = async (tenantId: string, type: string) => {
    const rows = await deps.db.select().from(outbox).orderBy(asc(outbox.seq));
    return rows
      .map((r) => r.envelope as Envelope<Record<string, unknown>>)
      .filter((e) => e.type === type && e.tenantId === tenantId);
  };

  const stop = async () => {
    await service.stop();
    await stores.remove();
  };
  return {
    app,
    deps,
    bus,
    call,
    download,
    settledJob,
    member,
    tenant,
    publishApplied,
    pushed,
    recorded,
    stop,
  };
}

export type ReportingHarness = Awaited<ReturnType<typeof startReporting>>;
export type Team = Awaited<ReturnType<ReportingHarness['tenant']>>;
