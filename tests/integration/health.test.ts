// The probes a load balancer or orchestrator asks: /api/health answers while the process runs,
// /api/ready only while the database answers in time and carries this build's migrations.
import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { getDb, resetDb, type Db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/connection";
import { forgetReadiness } from "@/lib/health/readiness";
import { newestMigrationIn } from "@/lib/health/schema-version";

const saved = { migration: process.env.JQT_SCHEMA_MIGRATION, timeout: process.env.READY_TIMEOUT_MS };

function restore(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

afterEach(() => {
  restore("JQT_SCHEMA_MIGRATION", saved.migration);
  restore("READY_TIMEOUT_MS", saved.timeout);
  forgetReadiness();
});

/** Runs the check against another database, then puts the test file's own back. */
async function withDatabase<T>(db: Db, run: () => Promise<T>, beforeDisconnect?: () => void): Promise<T> {
  const own = getDb();
  resetDb(db);
  forgetReadiness();
  try {
    return await run();
  } finally {
    resetDb(own);
    beforeDisconnect?.();
    await db.$disconnect().catch(() => {});
  }
}

describe("/api/health", () => {
  it("answers 200 ok without asking the database", async () => {
    const response = await withDatabase(
      createPrismaClient({ kind: "postgres", url: "postgres://nobody@127.0.0.1:1/none" }),
      async () => health(),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});

describe("/api/ready", () => {
  it("answers 200 when the database carries this build's newest migration", async () => {
    expect(newestMigrationIn("prisma/migrations")).toMatch(/^\d{14}_/);
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503 while a migration this build needs is not applied", async () => {
    process.env.JQT_SCHEMA_MIGRATION = "29990101000000_not_yet_applied";
    const response = await ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable" });
  });

  it("answers 503 at once when the database refuses connections, and says nothing about why", async () => {
    const started = Date.now();
    const response = await withDatabase(
      createPrismaClient({ kind: "postgres", url: "postgres://nobody@127.0.0.1:1/none" }),
      async () => ready(),
    );
    expect(response.status).toBe(503);
    expect(await response.text()).toBe('{"status":"unavailable"}');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("answers 503 within READY_TIMEOUT_MS when the database accepts but never answers", async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as { port: number };
    process.env.READY_TIMEOUT_MS = "300";
    try {
      const started = Date.now();
      const response = await withDatabase(
        createPrismaClient({ kind: "postgres", url: `postgres://nobody@127.0.0.1:${port}/none` }),
        async () => ready(),
        () => sockets.forEach((socket) => socket.destroy()),
      );
      expect(response.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(1_500);
    } finally {
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("serves a burst of probes from one check instead of one query each", async () => {
    const queries = vi.spyOn(getDb(), "$queryRaw");
    try {
      const responses = await Promise.all(Array.from({ length: 25 }, () => ready()));
      expect(responses.map((r) => r.status)).toEqual(Array(25).fill(200));
      expect(queries).toHaveBeenCalledTimes(1);
    } finally {
      queries.mockRestore();
    }
  });
});
