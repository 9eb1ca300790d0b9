import type { ObjectStorageConfig } from './config.js';
import { diskStorage } from './disk.js';
import { s3Storage } from './s3.js';
import type { ObjectStorage } from './storage.js';

export * from './config.js';
export { diskStorage } from './disk.js';
export { s3Storage } from './s3.js';
export * from './storage.js';

/** The driver the configuration names: S3 when S3_URL is set, else the disk folder. */
export function openObjectStorage(config: ObjectStorageConfig): ObjectStorage {
  if (!config.S3_URL) return diskStorage(config.ATTACHMENTS_DIR);
  return s3Storage({
    url: config.S3_URL,
    bucket: config.S3_BUCKET,
    region: config.S3_REGION,
    accessKeyId: config.S3_ACCESS_KEY_ID,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY,
  });
}
