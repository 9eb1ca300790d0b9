import { Readable, Transform } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  NoSuchKey,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { keyOf, type ObjectStorage } from './storage.js';

export type S3Options = {
  url: string;
  bucket: string;
  region: string;
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
};

/** Objects in an S3-compatible bucket (MinIO, AWS), addressed path-style so any endpoint works. */
export function s3Storage(options: S3Options): ObjectStorage {
  const { accessKeyId, secretAccessKey } = options;
  const client = new S3Client({
    endpoint: options.url,
    region: options.region,
    forcePathStyle: true,
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
  });
  const Bucket = options.bucket;
  return {
    async put(key, body, contentType) {
      const counted = countBytes(body);
      // A multipart upload: the size need not be known up front, and memory stays bounded.
      const params = { Bucket, Key: keyOf(key), Body: counted.stream, ContentType: contentType };
      await new Upload({ client, params }).done();
      return counted.bytes();
    },
    async get(key) {
      try {
        const res = await client.send(new GetObjectCommand({ Bucket, Key: keyOf(key) }));
        return res.Body instanceof Readable ? res.Body : null;
      } catch (err) {
        if (err instanceof NoSuchKey) return null;
        throw err;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: keyOf(key) }));
    },
    async ready() {
      await client.send(new HeadBucketCommand({ Bucket }));
      return true;
    },
    close() {
      client.destroy();
    },
  };
}

/** The stream as it flows on, and how many bytes went through; an error of `body` reaches the reader. */
function countBytes(body: Readable) {
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  body.on('error', (err) => stream.destroy(err));
  body.pipe(stream);
  return { stream, bytes: () => bytes };
}
