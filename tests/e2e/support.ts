import { test as base, expect, type Browser, type Page } from "@playwright/test";

const FIRST_PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * The server of the worker running the current test (playwright.config.ts starts one per worker).
 * A worker keeps its index when it is restarted after a failure, so it keeps its server too.
 */
export function serverURL(parallelIndex = base.info().parallelIndex): string {
  return `http://localhost:${FIRST_PORT + parallelIndex}`;
}

/** Playwright's test, with pages, contexts and requests pointed at the worker's own server. */
export const test = base.extend({
  baseURL: async ({}, provide, testInfo) => provide(serverURL(testInfo.parallelIndex)),
});
export { expect };

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
  // The first sign-in after the server starts also renders that role's home for the first time
  // (the chief's dashboard aggregates the county): on a busy machine that takes longer than 10 s.
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 });
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/**
 * Takes a step that cannot be undone: its button opens a confirmation, whose own button (named like
 * the step) sends it.
 */
export async function takeConfirmedStep(page: Page, testId: string, name: RegExp) {
  const form = page.getByTestId(testId);
  await form.getByRole("button").click();
  await form.getByRole("alertdialog").getByRole("button", { name }).first().click();
}

/** The toasts of one kind the page shows now: how a form tells its outcome (components/ui/toaster). */
export function toasts(page: Page, type: "success" | "error") {
  return page.locator(`[data-sonner-toast][data-type="${type}"]`);
}

/** A page of its own browser context (its own cookies), signed in as `username`. */
export async function as(browser: Browser, username: string, viewport?: { width: number; height: number }) {
  const page = await (await browser.newContext({ viewport })).newPage();
  await signInAs(page, username);
  return page;
}

/** A valid resident ID number (ISO 7064 MOD 11-2), written out here independently of the app. */
export function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return first17 + "10X98765432"[sum % 11]!;
}
