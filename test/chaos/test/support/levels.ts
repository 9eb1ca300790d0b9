import type { LoadPlan } from './load.js';

/** How hard a run pushes: `ci` (the test command, a few minutes) or `long` (./manage.sh chaos). */
export type Level = {
  name: string;
  /** Rounds over the whole matrix: each component fails once per round, at its own random moment. */
  rounds: number;
  tenants: number;
  agentsPerTenant: number;
  plan: Omit<LoadPlan, 'phase'>;
  drainTimeoutMs: number;
};

export const levels: Record<string, Level> = {
  ci: {
    name: 'ci',
    rounds: 1,
    tenants: 2,
    agentsPerTenant: 3,
    plan: {
      ticketsPerTenant: 20,
      workersPerTenant: 4,
      breakPauseMs: 400,
      renamePauseMs: 1_000,
      maxMs: 120_000,
    },
    drainTimeoutMs: 120_000,
  },
  long: {
    name: 'long',
    rounds: 2,
    tenants: 3,
    agentsPerTenant: 4,
    plan: {
      ticketsPerTenant: 30,
      workersPerTenant: 5,
      breakPauseMs: 300,
      renamePauseMs: 700,
      maxMs: 300_000,
    },
    drainTimeoutMs: 300_000,
  },
};
