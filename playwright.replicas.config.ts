import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// `npm run test:replicas`: a browser journey through a round-robin proxy in front of two production
// servers on one PostgreSQL database (scripts/replicas/serve-two.ts).
const PORT = Number(process.env.REPLICAS_PORT ?? 3520);

export default defineConfig({
  ...base,
  testDir: "tests/replicas",
  workers: 1,
  projects: [{ name: "two servers behind a proxy" }],
  outputDir: "artifacts/replicas-results",
  reporter: process.env.CI ? [["list"]] : "list",
  use: { ...base.use, baseURL: `http://localhost:${PORT}` },
  webServer: {
    command: "node --import tsx scripts/replicas/serve-two.ts",
    env: { REPLICAS_PORT: String(PORT) },
    url: `http://localhost:${PORT}/api/ready`,
    // The first start builds: ten minutes and more on a busy two-core machine.
    timeout: 1_200_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // The script stops both servers and drops its database on SIGTERM.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
  },
});
