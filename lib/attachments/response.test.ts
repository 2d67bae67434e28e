import { describe, expect, it } from "vitest";
import { attachmentNotFound, attachmentResponse, contentDisposition } from "./response";
import type { StoredFile } from "./storage-contract";

const stored = (bytes: Uint8Array): StoredFile => ({
  size: bytes.byteLength,
  body: new Blob([bytes as Uint8Array<ArrayBuffer>]).stream(),
});

describe("contentDisposition", () => {
  it("encodes Chinese names per RFC 5987 with an ASCII fallback", () => {
    expect(contentDisposition("隐患照片.png", "image/png")).toBe(
      `inline; filename="____.png"; filename*=UTF-8''%E9%9A%90%E6%82%A3%E7%85%A7%E7%89%87.png`,
    );
  });

  it("escapes characters the header grammar reserves", () => {
    const value = contentDisposition(`it's (final) *v2* 100%.pdf`, "application/pdf");
    expect(value).toBe(
      `inline; filename="it's (final) *v2* 100_.pdf"; filename*=UTF-8''it%27s%20%28final%29%20%2Av2%2A%20100%25.pdf`,
    );
    expect(contentDisposition('a"b\\c.pdf', "application/pdf")).toContain('filename="a_b_c.pdf"');
  });

  it("offers anything unexpected as a download", () => {
    expect(contentDisposition("x.html", "text/html").startsWith("attachment;")).toBe(true);
  });
});

describe("attachmentResponse", () => {
  it("serves the bytes with the stored type and locked-down headers", async () => {
    const response = attachmentResponse(
      { fileName: "报告.pdf", mimeType: "application/pdf" },
      stored(new Uint8Array([37, 80, 68, 70])),
    );
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-length")).toBe("4");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    // The browser's PDF viewer does not start in a sandboxed document.
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
    );
    expect(response.headers.get("content-disposition")).toMatch(
      /^inline; .*filename\*=UTF-8''%E6%8A%A5%E5%91%8A\.pdf$/,
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([37, 80, 68, 70]));
  });

  it("passes the stored stream on as the body, without reading it first", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled += 1;
          if (pulled > 3) controller.close();
          else controller.enqueue(new Uint8Array([pulled]));
        },
      },
      { highWaterMark: 0 },
    );
    const response = attachmentResponse({ fileName: "a.png", mimeType: "image/png" }, { size: 3, body });
    expect(response.headers.get("content-length")).toBe("3");
    expect(pulled).toBe(0);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("serves images inline in a sandbox", () => {
    const response = attachmentResponse(
      { fileName: "现场.jpg", mimeType: "image/jpeg" },
      stored(new Uint8Array([255, 216, 255])),
    );
    expect(response.headers.get("content-disposition")).toMatch(/^inline; /);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    );
  });

  it("answers not-found without caching", () => {
    const response = attachmentNotFound();
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });
});
