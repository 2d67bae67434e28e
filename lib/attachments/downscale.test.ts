import { describe, expect, it } from "vitest";
import { DOWNSCALE_ABOVE_BYTES, pickUpload, shouldDownscale } from "./downscale";
import { MAX_FILE_BYTES } from "./limits";

const big = DOWNSCALE_ABOVE_BYTES + 1;

describe("shouldDownscale", () => {
  it("downscales large JPEG, PNG and WebP photos", () => {
    for (const type of ["image/jpeg", "image/png", "image/webp"])
      expect(shouldDownscale({ type, size: big })).toBe(true);
    expect(shouldDownscale({ type: "image/jpeg", size: MAX_FILE_BYTES * 2 })).toBe(true);
  });

  it("leaves small photos, PDFs, GIFs, HEIC and unknown types alone", () => {
    expect(shouldDownscale({ type: "image/jpeg", size: DOWNSCALE_ABOVE_BYTES })).toBe(false);
    for (const type of ["application/pdf", "image/gif", "image/heic", "", "image/svg+xml"])
      expect(shouldDownscale({ type, size: big })).toBe(false);
  });
});

describe("pickUpload", () => {
  const original = { type: "image/jpeg", size: 5_000_000 };

  it("sends the downscaled photo when it is smaller", () => {
    const smaller = { type: "image/jpeg", size: 400_000 };
    expect(pickUpload(original, smaller)).toBe(smaller);
  });

  it("keeps the original when downscaling failed, grew the file or produced nothing usable", () => {
    expect(pickUpload(original, null)).toBe(original);
    expect(pickUpload(original, { type: "image/jpeg", size: 6_000_000 })).toBe(original);
    expect(pickUpload(original, { type: "image/jpeg", size: 0 })).toBe(original);
    expect(pickUpload(original, { type: "text/plain", size: 10 })).toBe(original);
  });
});
