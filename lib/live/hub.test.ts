import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { closeLiveStreams, follow } from "./hub";

const saved = { PGLITE_DIR: process.env.PGLITE_DIR, DATABASE_URL: process.env.DATABASE_URL };
afterEach(() => {
  // Assigning undefined to process.env would store the text "undefined": unset those instead.
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("the live hub", () => {
  it("keeps the process up when the channel cannot be listened on, and ends its streams on a drain", async () => {
    // A database folder inside a file: opening the embedded database fails.
    const file = path.join(tmpdir(), `jqt-not-a-folder-${process.pid}`);
    writeFileSync(file, "");
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DIR = path.join(file, "pglite");
    let ended = false;
    follow({ userId: "u", seesInternal: false, topics: new Set(), tell: () => {}, end: () => (ended = true) });
    // Long enough for a rejection nobody handles to be reported (and fail this run).
    await new Promise((resolve) => setTimeout(resolve, 100));
    await closeLiveStreams();
    expect(ended).toBe(true);
  });
});
