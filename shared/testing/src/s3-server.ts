import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/**
 * A real S3-protocol server (s3rver) on a free port, over a fresh folder, with `bucket` created:
 * the S3 driver is tested against the protocol, not a mock. `env` is what a service reads.
 */
export async function startS3Server(bucket = 'switchboard-test') {
  const directory = await mkdtemp(join(tmpdir(), 'sb-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  const env = {
    S3_URL: `http://127.0.0.1:${port}`,
    S3_BUCKET: bucket,
    S3_REGION: 'us-east-1',
    // s3rver's fixed development credentials.
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  };
  const stop = async () => {
    await server.close();
    await rm(directory, { recursive: true, force: true });
  };
  return { env, directory, stop };
}
