import { expect, test, type Page } from "@playwright/test";
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
