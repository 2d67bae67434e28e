import { Secret, TOTP } from "otpauth";
import { axeViolations, BLOCKING } from "./axe";
import { expect, test, DEMO_PASSWORD, signIn, signInAs } from "./support";

// An account no other spec signs in with: its password and two-factor sign-in change here.
const USERNAME = "officer13";
const NEW_PASSWORD = "Lantern-Orbit-73-quietly";

/** The authenticator app: the code for the next 30-second step, which the server also accepts now and has not seen. */
function nextCode(key: string): string {
  const totp = new TOTP({ secret: Secret.fromBase32(key.replace(/\s/g, "")), digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + 30_000 });
}

test("a user changes their password, turns on two-factor sign-in and signs in with it", async ({ page, baseURL }) => {
  // Two waits of a minute: the session re-checks its account every 60 s.
  test.setTimeout(240_000);
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await signInAs(page, USERNAME);

  await page.getByRole("link", { name: /My account/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();

  // Password: the old one refused as new (too weak anyway), then a strong one.
  await page.getByLabel("Current password").fill(DEMO_PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("New password again").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password has been changed.")).toBeVisible();

  // Changing the password ended every other session; this one was carried over and survives its next check.
  await page.waitForTimeout(61_000);
  await page.reload();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId("current-user")).toBeVisible();

  // Two-factor sign-in: scan (here: read the key), confirm with a code, get ten recovery codes once.
  await page.getByRole("link", { name: "Manage two-factor sign-in" }).click();
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const key = (await page.getByTestId("totp-key").textContent()) ?? "";
  expect(key.replace(/\s/g, "")).toMatch(/^[A-Z2-7]{32}$/);
  await expect(page.getByRole("img", { name: "QR code for the authenticator app" })).toBeVisible();
  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByText("The code is wrong or expired")).toBeVisible();
  await page.getByLabel("Code from the app").fill(nextCode(key));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await page.getByRole("link", { name: "I have saved the codes" }).click();
  await expect(page.getByTestId("two-factor-status")).toHaveText("Status: On");

  // Sign out, then in again: the old password fails, the new one asks for the code.
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, USERNAME, DEMO_PASSWORD);
  await expect(page.locator("#login-error")).toContainText("The username or password is wrong");
  await signIn(page, USERNAME, NEW_PASSWORD);
  await expect(page.getByLabel("Code from the authenticator app or a recovery code")).toBeVisible();
  await expect(page.locator("#login-error")).toContainText("Enter the code from your authenticator app");
  // The confirmation used up the step it was in; wait for a step the server has not seen yet.
  await page.waitForTimeout(31_000);
  await page.getByLabel("Code from the authenticator app or a recovery code").fill(nextCode(key));
  await page.locator('#login-form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/officer$/, { timeout: 30_000 });
  await expect(page.getByTestId("current-user")).toBeVisible();

  // The account's history shows the sign-ins, the wrong password among them.
  await page.goto("/account");
  await expect(page.getByTestId("sign-in-history")).toContainText("Wrong password");
  await expect(page.getByTestId("sign-in-history")).toContainText("Signed in");

  // No app has signed in with this account through the API: the section says so, on a phone too.
  await page.setViewportSize({ width: 360, height: 740 });
  const apps = page.getByRole("region", { name: "Apps signed in" });
  await expect(apps.getByText("No app is signed in with your account.")).toBeVisible();
  const blocking = (await axeViolations(page, ['section[aria-labelledby="apps-title"]'])).filter((v) =>
    BLOCKING.has(v.impact ?? ""),
  );
  expect(blocking).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
