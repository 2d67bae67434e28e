import { describe, expect, it } from "vitest";
import { metricsText } from "../metrics/registry.ts";
import { registerDatabaseMetrics } from "./metrics.ts";
import { DEFAULT_POOL_SETTINGS, SheddingPool } from "./pool.ts";

describe("database metrics", () => {
  it("report each open pool by name, and forget it once it has ended", async () => {
    registerDatabaseMetrics();
    const settings = { ...DEFAULT_POOL_SETTINGS, max: 7 };
    const primary = new SheddingPool("postgres://nobody@127.0.0.1:1/none", settings);
    const replica = new SheddingPool("postgres://nobody@127.0.0.1:1/none", { ...settings, max: 3 }, "replica");
    let text = (await metricsText()).body;
    expect(text).toMatch(/^jqt_db_pool_connections_max\{pool="primary"\} 7$/m);
    expect(text).toMatch(/^jqt_db_pool_connections_max\{pool="replica"\} 3$/m);
    expect(text).toMatch(/^jqt_db_pool_connections_in_use\{pool="primary"\} 0$/m);
    expect(text).toMatch(/^jqt_db_pool_waiting\{pool="replica"\} 0$/m);
    await replica.end();
    text = (await metricsText()).body;
    expect(text).not.toContain('pool="replica"');
    await primary.end();
    expect((await metricsText()).body).not.toContain('pool="primary"');
  });
});
