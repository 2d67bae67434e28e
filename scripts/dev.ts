// `npm run dev`: the same database preparation as `npm start`, then Next's dev server.
import { spawn } from "node:child_process";
import path from "node:path";
import { prepareDatabase } from "./lib/prepare-database.ts";
import { resolveSecret } from "./lib/secret.ts";

const port = process.env.PORT ?? "3000";
process.env.NEXTAUTH_SECRET = resolveSecret(process.env, path.resolve(".data"));
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
process.env.NEXT_TELEMETRY_DISABLED = "1";

prepareDatabase({ demo: process.env.DEMO_DATA !== "0" })
  .then((result) => {
    console.log(`database: ${result}`);
    const next = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "dev", "-p", port], {
      stdio: "inherit",
    });
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
    next.on("exit", (code) => process.exit(code ?? 0));
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
