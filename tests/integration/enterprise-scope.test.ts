import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { enterpriseFilterOptions, findEnterpriseForUser, listEnterprisesForUser } from "@/lib/enterprises/queries";
import { liaisonContacts } from "@/lib/enterprises/contacts";
import { enterpriseActions } from "@/lib/enterprises/actions-def";
import { enterpriseScope } from "@/lib/enterprises/policy";
import { runAs } from "../support/actions";
import { loadDemo, sessionUserOf } from "../support/demo";

let own: string; // liaison1's enterprise (officer1's)
let other: string; // liaison2's enterprise (officer2's, another station)
let foreignBureau: string; // an enterprise of another county

describe("enterprise scope", () => {
  beforeAll(async () => {
    await loadDemo();
    const db = getDb();
    own = (await db.user.findUniqueOrThrow({ where: { username: "liaison1" } })).enterpriseId!;
    other = (await db.user.findUniqueOrThrow({ where: { username: "liaison2" } })).enterpriseId!;
    const bureau = await db.bureau.create({
      data: { code: "other", name: "另一县公安局", nameEn: "Other County PSB" },
    });
    const station = await db.station.create({
      data: { bureauId: bureau.id, code: "o-s", name: "外县派出所", nameEn: "Other station" },
    });
    const ws = await db.workstation.create({
      data: {
        bureauId: bureau.id,
        stationId: station.id,
        code: "o-w",
        name: "外县工作站",
        nameEn: "Other WS",
        park: "外县园区",
        parkEn: "Other park",
        cluster: "OTHER",
      },
    });
    foreignBureau = (
      await db.enterprise.create({
        data: {
          bureauId: bureau.id,
          workstationId: ws.id,
          name: "外县企业",
          creditCode: "91370285MA00000001",
          industry: "制造",
        },
      })
    ).id;
  });

  const sees = async (username: string, id: string) =>
    Boolean(await findEnterpriseForUser(await sessionUserOf(username), id));

  it("a liaison sees only their own enterprise", async () => {
    expect(await sees("liaison1", own)).toBe(true);
    expect(await sees("liaison1", other)).toBe(false);
    expect(await sees("liaison2", own)).toBe(false);
    const list = await listEnterprisesForUser(await sessionUserOf("liaison1"));
    expect(list.rows.map((r) => r.id)).toEqual([own]);
    expect(list.total).toBe(1);
  });

  it("an officer sees the enterprises assigned to them, not another station's", async () => {
    expect(await sees("officer1", own)).toBe(true);
    expect(await sees("officer1", other)).toBe(false);
    expect(await sees("officer2", own)).toBe(false);
    const officer1 = await sessionUserOf("officer1");
    const list = await listEnterprisesForUser(officer1, { pageSize: 100 });
    const assigned = await getDb().enterprise.count({ where: { responsibleOfficerId: officer1.id } });
    expect(list.total).toBe(assigned);
    // Each row's open tickets, counted for the page's enterprises.
    const open = await getDb().ticket.groupBy({
      by: ["enterpriseId"],
      where: {
        enterprise: { responsibleOfficerId: officer1.id },
        status: { in: ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "REOPENED"] },
      },
      _count: { _all: true },
    });
    const expected = new Map(open.map((o) => [o.enterpriseId, o._count._all]));
    expect(list.rows.map((r) => [r.id, r.openTickets])).toEqual(list.rows.map((r) => [r.id, expected.get(r.id) ?? 0]));
    expect(list.rows.some((r) => r.openTickets > 0)).toBe(true);
  });

  it("reassigning an enterprise moves it to the new officer's scope", async () => {
    const officer2 = await sessionUserOf("officer2");
    await getDb().enterprise.update({ where: { id: own }, data: { responsibleOfficerId: officer2.id } });
    expect(await sees("officer2", own)).toBe(true);
    expect(await sees("officer1", own)).toBe(false);
    const officer1 = await sessionUserOf("officer1");
    await getDb().enterprise.update({ where: { id: own }, data: { responsibleOfficerId: officer1.id } });
  });

  it("chiefs and admins see their whole county and nothing of another", async () => {
    for (const username of ["chief", "admin"]) {
      expect(await sees(username, own)).toBe(true);
      expect(await sees(username, other)).toBe(true);
      expect(await sees(username, foreignBureau)).toBe(false);
    }
    const list = await listEnterprisesForUser(await sessionUserOf("chief"), { pageSize: 10, page: 2 });
    expect(list.total).toBe(await getDb().enterprise.count({ where: { bureau: { code: "laixi" } } }));
    expect(list.rows).toHaveLength(10);
  });

  it("an unknown id is simply not found", async () => {
    expect(await sees("chief", "does-not-exist")).toBe(false);
  });

  it("lists an enterprise's active liaisons as contacts only to those who may see it", async () => {
    const db = getDb();
    const expected = await db.user.findMany({
      where: { enterpriseId: own, role: "LIAISON", active: true },
      select: { id: true },
    });
    expect(expected.length).toBeGreaterThan(0);
    for (const name of ["liaison1", "officer1", "chief"]) {
      const ids = (await liaisonContacts(await sessionUserOf(name), own)).map((c) => c.id).sort();
      expect(ids).toEqual(expected.map((u) => u.id).sort());
    }
    for (const name of ["liaison2", "officer2"])
      expect(await liaisonContacts(await sessionUserOf(name), own)).toEqual([]);
  });

  it("offers every enterprise in a filter menu when few, else only the one already chosen", async () => {
    const chief = await sessionUserOf("chief");
    const all = await getDb().enterprise.count({ where: { bureau: { code: "laixi" } } });
    const complete = await enterpriseFilterOptions(chief, undefined, all);
    expect(complete).toMatchObject({ complete: true });
    expect(complete.options).toHaveLength(all);
    expect(await enterpriseFilterOptions(chief, undefined, all - 1)).toEqual({ complete: false, options: [] });
    const chosen = await enterpriseFilterOptions(chief, own, all - 1);
    expect(chosen.complete).toBe(false);
    expect(chosen.options.map((e) => e.id)).toEqual([own]);
    // Another county's enterprise is never offered, even when named in the address.
    expect(await enterpriseFilterOptions(chief, foreignBureau, all - 1)).toEqual({ complete: false, options: [] });
  });

  it("finds enterprises for a filter's picker within the user's scope only, and refuses a liaison", async () => {
    const officer1 = await sessionUserOf("officer1");
    const mine = await getDb().enterprise.findMany({ where: enterpriseScope(officer1), select: { id: true } });
    const found = await runAs(officer1, enterpriseActions.find, { q: "" });
    if (!found.ok) throw new Error(found.message);
    expect(found.data.items.length).toBeGreaterThan(0);
    const ids = new Set(mine.map((e) => e.id));
    for (const item of found.data.items) expect(ids.has(item.id)).toBe(true);
    // A name from another county matches nothing, even typed in full.
    const foreign = await getDb().enterprise.findUniqueOrThrow({
      where: { id: foreignBureau },
      select: { name: true },
    });
    const abroad = await runAs(await sessionUserOf("chief"), enterpriseActions.find, { q: foreign.name });
    expect(abroad).toMatchObject({ ok: true, data: { items: [], more: false } });
    const liaison = await runAs(await sessionUserOf("liaison1"), enterpriseActions.find, { q: "" });
    expect(liaison).toMatchObject({ ok: false, code: "forbidden" });
  });
});
