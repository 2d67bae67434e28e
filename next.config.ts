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
  // Baked in at build time: /api/ready compares it with the database (lib/health/readiness.ts), and a
  // built server may run where the migrations folder is not.
  env: { JQT_SCHEMA_MIGRATION: newestMigrationIn("prisma/migrations") ?? "" },
  // PGlite loads its WebAssembly from its own package folder; bundled, it cannot find it.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
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

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
