/** What a demo seed did: replayed its steps, or found them there from an earlier start. */
export type SeedOutcome = { outcome: 'created' | 'present'; steps: number };

/**
 * A service's seed-history entry (run by `./manage.sh start` once the stack is healthy): opens the
 * service's resources, replays, prints one line of what it did, and closes them again.
 */
export async function runSeed<D>(
  what: string,
  open: () => { deps: D; close: () => Promise<void> },
  seed: (deps: D) => Promise<SeedOutcome>,
): Promise<void> {
  const { deps, close } = open();
  try {
    const started = Date.now();
    const { outcome, steps } = await seed(deps);
    const took = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `${what} ${outcome === 'created' ? `replayed (${steps} steps, ${took} s)` : 'already present'}`,
    );
  } finally {
    await close();
  }
}
