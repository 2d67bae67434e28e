import { cache } from "react";
import type { Db } from "./connection.ts";
import { createGate, type Gate, type GateLoad } from "./gate.ts";
import { retryWriteConflicts } from "./write-conflict.ts";
import { logger } from "../log/logger.ts";

/**
 * Statements one request runs at once. A dashboard asks for some forty figures and a home page for
 * a dozen; fired together, ten viewers would queue hundreds of statements and the pool would shed
 * most of them as "busy". Bounded, each request takes a fair share of the pool and waits its turn.
 */
const PARALLEL = Number(process.env.DB_REQUEST_PARALLEL) > 0 ? Number(process.env.DB_REQUEST_PARALLEL) : 3;

/**
 * One gate per request: React's cache is per request while a page renders; elsewhere (an action, a
 * route handler, a script) each call gets a gate of its own, which bounds nothing and costs nothing.
 */
export const requestGate = cache((): Gate => createGate(PARALLEL, gateLoad()));

// Every request's gate counts into one object per process, on globalThis because Next may load this
// module more than once: the metrics endpoint reads how many statements wait for their turn.
const globalGates = globalThis as unknown as { __jqtGateLoad?: GateLoad };

/** Statements running and waiting at the requests' gates right now, across the process. */
export function gateLoad(): GateLoad {
  return (globalGates.__jqtGateLoad ??= { running: 0, waiting: 0 });
}

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
 * A client whose model queries and raw queries each run through `gate`; its other methods
 * ($transaction, $executeRaw …) run on the client itself, ungated: a transaction holds one
 * connection for its statements. Gated calls return plain promises, which cannot join a batch
 * transaction (the code base uses interactive transactions only). An interactive transaction that
 * PostgreSQL ends for a write conflict runs again from its start (write-conflict.ts).
 */
export function gated(db: Db, gate: Gate): Db {
  return new Proxy(db, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof prop !== "string") return value;
      if (prop.startsWith("$")) {
        if (typeof value !== "function") return value;
        const method = value as (...a: unknown[]) => PromiseLike<unknown>;
        if (prop === "$transaction") return retrying(method.bind(target));
        return RAW.has(prop) ? (...args: unknown[]) => gate.run(() => method.apply(target, args)) : method.bind(target);
      }
      return value && typeof value === "object" ? gatedModel(value, gate) : value;
    },
  });
}

/** `$transaction`, running an interactive transaction again after a write conflict. */
function retrying(transaction: (...a: unknown[]) => PromiseLike<unknown>) {
  return (run: unknown, ...rest: unknown[]) =>
    typeof run === "function"
      ? retryWriteConflicts(
          async () => transaction(run, ...rest),
          // Without the error: PostgreSQL's deadlock report quotes both transactions' statements.
          (attempt) => logger.warn({ attempt }, "transaction ended by a write conflict; running it again"),
        )
      : transaction(run, ...rest);
}
