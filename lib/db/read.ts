import "server-only";
import { getReplicaDb, type Db } from "./index.ts";

/**
 * The client for a page's heavy reads (dashboards, figures, exports): the read replica when one is
 * configured (DATABASE_REPLICA_URL). Like getDb(), it shares the request's gate. For reads only.
 */
export function readDb(): Db {
  return getReplicaDb();
}
