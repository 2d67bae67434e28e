import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/messages";
import { changedFields } from "./diff";
import { auditSheet } from "./sheet";
import { actionWords, changesWords, entityWords, valueWords, type Words } from "./words";

/** The translator of a locale over the real messages, as next-intl would answer. */
function wordsOf(locale: "zh-CN" | "en"): Words {
  const find = (key: string) =>
    key
      .split(".")
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], MESSAGES[locale]);
  return {
    locale,
    has: (key) => typeof find(key) === "string",
    t: (key, values) =>
      String(find(key) ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`)),
  };
}

const zh = wordsOf("zh-CN");
const en = wordsOf("en");

describe("audit rows in words", () => {
  it("names actions and record kinds in both languages, and keeps unknown ones by their raw name", () => {
    expect(actionWords(zh, "ticket.accept")).toBe("受理问题");
    expect(actionWords(en, "ticket.accept")).toBe("Accepted the ticket");
    expect(actionWords(en, "residency.checklist.update")).toBe("Changed a checklist item");
    expect(actionWords(en, "account.invent")).toBe("account.invent");
    expect(entityWords(zh, "ResidencyRequest")).toBe("户籍居住申请");
    expect(entityWords(en, "Gadget")).toBe("Gadget");
  });

  it("puts a status change side by side in the record's own words", () => {
    const changes = changedFields(
      { status: "SUBMITTED", version: 0 },
      { status: "ACCEPTED", version: 1 },
      { entity: "Ticket", fullPersonalData: false },
    );
    expect(changesWords(zh, changes)).toBe("状态: 待受理 → 已受理");
    expect(changesWords(en, changes)).toBe("Status: Submitted → Accepted");
  });

  it("writes dates in China time, booleans, lists and names in the reader's language", () => {
    expect(valueWords(en, { kind: "date", iso: "2026-11-10T16:30:00.000Z" })).toBe("2026-11-11 00:30");
    expect(valueWords(zh, { kind: "bool", value: true })).toBe("是");
    expect(valueWords(en, { kind: "named", name: "王警官", nameEn: "Officer Wang" })).toBe("Officer Wang");
    expect(valueWords(en, { kind: "named", name: "王警官", nameEn: "" })).toBe("王警官");
    expect(
      valueWords(zh, {
        kind: "list",
        items: [
          { kind: "text", text: "a" },
          { kind: "text", text: "b" },
        ],
      }),
    ).toBe("a、b");
    expect(valueWords(en, { kind: "empty" })).toBe("—");
  });

  it("has every known action and kind in both languages", async () => {
    const { AUDIT_ACTIONS, AUDIT_ENTITIES } = await import("./catalog");
    for (const w of [zh, en]) {
      for (const action of AUDIT_ACTIONS) expect(w.has(`audit.actions.${action}`), action).toBe(true);
      for (const entity of AUDIT_ENTITIES) expect(w.has(`audit.entities.${entity}`), entity).toBe(true);
    }
  });

  it("makes a sheet with translated columns and says when it was cut off", () => {
    const sheet = auditSheet(
      en,
      [
        {
          id: "1",
          at: new Date("2026-11-10T02:00:00Z"),
          action: "hazard.close",
          entity: "Hazard",
          entityId: "h1",
          href: "/hazards/h1",
          actor: null,
          changes: changedFields(
            { status: "PENDING_VERIFICATION" },
            { status: "CLOSED" },
            {
              entity: "Hazard",
              fullPersonalData: false,
            },
          ),
        },
      ],
      true,
    );
    expect(sheet.columns).toEqual(["Time (China)", "Person", "Action", "Record kind", "Record id", "Changes"]);
    expect(sheet.rows[0]!.slice(0, 5)).toEqual(["2026-11-10 10:00", "System", "Verified and closed", "Hazard", "h1"]);
    expect(sheet.rows[0]![5]).toMatch(/^Status: .+ → .+$/);
    expect(sheet.rows.at(-1)![0]).toMatch(/only the newest/);
  });
});
