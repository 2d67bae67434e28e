// Heavy reads go to a read replica when DATABASE_REPLICA_URL names one: checked against a real
// streaming replica of a throw-away primary (pg_basebackup). Needs the PostgreSQL server binaries
// and root (the clusters run as the postgres user), so it runs only with REPLICA_TEST=1
// (`npm run test:replica`, run by CI).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { getDb, getReplicaDb, resetDb } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrate";
import { readDb } from "@/lib/db/read";
import { createCluster, type Cluster } from "@/scripts/faults/cluster";

const enabled = process.env.REPLICA_TEST === "1";
const PRIMARY_PORT = 15441;
const STANDBY_PORT = 15442;

function restore(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

describe.skipIf(!enabled)("read replica", () => {
  let primary: Cluster;
  let standby: Cluster;
  const saved = { url: process.env.DATABASE_URL, replica: process.env.DATABASE_REPLICA_URL };

  beforeAll(async () => {
    primary = createCluster(PRIMARY_PORT);
    standby = createCluster(STANDBY_PORT, { standbyOf: primary });
    await applyMigrations({ kind: "postgres", url: primary.adminUrl() });
    await getDb().$disconnect();
    process.env.DATABASE_URL = primary.adminUrl();
    process.env.DATABASE_REPLICA_URL = standby.adminUrl();
    resetDb();
  }, 180_000);

  afterAll(async () => {
    await getReplicaDb().$disconnect();
    await getDb().$disconnect();
    restore("DATABASE_URL", saved.url);
    restore("DATABASE_REPLICA_URL", saved.replica);
    resetDb();
    standby?.stop();
    primary?.stop();
  });

  /** Waits until the standby has replayed everything the primary has written so far. */
  async function caughtUp() {
    const client = new pg.Client({ connectionString: primary.adminUrl() });
    await client.connect();
    const { rows } = await client.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn");
    await client.end();
    for (let i = 0; i < 100; i++) {
      const [row] = await getReplicaDb().$queryRaw<{ done: boolean }[]>`
        SELECT pg_last_wal_replay_lsn() >= ${rows[0]!.lsn}::pg_lsn AS "done"`;
      if (row?.done) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("the standby did not catch up within 10 s");
  }

  it("sends heavy reads to the standby and everything else to the primary", async () => {
    const [viaRead] = await readDb().$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS "standby"`;
    const [viaApp] = await getDb().$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS "standby"`;
    expect(viaRead?.standby).toBe(true);
    expect(viaApp?.standby).toBe(false);
  });

  it("shows what the primary wrote once the standby has replayed it, and refuses writes there", async () => {
    const bureau = await getDb().bureau.create({
      data: { code: "RPL", name: "副本测试县公安局", nameEn: "Replica PSB" },
    });
    await caughtUp();
    expect(await readDb().bureau.count({ where: { id: bureau.id } })).toBe(1);
    await expect(
      getReplicaDb().bureau.create({ data: { code: "RPL2", name: "写入副本", nameEn: "Write" } }),
    ).rejects.toThrow(/read-only/);
  });
});
