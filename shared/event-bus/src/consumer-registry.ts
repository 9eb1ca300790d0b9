import type { ChannelModel } from 'amqplib';
import type { ConsumerRuntime } from './consumer.js';

type Entry = {
  runtime: ConsumerRuntime;
  on: ChannelModel | null;
  started: boolean;
  ready(): void;
  fail(err: unknown): void;
};

// Channel-level refusals (access, not found, precondition): retrying on a new connection won't help.
const isPermanent = (err: unknown) =>
  [403, 404, 405, 406].includes((err as { code?: unknown })?.code as number);

/** The bus's consumers, attached to each new connection in turn. */
export function createConsumerRegistry() {
  const entries = new Set<Entry>();

  /**
   * A consumer's first attach settles its `ready` promise, and fails it on a permanent refusal
   * (e.g. the queue exists with other arguments); later failures keep the reconnect loop retrying.
   */
  async function attach(entry: Entry, connection: ChannelModel): Promise<void> {
    if (entry.on === connection) return;
    entry.on = connection;
    try {
      await entry.runtime.attach(connection);
      entry.started = true;
      entry.ready();
    } catch (err) {
      if (entry.started || !isPermanent(err)) throw err;
      entries.delete(entry);
      entry.fail(err);
    }
  }

  return {
    /** Adds a consumer; `ready` resolves once it first consumes. */
    add(runtime: ConsumerRuntime) {
      let entry!: Entry;
      const ready = new Promise<void>((resolve, reject) => {
        entry = { runtime, on: null, started: false, ready: resolve, fail: reject };
      });
      entries.add(entry);
      return {
        ready,
        attach: (connection: ChannelModel) => attach(entry, connection),
        remove: () => entries.delete(entry),
      };
    },

    async attachAll(connection: ChannelModel): Promise<void> {
      for (const entry of entries) await attach(entry, connection);
    },

    /** Stops every consumer, failing the `consume()` calls still waiting for a connection. */
    async stopAll(reason: Error): Promise<void> {
      for (const entry of entries) entry.fail(reason);
      await Promise.all([...entries].map((entry) => entry.runtime.stop()));
      entries.clear();
    },
  };
}
