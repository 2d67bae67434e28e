import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AttachmentStorage,
  assertStorageKey,
  chunksOf,
  getStorage,
  localFolderStorage,
  newStorageKey,
  storageTarget,
  type StoredFile,
} from "./storage";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "jqt-storage-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const streamOf = (bytes: Uint8Array, chunk = 64 * 1024): StoredFile => ({
  size: bytes.byteLength,
  body: new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.byteLength; at += chunk) controller.enqueue(bytes.slice(at, at + chunk));
      controller.close();
    },
  }),
});

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function listed(storage: AttachmentStorage) {
  const entries = [];
  for await (const entry of storage.list()) entries.push(entry);
  return entries;
}

// The S3 store joins in when a bucket is configured: `npm run test:s3` starts a local S3 server and
// sets ATTACHMENT_S3_BUCKET and the rest for this file.
// Under a prefix of its own: other test files use the same bucket at the same time.
const configured = storageTarget();
const s3Target = configured.kind === "s3" ? { ...configured, prefix: `${configured.prefix}storage-test/` } : null;
const stores: [string, () => AttachmentStorage][] = [
  ["local folder", () => localFolderStorage(path.join(dir, "nested", "uploads"))],
  ...(s3Target ? [["S3 bucket", () => getStorage(s3Target)] as [string, () => AttachmentStorage]] : []),
];

describe.each(stores)("%s storage", (_name, make) => {
  it("stores, opens as a stream, reads and removes bytes", async () => {
    const storage = make();
    const key = newStorageKey();
    expect(key).toMatch(/^([0-9a-f]{2})\/\1[0-9a-f]{30}$/);
    await storage.put(key, new Uint8Array([1, 2, 3]));
    expect(await storage.read(key)).toEqual(new Uint8Array([1, 2, 3]));
    const opened = await storage.open(key);
    expect(opened?.size).toBe(3);
    expect(new Uint8Array(await new Response(opened!.body).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    await storage.remove(key);
    expect(await storage.read(key)).toBeNull();
    expect(await storage.open(key)).toBeNull();
    await expect(storage.remove(key)).resolves.toBeUndefined();
  });

  it("answers null for a key never stored", async () => {
    const storage = make();
    expect(await storage.open(newStorageKey())).toBeNull();
    expect(await storage.read(newStorageKey())).toBeNull();
  });

  it("stores a stream of the stated size and refuses a shorter or longer one", async () => {
    const storage = make();
    const bytes = randomBytes(300_000);
    const key = newStorageKey();
    await storage.put(key, streamOf(bytes));
    // Compared by hash: a deep comparison of 300 000 elements takes seconds.
    expect(sha256((await storage.read(key))!)).toBe(sha256(bytes));
    const short = newStorageKey();
    await expect(storage.put(short, { ...streamOf(bytes), size: bytes.byteLength + 10 })).rejects.toThrow(
      /shorter than its stated size/,
    );
    await expect(storage.put(short, { ...streamOf(bytes), size: bytes.byteLength - 10 })).rejects.toThrow(
      /longer than its stated size/,
    );
    await storage.remove(key);
    await storage.remove(short);
  });

  it("streams a large file both ways in pieces", { timeout: 60_000 }, async () => {
    const storage = make();
    const bytes = randomBytes(24 * 1024 * 1024);
    const key = newStorageKey();
    await storage.put(key, streamOf(bytes, 1024 * 1024));
    const opened = await storage.open(key);
    expect(opened?.size).toBe(bytes.byteLength);
    const hash = createHash("sha256");
    let chunks = 0;
    let largest = 0;
    for await (const chunk of chunksOf(opened!.body)) {
      hash.update(chunk);
      chunks += 1;
      largest = Math.max(largest, chunk.byteLength);
    }
    expect(hash.digest("hex")).toBe(sha256(bytes));
    // Arrives as it is read, never as one buffer of the whole file.
    expect(chunks).toBeGreaterThan(8);
    expect(largest).toBeLessThan(bytes.byteLength / 4);
    await storage.remove(key);
  });

  it("lists what it stores with sizes and dates", async () => {
    const storage = make();
    const keys = [newStorageKey(), newStorageKey()];
    for (const key of keys) await storage.put(key, new Uint8Array(7));
    const entries = await listed(storage);
    for (const key of keys) {
      const entry = entries.find((e) => e.key === key);
      expect(entry).toMatchObject({ key, size: 7 });
      expect(Math.abs(entry!.modifiedAt.getTime() - Date.now())).toBeLessThan(60_000);
    }
    for (const key of keys) await storage.remove(key);
    const after = (await listed(storage)).map((e) => e.key);
    for (const key of keys) expect(after).not.toContain(key);
  });

  it("refuses keys that are not its own shape", async () => {
    const storage = make();
    for (const key of ["../../etc/passwd", "ab/../../x", "/etc/passwd", "ab\\cd", "AB/" + "0".repeat(32), ""]) {
      expect(() => assertStorageKey(key)).toThrow();
      await expect(storage.read(key)).rejects.toThrow();
      await expect(storage.open(key)).rejects.toThrow();
      await expect(storage.put(key, new Uint8Array([1]))).rejects.toThrow();
    }
  });
});

describe("local folder storage", () => {
  it("keeps files in folders named by the key's first two characters", async () => {
    const storage = localFolderStorage(path.join(dir, "sharded"));
    const key = newStorageKey();
    await storage.put(key, new Uint8Array([1, 2, 3]));
    expect(await readdir(path.join(dir, "sharded", key.slice(0, 2)))).toEqual([key.slice(3)]);
  });

  it("keeps nothing of a stream that fails", async () => {
    const root = path.join(dir, "failed");
    const storage = localFolderStorage(root);
    const key = newStorageKey();
    await expect(storage.put(key, { ...streamOf(new Uint8Array(10)), size: 20 })).rejects.toThrow();
    expect(await storage.open(key)).toBeNull();
    expect(await readdir(path.join(root, key.slice(0, 2)))).toEqual([]);
  });

  it("never overwrites a stored file", async () => {
    const storage = localFolderStorage(dir);
    const key = newStorageKey();
    await storage.put(key, new Uint8Array([1]));
    await expect(storage.put(key, new Uint8Array([2]))).rejects.toThrow(/EEXIST/);
    expect(await storage.read(key)).toEqual(new Uint8Array([1]));
  });

  it("lists neither files being written nor foreign ones, and nothing for a missing folder", async () => {
    const root = path.join(dir, "listing");
    const storage = localFolderStorage(root);
    const key = newStorageKey();
    await storage.put(key, new Uint8Array([1]));
    await writeFile(path.join(root, `${key}.0a1b2c3d.part`), "half");
    await writeFile(path.join(root, key.slice(0, 2), "notes.txt"), "x");
    await writeFile(path.join(root, "README"), "x");
    expect((await listed(storage)).map((e) => e.key)).toEqual([key]);
    expect(await listed(localFolderStorage(path.join(dir, "absent")))).toEqual([]);
  });
});

describe("storageTarget", () => {
  it("takes the folder from UPLOAD_DIR, relative to the working directory", () => {
    expect(storageTarget({ UPLOAD_DIR: "tmp/up" })).toEqual({ kind: "local", dir: path.resolve("tmp/up") });
    expect(storageTarget({})).toEqual({ kind: "local", dir: path.resolve(".data/uploads") });
    expect(getStorage({ kind: "local", dir })).toHaveProperty("put");
  });

  it("chooses S3 when a bucket is named, whatever UPLOAD_DIR says", () => {
    expect(
      storageTarget({
        UPLOAD_DIR: "tmp/up",
        ATTACHMENT_S3_BUCKET: "jqt-files",
        ATTACHMENT_S3_ENDPOINT: "http://127.0.0.1:9000",
        ATTACHMENT_S3_FORCE_PATH_STYLE: "1",
        ATTACHMENT_S3_PREFIX: "attachments",
      }),
    ).toEqual({
      kind: "s3",
      bucket: "jqt-files",
      region: "us-east-1",
      endpoint: "http://127.0.0.1:9000",
      forcePathStyle: true,
      prefix: "attachments/",
    });
    expect(storageTarget({ ATTACHMENT_S3_BUCKET: "b", AWS_REGION: "cn-north-1" })).toEqual({
      kind: "s3",
      bucket: "b",
      region: "cn-north-1",
      endpoint: undefined,
      forcePathStyle: false,
      prefix: "",
    });
    expect(storageTarget({ ATTACHMENT_S3_BUCKET: "b", ATTACHMENT_S3_REGION: "eu-west-1" })).toMatchObject({
      region: "eu-west-1",
    });
  });
});
