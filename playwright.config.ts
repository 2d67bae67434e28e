import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

// Debian's Chromium: Playwright's own browser download is not reachable from our machines.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [["list"], ["html", { open: "never", outputFolder: "artifacts/playwright-report" }]]
    : "list",
  outputDir: "artifacts/test-results",
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    // A fresh embedded database for every run, so the demo data and sign-in counters start clean.
    command: `rm -rf .data/e2e && node --import tsx scripts/start.ts`,
    env: {
      PORT: String(PORT),
      PGLITE_DIR: ".data/e2e/pglite",
      DATABASE_URL: "",
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      // Next's own server puts the socket's address into X-Forwarded-For when a client sends none:
      // one trusted hop, so that sign-in throttling has an address to block as it would behind a proxy.
      TRUSTED_PROXY_HOPS: "1",
    },
    url: `http://localhost:${PORT}/login`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
