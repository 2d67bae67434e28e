import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { fileTicketWithPhoto } from "../../scripts/api-example";
import { axeViolations, BLOCKING } from "./axe";
import { expect, test, as, serverURL } from "./support";

/** Opens `path` and waits until its live-update stream is open (components/shell/live-updates.tsx). */
async function openFollowing(page: Page, path: string) {
  const stream = page.waitForResponse((response) => response.url().includes("/api/v1/events"));
  await page.goto(path, { waitUntil: "domcontentloaded" });
  expect((await stream).headers()["content-type"]).toMatch(/^text\/event-stream/);
}

test("the example client files a ticket with a photo once, and officer1's queue shows it live", async ({ browser }) => {
  test.setTimeout(120_000);
  const officer = await as(browser, "officer1");
  await openFollowing(officer, "/tickets");
  const title = `接口报事 ${Date.now()}`;

  const result = await fileTicketWithPhoto({ base: serverURL(), username: "liaison1", password: "demo1234", title });
  expect(result).toMatchObject({ status: "SUBMITTED", attachments: 1, replayedOnRetry: true });
  // Well inside the 30 s the page would take to poll: the change came over the stream. (2 s proved too
  // tight with the other browser tests' server sharing the machine.)
  await expect(officer.getByRole("link", { name: title }).first()).toBeVisible({ timeout: 5_000 });

  // The photo went with it, and the app can fetch it back with its token.
  const signedIn = await fetch(`${serverURL()}/api/v1/auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ grantType: "password", username: "liaison1", password: "demo1234" }),
  });
  const { accessToken } = (await signedIn.json()) as { accessToken: string };
  const bearer = { authorization: `Bearer ${accessToken}` };
  const ticket = (await (await fetch(`${serverURL()}/api/v1/tickets/${result.id}`, { headers: bearer })).json()) as {
    attachments: { id: string }[];
  };
  const file = await fetch(`${serverURL()}/api/v1/attachments/${ticket.attachments[0]!.id}`, { headers: bearer });
  expect(file.status).toBe(200);
  expect(file.headers.get("content-type")).toBe("image/png");
  expect((await fetch(`${serverURL()}/api/v1/attachments/${ticket.attachments[0]!.id}`)).status).toBe(401);

  const liaison = await as(browser, "liaison1");
  await liaison.goto(`/tickets/${result.id}`);
  await expect(liaison.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(liaison.getByRole("link", { name: /example\.png/ }).first()).toBeVisible();
});

test("an app follows live events with its token, and a revoked token is refused at once", async ({ request }) => {
  const signIn = await request.post("/api/v1/auth/token", {
    data: { grantType: "password", username: "officer1", password: "demo1234", client: "e2e" },
  });
  expect(signIn.status()).toBe(200);
  const { accessToken } = (await signIn.json()) as { accessToken: string };

  const controller = new AbortController();
  const stream = await fetch(`${serverURL()}/api/v1/events`, {
    headers: { authorization: `Bearer ${accessToken}` },
    signal: controller.signal,
  });
  expect(stream.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const reader = stream.body!.getReader();
  const { value } = await reader.read();
  expect(new TextDecoder().decode(value)).toContain("event: ready");
  controller.abort();

  // No cookie opens the API: the browser's session is not a token.
  expect((await request.get("/api/v1/me")).status()).toBe(401);
  const bearer = { authorization: `Bearer ${accessToken}` };
  expect((await request.get("/api/v1/me", { headers: bearer })).status()).toBe(200);
  expect((await request.post("/api/v1/auth/revoke", { headers: bearer })).status()).toBe(200);
  expect((await request.get("/api/v1/me", { headers: bearer })).status()).toBe(401);
});

test("the published contract is what the server serves", async ({ request }) => {
  const served = await request.get("/api/v1/openapi.json");
  expect(served.status()).toBe(200);
  expect(await served.text()).toBe(readFileSync("docs/api/openapi-v1.json", "utf8"));
});

for (const [locale, heading, viewport] of [
  ["zh-CN", "接口文档", { width: 360, height: 740 }],
  ["en", "API reference", { width: 1280, height: 900 }],
] as const) {
  test(`the API reference reads in ${locale} at ${viewport.width} px without signing in`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: serverURL() }]);
    const page = await context.newPage();
    await page.goto("/developers");
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.locator("#op-fileTicket")).toContainText("POST");
    await expect(page.getByRole("link", { name: /OpenAPI 3\.1/ })).toHaveAttribute("href", "/api/v1/openapi.json");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const blocking = (await axeViolations(page)).filter((v) => BLOCKING.has(v.impact ?? ""));
    expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
    await context.close();
  });
}
