// The production server's probes and request ids, as a load balancer and an operator meet them: no
// session, plain HTTP, answers checked header by header.
import { expect, test } from "./support";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test("health and readiness answer anonymous probes with a tiny body", async ({ request }) => {
  const health = await request.get("/api/health", { maxRedirects: 0 });
  expect(health.status()).toBe(200);
  expect(await health.text()).toBe('{"status":"ok"}');
  expect(health.headers()["cache-control"]).toBe("no-store");

  const ready = await request.get("/api/ready", { maxRedirects: 0 });
  expect(ready.status()).toBe(200);
  expect(await ready.text()).toBe('{"status":"ok"}');
});

test("every answer names its request: a gateway's id is kept, a missing or unusable one is made", async ({
  request,
}) => {
  const kept = await request.get("/login", { headers: { "x-request-id": "gw-7f1c9a3e2b0d" } });
  expect(kept.headers()["x-request-id"]).toBe("gw-7f1c9a3e2b0d");

  const replaced = await request.get("/login", { headers: { "x-request-id": "not an id" } });
  expect(replaced.headers()["x-request-id"]).toMatch(UUID);

  const redirect = await request.get("/tickets", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["x-request-id"]).toMatch(UUID);
  expect(redirect.headers()["x-request-id"]).not.toBe(replaced.headers()["x-request-id"]);
});
