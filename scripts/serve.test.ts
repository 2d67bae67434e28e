import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript without declarations, so that it runs with no dev dependency
import { findBuild, pathOf, routeMatcher, serveSettings } from "./serve.mjs";

const SECRET = "a-secret-of-at-least-thirty-two-characters";

describe("serveSettings", () => {
  it("needs a PostgreSQL DATABASE_URL and NEXTAUTH_SECRET", () => {
    expect(serveSettings({}).problems).toEqual([
      expect.stringContaining("DATABASE_URL is not set"),
      expect.stringContaining("NEXTAUTH_SECRET is not set"),
    ]);
    expect(serveSettings({ DATABASE_URL: "mysql://x", NEXTAUTH_SECRET: SECRET }).problems).toEqual([
      expect.stringContaining("postgres://"),
    ]);
    expect(serveSettings({ DATABASE_URL: "postgres://app@db/jqt", NEXTAUTH_SECRET: SECRET }).problems).toEqual([]);
  });

  it("lets `npm start` serve the embedded database", () => {
    expect(serveSettings({ SERVE_EMBEDDED_DB: "1", NEXTAUTH_SECRET: SECRET }).problems).toEqual([]);
  });

  it("reads port, address and grace period, and refuses nonsense", () => {
    const env = { DATABASE_URL: "postgres://app@db/jqt", NEXTAUTH_SECRET: SECRET };
    expect(serveSettings(env)).toMatchObject({ port: 3000, host: undefined, graceMs: 10_000 });
    expect(serveSettings({ ...env, PORT: "8080", HOST: "127.0.0.1", SHUTDOWN_GRACE_MS: "2500" })).toMatchObject({
      port: 8080,
      host: "127.0.0.1",
      graceMs: 2500,
    });
    expect(serveSettings({ ...env, PORT: "http" }).problems).toEqual([expect.stringContaining("PORT")]);
    expect(serveSettings({ ...env, SHUTDOWN_GRACE_MS: "-1" }).problems).toEqual([
      expect.stringContaining("SHUTDOWN_GRACE_MS"),
    ]);
  });

  it("compresses answers unless a proxy in front does it", () => {
    const env = { DATABASE_URL: "postgres://app@db/jqt", NEXTAUTH_SECRET: SECRET };
    expect(serveSettings(env)).toMatchObject({ compress: true, problems: [] });
    expect(serveSettings({ ...env, HTTP_COMPRESSION: "off" })).toMatchObject({ compress: false, problems: [] });
    expect(serveSettings({ ...env, HTTP_COMPRESSION: "on" })).toMatchObject({ compress: true, problems: [] });
    expect(serveSettings({ ...env, HTTP_COMPRESSION: "gzip" }).problems).toEqual([
      expect.stringContaining("HTTP_COMPRESSION"),
    ]);
  });

  it("opens the internal metrics listener only when asked, on loopback unless told otherwise", () => {
    const env = { DATABASE_URL: "postgres://app@db/jqt", NEXTAUTH_SECRET: SECRET };
    expect(serveSettings(env)).toMatchObject({ metricsPort: undefined });
    expect(serveSettings({ ...env, METRICS_PORT: "9464" })).toMatchObject({
      metricsPort: 9464,
      metricsHost: "127.0.0.1",
    });
    expect(serveSettings({ ...env, METRICS_PORT: "9464", METRICS_HOST: "10.0.0.5" })).toMatchObject({
      metricsHost: "10.0.0.5",
    });
    expect(serveSettings({ ...env, METRICS_PORT: "prometheus" }).problems).toEqual([
      expect.stringContaining("METRICS_PORT"),
    ]);
  });
});

describe("findBuild", () => {
  const built = (dir: string) => {
    mkdirSync(path.join(dir, ".next"), { recursive: true });
    writeFileSync(path.join(dir, "server.js"), "");
    writeFileSync(path.join(dir, ".next", "required-server-files.json"), "{}");
    return dir;
  };

  it("finds a copied build folder and a checkout's .next/standalone, and nothing where nothing was built", () => {
    const artifact = built(mkdtempSync(path.join(tmpdir(), "jqt-serve-")));
    expect(findBuild(artifact)).toBe(artifact);
    const checkout = mkdtempSync(path.join(tmpdir(), "jqt-serve-"));
    built(path.join(checkout, ".next", "standalone"));
    expect(findBuild(checkout)).toBe(path.join(checkout, ".next", "standalone"));
    expect(findBuild(mkdtempSync(path.join(tmpdir(), "jqt-serve-")))).toBeNull();
  });

  it("refuses to start, saying why, when there is no build", () => {
    const empty = mkdtempSync(path.join(tmpdir(), "jqt-serve-"));
    mkdirSync(path.join(empty, "scripts"));
    // A copy, because the script looks for the build beside its own folder.
    const script = path.join(empty, "scripts", "serve.mjs");
    copyFileSync(path.resolve("scripts/serve.mjs"), script);
    const run = spawnSync(process.execPath, [script], {
      cwd: empty,
      env: { ...process.env, DATABASE_URL: "postgres://app@db/jqt", NEXTAUTH_SECRET: SECRET },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("npm run build");
  });
});

describe("pathOf", () => {
  it("keeps a failed request's path and drops its query, which may hold personal data", () => {
    expect(pathOf("/enterprises?q=13906300112&page=2")).toBe("/enterprises");
    expect(pathOf("/tickets/abc")).toBe("/tickets/abc");
    expect(pathOf(undefined)).toBe("");
  });
});

describe("routeMatcher", () => {
  // The shape of .next/routes-manifest.json, as `next build` writes it.
  const routeOf = routeMatcher({
    staticRoutes: [
      { page: "/", regex: "^/(?:/)?$" },
      { page: "/tickets", regex: "^/tickets(?:/)?$" },
      { page: "/tickets/new", regex: "^/tickets/new(?:/)?$" },
    ],
    dynamicRoutes: [
      { page: "/api/auth/[...nextauth]", regex: "^/api/auth/(.+?)(?:/)?$" },
      { page: "/tickets/[id]", regex: "^/tickets/([^/]+?)(?:/)?$" },
      { page: "/broken", regex: "(" },
    ],
  });

  it("names the route pattern, never the ids in the path", () => {
    expect(routeOf("/")).toBe("/");
    expect(routeOf("/tickets")).toBe("/tickets");
    expect(routeOf("/tickets/new")).toBe("/tickets/new");
    expect(routeOf("/tickets/cm3x1k2")).toBe("/tickets/[id]");
    expect(routeOf("/tickets/cm9zz00/")).toBe("/tickets/[id]");
    expect(routeOf("/api/auth/callback/credentials")).toBe("/api/auth/[...nextauth]");
    expect(routeOf("/tickets/cm3x1k2.rsc")).toBe("/tickets/[id]");
    expect(routeOf("/tickets.segments/_tree.segment.rsc")).toBe("/tickets");
  });

  it("groups assets and paths no route serves, so that probing adds no series", () => {
    expect(routeOf("/_next/static/chunks/app-1a2b.js")).toBe("/_next/static");
    expect(routeOf("/_next/image")).toBe("/_next/image");
    expect(routeOf("/_next/webpack-hmr")).toBe("/_next");
    expect(routeOf("/wp-login.php")).toBe("(unmatched)");
    expect(routeOf("/tickets/a/b")).toBe("(unmatched)");
    expect(routeMatcher(null)("/tickets")).toBe("(unmatched)");
  });
});
