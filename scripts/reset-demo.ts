// `npm run demo:reset`: removes the embedded database so the next `npm start` loads a fresh demo county.
// On a PostgreSQL server (DATABASE_URL set) it refuses: drop and recreate that database yourself.
import { rmSync } from "node:fs";
import path from "node:path";
import { databaseTarget } from "../lib/db/connection.ts";

const target = databaseTarget();
if (target.kind !== "pglite" || target.dataDir === "memory://") {
  console.error(
    "DATABASE_URL is set: reset refuses to touch a server database. Drop and recreate it, then run npm start.",
  );
  process.exit(1);
}
rmSync(target.dataDir, { recursive: true, force: true });
rmSync(`${target.dataDir}.state.json`, { force: true });
// Uploaded files belong to the records just removed.
rmSync(path.resolve(process.env.UPLOAD_DIR ?? ".data/uploads"), { recursive: true, force: true });
console.log(`removed ${target.dataDir}; the next npm start loads the demo county again`);
