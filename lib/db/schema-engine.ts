import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export type SchemaEngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let modulePromise: Promise<SchemaEngineModule> | undefined;
const pendingTimers = new Set<ReturnType<typeof setTimeout>>();
let activeCalls = 0;

/**
 * Runs work against the engine module. The engine arms timeouts it never cancels (e.g. the 10 s
 * advisory-lock timeout), which would keep the process alive for 10 s after every command; once
 * no call is in flight, nobody can be waiting on them, so they are cleared.
 */
export async function withSchemaEngine<T>(run: (engine: SchemaEngineModule) => Promise<T>): Promise<T> {
  const engine = await loadSchemaEngine();
  activeCalls++;
  try {
    return await run(engine);
  } finally {
    if (--activeCalls === 0) {
      for (const timer of pendingTimers) clearTimeout(timer);
      pendingTimers.clear();
    }
  }
}

/**
 * The package's own entry point does `import * as wasm from "./x.wasm"`, which Node cannot
 * load, so we wire the wasm-bindgen glue to a module we instantiate ourselves. The glue keeps
 * the instance in module state, hence exactly one instantiation per process.
 */
export function loadSchemaEngine(): Promise<SchemaEngineModule> {
  modulePromise ??= instantiate().catch((error: unknown) => {
    modulePromise = undefined;
    throw error;
  });
  return modulePromise;
}

async function instantiate(): Promise<SchemaEngineModule> {
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(join(dirname(gluePath), "schema_engine_bg.wasm"));

  const imports: Record<string, unknown> = { ...bg };
  for (const name of Object.keys(bg).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
    imports[name] = (callback: () => void, ms: number) => {
      const timer = setTimeout(() => {
        pendingTimers.delete(timer);
        callback();
      }, ms >>> 0);
      pendingTimers.add(timer);
      return timer;
    };
  }

  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}
