import { expect, test, signIn, signInAs } from "./support";

const HOMES = [
  {
    username: "admin",
    path: "/admin",
    zh: "系统管理",
    en: "Administration",
    role: { zh: "系统管理员", en: "Administrator" },
  },
  {
    username: "chief",
    path: "/chief",
    zh: "全县概况",
    en: "County overview",
    role: { zh: "所长/局领导", en: "Chief" },
  },
  {
    username: "officer1",
    path: "/officer",
    zh: "我的工作台",
    en: "My desk",
    role: { zh: "责任警官", en: "Responsible officer" },
  },
  {
    username: "officer2",
    path: "/officer",
    zh: "我的工作台",
    en: "My desk",
    role: { zh: "责任警官", en: "Responsible officer" },
  },
  {
    username: "liaison1",
    path: "/liaison",
    zh: "责任警官",
    en: "Responsible officer",
    role: { zh: "企业联络员", en: "Enterprise liaison" },
  },
  {
    username: "liaison2",
    path: "/liaison",
    zh: "责任警官",
    en: "Responsible officer",
    role: { zh: "企业联络员", en: "Enterprise liaison" },
  },
];

test.describe("demo accounts", () => {
  for (const account of HOMES) {
    test(`${account.username} lands on their home in Chinese, then English`, async ({ page }) => {
      await signInAs(page, account.username);
      await expect(page).toHaveURL(new RegExp(`${account.path}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await expect(page.getByRole("main")).toContainText(account.zh);
      await expect(page.getByTestId("current-user")).toContainText(account.role.zh);

      await page.getByRole("button", { name: "English" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page).toHaveURL(new RegExp(`${account.path}$`));
      await expect(page.getByRole("main")).toContainText(account.en);
      await expect(page.getByTestId("current-user")).toContainText(account.role.en);

      // The choice survives a reload.
      await page.reload();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");

      // The switch also stores the choice on the account: switch back, so later sign-ins of this
      // demo account (in other specs) are in Chinese again.
      await page.getByRole("button", { name: "中文" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    });
  }
});

test("a wrong password shows an error and keeps the user on the sign-in page", async ({ page }) => {
  await signIn(page, "officer1", "wrong-password");
  await expect(page.locator("#login-error")).toContainText("用户名或密码不正确");
  await expect(page).toHaveURL(/\/login/);
});

test("anonymous visitors are sent to sign in", async ({ page }) => {
  await page.goto("/chief");
  await expect(page).toHaveURL(/\/login\?next=%2Fchief/);
});

test("a liaison is refused officer and chief pages", async ({ page }) => {
  await signInAs(page, "liaison1");
  for (const path of ["/officer", "/chief", "/admin", "/enterprises"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
    // The portal frame's own landmark, not a second one nested inside it.
    await expect(page.getByRole("main"), path).toHaveCount(1);
  }
});

test("another enterprise's page answers 404", async ({ page }) => {
  await signInAs(page, "liaison1");
  await page.getByRole("link", { name: "查看企业档案" }).click();
  await expect(page).toHaveURL(/\/enterprises\//);
  const ownUrl = page.url();

  await page.context().clearCookies();
  await signInAs(page, "liaison2");
  const response = await page.goto(ownUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByTestId("current-user")).toBeVisible();

  // An address no route matches has no portal frame: the 404 page brings its own landmark.
  expect((await page.goto("/no-such-page"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  await expect(page.getByRole("main")).toHaveCount(1);
});

test("signing out ends the session", async ({ page }) => {
  await signInAs(page, "officer1");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/officer");
  await expect(page).toHaveURL(/\/login/);
});

test("repeated failures are refused for a while with a message that says so", async ({ page }) => {
  test.setTimeout(90_000);
  // officer3 is used by no other browser test.
  for (let i = 0; i < 4; i++) {
    await signIn(page, "officer3", `wrong-${i}`);
    await expect(page.locator("#login-error")).toContainText("用户名或密码不正确");
  }
  await signIn(page, "officer3", "wrong-4");
  await expect(page.locator("#login-error")).toContainText(/登录失败次数过多，请 1[45] 分钟后再试/);
  await signIn(page, "officer3", "demo1234");
  await expect(page.locator("#login-error")).toContainText("登录失败次数过多");
  await expect(page).toHaveURL(/\/login/);
});
