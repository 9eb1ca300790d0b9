import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { uuidv7 } from '@switchboard/contracts';
import { startS3Server } from '@switchboard/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { keyOf, type ObjectStorage, openObjectStorage } from '../src/index.js';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function disk(): Promise<ObjectStorage> {
  const dir = await mkdtemp(join(tmpdir(), 'sb-disk-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return openObjectStorage({ ATTACHMENTS_DIR: dir, S3_BUCKET: 'unused', S3_REGION: 'us-east-1' });
}

async function s3(): Promise<ObjectStorage> {
  const server = await startS3Server();
  const storage = openObjectStorage({ ...server.env, ATTACHMENTS_DIR: '/nonexistent' });
  cleanups.push(async () => {
    storage.close();
    await server.stop();
  });
  return storage;
}

describe.each([
  ['disk', disk],
  ['S3 (s3rver)', s3],
])('the %s driver', (_name, open) => {
  it('gives back the exact bytes it was given, under the tenant prefix only', async () => {
    const storage = await open();
    expect(await storage.ready()).toBe(true);
    const tenantId = uuidv7();
    const key = { tenantId, objectId: uuidv7() };
    const bytes = randomBytes(6 * 1024 * 1024 + 17); // over one S3 multipart part
    expect(await storage.put(key, Readable.from([bytes]), 'application/pdf')).toBe(bytes.length);
    const body = await storage.get(key);
    expect(body && (await buffer(body)).equals(bytes)).toBe(true);
    expect(await storage.get({ tenantId: uuidv7(), objectId: key.objectId })).toBeNull();
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key); // a second delete is not an error
  });

  it('keeps nothing of a stream that fails half way', async () => {
    const storage = await open();
    const key = { tenantId: uuidv7(), objectId: uuidv7() };
    const failing = Readable.from(
      (async function* () {
        yield Buffer.alloc(1024, 1);
        throw new Error('client went away');
      })(),
    );
    await expect(storage.put(key, failing, 'text/plain')).rejects.toThrow('client went away');
    expect(await storage.get(key)).toBeNull();
  });
});

describe('object keys', () => {
  it('are <tenantId>/<objectId> of UUIDs only, so no key leaves its prefix', () => {
    const tenantId = uuidv7();
    const objectId = uuidv7();
    expect(keyOf({ tenantId, objectId })).toBe(`${tenantId}/${objectId}`);
    expect(() => keyOf({ tenantId, objectId: '../other/file' })).toThrow();
    expect(() => keyOf({ tenantId: '..', objectId })).toThrow();
  });
});
