import { expect, test, signInAs } from "./support";

// The second county's demo ticket (prisma/seed/data/city.ts).
const PINGDU_TICKET = { zh: "成品仓库消防通道被临时堆放占用" };

test("the city leader sees both counties side by side and reads a county's ticket without working it", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await signInAs(page, "city");
  await expect(page).toHaveURL(/\/city$/);
  const counties = page.getByTestId("county-lights");
  await expect(counties.getByRole("rowheader", { name: "Laixi Municipal Public Security Bureau" })).toBeVisible();
  await expect(counties.getByRole("rowheader", { name: "Pingdu Municipal Public Security Bureau" })).toBeVisible();

  // The period filter stays in the URL; places are a county's own and are not offered.
  await page.getByLabel("Period").selectOption("year");
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page).toHaveURL(/\/city\?period=year/);
  await expect(page.getByLabel("Police station")).toHaveCount(0);

  await page.goto(`/tickets?q=${encodeURIComponent(PINGDU_TICKET.zh)}`);
  await page.getByRole("link", { name: PINGDU_TICKET.zh }).click();
  await expect(page.getByRole("heading", { name: PINGDU_TICKET.zh })).toBeVisible();
  await expect(page.getByRole("button", { name: "Accept", exact: true })).toHaveCount(0);
  const ticketUrl = page.url();

  // A county chief opening the other county's ticket gets the same 404 as for a missing one.
  const chief = await (await page.context().browser()!.newContext()).newPage();
  await signInAs(chief, "chief");
  expect((await chief.goto(ticketUrl))?.status()).toBe(404);
  // …and the city's desk is not theirs.
  expect((await chief.goto("/city"))?.status()).toBe(403);
});
