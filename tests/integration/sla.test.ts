import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { executeAction } from "@/lib/auth/action-core";
import type { SessionUser } from "@/lib/auth/session-user";
import { slaActions } from "@/lib/sla/actions-def";
import { defaultSlaRules } from "@/lib/sla/defaults";
import { getSlaTable, slaRuleFor, type SlaCell } from "@/lib/sla/queries";
import { slaFieldName } from "@/lib/sla/schemas";
import { setClock } from "@/lib/time/clock";
import { loadDemo, sessionUserOf } from "../support/demo";

type Change = { accept?: string | number; resolve?: string | number };

/** The form as the page renders it from `table`, with the user's changes typed into some cells. */
function formOf(table: SlaCell[], changes: Record<string, Change> = {}): FormData {
  const form = new FormData();
  for (const c of table) {
    const change = changes[`${c.category}.${c.priority}`] ?? {};
    form.set(slaFieldName(c.category, c.priority, "accept"), String(change.accept ?? c.acceptHours));
    form.set(slaFieldName(c.category, c.priority, "resolve"), String(change.resolve ?? c.resolveHours));
    form.set(slaFieldName(c.category, c.priority, "seenAccept"), String(c.acceptHours));
    form.set(slaFieldName(c.category, c.priority, "seenResolve"), String(c.resolveHours));
  }
  return form;
}

const submit = (user: SessionUser, form: FormData) =>
  executeAction(slaActions.updateTable, form, { user, sameOrigin: true, t: (k) => k });

const cellOf = (table: SlaCell[], category: string, priority: string) =>
  table.find((c) => c.category === category && c.priority === priority)!;
const auditCount = () => getDb().auditEvent.count({ where: { action: "sla.update" } });

let chief: SessionUser;
let admin: SessionUser;
let outsider: SessionUser; // chief of a county without SLA rows of its own
let restoreClock: () => void;

describe("SLA table", () => {
  beforeAll(async () => {
    // The demo is seeded as of a fixed instant, so every run starts from the same county.
    restoreClock = setClock("2026-03-10T10:00:00+08:00");
    await loadDemo();
    [chief, admin] = await Promise.all([sessionUserOf("chief"), sessionUserOf("admin")]);
    const db = getDb();
    const bureau = await db.bureau.create({
      data: { code: "sla-other", name: "另一县公安局", nameEn: "Other County PSB" },
    });
    const user = await db.user.create({
      data: { bureauId: bureau.id, username: "sla-other-chief", name: "外县局长", passwordHash: "-", role: "CHIEF" },
    });
    outsider = { ...chief, id: user.id, username: user.username, name: user.name, bureauId: bureau.id };
  });

  afterAll(() => restoreClock());

  it("gives every signed-in role the 44 cells of their own bureau", async () => {
    for (const username of ["chief", "admin", "officer1", "liaison1"]) {
      const table = await getSlaTable(await sessionUserOf(username));
      expect(table).toHaveLength(44);
      expect(table.every((c) => !c.isDefault)).toBe(true); // the demo county has all its rows
    }
    const other = await getSlaTable(outsider);
    expect(other).toHaveLength(44);
    expect(other.every((c) => c.isDefault)).toBe(true);
    expect(
      other.map((c) => ({
        category: c.category,
        priority: c.priority,
        acceptHours: c.acceptHours,
        resolveHours: c.resolveHours,
      })),
    ).toEqual(defaultSlaRules());
  });

  it("lets a chief and an admin change cells, one audit event per changed cell", async () => {
    const before = await getSlaTable(chief);
    const audits = await auditCount();
    const result = await submit(
      chief,
      formOf(before, { "DISPUTE.HIGH": { accept: 3, resolve: 48 }, "OTHER.LOW": { resolve: 400 } }),
    );
    expect(result).toEqual({ ok: true, data: { changed: 2 } });

    const after = await getSlaTable(chief);
    expect(cellOf(after, "DISPUTE", "HIGH")).toMatchObject({ acceptHours: 3, resolveHours: 48, isDefault: false });
    expect(cellOf(after, "OTHER", "LOW")).toMatchObject({
      acceptHours: cellOf(before, "OTHER", "LOW").acceptHours,
      resolveHours: 400,
    });
    expect(after.filter((c) => !["DISPUTE.HIGH", "OTHER.LOW"].includes(`${c.category}.${c.priority}`))).toEqual(
      before.filter((c) => !["DISPUTE.HIGH", "OTHER.LOW"].includes(`${c.category}.${c.priority}`)),
    );

    const events = await getDb().auditEvent.findMany({
      where: { action: "sla.update" },
      orderBy: { id: "asc" },
      skip: audits,
    });
    expect(events).toHaveLength(2);
    const dispute = events.find((e) => e.entityId === "DISPUTE.HIGH")!;
    expect(dispute).toMatchObject({ actorId: chief.id, bureauId: chief.bureauId, entity: "SlaRule" });
    const old = cellOf(before, "DISPUTE", "HIGH");
    expect(dispute.before).toEqual({ acceptHours: old.acceptHours, resolveHours: old.resolveHours, isDefault: false });
    expect(dispute.after).toEqual({ acceptHours: 3, resolveHours: 48 });

    const byAdmin = await submit(admin, formOf(after, { "EMERGENCY_HELP.URGENT": { accept: 2 } }));
    expect(byAdmin).toEqual({ ok: true, data: { changed: 1 } });
    expect(cellOf(await getSlaTable(admin), "EMERGENCY_HELP", "URGENT").acceptHours).toBe(2);
    expect(await auditCount()).toBe(audits + 3);
  });

  it("writes nothing and records nothing when nothing changed", async () => {
    const audits = await auditCount();
    expect(await submit(chief, formOf(await getSlaTable(chief)))).toEqual({ ok: true, data: { changed: 0 } });
    expect(await auditCount()).toBe(audits);
  });

  it.each(["liaison1", "officer1"])("refuses %s and changes nothing", async (username) => {
    const user = await sessionUserOf(username);
    const before = await getSlaTable(chief);
    const audits = await auditCount();
    const result = await submit(user, formOf(before, { "DISPUTE.LOW": { accept: 5, resolve: 50 } }));
    expect(result).toEqual({ ok: false, code: "forbidden", message: "errors.forbidden" });
    expect(await getSlaTable(chief)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it("answers invalid cells with errors on their own fields and writes none of the edit", async () => {
    const before = await getSlaTable(chief);
    const audits = await auditCount();
    const result = await submit(
      chief,
      formOf(before, {
        "SECURITY_HAZARD.URGENT": { accept: 10, resolve: 5 },
        "DISPUTE.NORMAL": { accept: 0 },
        "THEFT_CRIME.LOW": { resolve: "1.5" },
        "PATROL_REQUEST.HIGH": { accept: 721, resolve: 2161 },
        "TRAFFIC_ESCORT.NORMAL": { accept: "", resolve: "abc" },
        "OTHER.NORMAL": { accept: 5, resolve: 50 }, // valid, but part of a refused edit
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe("errors.invalidInput");
    expect(result.fieldErrors).toEqual({
      "SECURITY_HAZARD.URGENT.resolve": ["sla.errors.resolveBeforeAccept"],
      "DISPUTE.NORMAL.accept": ["sla.errors.acceptHours"],
      "THEFT_CRIME.LOW.resolve": ["sla.errors.resolveHours"],
      "PATROL_REQUEST.HIGH.accept": ["sla.errors.acceptHours"],
      "PATROL_REQUEST.HIGH.resolve": ["sla.errors.resolveHours"],
      "TRAFFIC_ESCORT.NORMAL.accept": ["sla.errors.acceptHours"],
      "TRAFFIC_ESCORT.NORMAL.resolve": ["sla.errors.resolveHours"],
    });
    expect(await getSlaTable(chief)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it("refuses to overwrite a cell someone else changed since the form was loaded, but keeps their other edits", async () => {
    const seenByChief = await getSlaTable(chief);
    expect(await submit(admin, formOf(seenByChief, { "LEGAL_CONSULTATION.NORMAL": { resolve: 200 } }))).toEqual({
      ok: true,
      data: { changed: 1 },
    });
    const audits = await auditCount();

    const clash = await submit(
      chief,
      formOf(seenByChief, { "LEGAL_CONSULTATION.NORMAL": { resolve: 100 }, "PERMIT_HELP.LOW": { accept: 40 } }),
    );
    expect(clash).toEqual({ ok: false, code: "conflict", message: "errors.conflict" });
    const now = await getSlaTable(chief);
    expect(cellOf(now, "LEGAL_CONSULTATION", "NORMAL").resolveHours).toBe(200);
    expect(cellOf(now, "PERMIT_HELP", "LOW").acceptHours).toBe(cellOf(seenByChief, "PERMIT_HELP", "LOW").acceptHours);
    expect(await auditCount()).toBe(audits);

    // A stale form that leaves the other editor's cell alone goes through without undoing it.
    expect(await submit(chief, formOf(seenByChief, { "PERMIT_HELP.LOW": { accept: 40 } }))).toEqual({
      ok: true,
      data: { changed: 1 },
    });
    expect(cellOf(await getSlaTable(chief), "LEGAL_CONSULTATION", "NORMAL").resolveHours).toBe(200);
  });

  it("creates a bureau's own row when a default cell is first changed, in that bureau only", async () => {
    const demoBefore = await getSlaTable(chief);
    const result = await submit(
      outsider,
      formOf(await getSlaTable(outsider), { "DISPUTE.URGENT": { accept: 2, resolve: 12 } }),
    );
    expect(result).toEqual({ ok: true, data: { changed: 1 } });
    const other = await getSlaTable(outsider);
    expect(cellOf(other, "DISPUTE", "URGENT")).toEqual({
      category: "DISPUTE",
      priority: "URGENT",
      acceptHours: 2,
      resolveHours: 12,
      isDefault: false,
    });
    expect(other.filter((c) => !c.isDefault)).toHaveLength(1);
    expect(await getSlaTable(chief)).toEqual(demoBefore);
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { action: "sla.update", actorId: outsider.id } });
    expect(event.before).toEqual({ acceptHours: 1, resolveHours: 24, isDefault: true });
  });

  it("lets only one of two simultaneous first edits of a default cell through", async () => {
    const seen = await getSlaTable(outsider);
    const results = await Promise.all([
      submit(outsider, formOf(seen, { "OTHER.URGENT": { accept: 3 } })),
      submit(outsider, formOf(seen, { "OTHER.URGENT": { accept: 5 } })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, code: "conflict", message: "errors.conflict" }]);
    expect([3, 5]).toContain(cellOf(await getSlaTable(outsider), "OTHER", "URGENT").acceptHours);
  });

  it("slaRuleFor reads the bureau's row and falls back to the defaults where there is none", async () => {
    const db = getDb();
    const bare = await db.bureau.create({
      data: { code: "sla-bare", name: "无时限表公安局", nameEn: "Bare County PSB" },
    });
    const fallback = defaultSlaRules().find((r) => r.category === "EMERGENCY_HELP" && r.priority === "URGENT")!;
    const [own, defaulted] = await db.$transaction(async (tx) => [
      await slaRuleFor(tx, chief.bureauId, "DISPUTE", "HIGH"),
      await slaRuleFor(tx, bare.id, "EMERGENCY_HELP", "URGENT"),
    ]);
    expect(own).toEqual({ acceptHours: 3, resolveHours: 48 });
    expect(defaulted).toEqual({ acceptHours: fallback.acceptHours, resolveHours: fallback.resolveHours });
    await expect(db.$transaction((tx) => slaRuleFor(tx, "", "OTHER", "LOW"))).rejects.toThrow(/missing scope id/);
  });
});
