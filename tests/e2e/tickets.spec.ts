import type { Page } from "@playwright/test";
import { expect, test, as, signInAs, takeConfirmedStep, toasts } from "./support";

// A 1×1 PNG: the portal checks the real type of every upload.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

async function act(page: Page, testId: string, fields: Record<string, string> = {}) {
  const form = page.getByTestId(testId);
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label).fill(value);
  await form.getByRole("button").click();
}

/** liaison1's page files a plain ticket and lands on it; returns the ticket page's path. */
async function fileTicket(liaison: Page, title: string, description: string): Promise<string> {
  await liaison.goto("/tickets/new", { waitUntil: "networkidle" });
  await liaison.locator("#category").selectOption("OTHER");
  await liaison.locator("#priority").selectOption("NORMAL");
  await liaison.locator("#title").fill(title);
  await liaison.locator("#description").fill(description);
  await liaison.getByRole("button", { name: "提交", exact: true }).click();
  await expect(liaison).toHaveURL(/\/tickets\/(?!new$)[^/]+$/);
  return new URL(liaison.url()).pathname;
}

/**
 * Takes a step on the page and returns the size of its answer as the page read it, unpacked: the
 * browser's resource timing of the action's fetch (a POST to the page's own address).
 */
function answerSize(page: Page) {
  const answers = () =>
    page.evaluate(() =>
      (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((e) => e.name === location.href && e.initiatorType === "fetch" && e.responseEnd > 0)
        .map((e) => e.decodedBodySize),
    );
  return async (testId: string, fields: Record<string, string> = {}) => {
    const before = (await answers()).length;
    await act(page, testId, fields);
    await expect.poll(async () => (await answers()).length).toBe(before + 1);
    return (await answers()).at(-1)!;
  };
}

/**
 * Opens a ticket page once its live stream is following, and returns every server render of the
 * page from then on: each is a reload of its data (router.refresh).
 */
async function openFollowing(page: Page, path: string): Promise<string[]> {
  const following = page.waitForResponse((response) => response.url().includes("/api/v1/events"));
  await page.goto(path, { waitUntil: "networkidle" });
  await following;
  const reloads: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "GET" && request.headers()["rsc"] && new URL(request.url()).pathname === path)
      reloads.push(request.url());
  });
  return reloads;
}

test("one ticket's life across liaison, officer and chief", async ({ browser }) => {
  test.setTimeout(180_000);
  const note = "内部研判：疑似内部人员作案";
  const comment = "已调取监控，今晚加强巡逻";

  const chief = await as(browser, "chief");
  const closedBefore = Number(await chief.getByTestId("tickets-resolved").locator("dd").first().innerText());

  // liaison1 files a ticket with a photo.
  const liaison = await as(browser, "liaison1");
  await liaison.goto("/tickets/new", { waitUntil: "networkidle" });
  await liaison.locator("#category").selectOption("THEFT_CRIME");
  await liaison.locator("#priority").selectOption("HIGH");
  await liaison.locator("#title").fill("仓库铜材失窃");
  await liaison.locator("#description").fill("昨夜三号仓库丢失铜材约两百公斤，门锁有撬痕。");
  await liaison.locator('input[type="file"]').setInputFiles({ name: "现场.png", mimeType: "image/png", buffer: PNG });
  await liaison.getByRole("button", { name: "提交", exact: true }).click();
  await expect(liaison).toHaveURL(/\/tickets\/(?!new$)[^/]+$/);
  const url = liaison.url();
  await expect(liaison.getByText("待受理").first()).toBeVisible();
  await expect(liaison.getByRole("link", { name: /现场\.png/ }).first()).toBeVisible();

  // officer1 accepts, starts, comments, notes and resolves.
  const officer = await as(browser, "officer1");
  await officer.goto(url, { waitUntil: "networkidle" });
  await act(officer, "accept");
  await expect(officer.getByTestId("start")).toBeVisible();
  await act(officer, "start");
  await expect(officer.getByTestId("resolve")).toBeVisible();
  await act(officer, "comment", { 回复内容: comment });
  await expect(officer.getByTestId("public-event").filter({ hasText: comment })).toBeVisible();
  await act(officer, "note", { "内部备注（企业不可见）": note });
  await expect(officer.getByTestId("internal-event").filter({ hasText: note })).toBeVisible();
  await act(officer, "resolve", { 办理结果说明: "已抓获嫌疑人，追回部分铜材。" });
  await expect(officer.getByText("待确认").first()).toBeVisible();

  // liaison1 sees the comment, never the note, and rates 5.
  await liaison.goto(url, { waitUntil: "networkidle" });
  await expect(liaison.getByText(comment)).toBeVisible();
  expect(await liaison.content()).not.toContain(note);
  await liaison.getByTestId("confirm").getByLabel("5 分").check();
  await liaison.getByTestId("confirm").getByRole("button").click();
  await expect(liaison.getByText("已办结").first()).toBeVisible();

  // The chief sees it counted.
  await chief.goto("/chief");
  await expect(chief.getByTestId("tickets-resolved").locator("dd").first()).toHaveText(String(closedBefore + 1));

  // Another enterprise's liaison gets 404 for the same address.
  const other = await as(browser, "liaison2");
  const response = await other.goto(url);
  expect(response?.status()).toBe(404);
});

test("officer1's steps answer with what they changed, and the page needs no reload for them", async ({ browser }) => {
  test.setTimeout(120_000);
  const liaison = await as(browser, "liaison1");
  const path = await fileTicket(liaison, `小步应答 ${Date.now()}`, "受理和办结只回传变化的部分。");

  const officer = await as(browser, "officer1");
  const reloads = await openFollowing(officer, path);
  const answerOf = answerSize(officer);

  expect(await answerOf("accept")).toBeLessThanOrEqual(20 * 1024);
  await expect(officer.getByTestId("start")).toBeVisible();
  await expect(officer.getByText("已受理").first()).toBeVisible();
  await expect(officer.getByTestId("public-event").filter({ hasText: "已受理" })).toHaveCount(1);
  expect(await answerOf("start")).toBeLessThanOrEqual(20 * 1024);
  await expect(officer.getByTestId("resolve")).toBeVisible();
  expect(await answerOf("comment", { 回复内容: "材料已收到" })).toBeLessThanOrEqual(20 * 1024);
  await expect(officer.getByTestId("public-event").filter({ hasText: "材料已收到" })).toHaveCount(1);
  expect(await answerOf("resolve", { 办理结果说明: "已协调解决。" })).toBeLessThanOrEqual(20 * 1024);
  await expect(officer.getByText("待确认").first()).toBeVisible();
  await expect(officer.getByText(/办理结果：\s*已协调解决。/)).toBeVisible();
  await expect(officer.getByRole("list", { name: "办理记录" }).getByText("已协调解决。")).toBeVisible();
  await expect(officer.getByTestId("history")).toContainText("办结");

  // The live stream told the page of each step's event; the page showed them already.
  await officer.waitForTimeout(2_000);
  expect(reloads).toEqual([]);
  // The liaison's page, which did not take the steps, was reloaded by them.
  await expect(liaison.getByText("待确认").first()).toBeVisible();
  await expect(liaison.getByText(/办理结果：\s*已协调解决。/)).toBeVisible();
  // Someone else's change does reload officer1's page, and the count above would have seen it.
  await act(liaison, "comment", { 回复内容: "收到，我们确认一下" });
  await expect(officer.getByTestId("public-event").filter({ hasText: "收到，我们确认一下" })).toHaveCount(1);
  expect(reloads.length).toBeGreaterThan(0);
});

test("a step whose answer is slow still needs no reload: the page waits for it", async ({ browser }) => {
  test.setTimeout(120_000);
  const liaison = await as(browser, "liaison1");
  const path = await fileTicket(liaison, `慢应答 ${Date.now()}`, "应答较慢时页面也不重新加载。");

  const officer = await as(browser, "officer1");
  const reloads = await openFollowing(officer, path);
  // The step is written at once (the live stream tells of it), but its answer reaches the page only
  // four seconds later: longer than a live change otherwise waits before reloading.
  await officer.route(`**${path}`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    await route.fulfill({ response });
  });
  await act(officer, "accept");
  await expect(officer.getByTestId("start")).toBeVisible({ timeout: 15_000 });
  await expect(officer.getByTestId("public-event").filter({ hasText: "已受理" })).toHaveCount(1);
  await officer.waitForTimeout(2_000);
  expect(reloads).toEqual([]);
});

test("a long history shows its latest entries, and a step answers with the new ones only", async ({
  browser,
  request,
}) => {
  // Forty comments and a dozen steps: on a busy two-core machine this takes two minutes and more.
  test.setTimeout(240_000);
  const liaison = await as(browser, "liaison1");
  const path = await fileTicket(liaison, `长历史 ${Date.now()}`, "往来沟通较多的问题。");
  const signIn = await request.post("/api/v1/auth/token", {
    data: { grantType: "password", username: "liaison1", password: "demo1234", client: "e2e" },
  });
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  // Forty comments: each is an entry of the ticket's history, about half a kilobyte once rendered,
  // which a step's answer would otherwise carry again.
  for (let i = 1; i <= 40; i++) {
    const posted = await request.post(`/api/v1${path}/comments`, {
      headers: { authorization: `Bearer ${accessToken}` },
      data: { body: `第 ${i} 次补充说明：现场情况有新变化，请民警结合监控录像和门卫登记记录一并核实处理。` },
    });
    expect(posted.status()).toBe(201);
  }

  // The page shows the latest twenty entries, the whole history a link away.
  const officer = await as(browser, "officer1");
  await officer.goto(path, { waitUntil: "networkidle" });
  const history = officer.getByTestId("history");
  await expect(history.locator("li")).toHaveCount(20);
  await officer.getByTestId("whole-history").click();
  await expect(officer).toHaveURL(/\?history=all#history$/);
  await expect(history.locator('li[data-action="ticket.comment"]')).toHaveCount(40);
  await expect(officer.getByTestId("whole-history")).toHaveCount(0);
  // The steps are taken on the whole history's page (without the fragment, which the actions' own
  // requests leave out), so that a step's answer that carried the history again would show.
  await officer.goto(`${path}?history=all`, { waitUntil: "networkidle" });
  const answerOf = answerSize(officer);
  expect(await answerOf("accept")).toBeLessThanOrEqual(20 * 1024);
  await expect(history.locator('li[data-action="ticket.accept"]')).toHaveCount(1);
  await expect(history.locator('li[data-action="ticket.comment"]')).toHaveCount(40);

  // More entries than one answer carries, written on this page before the next step: the page keeps
  // the earlier step's entry and adds the new ones, each once.
  for (let i = 1; i <= 6; i++) {
    await act(officer, "comment", { 回复内容: `民警答复 ${i}` });
    await expect(officer.getByTestId("public-event").filter({ hasText: `民警答复 ${i}` })).toHaveCount(1);
  }
  expect(await answerOf("start")).toBeLessThanOrEqual(20 * 1024);
  await expect(officer.getByTestId("resolve")).toBeVisible();
  await expect(history.locator('li[data-action="ticket.start"]')).toHaveCount(1);
  await expect(history.locator('li[data-action="ticket.accept"]')).toHaveCount(1);
  // The start's answer brought the latest comments; those it did not bring show after a reload.
  await officer.reload({ waitUntil: "networkidle" });
  await expect(history.locator('li[data-action="ticket.comment"]')).toHaveCount(46);
  await expect(history.locator("li").first()).toHaveAttribute("data-action", "ticket.start");
});

test("help asked, a transfer and a withdrawal show on the page from their answers", async ({ browser }) => {
  test.setTimeout(120_000);
  const liaison = await as(browser, "liaison1");
  const path = await fileTicket(liaison, `协办与转交 ${Date.now()}`, "需要户政和出入境协助核实。");

  const officer = await as(browser, "officer1");
  await officer.goto(path, { waitUntil: "networkidle" });
  // Each step's answer, read as it passes: the browser may drop a fetch's body once the page moves on.
  const answers: string[] = [];
  await officer.route(`**${path}`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const response = await route.fetch();
    answers.push(await response.text());
    await route.fulfill({ response });
  });
  const answerTo = async (step: () => Promise<void>) => {
    const before = answers.length;
    await step();
    await expect.poll(() => answers.length).toBe(before + 1);
    return answers.at(-1)!;
  };
  // Accepting leaves help and transfer as they were: the answer does not carry their forms again, and
  // the forms left on the page send the version the answer brought.
  const routingForm = '"testId":"request-help"';
  expect(await answerTo(() => act(officer, "accept"))).not.toContain(routingForm);
  await expect(officer.getByTestId("start")).toBeVisible();
  const details = officer.locator('section[aria-labelledby="details-title"]');

  const help = officer.getByTestId("request-help");
  const department = help.getByLabel("请求协办的警种");
  await department.selectOption({ index: 1 });
  const departmentName = (await department.locator("option:checked").innerText()).trim();
  await help.getByRole("button").click();
  await expect(details).toContainText(departmentName);
  // The same form again, for a second department: the form stays where it was on the new parts.
  await department.selectOption({ index: 2 });
  const secondName = (await department.locator("option:checked").innerText()).trim();
  await help.getByRole("button").click();
  await expect(details).toContainText(secondName);
  await expect(details).toContainText(departmentName);

  // Passed to another officer: officer1 answers for the enterprise, so still sees the ticket.
  const transfer = officer.getByTestId("transfer");
  const to = transfer.getByLabel("转交给");
  await to.selectOption({ index: 1 });
  const officerName = (await to.locator("option:checked").innerText()).split(" · ")[0]!.trim();
  await transfer.getByLabel("原因").fill("该民警熟悉此类问题。");
  // A transfer changes whom the ticket can be passed to: its answer brings the routing part anew.
  expect(await answerTo(() => transfer.getByRole("button").click())).toContain(routingForm);
  await expect(officer.getByTestId("assignee")).toHaveText(officerName);
  await expect.poll(() => transfer.getByLabel("转交给").locator("option").allInnerTexts()).not.toContain(officerName);
  await expect(officer.getByRole("list", { name: "办理记录" })).toContainText(officerName);

  // liaison1 withdraws another ticket of theirs: a step that cannot be undone, confirmed first.
  const other = await fileTicket(liaison, `撤回 ${Date.now()}`, "问题已自行解决，撤回。");
  await liaison.goto(other, { waitUntil: "networkidle" });
  await takeConfirmedStep(liaison, "withdraw", /撤回问题/);
  await expect(liaison.getByText("已撤回").first()).toBeVisible();
  await expect(liaison.getByTestId("withdraw")).toHaveCount(0);
});

test("bad input is answered at the field and what was typed stays", async ({ page }) => {
  await signInAs(page, "liaison1");
  await page.goto("/tickets/new", { waitUntil: "networkidle" });
  await page.locator("#title").fill("门");
  await page.locator("#description").fill("大门");
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.locator("#title-error")).toContainText("至少 2 个字");
  await expect(page.locator("#category-error")).toContainText("请选择问题类别");
  await expect(page.locator("#title")).toHaveValue("门");
  await expect(page.locator("#title")).toHaveAttribute("aria-invalid", "true");
  // The first field to correct has the focus, whichever it is in the form's order.
  await expect(page.locator('form [aria-invalid="true"]').first()).toBeFocused();

  // Corrected, and without any photo, it goes through.
  await page.locator("#category").selectOption("LEGAL_CONSULTATION");
  await page.locator("#title").fill("劳动合同条款咨询");
  await page.locator("#description").fill("想了解试用期解除合同的法律规定。");
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page).toHaveURL(/\/tickets\/(?!new$)[^/]+$/);
  await expect(page.getByRole("heading", { name: "劳动合同条款咨询" })).toBeVisible();
});

test("a step refused because someone else changed the ticket says so, though its form is gone", async ({ browser }) => {
  test.setTimeout(120_000);
  const liaison = await as(browser, "liaison1");
  const url = await fileTicket(liaison, `两处同时受理 ${Date.now()}`, "同一问题在两个窗口里打开。");

  // The same officer has the ticket open twice; the first window accepts it.
  const first = await as(browser, "officer1");
  const second = await first.context().newPage();
  // The second window hears no live updates (as behind a proxy that holds them back), so it still
  // shows the accept form when the first window has accepted.
  await second.route("**/api/v1/events**", (route) => route.abort());
  await first.goto(url, { waitUntil: "networkidle" });
  await second.goto(url, { waitUntil: "networkidle" });
  await act(first, "accept");
  await expect(first.getByTestId("start")).toBeVisible();

  // The second window's accept meets the newer version: the page refreshes without the accept form
  // and a toast, which stays until closed, still tells the officer why nothing happened.
  await act(second, "accept");
  const conflict = toasts(second, "error");
  await expect(conflict).toContainText("已被他人修改");
  await expect(second.getByTestId("accept")).toHaveCount(0);
  await expect(second.getByTestId("start")).toBeVisible();
  await second.waitForTimeout(5_000);
  await expect(conflict).toBeVisible();
  await conflict.getByRole("button", { name: "关闭提示" }).click();
  await expect(conflict).toHaveCount(0);
});

test("the chief narrows the ticket list to an enterprise found by typing, and the choice survives a reload", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const name = "青岛芯联微电子有限公司";
  // A county's enterprises are too many for a select: the filter searches them.
  const chief = await as(browser, "chief", { width: 360, height: 740 });
  await chief.goto("/tickets?status=all", { waitUntil: "networkidle" });
  await expect(chief.locator("select#enterprise")).toHaveCount(0);
  await expect(chief.getByText("全部企业")).toBeVisible();
  const search = chief.getByRole("combobox", { name: "企业" });
  await search.fill("芯联");
  const option = chief.getByRole("listbox", { name: "匹配的企业" }).getByRole("option", { name });
  await expect(option).toBeVisible();
  await search.press("ArrowDown");
  await search.press("Enter");
  // One choice: the list closes and the choice shows as a chip that can be removed.
  await expect(chief.getByRole("listbox", { name: "匹配的企业" })).toBeHidden();
  await expect(chief.getByRole("button", { name: `移除${name}` })).toBeVisible();
  await chief.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(chief).toHaveURL(/[?&]enterprise=[^&]+/);
  const rows = chief.locator('section[aria-labelledby="tickets-title"] tbody tr');
  await expect(rows.first()).toBeVisible();
  for (const cell of await rows.locator('td[data-label="企业"]').allInnerTexts()) expect(cell.trim()).toBe(name);
  expect(await chief.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await chief.reload({ waitUntil: "networkidle" });
  await expect(chief.getByRole("button", { name: `移除${name}` })).toBeVisible();
  await chief.getByRole("button", { name: `移除${name}` }).click();
  await expect(chief.getByText("全部企业")).toBeVisible();
  await chief.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(chief).not.toHaveURL(/enterprise=/);
});
