import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_POOL_SETTINGS, poolSettings, SheddingPool, transactionLimits } from "./pool";
import { DatabaseBusyError } from "./unavailable";
import { metricsText } from "../metrics/registry";

const shedCount = async (pool: string) =>
  Number(
    new RegExp(`^jqt_db_pool_shed_total\\{pool="${pool}"\\} (\\d+)$`, "m").exec((await metricsText()).body)?.[1] ?? 0,
  );

describe("poolSettings", () => {
  it("bounds everything by default and takes positive integers from the environment", () => {
    expect(poolSettings({})).toEqual(DEFAULT_POOL_SETTINGS);
    expect(poolSettings({ DB_POOL_MAX: "4", DB_POOL_MAX_WAITING: "8" })).toMatchObject({ max: 4, maxWaiting: 8 });
    expect(() => poolSettings({ DB_CONNECT_TIMEOUT_MS: "0" })).toThrow(/DB_CONNECT_TIMEOUT_MS/);
    expect(() => poolSettings({ DB_POOL_MAX: "lots" })).toThrow(/DB_POOL_MAX/);
  });

  it("lets the pool give up on a connection before Prisma gives up on the transaction", () => {
    const settings = poolSettings({});
    expect(transactionLimits(settings).maxWait).toBeGreaterThan(settings.connectTimeoutMs);
  });
});

describe("SheddingPool", () => {
  let server: Server | undefined;
  const sockets: Socket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.destroy();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  it("refuses at once past the waiting bound, and bounds the wait of those it queued", async () => {
    // A server that accepts connections and never answers: every connection attempt hangs.
    server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const pool = new SheddingPool(
      `postgres://nobody@127.0.0.1:${port}/none`,
      { ...DEFAULT_POOL_SETTINGS, max: 1, maxWaiting: 2, connectTimeoutMs: 300 },
      "replica",
    );
    const shedBefore = await shedCount("replica");
    pool.on("error", () => {});
    const started = Date.now();
    const first = pool.connect(); // opens the only connection
    const queued = [pool.connect(), pool.connect()]; // wait for it
    const shed = pool.connect();
    const viaQuery = new Promise((resolve, reject) =>
      pool.query("SELECT 1", (error) => (error ? reject(error) : resolve(null))),
    );
    await expect(shed).rejects.toBeInstanceOf(DatabaseBusyError);
    await expect(viaQuery).rejects.toBeInstanceOf(DatabaseBusyError);
    expect(Date.now() - started).toBeLessThan(200);
    // Both refusals are counted for the metrics, under the pool's name.
    expect((await shedCount("replica")) - shedBefore).toBe(2);
    const settled = await Promise.allSettled([first, ...queued]);
    expect(settled.map((s) => s.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(Date.now() - started).toBeLessThan(3_000);
    await pool.end();
  });
});
