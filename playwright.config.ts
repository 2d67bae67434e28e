import { defineConfig } from "@playwright/test";
import { e2eServerCount } from "./scripts/lib/e2e-servers";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Two servers, each with its own embedded database and demo data, and one worker per server: a worker
// takes the next spec file (or the next test of a file that runs its tests in parallel) whenever it is
// free, and always talks to its own server (tests/e2e/support.ts), so the two share the work as it
// comes instead of by a list kept by hand. E2E_SERVERS=1 runs every spec against one server (a
// quicker start when running a single spec). E2E_SERVERS=3 keeps both cores busy (11.1 rather than
// 12.0 minutes on a two-core machine), but it leaves the longest journeys less margin against their
// time limit on a slower machine, so two is the default.
const SERVERS = e2eServerCount(process.env.E2E_SERVERS);

// Debian's Chromium: Playwright's own browser download is not reachable from our machines.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const server = (port: number, data: string) => ({
  // A fresh embedded database for every run, so the demo data and sign-in counters start clean.
  command: `rm -rf .data/${data} && node --import tsx scripts/start.ts`,
  env: {
    PORT: String(port),
    PGLITE_DIR: `.data/${data}/pglite`,
    DATABASE_URL: "",
    NEXTAUTH_URL: `http://localhost:${port}`,
    // Next's own server puts the socket's address into X-Forwarded-For when a client sends none:
    // one trusted hop, so that sign-in throttling has an address to block as it would behind a proxy.
    TRUSTED_PROXY_HOPS: "1",
  },
  url: `http://localhost:${port}/login`,
  // The first server builds when the sources changed: ten minutes and more on a busy two-core machine.
  timeout: 1_200_000,
  reuseExistingServer: false,
  stdout: "pipe" as const,
});

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: SERVERS,
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
  // Worker n talks to server n only: the tests of one server run one after another on its database.
  // The reassignment spec moves liaison1's enterprise away from officer1, which the other specs rely
  // on, so it runs only once every other spec has finished, whichever worker is free first.
  projects: [
    { name: "e2e", workers: SERVERS, testIgnore: /zz-assignments\.spec\.ts$/ },
    { name: "reassignment", testMatch: /zz-assignments\.spec\.ts$/, dependencies: ["e2e"] },
  ],
  // Started one after the other: the first builds when the sources changed, the others find the build current.
  webServer: Array.from({ length: SERVERS }, (_, i) => server(PORT + i, i === 0 ? "e2e" : `e2e-${i + 1}`)),
});
