// What every attachment store offers. Plain erasable TypeScript without "server-only", so that the
// backup scripts run it on Node 24 directly (docs/deploy.md, "Backup and restore").
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";

/** Stored bytes on their way out: read as a stream, so no whole file sits in memory. */
export type StoredFile = { size: number; body: ReadableStream<Uint8Array> };

/** One stored file, as a listing names it. */
export type StoredEntry = { key: string; size: number; modifiedAt: Date };

/** Where attachment bytes live. Keys come from `newStorageKey`, never from anything a user sent. */
export type AttachmentStorage = {
  /** Stores bytes already in memory, or a stream of `size` bytes (the count is checked). */
  put(key: string, content: Uint8Array | StoredFile): Promise<void>;
  /** The stored bytes as a stream with their size, or null when nothing is stored under the key. */
  open(key: string): Promise<StoredFile | null>;
  /** The stored bytes whole (small files, tests), or null when nothing is stored under the key. */
  read(key: string): Promise<Uint8Array | null>;
  /** Removes the bytes; removing what is already gone is not an error. */
  remove(key: string): Promise<void>;
  /** Every stored key in no particular order; files that are not shaped like our keys are skipped. */
  list(): AsyncIterable<StoredEntry>;
};

// Two hex characters of prefix: 256 folders keep any single folder small without a deep tree.
const KEY_PATTERN = /^[0-9a-f]{2}\/[0-9a-f]{32}$/;

/** A fresh random key, sharded by its first two characters ("3f/3fa9…"). */
export function newStorageKey(): string {
  const id = randomBytes(16).toString("hex");
  return `${id.slice(0, 2)}/${id}`;
}

export function isStorageKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** Refuses anything not shaped like our own keys: a key read from the database is still checked. */
export function assertStorageKey(key: string): void {
  if (!isStorageKey(key)) throw new Error("invalid storage key");
}

/** Collects a stream (small files only: attachments are at most a few megabytes). */
export async function readWhole(file: StoredFile): Promise<Uint8Array> {
  const out = new Uint8Array(file.size);
  let at = 0;
  for await (const chunk of chunksOf(file.body)) {
    if (at + chunk.byteLength > out.byteLength) throw new Error("stored file is longer than its size");
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  if (at !== out.byteLength) throw new Error("stored file is shorter than its size");
  return out;
}

/**
 * The stream as a Node stream that fails unless it carries exactly its stated size: a store must not
 * keep a cut-off file, and an S3 server would otherwise wait for the missing bytes.
 */
export function exactSizeStream(content: StoredFile): Readable {
  async function* checked() {
    let seen = 0;
    for await (const chunk of chunksOf(content.body)) {
      seen += chunk.byteLength;
      if (seen > content.size) throw new Error("stream is longer than its stated size");
      yield chunk;
    }
    if (seen !== content.size) throw new Error("stream is shorter than its stated size");
  }
  return Readable.from(checked(), { objectMode: false });
}

/** The chunks of a web stream; leaving the loop early cancels the stream, which closes its source. */
export async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
