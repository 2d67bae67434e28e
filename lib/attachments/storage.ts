import "server-only";
import { randomBytes } from "node:crypto";
import { link, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** Where attachment bytes live. Keys come from `newStorageKey`, never from anything a user sent. */
export type AttachmentStorage = {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  read(key: string): Promise<Uint8Array | null>;
  /** Removes the bytes; removing what is already gone is not an error. */
  remove(key: string): Promise<void>;
};

export type StorageTarget = { kind: "local"; dir: string };

export const DEFAULT_UPLOAD_DIR = ".data/uploads";

// Two hex characters of prefix: 256 folders keep any single folder small without a deep tree.
const KEY_PATTERN = /^[0-9a-f]{2}\/[0-9a-f]{32}$/;

/** A fresh random key, sharded by its first two characters ("3f/3fa9…"). */
export function newStorageKey(): string {
  const id = randomBytes(16).toString("hex");
  return `${id.slice(0, 2)}/${id}`;
}

/** Refuses anything not shaped like our own keys: a key read from the database is still checked. */
export function assertStorageKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error("invalid storage key");
}

/** A folder on this machine; with several replicas it must be shared storage (see getStorage). */
export function localFolderStorage(dir: string): AttachmentStorage {
  const root = path.resolve(dir);
  const fileFor = (key: string) => {
    assertStorageKey(key);
    const file = path.resolve(root, key);
    // The key pattern already rules out "..", this keeps it true if the pattern ever changes.
    if (!file.startsWith(root + path.sep)) throw new Error("storage key escapes the upload folder");
    return file;
  };
  return {
    async put(key, bytes) {
      const file = fileFor(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside and then linked into place: a reader never sees half a file, and unlike a
      // rename, a link fails rather than replace a file that is already there.
      const partial = `${file}.${randomBytes(4).toString("hex")}.part`;
      try {
        await writeFile(partial, bytes, { flag: "wx" });
        await link(partial, file);
      } finally {
        await rm(partial, { force: true });
      }
    },
    async read(key) {
      try {
        return new Uint8Array(await readFile(fileFor(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async remove(key) {
      await rm(fileFor(key), { force: true });
    },
  };
}

/** UPLOAD_DIR (default .data/uploads, relative to the working directory). */
export function storageTarget(env: Record<string, string | undefined> = process.env): StorageTarget {
  return { kind: "local", dir: path.resolve(env.UPLOAD_DIR?.trim() || DEFAULT_UPLOAD_DIR) };
}

/**
 * The configured storage. Only a local folder for now; an object store (S3 and the like, needed once
 * the app runs on several machines) becomes another `kind` here with the same three operations.
 * Built per call: it holds no state, and tests may point UPLOAD_DIR elsewhere between calls.
 */
export function getStorage(target: StorageTarget = storageTarget()): AttachmentStorage {
  switch (target.kind) {
    case "local":
      return localFolderStorage(target.dir);
  }
}
