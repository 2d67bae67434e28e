import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { ACTION_BODY_LIMIT_MB } from "./lib/security/body-limit.ts";
import { newestMigrationIn } from "./lib/health/schema-version.ts";

// Strict-Transport-Security is added by the proxy (lib/security/transport.ts): it depends on whether
// NEXTAUTH_URL is https, which is known when the server starts, while these headers are fixed at build.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // `npm run build` leaves a server in .next/standalone that runs without the sources or the dev
  // dependencies (scripts/standalone.mjs completes it; scripts/serve.mjs runs it).
  output: "standalone",
  // The project folder, not a parent that happens to hold another lockfile: server.js lands at the
  // top of .next/standalone.
  outputFileTracingRoot: import.meta.dirname,
  // Server code is bundled, so nothing under these is read at run time; a path built from the
  // environment (UPLOAD_DIR in lib/attachments/storage.ts) makes the tracer take the whole project,
  // which would ship the sources, and a local .data (database, secret) with them.
  outputFileTracingExcludes: {
    "**": [
      "./{app,components,docs,i18n,lib,messages,prisma,scripts,tests,types,artifacts,.data}/**",
      "./*.{md,ts,mjs}",
    ],
  },
  // Baked in at build time: /api/ready compares it with the database (lib/health/readiness.ts), and a
  // built server may run where the migrations folder is not.
  env: { JQT_SCHEMA_MIGRATION: newestMigrationIn("prisma/migrations") ?? "" },
  // PGlite loads its WebAssembly from its own package folder; bundled, it cannot find it. pg-boss reads
  // its package.json at run time (its schema version) and is loaded from node_modules as it is.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "pg-boss",
    // One copy per process, whatever number of bundles load them: the metrics registry, and the
    // tracing API that Next's own spans and ours must share.
    "prom-client",
    "@opentelemetry/api",
    "@opentelemetry/context-async-hooks",
    "@opentelemetry/core",
    "@opentelemetry/exporter-trace-otlp-http",
    "@opentelemetry/resources",
    "@opentelemetry/sdk-trace",
    "@prisma/instrumentation",
  ],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: `${ACTION_BODY_LIMIT_MB}mb` },
    // The proxy's copy of a body is cut at this size; one megabyte more than the action limit lets the
    // proxy see that a body is over the limit, and answer 413, where a cut body would fail to parse.
    proxyClientMaxBodySize: `${ACTION_BODY_LIMIT_MB + 1}mb`,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

// Messages are compiled when the portal is built, so the browser gets them ready to format and does
// not download the ICU message parser (about 12 KB gzipped on every page). Every message the build
// holds comes from these folders; scripts and tests outside the build read the same files as text.
export default createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: ["zh-CN", "en"], precompile: true } },
})(nextConfig);
