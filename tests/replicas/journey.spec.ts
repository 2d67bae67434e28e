import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { as, signIn } from "../e2e/support";

// Every request goes through a proxy that sends each one to the next of two servers in turn
// (scripts/replicas/round-robin.ts), which names the one that answered in X-Served-By.

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** The servers that answered the page's requests from now on. */
function servedBy(page: Page): Set<string> {
  const servers = new Set<string>();
  page.on("response", (response) => {
    const server = response.headers()["x-served-by"];
    if (server) servers.add(server);
  });
  return servers;
}

async function unread(page: Page): Promise<number> {
  return Number((await page.getByTestId("unread-count").innerText()).replace(/\D/g, ""));
}

/** Opens `path` and waits until its live-update stream is open (components/shell/live-updates.tsx). */
async function openFollowing(page: Page, path: string) {
  const stream = page.waitForResponse((response) => response.url().includes("/api/v1/events"));
  await page.goto(path, { waitUntil: "domcontentloaded" });
  expect((await stream).headers()["content-type"]).toMatch(/^text\/event-stream/);
}

/** liaison1 files a ticket and lands on its page; the filing is committed when this returns. */
async function fileTicket(liaison: Page, title: string): Promise<string> {
  await liaison.goto("/tickets/new", { waitUntil: "networkidle" });
  await liaison.locator("#category").selectOption("SECURITY_HAZARD");
  await liaison.locator("#title").fill(title);
  await liaison.locator("#description").fill("配电房门锁损坏，无法上锁。");
  await liaison.getByRole("button", { name: "提交", exact: true }).click();
  await expect(liaison).toHaveURL(/\/tickets\/(?!new$)[^/]+$/);
  return liaison.url();
}

/** Another user's change shows within this long, without a reload. */
const LIVE_WITHIN_MS = 2_000;

test("consecutive requests are answered by both servers", async ({ request }) => {
  const servers = new Set<string>();
  for (let i = 0; i < 4; i++) {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    servers.add(response.headers()["x-served-by"] ?? "");
  }
  expect([...servers].sort()).toEqual(["a", "b"]);
});

test("a ticket filed through one server reaches its officer through the other", async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `两台服务器之间的报事 ${Date.now()}`;

  const officer = await as(browser, "officer1");
  const officerServers = servedBy(officer);
  await officer.goto("/notifications", { waitUntil: "networkidle" });
  const before = await unread(officer);

  const liaison = await as(browser, "liaison1");
  const liaisonServers = servedBy(liaison);
  await liaison.goto("/tickets/new", { waitUntil: "networkidle" });
  await liaison.locator("#category").selectOption("THEFT_CRIME");
  await liaison.locator("#title").fill(title);
  await liaison.locator("#description").fill("夜间仓库外围有可疑人员徘徊，请派员查看。");
  await liaison.locator('input[type="file"]').setInputFiles({ name: "现场.png", mimeType: "image/png", buffer: PNG });
  await liaison.getByRole("button", { name: "提交", exact: true }).click();
  await expect(liaison).toHaveURL(/\/tickets\/(?!new$)[^/]+$/);
  const ticketUrl = liaison.url();

  // The photo stored by the server that took the form is read back by either server.
  const photo = liaison.getByRole("link", { name: /现场\.png/ }).first();
  const photoUrl = await photo.getAttribute("href");
  for (let i = 0; i < 2; i++) {
    const answer = await liaison.request.get(photoUrl!);
    expect(answer.status()).toBe(200);
    expect(Buffer.from(await answer.body()).equals(PNG)).toBe(true);
  }

  await officer.reload({ waitUntil: "networkidle" });
  await expect.poll(() => unread(officer)).toBe(before + 1);
  await expect(officer.getByRole("listitem").filter({ hasText: title }).first()).toBeVisible();
  await officer.goto(ticketUrl, { waitUntil: "networkidle" });
  await expect(officer.getByRole("heading", { name: title })).toBeVisible();

  expect([...liaisonServers].sort()).toEqual(["a", "b"]);
  expect([...officerServers].sort()).toEqual(["a", "b"]);
});

test("sign-in failures on both servers add up to one block", async ({ page }) => {
  test.setTimeout(120_000);
  const postedTo = new Set<string>();
  page.on("response", (response) => {
    if (response.request().method() === "POST" && response.url().includes("/api/auth/callback/")) {
      postedTo.add(response.headers()["x-served-by"] ?? "");
    }
  });
  // officer3 is signed in by no other test of this journey.
  for (let i = 0; i < 4; i++) {
    await signIn(page, "officer3", `wrong-${i}`);
    await expect(page.locator("#login-error")).toContainText("用户名或密码不正确");
  }
  await signIn(page, "officer3", "wrong-4");
  await expect(page.locator("#login-error")).toContainText("登录失败次数过多");
  await signIn(page, "officer3", "demo1234");
  await expect(page.locator("#login-error")).toContainText("登录失败次数过多");
  expect([...postedTo].sort()).toEqual(["a", "b"]);
});

test("officer1's badge and queue follow liaison1's filing within two seconds, without a reload", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `实时送达的报事 ${Date.now()}`;
  const officer = await as(browser, "officer1");
  await openFollowing(officer, "/tickets");
  const before = await unread(officer);
  // A mark on the window that a reload of the page would wipe out.
  await officer.evaluate(() => Object.assign(window, { __sameDocument: true }));

  const liaison = await as(browser, "liaison1");
  await fileTicket(liaison, title);

  await expect(officer.getByTestId("unread-count")).toHaveText(new RegExp(`\\b${before + 1}\\b`), {
    timeout: LIVE_WITHIN_MS,
  });
  await expect(officer.getByRole("link", { name: title }).first()).toBeVisible({ timeout: LIVE_WITHIN_MS });
  expect(await officer.evaluate(() => "__sameDocument" in window)).toBe(true);
});

test("a ticket's page shows the other side's comment and keeps what its reader is typing", async ({ browser }) => {
  test.setTimeout(120_000);
  const liaison = await as(browser, "liaison1");
  const url = await fileTicket(liaison, `实时评论 ${Date.now()}`);
  await openFollowing(liaison, url);
  const draft = "我们正在整理监控录像，稍后上传";
  await liaison.getByTestId("comment").getByLabel("回复内容").fill(draft);

  const officer = await as(browser, "officer1");
  await officer.goto(url, { waitUntil: "networkidle" });
  const reply = "民警已到场，请到门卫室对接。";
  await officer.getByTestId("comment").getByLabel("回复内容").fill(reply);
  await officer.getByTestId("comment").getByRole("button").click();
  await expect(officer.getByTestId("public-event").filter({ hasText: reply })).toBeVisible();

  await expect(liaison.getByTestId("public-event").filter({ hasText: reply })).toBeVisible({
    timeout: LIVE_WITHIN_MS,
  });
  await expect(liaison.getByTestId("comment").getByLabel("回复内容")).toHaveValue(draft);
});

test("the deadline check, worked by both servers, runs each minute's occurrence once", async () => {
  test.setTimeout(240_000);
  // The database scripts/replicas/serve-two.ts made, named by the proxy's port.
  const url = new URL(process.env.DATABASE_ADMIN_URL ?? "postgres://root@127.0.0.1:5432/postgres");
  url.pathname = `/jqt_replicas_${process.env.REPLICAS_PORT ?? 3520}`;
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  try {
    const runs = async () => {
      const { rows } = await db.query<{ state: string; n: number }>(
        `SELECT state::text, count(*)::int AS n FROM pgboss.job WHERE name = 'deadline-breaches' GROUP BY state`,
      );
      return Object.fromEntries(rows.map((row) => [row.state, row.n])) as Record<string, number>;
    };
    // Both servers read the every-minute schedule twice a minute; two occurrences must pass.
    await expect
      .poll(async () => (await runs()).completed ?? 0, { timeout: 200_000, intervals: [5_000] })
      .toBeGreaterThanOrEqual(2);

    // pg-boss files each occurrence under one time slot; each slot became one job, run once.
    const { rows: occurrences } = await db.query<{ slot: Date }>(
      `SELECT singleton_on AS slot FROM pgboss.job WHERE name = '__pgboss__send-it' AND data->>'name' = 'deadline-breaches'`,
    );
    const slots = occurrences.map((o) => o.slot.toISOString());
    expect(new Set(slots).size).toBe(slots.length);
    const byState = await runs();
    const jobs = Object.values(byState).reduce((a, b) => a + b, 0);
    expect(jobs).toBeLessThanOrEqual(slots.length);
    expect(byState.failed ?? 0).toBe(0);
  } finally {
    await db.end();
  }
});
