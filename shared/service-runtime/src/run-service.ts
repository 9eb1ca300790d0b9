import type { DbPool } from '@switchboard/db';
import {
  type AnyPgDatabase,
  type Bus,
  connectBus,
  registerBusMetrics,
  startOutboxRelay,
} from '@switchboard/event-bus';
import { runClosers } from '@switchboard/http-kit';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';

/** What every service opens for itself and runService needs: its database, logger and metrics. */
export type ServiceDeps = { logger: Logger; db: AnyPgDatabase; pool: DbPool; metrics: Registry };

type Stoppable = { stop(): Promise<unknown> | unknown };
type Opened<D> = { deps: D; close: () => Promise<void> };
type HttpApp = { listen(opts: { host: string; port: number }): Promise<string>; close(): Promise<unknown> };

/** A service as runService starts it (each service's src/service.ts). */
export type ServiceDefinition<
  D extends ServiceDeps,
  J extends string = string,
  A extends HttpApp = HttpApp,
> = {
  /** Names its queue, bus connection and metrics. */
  name: string;
  config: { HOST: string; PORT: number; AMQP_URL: string };
  /** Opens the service's own resources; `busConnected` is its /healthz check of the bus. */
  openDeps(busConnected: () => boolean): Opened<D> | Promise<Opened<D>>;
  buildApp(deps: D): Promise<A>;
  /** Consumers beyond `name` with queues of their own, for the bus metrics (`subscriptions` starts them). */
  consumers?: string[];
  /** Its consumers, started before the app takes requests. */
  subscriptions: ((bus: Bus, deps: D) => Promise<Stoppable>)[];
  /** Background work, stopped in this order after the app and before the consumers. */
  jobs?: Record<J, (deps: D, bus: Bus) => Stoppable | Promise<Stoppable>>;
};

export type RunningService<D, A> = {
  url: string;
  logger: Logger;
  app: A;
  deps: D;
  bus: Bus;
  stop(): Promise<void>;
};

/**
 * Runs a service: opens its deps, connects the bus, starts the outbox relay, the bus metrics, the
 * consumers, the app and the jobs, and listens. `only` picks some of the jobs (a test drives the
 * others itself, on a clock of its own). Resolves once it listens, with how to stop it.
 */
export async function runService<D extends ServiceDeps, J extends string, A extends HttpApp>(
  definition: ServiceDefinition<D, J, A>,
  options: { only?: readonly J[] } = {},
): Promise<RunningService<D, A>> {
  const { name, config } = definition;
  let busConnected = () => false;
  const { deps, close } = await definition.openDeps(() => busConnected());
  const bus = connectBus({ url: config.AMQP_URL, logger: deps.logger, name });
  busConnected = () => bus.isConnected();
  const relay = startOutboxRelay({ db: deps.db, pool: deps.pool, bus, logger: deps.logger });
  registerBusMetrics(deps.metrics, {
    service: name,
    bus,
    db: deps.db,
    ...(definition.consumers ? { consumers: definition.consumers } : {}),
  });
  const consumers: Stoppable[] = [];
  for (const subscribe of definition.subscriptions) consumers.push(await subscribe(bus, deps));
  const app = await definition.buildApp(deps);
  const jobs: Stoppable[] = [];
  for (const [, start] of jobsToRun(definition.jobs, options.only)) jobs.push(await start(deps, bus));
  const url = await app.listen({ host: config.HOST, port: config.PORT });

  // Stop taking requests and background work, finish what the bus holds, then let go of connections.
  const stop = () =>
    runClosers(deps.logger, [
      () => app.close(),
      ...jobs.map((job) => () => job.stop()),
      ...consumers.map((consumer) => () => consumer.stop()),
      () => relay.stop(),
      () => bus.close(),
      close,
    ]);
  return { url, logger: deps.logger, app, deps, bus, stop };
}

function jobsToRun<S>(jobs: Record<string, S> | undefined, only: readonly string[] | undefined) {
  return Object.entries(jobs ?? {}).filter(([job]) => !only || only.includes(job));
}
