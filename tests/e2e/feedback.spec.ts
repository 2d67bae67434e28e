import { expect, test, signInAs, toasts } from "./support";

// What a user sees between a click and its answer: a bar while a page is on its way, a toast once a
// form's change is done.

test("a slow page shows the progress bar from the click until it arrives", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await signInAs(page, "officer1");
  await page.goto("/officer", { waitUntil: "networkidle" });
  // The server's answers to client-side navigations (RSC requests) arrive two seconds late.
  await page.route("**/*", async (route) => {
    if (route.request().headers()["rsc"]) await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.continue();
  });
  const link = page.getByTestId("main-menu").getByRole("link", { name: "走访" });
  await link.click();
  await expect(page.getByTestId("navigation-pending")).toBeVisible();
  await expect(page).toHaveURL(/\/visits/, { timeout: 30_000 });
  await expect(page.getByTestId("navigation-pending")).toHaveCount(0);
});

test("a saved form says so in a toast that outlives the form's refresh", async ({ page }) => {
  test.setTimeout(90_000);
  // An account no other browser test signs in with: the language chosen is stored on the account.
  await signInAs(page, "chief-guhe");
  await page.goto("/account", { waitUntil: "networkidle" });
  await page.getByRole("radio", { name: "中文" }).check();
  await page.getByRole("button", { name: "保存语言", exact: true }).click();
  await expect(toasts(page, "success")).toHaveText("已保存。");
});

test("the portal installs as a web app that opens to the user's own home", async ({ page, request }) => {
  test.setTimeout(90_000);
  // Browsers fetch the manifest and its icons without the session's cookie.
  const answer = await request.get("/manifest.webmanifest");
  expect(answer.status()).toBe(200);
  const manifest = await answer.json();
  expect(manifest).toMatchObject({ name: "警企通", display: "standalone", start_url: "/" });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  const sizes: string[] = [];
  for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
    const image = await request.get(icon.src);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe(icon.type);
    sizes.push(icon.sizes);
  }
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));

  await signInAs(page, "officer1");
  await page.goto("/login");
  expect(await page.locator('link[rel="manifest"]').getAttribute("href")).toBe("/manifest.webmanifest");
  await page.goto(manifest.start_url);
  await expect(page).toHaveURL(/\/officer$/);
});
