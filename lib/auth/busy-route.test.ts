import { describe, expect, it, vi } from "vitest";
import { DatabaseBusyError, RETRY_AFTER_SECONDS } from "../db/unavailable";
import { answeringBusy } from "./busy-route";

// The user's language comes from the request's cookie inside Next; here a fixed Chinese text stands in.
vi.mock("next-intl/server", () => ({
  getTranslations: async () => (key: string) => (key === "busy" ? "系统繁忙，请几秒钟后重试。" : key),
}));

describe("answeringBusy", () => {
  it("answers 503 with Retry-After in the user's language when the database is busy", async () => {
    const handler = answeringBusy<[Request]>(async () => Promise.reject(new DatabaseBusyError()));
    const response = await handler(new Request("http://localhost/api/x"));
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe(String(RETRY_AFTER_SECONDS));
    expect(await response.text()).toBe("系统繁忙，请几秒钟后重试。");
  });

  it("lets every other error through", async () => {
    const handler = answeringBusy<[Request]>(async () => Promise.reject(new Error("boom")));
    await expect(handler(new Request("http://localhost/api/x"))).rejects.toThrow("boom");
  });

  it("does no work for a client that has already gone", async () => {
    const work = vi.fn(async () => new Response("done"));
    const controller = new AbortController();
    controller.abort();
    const response = await answeringBusy<[Request]>(work)(
      new Request("http://localhost/api/x", { signal: controller.signal }),
    );
    expect(work).not.toHaveBeenCalled();
    expect(response.status).toBe(499);
  });
});
