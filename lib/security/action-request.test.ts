import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES } from "./body-limit";
import { isActionCandidate, readLimited, screenActionBody, screenActionHeaders } from "./action-request";

const fetchAction = (extra: Record<string, string> = {}) =>
  new Headers({ "next-action": "7f00aa", host: "portal.test", origin: "http://portal.test", ...extra });

/** A multipart body as a browser sends it, with its content type. */
async function multipart(fields: [string, string | Blob][]) {
  const form = new FormData();
  for (const [k, v] of fields) form.append(k, v);
  const request = new Request("http://portal.test/", { method: "POST", body: form });
  return {
    contentType: request.headers.get("content-type")!,
    body: new Uint8Array(await request.arrayBuffer()),
  };
}

async function screenForm(fields: [string, string | Blob][], headers = fetchAction()) {
  const { contentType, body } = await multipart(fields);
  headers.set("content-type", contentType);
  return screenActionBody(headers, body);
}

const screenText = (text: string) =>
  screenActionBody(fetchAction({ "content-type": "text/plain;charset=UTF-8" }), new TextEncoder().encode(text));

describe("which posts are screened", () => {
  it("fetch actions and multipart posts; not plain form posts or reads", () => {
    expect(isActionCandidate("POST", fetchAction())).toBe(true);
    expect(isActionCandidate("POST", new Headers({ "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(isActionCandidate("POST", new Headers({ "content-type": "application/x-www-form-urlencoded" }))).toBe(false);
    expect(isActionCandidate("GET", fetchAction())).toBe(false);
  });
});

describe("screenActionHeaders", () => {
  it("passes a same-origin action within the limit", () => {
    expect(screenActionHeaders(fetchAction({ "content-length": String(ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
  });
  it("answers 413 to a declared size over the limit, or an unreadable one", () => {
    expect(screenActionHeaders(fetchAction({ "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }))).toBe(413);
    expect(screenActionHeaders(fetchAction({ "content-length": "-1" }))).toBe(413);
  });
  it("answers 400 to an origin that is no URL and 403 to another host, as Next would refuse them", () => {
    expect(screenActionHeaders(fetchAction({ origin: "not a url" }))).toBe(400);
    expect(screenActionHeaders(fetchAction({ origin: "http://evil.test" }))).toBe(403);
    expect(screenActionHeaders(fetchAction({ origin: "null" }))).toBe(403);
    expect(screenActionHeaders(fetchAction({ "x-forwarded-host": "gw.test", origin: "https://gw.test" }))).toBeNull();
  });
});

describe("readLimited", () => {
  const stream = (...sizes: number[]) =>
    new ReadableStream<Uint8Array>({
      start(c) {
        for (const n of sizes) c.enqueue(new Uint8Array(n));
        c.close();
      },
    });
  it("reads a body up to the limit and refuses a longer one, chunked or not", async () => {
    expect((await readLimited(stream(3, 4), 7))?.byteLength).toBe(7);
    expect(await readLimited(stream(3, 5), 7)).toBeNull();
  });
});

describe("screenActionBody", () => {
  it("passes what the portal's forms send: a state and form data, files included", async () => {
    const state = JSON.stringify(["$undefined", "$K1"]);
    expect(
      await screenForm([
        ["0", state],
        ["1_title", "$not a reference: the user's text"],
      ]),
    ).toBeNull();
    const prev = JSON.stringify([{ ok: false, message: "$$5 off", fieldErrors: { title: ["x"] } }, "$K1"]);
    expect(
      await screenForm([
        ["0", prev],
        ["1_attachments", new File(["x"], "a.png", { type: "image/png" })],
      ]),
    ).toBeNull();
    expect(
      await screenForm([
        ["0", JSON.stringify(["$1", "$1:a"])],
        ["1", JSON.stringify({ a: 1 })],
      ]),
    ).toBeNull();
    expect(await screenText(JSON.stringify([{ rows: [{ line: 2, values: { name: "$$x" } }] }]))).toBeNull();
  });

  it("answers 400 to a body that is no multipart, or rows that are no JSON", async () => {
    const headers = fetchAction({ "content-type": "multipart/form-data; boundary=abc" });
    expect(await screenActionBody(headers, new TextEncoder().encode("--abc\r\nbroken"))).toBe(400);
    expect(await screenText("{not json")).toBe(400);
    expect(await screenForm([["0", "{"]])).toBe(400);
    const noBoundary = new Headers({ host: "portal.test", "content-type": "multipart/form-data" });
    expect(isActionCandidate("POST", noBoundary)).toBe(true);
    expect(await screenActionBody(noBoundary, new TextEncoder().encode("x"))).toBe(400);
  });

  it("answers 400 to references the decoder cannot resolve", async () => {
    for (const ref of ["$", "$Z", "$@5", "$h1", "$Q1", "$W1", "$i1", "$B1", "$2", "$1:missing", "$nabc"]) {
      expect(
        await screenForm([
          ["0", JSON.stringify([ref])],
          ["1", "{}"],
        ]),
        ref,
      ).toBe(400);
    }
    expect(await screenText(JSON.stringify(["$T"]))).toBeNull();
  });

  it("answers 400 to a root that is no argument list, as Next applies it to the action", async () => {
    expect(await screenForm([["0", JSON.stringify("\u0000")]])).toBe(400);
    expect(await screenText('{"a":1}')).toBe(400);
    expect(await screenText(JSON.stringify(Array.from({ length: 1001 }, () => 0)))).toBe(400);
  });

  it("answers 400 to a missing root, repeated rows and numbers React reads as rows", async () => {
    expect(await screenForm([["1_title", "x"]])).toBe(400);
    expect(
      await screenForm([
        ["0", "[]"],
        ["0", "[]"],
      ]),
    ).toBe(400);
    for (const key of ["0x1", " 1", "1e0", "", "S1"]) {
      expect(
        await screenForm([
          ["0", "[]"],
          [key, "{"],
        ]),
        JSON.stringify(key),
      ).toBe(400);
    }
  });

  it("answers 400 to nesting deeper, or arrays larger, than any form sends", async () => {
    expect(await screenText("[".repeat(100) + "]".repeat(100))).toBe(400);
    expect(await screenText(JSON.stringify([Array.from({ length: 2000 }, () => [0, 0])]))).toBeNull();
    expect(await screenText(JSON.stringify([Array.from({ length: 60_000 }, () => [0, 0])]))).toBe(400);
  });

  it("checks the metadata of a form posted before the page's script ran", async () => {
    const plain = new Headers({ host: "portal.test" });
    expect(
      await screenForm(
        [
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", '{"id":"7f","bound":"$@1"}'],
        ],
        plain,
      ),
    ).toBe(400);
    expect(
      await screenForm(
        [
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", '{"id":"7f","bound":"$@1"}'],
          ["$ACTION_1:1", "[]"],
        ],
        plain,
      ),
    ).toBeNull();
    expect(
      await screenForm(
        [
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", '{"id":"7f","bound":null}'],
          ["title", "x"],
        ],
        plain,
      ),
    ).toBeNull();
    expect(
      await screenForm(
        [
          ["$ACTION_ID_7f", ""],
          ["title", "$x"],
        ],
        plain,
      ),
    ).toBeNull();
  });
});
