import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { MESSAGES } from "../../messages/index";
import { notificationMessageKey, paramsForReader } from "./render.ts";

const STATUS = { IN_PROGRESS: "In progress", RESOLVED: "Resolved" } as Record<string, string>;
const label = (s: string) => STATUS[s] ?? s;
const stored = {
  number: "LX-2026-000007",
  title: "门岗",
  fromStatus: "IN_PROGRESS",
  toStatus: "RESOLVED",
  enterprise: "青岛恒润精工有限公司",
  enterpriseEn: "Qingdao Hengrun Precision",
  actor: "张警官",
  actorEn: "",
};

describe("a notification for its reader", () => {
  it("names statuses and, for an English reader, the English names stored beside the Chinese", () => {
    expect(paramsForReader(stored, "en", label)).toEqual({
      number: "LX-2026-000007",
      title: "门岗",
      fromStatus: "In progress",
      toStatus: "Resolved",
      enterprise: "Qingdao Hengrun Precision",
      // No English name stored: the Chinese one, not a blank.
      actor: "张警官",
    });
    expect(paramsForReader(stored, "zh-CN", (s) => `[${s}]`)).toMatchObject({
      enterprise: "青岛恒润精工有限公司",
      fromStatus: "[IN_PROGRESS]",
    });
  });

  it("keeps a status change stored with its number only readable", () => {
    const has = (key: string) => key === "kinds.ticketStatusChanged";
    expect(notificationMessageKey("ticketStatusChanged", stored, has)).toBe("kinds.ticketStatusChanged");
    expect(notificationMessageKey("ticketStatusChanged", { number: "LX-1", status: "RESOLVED" }, has)).toBe(
      "kinds.ticketStatusChangedBrief",
    );
    expect(notificationMessageKey("gone", {}, has)).toBe("kinds.unknown");
  });
});

describe("the chiefs' overdue digest", () => {
  it("counts the day's passed deadlines in each language", () => {
    const text = (locale: "zh-CN" | "en", count: number) =>
      createTranslator({ locale, messages: MESSAGES[locale], namespace: "notifications" })(
        "kinds.ticketsOverdueDigest",
        paramsForReader({ count, date: "2026-03-10" }, locale, label),
      );
    expect(text("zh-CN", 3)).toBe("2026年3月10日有 3 件问题超过办理期限，请督办");
    expect(text("en", 1)).toBe("1 problem passed its deadline on Mar 10, 2026");
    expect(text("en", 12)).toBe("12 problems passed their deadline on Mar 10, 2026");
  });
});
