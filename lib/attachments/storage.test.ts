import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertStorageKey, getStorage, localFolderStorage, newStorageKey, storageTarget } from "./storage";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "jqt-storage-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("local folder storage", () => {
  it("stores, reads and removes bytes under sharded random keys", async () => {
    const storage = localFolderStorage(path.join(dir, "nested", "uploads"));
    const key = newStorageKey();
    expect(key).toMatch(/^([0-9a-f]{2})\/\1[0-9a-f]{30}$/);
    await storage.put(key, new Uint8Array([1, 2, 3]));
    expect(await storage.read(key)).toEqual(new Uint8Array([1, 2, 3]));
    expect(await readdir(path.join(dir, "nested", "uploads", key.slice(0, 2)))).toEqual([key.slice(3)]);
    await storage.remove(key);
    expect(await storage.read(key)).toBeNull();
    await expect(storage.remove(key)).resolves.toBeUndefined();
  });

  it("never overwrites a stored file", async () => {
    const storage = localFolderStorage(dir);
    const key = newStorageKey();
    await storage.put(key, new Uint8Array([1]));
    await expect(storage.put(key, new Uint8Array([2]))).rejects.toThrow(/EEXIST/);
    expect(await storage.read(key)).toEqual(new Uint8Array([1]));
  });

  it("refuses keys that are not its own shape", async () => {
    const storage = localFolderStorage(dir);
    for (const key of ["../../etc/passwd", "ab/../../x", "/etc/passwd", "ab\\cd", "AB/" + "0".repeat(32), ""]) {
      expect(() => assertStorageKey(key)).toThrow();
      await expect(storage.read(key)).rejects.toThrow();
      await expect(storage.put(key, new Uint8Array([1]))).rejects.toThrow();
    }
  });

  it("takes its folder from UPLOAD_DIR, relative to the working directory", () => {
    expect(storageTarget({ UPLOAD_DIR: "tmp/up" })).toEqual({ kind: "local", dir: path.resolve("tmp/up") });
    expect(storageTarget({})).toEqual({ kind: "local", dir: path.resolve(".data/uploads") });
    expect(getStorage({ kind: "local", dir })).toHaveProperty("put");
  });
});
