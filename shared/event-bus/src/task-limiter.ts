export type Task = () => Promise<void>;

/**
 * Runs at most `limit` tasks at once; the rest wait and start in arrival order. With a limit of 1
 * it is a queue: each task starts when the one before it has finished.
 */
export function taskLimiter(limit: number, onError: (err: unknown) => void) {
  let active = 0;
  const backlog: Task[] = [];
  let idleWaiters: (() => void)[] = [];

  const start = (task: Task) => {
    active++;
    void task()
      .catch(onError)
      .finally(() => {
        active--;
        const next = backlog.shift();
        if (next) return start(next);
        if (active > 0) return;
        for (const wake of idleWaiters) wake();
        idleWaiters = [];
      });
  };

  return {
    push(task: Task): void {
      if (active < limit) start(task);
      else backlog.push(task);
    },
    /** Resolves once no task runs and none waits. */
    idle(): Promise<void> {
      if (active === 0 && backlog.length === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
