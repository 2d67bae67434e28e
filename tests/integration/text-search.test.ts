// Search boxes match what was typed, literally: "%" and "_" are characters, not LIKE wildcards
// (lib/forms/text-search.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { listEnterprisesForUser } from "@/lib/enterprises/queries";
import { DEFAULT_ENTERPRISE_FILTERS } from "@/lib/enterprises/filters";
import { listTicketsForUser } from "@/lib/tickets/list";
import { listAccounts } from "@/lib/users/queries";
import { loadDemo, sessionUserOf } from "../support/demo";

let chief: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  await loadDemo();
  chief = await sessionUserOf("chief");
  admin = await sessionUserOf("admin");
});

const tickets = (q: string) =>
  listTicketsForUser(chief, { q, status: "all", page: 1, overdue: false, attention: false });
const enterprises = (q: string) => listEnterprisesForUser(chief, { filters: { ...DEFAULT_ENTERPRISE_FILTERS, q } });

describe("search boxes", () => {
  it("find a ticket, an enterprise and an account by a part of its text, and nothing by a lone wildcard", async () => {
    const ticket = await getDb().ticket.findFirstOrThrow({ where: { bureauId: chief.bureauId } });
    expect((await tickets(ticket.title.slice(0, 3))).rows.map((r) => r.id)).toContain(ticket.id);
    expect((await tickets("%")).total).toBe(0);
    expect((await tickets("_")).total).toBe(0);

    const enterprise = await getDb().enterprise.findFirstOrThrow({ where: { bureauId: chief.bureauId } });
    expect((await enterprises(enterprise.name.slice(0, 2))).total).toBeGreaterThan(0);
    expect((await enterprises("%")).total).toBe(0);

    expect((await listAccounts(admin, { filters: { q: "officer" } })).total).toBeGreaterThan(0);
    expect((await listAccounts(admin, { filters: { q: "_" } })).total).toBe(0);
  });

  it("match a typed percent sign as itself, not as any text", async () => {
    const [literal, lookalike] = await getDb().enterprise.findMany({ where: { bureauId: chief.bureauId }, take: 2 });
    await getDb().enterprise.update({ where: { id: literal!.id }, data: { name: `${literal!.name}100%达标` } });
    // As a wildcard, "100%" would also find this one.
    await getDb().enterprise.update({ where: { id: lookalike!.id }, data: { name: `${lookalike!.name}100分达标` } });
    expect((await enterprises("100%")).rows.map((r) => r.id)).toEqual([literal!.id]);
  });
});
