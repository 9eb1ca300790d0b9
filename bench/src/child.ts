import { freePort, type RunningProcess, startProcess, waitFor } from '@switchboard/testing';

/** Starts one of bench/src/servers/*.ts on a free port and waits until it answers. */
export async function startServer(name: string): Promise<{ url: string; proc: RunningProcess }> {
  const port = await freePort();
  const proc = startProcess(`bench/src/servers/${name}.ts`, { PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    `${name} on ${port}`,
    async () => (await fetch(url).catch(() => undefined))?.ok ?? false,
    30_000,
  );
  return { url, proc };
}
