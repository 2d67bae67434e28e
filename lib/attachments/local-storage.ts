import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { link, mkdir, open, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  type AttachmentStorage,
  assertStorageKey,
  exactSizeStream,
  isStorageKey,
  readWhole,
  type StoredFile,
} from "./storage-contract.ts";

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";

/** A folder on this machine; with several replicas it must be shared storage (docs/deploy.md). */
export function localFolderStorage(dir: string): AttachmentStorage {
  const root = path.resolve(dir);
  const fileFor = (key: string) => {
    assertStorageKey(key);
    const file = path.resolve(root, key);
    // The key pattern already rules out "..", this keeps it true if the pattern ever changes.
    if (!file.startsWith(root + path.sep)) throw new Error("storage key escapes the upload folder");
    return file;
  };

  const open_ = async (key: string): Promise<StoredFile | null> => {
    const file = fileFor(key);
    let handle;
    try {
      handle = await open(file, "r");
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    try {
      // The size of the file this handle reads, even if the name is removed meanwhile.
      const { size } = await handle.stat();
      const stream = handle.createReadStream({ autoClose: true });
      return { size, body: Readable.toWeb(stream) as ReadableStream<Uint8Array> };
    } catch (error) {
      await handle.close();
      throw error;
    }
  };

  return {
    async put(key, content) {
      const file = fileFor(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside and then linked into place: a reader never sees half a file, and unlike a
      // rename, a link fails rather than replace a file that is already there.
      const partial = `${file}.${randomBytes(4).toString("hex")}.part`;
      try {
        if (content instanceof Uint8Array) await writeFile(partial, content, { flag: "wx" });
        else await pipeline(exactSizeStream(content), createWriteStream(partial, { flags: "wx" }));
        await link(partial, file);
      } finally {
        await rm(partial, { force: true });
      }
    },
    open: open_,
    async read(key) {
      const file = await open_(key);
      return file && readWhole(file);
    },
    async remove(key) {
      await rm(fileFor(key), { force: true });
    },
    async *list() {
      let shards: string[];
      try {
        shards = await readdir(root);
      } catch (error) {
        if (isMissing(error)) return;
        throw error;
      }
      for (const shard of shards.sort()) {
        if (!/^[0-9a-f]{2}$/.test(shard)) continue;
        let names: string[];
        try {
          names = await readdir(path.join(root, shard));
        } catch (error) {
          if (isMissing(error) || (error as NodeJS.ErrnoException).code === "ENOTDIR") continue;
          throw error;
        }
        for (const name of names.sort()) {
          const key = `${shard}/${name}`;
          // Leaves out files being written (".part") and anything else that is not ours.
          if (!isStorageKey(key)) continue;
          try {
            const info = await stat(path.join(root, key));
            if (info.isFile()) yield { key, size: info.size, modifiedAt: info.mtime };
          } catch (error) {
            if (!isMissing(error)) throw error; // removed while listing
          }
        }
      }
    },
  };
}
