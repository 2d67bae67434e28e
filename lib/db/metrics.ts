// The database's side of the metrics endpoint: read from the pools and the request gates when
// Prometheus scrapes, so that nothing is counted between scrapes.
import { registerGauge } from "../metrics/registry.ts";
import { poolUse } from "./pool.ts";
import { gateLoad } from "./request-gate.ts";

export function registerDatabaseMetrics(): void {
  const perPool = (field: "total" | "idle" | "waiting" | "max", name: string, help: string) =>
    registerGauge({ name, help, labelNames: ["pool"] as const }, (gauge) => {
      // Summed per name: tests and scripts may hold several pools to one database.
      const sums = new Map<string, number>();
      for (const use of poolUse()) {
        const value = field === "total" ? use.total - use.idle : use[field];
        sums.set(use.pool, (sums.get(use.pool) ?? 0) + value);
      }
      for (const [pool, value] of sums) gauge.set({ pool }, value);
    });
  perPool("total", "jqt_db_pool_connections_in_use", "Connections of the pool lent out to a query or transaction");
  perPool("idle", "jqt_db_pool_connections_idle", "Connections of the pool open and free");
  perPool("waiting", "jqt_db_pool_waiting", "Requests for a connection queued because all are in use");
  perPool("max", "jqt_db_pool_connections_max", "Most connections the pool opens (DB_POOL_MAX)");
  registerGauge(
    { name: "jqt_db_gate_statements", help: "Statements of requests at their gates", labelNames: ["state"] as const },
    (gauge) => {
      const load = gateLoad();
      gauge.set({ state: "running" }, load.running);
      gauge.set({ state: "waiting" }, load.waiting);
    },
  );
}
