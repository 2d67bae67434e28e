import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo1234";

/** Signs in through the form, waiting for hydration first so the form is handled by the client. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login", { waitUntil: "networkidle" });
  await page.locator("#username").fill(username);
  await page.locator("#password").fill(password);
  await page.locator('#login-form button[type="submit"]').click();
}

export async function signInAs(page: Page, username: string) {
  await signIn(page, username);
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByTestId("current-user")).toBeVisible();
}
