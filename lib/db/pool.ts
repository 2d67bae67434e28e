// The PostgreSQL connection pool with bounds everywhere a request could otherwise wait forever:
// a bounded queue for a free connection (load shedding past it), a bounded wait in that queue and
// for a new connection, and server-side limits on a statement and on an idle open transaction.
// Without them a backlog built up while PostgreSQL restarted outlived the restart: queued requests
// that their clients had long given up on kept taking every connection that came back.
import pg from "pg";
import { counter } from "../metrics/registry.ts";
import { DatabaseBusyError } from "./unavailable.ts";

export type PoolSettings = {
  /** Connections per server process. */
  max: number;
  /** Acquisitions allowed to queue for a connection; one more is refused at once (shed). */
  maxWaiting: number;
  /** Longest wait for a connection, queued or being opened. */
  connectTimeoutMs: number;
  /** PostgreSQL cancels a statement running longer than this. */
  statementTimeoutMs: number;
  /** PostgreSQL ends a session whose transaction stays open and idle longer than this. */
  idleInTransactionTimeoutMs: number;
  /** An idle connection is closed after this. */
  idleTimeoutMs: number;
};

export const DEFAULT_POOL_SETTINGS: PoolSettings = {
  max: 10,
  // Queries, not requests: one model call that loads several relations queries for each at once,
  // so ten page views on a city's data held over 40 queries waiting and some were refused as busy
  // (the ticket page at 10 connections on npm run bench's city data); at 200 none were, at the same
  // throughput.
  maxWaiting: 200,
  connectTimeoutMs: 5_000,
  statementTimeoutMs: 15_000,
  idleInTransactionTimeoutMs: 20_000,
  idleTimeoutMs: 30_000,
};

const ENV_NAMES: Record<keyof PoolSettings, string> = {
  max: "DB_POOL_MAX",
  maxWaiting: "DB_POOL_MAX_WAITING",
  connectTimeoutMs: "DB_CONNECT_TIMEOUT_MS",
  statementTimeoutMs: "DB_STATEMENT_TIMEOUT_MS",
  idleInTransactionTimeoutMs: "DB_IDLE_IN_TRANSACTION_TIMEOUT_MS",
  idleTimeoutMs: "DB_IDLE_TIMEOUT_MS",
};

/** The defaults, each replaceable by its environment variable (a positive integer). */
export function poolSettings(env: Record<string, string | undefined> = process.env): PoolSettings {
  const settings = { ...DEFAULT_POOL_SETTINGS };
  for (const key of Object.keys(ENV_NAMES) as (keyof PoolSettings)[]) {
    const raw = env[ENV_NAMES[key]]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${ENV_NAMES[key]} must be a positive integer`);
    settings[key] = value;
  }
  return settings;
}

/**
 * Prisma's interactive-transaction limits. maxWait is longer than the pool's own wait, so the pool
 * gives up first and nothing is left queued behind a transaction Prisma has already abandoned.
 */
export function transactionLimits(settings: PoolSettings): { maxWait: number; timeout: number } {
  return { maxWait: settings.connectTimeoutMs + 1_000, timeout: 10_000 };
}

/**
 * Planner costs every connection starts with. PostgreSQL's default random_page_cost (4) prices a
 * random read as a spinning disk's; its documentation suggests 1.1 for solid-state storage, and a
 * city's working set is in memory besides. With the default, the planner ANDed a county's whole
 * ticket index (200,000 entries) into the few hundred an officer's open queue reads through its
 * own two indexes, to save heap reads it thought dear: 23 ms per statement instead of 2.4 ms.
 */
export const PLANNER_OPTIONS = "-c random_page_cost=1.1";

type ConnectCallback = (error: Error | undefined, client?: pg.PoolClient, done?: (release?: unknown) => void) => void;

// The pools this process has open, for the metrics endpoint to read when it is scraped. On globalThis:
// Next may load this module more than once in a process.
const globalPools = globalThis as unknown as { __jqtPools?: Set<SheddingPool> };
const livePools = (globalPools.__jqtPools ??= new Set());

export type PoolUse = { pool: string; max: number; total: number; idle: number; waiting: number };

/** Connections open, idle and waited for, per open pool (named "primary" or "replica"). */
export function poolUse(): PoolUse[] {
  return [...livePools].map((pool) => ({
    pool: pool.name,
    max: pool.options.max,
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
  }));
}

const shed = () =>
  counter({
    name: "jqt_db_pool_shed_total",
    help: "Connection requests refused at once because the pool's queue was full",
    labelNames: ["pool"] as const,
  });

/** A pg.Pool that refuses an acquisition at once when maxWaiting others already wait. */
export class SheddingPool extends pg.Pool {
  readonly maxWaiting: number;
  /** Which database it serves, as the metrics label it: "primary" or "replica". */
  readonly name: string;

  constructor(connectionString: string, settings: PoolSettings, name = "primary") {
    super({
      connectionString,
      max: settings.max,
      connectionTimeoutMillis: settings.connectTimeoutMs,
      idleTimeoutMillis: settings.idleTimeoutMs,
      statement_timeout: settings.statementTimeoutMs,
      idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMs,
      // Client-side guard for a server that stops answering without closing the socket.
      query_timeout: settings.statementTimeoutMs + 5_000,
      keepAlive: true,
      application_name: "jqt",
      options: PLANNER_OPTIONS,
    });
    this.maxWaiting = settings.maxWaiting;
    this.name = name;
    livePools.add(this);
  }

  end(): Promise<void>;
  end(callback: () => void): void;
  end(callback?: () => void): Promise<void> | void {
    livePools.delete(this);
    return callback ? super.end(callback) : super.end();
  }

  /** Acquisitions queued behind busy connections right now. */
  get waiting(): number {
    return this.waitingCount;
  }

  // pg's own pool.query() acquires through connect(callback), so both forms are guarded here.
  connect(): Promise<pg.PoolClient>;
  connect(callback: ConnectCallback): void;
  connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    if (this.waitingCount >= this.maxWaiting && this.idleCount === 0) {
      shed().inc({ pool: this.name });
      const error = new DatabaseBusyError("connection pool queue is full");
      if (callback) {
        process.nextTick(callback, error);
        return;
      }
      return Promise.reject(error);
    }
    return callback ? super.connect(callback as never) : super.connect();
  }
}
