// The process's Prometheus metrics. Next bundles server code per route and layer, so one module may
// be loaded more than once in a process: the registry and every metric live on globalThis, and are
// made on first use by whichever copy comes first. prom-client itself is an external package
// (next.config.ts), so every copy uses the same classes.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

type Store = { registry: Registry; collectors: Map<string, () => void | Promise<void>> };

const globalMetrics = globalThis as unknown as { __jqtMetrics?: Store };

function store(): Store {
  if (!globalMetrics.__jqtMetrics) {
    const registry = new Registry();
    // Process CPU, memory, event-loop delay and garbage collection: a slow replica shows why.
    collectDefaultMetrics({ register: registry });
    globalMetrics.__jqtMetrics = { registry, collectors: new Map() };
  }
  return globalMetrics.__jqtMetrics;
}

export function metricsRegistry(): Registry {
  return store().registry;
}

type Spec<L extends string> = { name: string; help: string; labelNames?: readonly L[] };

function existing<T>(name: string): T | undefined {
  return store().registry.getSingleMetric(name) as T | undefined;
}

/** The counter of that name, made on first use. */
export function counter<L extends string = string>(spec: Spec<L>): Counter<L> {
  return (
    existing<Counter<L>>(spec.name) ??
    new Counter<L>({ ...spec, labelNames: spec.labelNames ?? [], registers: [store().registry] })
  );
}

/** The histogram of that name, made on first use. */
export function histogram<L extends string = string>(spec: Spec<L> & { buckets?: number[] }): Histogram<L> {
  return (
    existing<Histogram<L>>(spec.name) ??
    new Histogram<L>({ ...spec, labelNames: spec.labelNames ?? [], registers: [store().registry] })
  );
}

/**
 * A gauge read when Prometheus scrapes: `collect` sets its values then (pool sizes, queue depths).
 * Registering a name again replaces the reader, so a module loaded twice, or reloaded in
 * development, keeps one gauge that reads the newest state.
 */
export function registerGauge<L extends string = string>(
  spec: Spec<L>,
  collect: (gauge: Gauge<L>) => void | Promise<void>,
): Gauge<L> {
  const { registry, collectors } = store();
  let gauge = existing<Gauge<L>>(spec.name);
  if (!gauge) {
    gauge = new Gauge<L>({
      ...spec,
      labelNames: spec.labelNames ?? [],
      registers: [registry],
      collect() {
        return collectors.get(spec.name)?.();
      },
    });
  }
  const target = gauge;
  collectors.set(spec.name, () => {
    // Series that vanished since the last scrape (a closed pool) must not linger at their old value.
    target.reset();
    return collect(target);
  });
  return gauge;
}

/** The text Prometheus reads, and its content type. */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  const registry = metricsRegistry();
  return { contentType: registry.contentType, body: await registry.metrics() };
}
