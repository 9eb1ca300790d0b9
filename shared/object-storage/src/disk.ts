import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { keyOf, type ObjectKey, type ObjectStorage } from './storage.js';

/** Objects as files under `root/<tenantId>/<objectId>`: local development and single-host installs. */
export function diskStorage(root: string): ObjectStorage {
  const pathOf = (key: ObjectKey) => join(root, keyOf(key));
  return {
    async put(key, body) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // Written aside and renamed: a reader never sees half a file, a failed upload leaves none.
      const partial = `${path}.partial`;
      try {
        await pipeline(body, createWriteStream(partial));
        await rename(partial, path);
      } catch (err) {
        await rm(partial, { force: true });
        throw err;
      }
      return (await stat(path)).size;
    },
    async get(key) {
      const path = pathOf(key);
      const found = await access(path).then(
        () => true,
        () => false,
      );
      return found ? createReadStream(path) : null;
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    async ready() {
      await mkdir(root, { recursive: true });
      return true;
    },
    close() {},
  };
}
