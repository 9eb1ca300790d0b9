import type { Readable } from 'node:stream';

/** Where an object lives: always `<tenantId>/<objectId>`, both ids ours, never user input. */
export type ObjectKey = { tenantId: string; objectId: string };

/** One job: put, stream back and delete an object under its tenant's prefix. */
export interface ObjectStorage {
  /** Stores the whole stream; resolves with the bytes written. */
  put(key: ObjectKey, body: Readable, contentType: string): Promise<number>;
  /** The object's bytes, or null when there is no such object. */
  get(key: ObjectKey): Promise<Readable | null>;
  /** Removes the object; a missing one is not an error. */
  delete(key: ObjectKey): Promise<void>;
  /** Whether the store answers (for /healthz). */
  ready(): Promise<boolean>;
  close(): void;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one place a key becomes a path: both parts must be UUIDs, so no key can climb out of its
 * tenant's prefix (`..`, `/`) whatever a caller passes.
 */
export function keyOf({ tenantId, objectId }: ObjectKey): string {
  if (!uuid.test(tenantId) || !uuid.test(objectId)) throw new Error('object keys are <tenantId>/<uuid>');
  return `${tenantId.toLowerCase()}/${objectId.toLowerCase()}`;
}
