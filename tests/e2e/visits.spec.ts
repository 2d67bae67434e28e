import { expect, test } from "@playwright/test";
import { signInAs } from "./support";

test("an officer logs a visit and finds it on the enterprise's page", async ({ page }) => {
  await signInAs(page, "officer1");
  await page.goto("/visits", { waitUntil: "networkidle" });
  await page.getByRole("link", { name: /登记走访/ }).first().click();
  await expect(page).toHaveURL(/\/visits\/new\?enterprise=/);
  const enterpriseId = new URL(page.url()).searchParams.get("enterprise")!;
  await page.waitForLoadState("networkidle");
  await page.locator("#kind").selectOption("SAFETY_INSPECTION");
  await page.locator("#findings").fill("消防通道畅通，灭火器均在有效期内。");
  await page.getByRole("button", { name: "保存走访记录" }).click();
  await expect(page).toHaveURL(/\/visits$/);
  await page.goto(`/enterprises/${enterpriseId}`);
  await expect(page.getByText("消防通道畅通，灭火器均在有效期内。")).toBeVisible();
});
