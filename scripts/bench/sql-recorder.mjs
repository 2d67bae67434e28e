// Loaded into the benchmark's capture server (node --import): appends every statement the app sends
// through node-postgres, with its parameters, time and the number of rows it returned, to BENCH_SQL_LOG
// as one JSON line each.
// Plain JavaScript so that the server needs no TypeScript loader.
import { appendFileSync } from "node:fs";
import pg from "pg";

const file = process.env.BENCH_SQL_LOG;
if (file) {
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function record(config, values, callback) {
    // Cursors and other submittables manage themselves; the app does not use them.
    if (config && typeof config.submit === "function") return original.call(this, config, values, callback);
    const sql = typeof config === "string" ? config : config?.text;
    const params = Array.isArray(values) ? values : config?.values;
    const started = performance.now();
    const done = (result) => {
      const rows = Array.isArray(result?.rows) ? result.rows.length : null;
      appendFileSync(file, `${JSON.stringify({ sql, params, ms: performance.now() - started, rows })}\n`);
    };
    if (typeof callback === "function")
      return original.call(this, config, values, (error, result) => (done(result), callback(error, result)));
    if (typeof values === "function")
      return original.call(this, config, (error, result) => (done(result), values(error, result)));
    const result = original.call(this, config, values);
    if (result && typeof result.then === "function") result.then(done, () => done());
    return result;
  };
}
