import { startServer } from './child.js';
import { type HttpResult, runHttpLoad } from './load.js';

/** B_http: a bare node:http handler in its own process, under the same autocannon settings as the API. */
export async function benchHttp(durationS: number): Promise<HttpResult> {
  const server = await startServer('bare-http');
  try {
    return await runHttpLoad({ label: 'B_http', url: `${server.url}/`, durationS });
  } finally {
    await server.proc.stop();
  }
}
