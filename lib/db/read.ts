import "server-only";
import { cache } from "react";
import { createGate, type Gate } from "./gate.ts";
import { getReplicaDb, type Db } from "./index.ts";

/**
 * Statements one page render runs at once through `readDb()`. A dashboard asks for some forty
 * figures; fired together, ten viewers would queue hundreds of statements and the pool would shed
 * most of them as "busy". Bounded, each view takes a fair share of the pool and waits its turn.
 */
const PARALLEL = Number(process.env.DB_REQUEST_PARALLEL) > 0 ? Number(process.env.DB_REQUEST_PARALLEL) : 3;

/** One gate per request (React's cache is per request on the server; elsewhere each call gets its own). */
const requestGate = cache((): Gate => createGate(PARALLEL));

const RAW = new Set(["$queryRaw", "$queryRawUnsafe"]);

function gatedModel(model: object, gate: Gate): object {
  return new Proxy(model, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) =>
        gate.run(() => (value as (...a: unknown[]) => PromiseLike<unknown>).apply(target, args));
    },
  });
}

/**
 * The client for a page's heavy reads (dashboards, figures, exports): the read replica when one is
 * configured (DATABASE_REPLICA_URL), with at most a few of the request's statements running at once. For reads only: its calls return plain
 * promises, which cannot join a batch transaction.
 */
export function readDb(): Db {
  return gated(getReplicaDb(), requestGate());
}

/** A client whose model queries and raw queries each run through `gate`. */
export function gated(db: Db, gate: Gate): Db {
  return new Proxy(db, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof prop === "string" && RAW.has(prop) && typeof value === "function") {
        return (...args: unknown[]) =>
          gate.run(() => (value as (...a: unknown[]) => PromiseLike<unknown>).apply(target, args));
      }
      if (typeof prop === "string" && !prop.startsWith("$") && value && typeof value === "object") {
        return gatedModel(value, gate);
      }
      return value;
    },
  });
}
