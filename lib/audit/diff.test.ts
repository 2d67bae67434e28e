import { describe, expect, it } from "vitest";
import { changedFields, referencesIn, resolveReferences } from "./diff";

const full = { entity: "ResidencyRequest", fullPersonalData: true };
const masked = { entity: "ResidencyRequest", fullPersonalData: false };

describe("changedFields", () => {
  it("lists only the fields whose value changed, without the row version", () => {
    expect(
      changedFields(
        { status: "SUBMITTED", version: 0 },
        { status: "ACCEPTED", version: 1 },
        { ...full, entity: "Ticket" },
      ),
    ).toEqual([
      {
        field: "status",
        before: { kind: "enum", namespace: "tickets.statuses", value: "SUBMITTED" },
        after: { kind: "enum", namespace: "tickets.statuses", value: "ACCEPTED" },
      },
    ]);
  });

  it("shows every field of a creation as new, and a removed field as emptied", () => {
    const created = changedFields(null, { number: "LX-1", attachments: 2 }, { ...full, entity: "Ticket" });
    expect(created.map((c) => [c.field, c.before.kind, c.after])).toEqual([
      ["number", "empty", { kind: "text", text: "LX-1" }],
      ["attachments", "empty", { kind: "number", value: 2 }],
    ]);
    expect(changedFields({ slotId: "s1", note: "x" }, null, full)).toEqual([
      { field: "note", before: { kind: "text", text: "x" }, after: { kind: "empty" } },
    ]);
  });

  it("changes nothing for a read or a comment without before and after", () => {
    expect(changedFields(null, null, full)).toEqual([]);
    expect(changedFields(null, { eventId: "e1" }, { ...full, entity: "Ticket" })).toEqual([]);
  });

  it("reads the status and kind words of the record's own kind", () => {
    const [status, kind] = changedFields(null, { status: "OPEN", kind: "LABOR" }, { ...full, entity: "Dispute" });
    expect(status!.after).toEqual({ kind: "enum", namespace: "disputes.statuses", value: "OPEN" });
    expect(kind!.after).toEqual({ kind: "enum", namespace: "disputes.kinds", value: "LABOR" });
    // A kind the catalogue has no words for stays plain text rather than borrowing another kind's words.
    expect(changedFields(null, { status: "DRAFT" }, { ...full, entity: "PatrolRota" })[0]!.after).toEqual({
      kind: "text",
      text: "DRAFT",
    });
  });

  it("keeps references, dates, booleans and lists as such", () => {
    const changes = changedFields(
      { assigneeId: "u1", departmentIds: ["d1"] },
      { assigneeId: "u2", departmentIds: ["d1", "d2"], deadline: "2026-11-10T02:00:00.000Z", keyProject: true },
      { ...full, entity: "Ticket" },
    );
    expect(changes.map((c) => c.after)).toEqual([
      { kind: "ref", ref: "user", id: "u2" },
      {
        kind: "list",
        items: [
          { kind: "ref", ref: "department", id: "d1" },
          { kind: "ref", ref: "department", id: "d2" },
        ],
      },
      { kind: "date", iso: "2026-11-10T02:00:00.000Z" },
      { kind: "bool", value: true },
    ]);
  });
});

describe("personal data in a change", () => {
  const row = { applicantIdNumber: "37028519900203001X", applicantPhone: "13812345678" };

  it("is shown in full to whoever may read it in full", () => {
    expect(changedFields(null, row, full).map((c) => c.after)).toEqual([
      { kind: "text", text: "37028519900203001X" },
      { kind: "text", text: "13812345678" },
    ]);
  });

  it("is masked as the record's page masks it for everyone else, also inside nested values", () => {
    expect(changedFields(null, row, masked).map((c) => c.after)).toEqual([
      { kind: "masked", text: "3702**********001X" },
      { kind: "masked", text: "138****5678" },
    ]);
    const nested = changedFields(null, { applicant: { applicantPhone: "13812345678" } }, masked);
    expect(JSON.stringify(nested)).not.toContain("13812345678");
  });

  it("is masked inside free text too", () => {
    const [note] = changedFields(null, { note: "申请人 37028519900203001X 材料不全" }, masked);
    expect(note!.after).toEqual({ kind: "masked", text: "申请人 3702**********001X 材料不全" });
  });
});

describe("references", () => {
  it("are collected by kind and replaced by names, or by 'unknown' outside the county", () => {
    const changes = changedFields(
      { responsibleOfficerId: "u1" },
      { responsibleOfficerId: "u9", enterpriseId: "e1" },
      { ...full, entity: "Enterprise" },
    );
    expect(referencesIn(changes)).toEqual(
      new Map([
        ["user", new Set(["u1", "u9"])],
        ["enterprise", new Set(["e1"])],
      ]),
    );
    const names: Record<string, { name: string; nameEn: string }> = {
      u1: { name: "王警官", nameEn: "Officer Wang" },
      e1: { name: "华东机械", nameEn: "East Machinery" },
    };
    const resolved = resolveReferences(changes, (_kind, id) => names[id]);
    expect(resolved.map((c) => [c.before, c.after])).toEqual([
      [{ kind: "named", name: "王警官", nameEn: "Officer Wang" }, { kind: "unknown" }],
      [{ kind: "empty" }, { kind: "named", name: "华东机械", nameEn: "East Machinery" }],
    ]);
  });
});
