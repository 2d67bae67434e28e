import type { Browser, Page } from "@playwright/test";
import { axeViolations, BLOCKING } from "./axe";
import { expect, test, signInAs } from "./support";

// A small phone held upright.
const PHONE = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true };

async function onPhone(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext(PHONE)).newPage();
  await signInAs(page, username);
  return page;
}

/**
 * Photo-like images drawn in the browser (a gradient with grain, as a camera gives): a large JPEG
 * that the portal must make smaller before upload, and a small PNG that it sends as it is.
 */
async function photos(page: Page): Promise<{ jpeg: Buffer; png: Buffer }> {
  const encoded = await page.evaluate(async () => {
    async function draw(width: number, height: number, type: string, quality?: number) {
      const canvas = document.createElement("canvas");
      canvas.width = width;
      canvas.height = height;
      const g = canvas.getContext("2d")!;
      const gradient = g.createLinearGradient(0, 0, width, height);
      gradient.addColorStop(0, "#2b6cb0");
      gradient.addColorStop(1, "#f6ad55");
      g.fillStyle = gradient;
      g.fillRect(0, 0, width, height);
      const pixels = g.getImageData(0, 0, width, height);
      let seed = 7;
      for (let i = 0; i < pixels.data.length; i += 4) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        const grain = (seed % 61) - 30;
        for (let c = 0; c < 3; c++) pixels.data[i + c] = pixels.data[i + c]! + grain;
      }
      g.putImageData(pixels, 0, 0);
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), type, quality));
      let binary = "";
      for (const byte of new Uint8Array(await blob.arrayBuffer())) binary += String.fromCharCode(byte);
      return btoa(binary);
    }
    return { jpeg: await draw(1800, 1350, "image/jpeg", 0.95), png: await draw(64, 48, "image/png") };
  });
  return { jpeg: Buffer.from(encoded.jpeg, "base64"), png: Buffer.from(encoded.png, "base64") };
}

/** Both photos drawn on the page, loaded through the attachment route. */
async function expectPhotosShown(page: Page) {
  for (const name of ["仓库门锁.jpg", "撬痕特写.png"]) {
    const image = page.getByRole("img", { name, exact: true });
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

test("a liaison files a ticket with two photos from a phone and the officer sees them", async ({ browser }) => {
  test.setTimeout(180_000);
  const liaison = await onPhone(browser, "liaison1");
  await liaison.goto("/tickets/new", { waitUntil: "networkidle" });
  const { jpeg, png } = await photos(liaison);
  expect(jpeg.length).toBeGreaterThan(1024 * 1024);

  await liaison.locator("#category").selectOption("THEFT_CRIME");
  await liaison.locator("#title").fill("仓库门锁被撬");
  await liaison.locator("#description").fill("今晨发现二号仓库门锁被撬，暂未清点损失。");

  // The camera is offered beside the picker, which still takes PDFs and is not forced onto it.
  await expect(liaison.getByRole("button", { name: "拍照" })).toBeVisible();
  await expect(liaison.locator('input[type="file"][capture="environment"]')).toHaveAttribute("accept", "image/*");
  const picker = liaison.getByLabel("附件", { exact: true });
  await expect(picker).not.toHaveAttribute("capture");
  await expect(picker).toHaveAttribute("accept", /application\/pdf/);
  await expect(liaison.getByText(/最多 5 个，每个不超过 10 MB/)).toBeVisible();

  // Both chosen in one step; the large one is made smaller before it is sent.
  await picker.setInputFiles([
    { name: "仓库门锁.jpg", mimeType: "image/jpeg", buffer: jpeg },
    { name: "撬痕特写.png", mimeType: "image/png", buffer: png },
  ]);
  const chosen = liaison.getByTestId("chosen-files");
  await expect(chosen).toHaveAttribute("aria-live", "polite");
  await expect(chosen.locator("li")).toHaveCount(2);
  await expect(chosen.locator('li[data-status="ready"]')).toHaveCount(2, { timeout: 60_000 });
  await expect(chosen.locator("li").first()).toContainText("缩小到");
  const sent = await picker.evaluate((input: HTMLInputElement) => Array.from(input.files!, (f) => f.size));
  expect(sent[0]).toBeLessThan(jpeg.length);
  expect(sent[1]).toBe(png.length);
  const blocking = (await axeViolations(liaison, ["form"])).filter((v) => BLOCKING.has(v.impact ?? ""));
  expect(blocking).toEqual([]);

  await liaison.getByRole("button", { name: "提交", exact: true }).click();
  await expect(liaison).toHaveURL(/\/tickets\/(?!new$)[^/]+$/, { timeout: 30_000 });
  const url = liaison.url();
  await expectPhotosShown(liaison);

  // Served inline, typed from the bytes, sandboxed, and the smaller version is what was stored.
  const src = await liaison.getByRole("img", { name: "仓库门锁.jpg", exact: true }).getAttribute("src");
  const served = await liaison.request.get(src!);
  expect(served.headers()["content-type"]).toBe("image/jpeg");
  expect(served.headers()["content-disposition"]).toMatch(/^inline;/);
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");
  expect(served.headers()["content-security-policy"]).toContain("sandbox");
  expect((await served.body()).length).toBe(sent[0]);

  const officer = await onPhone(browser, "officer1");
  await officer.goto(url, { waitUntil: "networkidle" });
  await expectPhotosShown(officer);
  // A photo is a link that opens it full size.
  await expect(officer.getByRole("link", { name: /撬痕特写\.png/ }).first()).toHaveAttribute(
    "href",
    /\/api\/attachments\//,
  );
});
