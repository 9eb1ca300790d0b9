/**
 * A sleep that can be cut short: long-running loops (relay, reconnect) wait on it so `stop()` or a
 * wake-up signal (a NOTIFY) takes effect at once instead of after the full delay.
 */
export type Alarm = {
  sleep(ms: number): Promise<void>;
  /** Ends the current sleep; if none is running, the next one returns at once. */
  ring(): void;
};

export function createAlarm(): Alarm {
  let pending = false;
  let wake: (() => void) | null = null;
  return {
    sleep(ms) {
      if (pending) {
        pending = false;
        return Promise.resolve();
      }
      return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          wake = null;
          resolve();
        }
        wake = done;
      });
    },
    ring() {
      if (wake) wake();
      else pending = true;
    },
  };
}
