import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

const optional = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

/**
 * Where files live (docs/decisions.md): S3-compatible storage when S3_URL is set, else a folder
 * on local disk. The folder default (under the OS temp dir) is for local development only.
 */
export const objectStorageEnv = z.object({
  S3_URL: z
    .preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/ }).optional())
    .describe('S3-compatible endpoint (MinIO, AWS); unset, files go to ATTACHMENTS_DIR'),
  S3_BUCKET: z.string().default('switchboard-attachments'),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: optional,
  S3_SECRET_ACCESS_KEY: optional,
  ATTACHMENTS_DIR: z
    .string()
    .default(join(tmpdir(), 'switchboard-attachments'))
    .describe('Folder of the disk driver when S3_URL is unset (the default is local development only)'),
});

export type ObjectStorageConfig = z.infer<typeof objectStorageEnv>;
