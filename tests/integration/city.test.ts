// The demo city: 莱西 and 平度 under 青岛. The city's leader reads every county's figures and tickets
// and works none; a county's people never see the other county's records, which answer like missing ones.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { cityCountyRows, cityName } from "@/lib/dashboard/city-figures";
import { cityExportTable, type ExportLabels } from "@/lib/dashboard/export-tables";
import { breakdownRow } from "@/lib/dashboard/breakdowns";
import { hazardCounts, NO_HAZARDS } from "@/lib/dashboard/hazard-figures";
import { NO_RATINGS, NO_TICKETS, ratingCounts, ticketCounts } from "@/lib/dashboard/ticket-figures";
import { currentPeriod } from "@/lib/dashboard/period";
import { findEnterpriseForUser } from "@/lib/enterprises/queries";
import { ticketActions } from "@/lib/tickets/actions-def";
import { listTicketsForUser } from "@/lib/tickets/list";
import { findTicketForUser } from "@/lib/tickets/queries";
import { clock, setClock } from "@/lib/time/clock";
import { runAs } from "../support/actions";
import { loadDemo, sessionUserOf } from "../support/demo";

let restoreClock: () => void;
const users = {} as Record<"city" | "chief" | "admin" | "officer1" | "liaison1" | "pdChief" | "pdLiaison", SessionUser>;
let laixiId = "";
let pingduId = "";

beforeAll(async () => {
  restoreClock = setClock("2026-03-10T10:00:00+08:00");
  await loadDemo();
  for (const [key, username] of [
    ["city", "city"],
    ["chief", "chief"],
    ["admin", "admin"],
    ["officer1", "officer1"],
    ["liaison1", "liaison1"],
    ["pdChief", "pd-chief"],
    ["pdLiaison", "pd-liaison"],
  ] as const)
    users[key] = await sessionUserOf(username);
  laixiId = users.chief.bureauId;
  pingduId = users.pdChief.bureauId;
});

afterAll(() => restoreClock());

const allTickets = (user: SessionUser) => listTicketsForUser(user, { page: 1, overdue: false, attention: false });

describe("the demo city", () => {
  it("holds two counties under one city bureau, with the city account in the city's bureau", async () => {
    const db = getDb();
    const city = await db.bureau.findUniqueOrThrow({ where: { code: "qingdao" }, include: { counties: true } });
    expect(city.parentId).toBeNull();
    expect(city.counties.map((c) => c.code).sort()).toEqual(["laixi", "pingdu"]);
    expect(users.city.role).toBe("CITY");
    expect(users.city.bureauId).toBe(city.id);
  });

  it("numbers each county's tickets from 1 in the same year without collision", async () => {
    const db = getDb();
    const year = clock.now().getUTCFullYear();
    const first = `LX-${year}-000001`;
    const both = await db.ticket.findMany({ where: { number: first }, select: { bureauId: true } });
    expect(both.map((t) => t.bureauId).sort()).toEqual([laixiId, pingduId].sort());
  });
});

describe("the city leader", () => {
  it("lists the tickets of every county of the city", async () => {
    const db = getDb();
    const { total } = await allTickets(users.city);
    expect(total).toBe(await db.ticket.count({ where: { bureauId: { in: [laixiId, pingduId] } } }));
    const pingdu = await db.ticket.findFirstOrThrow({ where: { bureauId: pingduId } });
    expect(await findTicketForUser(users.city, pingdu.id)).not.toBeNull();
  });

  it("opens an enterprise of either county", async () => {
    const pingduEnterprise = await getDb().enterprise.findFirstOrThrow({ where: { bureauId: pingduId } });
    expect(await findEnterpriseForUser(users.city, pingduEnterprise.id)).not.toBeNull();
  });

  it("works no ticket: every ticket action is refused and changes nothing", async () => {
    const ticket = await getDb().ticket.findFirstOrThrow({ where: { bureauId: pingduId, status: "SUBMITTED" } });
    const inputs: Record<string, unknown> = {
      accept: { ticketId: ticket.id, version: ticket.version },
      comment: { ticketId: ticket.id, body: "请尽快处理。" },
      note: { ticketId: ticket.id, body: "市局关注。" },
      withdraw: { ticketId: ticket.id, version: ticket.version },
    };
    for (const [name, input] of Object.entries(inputs)) {
      const def = ticketActions[name as keyof typeof ticketActions] as Parameters<typeof runAs>[1];
      const result = await runAs(users.city, def, input);
      expect(result, name).toEqual({ ok: false, code: "forbidden", message: "errors.forbidden" });
    }
    expect(await getDb().ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toEqual(ticket);
  });

  it("compares the counties side by side with the figures each county's own queries give", async () => {
    const now = clock.now();
    for (const kind of ["month", "year"] as const) {
      const scope = { period: currentPeriod(kind, now) };
      const rows = await cityCountyRows(users.city, scope, now);
      expect(rows.map((r) => r.id).sort()).toEqual([laixiId, pingduId].sort());
      for (const row of rows) {
        // The city reads every county in one statement per figure; a chief's own view, by place.
        const [tickets, ratings, hazards] = await Promise.all([
          ticketCounts(row.id, scope, now),
          ratingCounts(row.id, scope),
          hazardCounts(row.id, scope, now),
        ]);
        const own = breakdownRow(
          { id: row.id, name: row.name, nameEn: row.nameEn },
          tickets.get("") ?? NO_TICKETS,
          ratings.get("") ?? NO_RATINGS,
          hazards.get("") ?? NO_HAZARDS,
        );
        expect(row, `${kind} ${row.name}`).toEqual(own);
      }
      const pingdu = rows.find((r) => r.id === pingduId)!;
      expect(pingdu.tickets.received + pingdu.tickets.open).toBeGreaterThan(0);
    }
  });

  it("exports the counties as the page shows them, titled with the city, and to the city leader only", async () => {
    const now = clock.now();
    const scope = { period: currentPeriod("year", now) };
    const labels: ExportLabels = {
      title: (x) => x,
      column: (k) => k,
      category: (c) => c,
      ticketStatus: (x) => x,
      light: (l) => l,
      name: (zh) => zh,
    };
    const table = await cityExportTable(users.city, scope, labels, now);
    expect(table.columns.slice(0, 3)).toEqual(["county", "light", "received"]);
    const rows = await cityCountyRows(users.city, scope, now);
    expect(table.rows.map((r) => [r[0], r[2]])).toEqual(rows.map((r) => [r.name, r.tickets.received]));
    expect((await cityName(users.city)).name).toBe("青岛市公安局");
    await expect(cityExportTable(users.chief, scope, labels, now)).rejects.toThrow("errors.forbidden");
    await expect(cityName(users.chief)).rejects.toThrow("errors.forbidden");
  });

  it("is the only one the city comparison answers", async () => {
    const scope = { period: currentPeriod("month", clock.now()) };
    for (const user of [users.chief, users.admin, users.officer1, users.liaison1, users.pdChief]) {
      await expect(cityCountyRows(user, scope), user.username).rejects.toThrow("errors.forbidden");
    }
  });
});

describe("a county's people", () => {
  it("never see the other county's tickets, in lists or by id", async () => {
    const db = getDb();
    const pingduTicket = await db.ticket.findFirstOrThrow({ where: { bureauId: pingduId } });
    const laixiTicket = await db.ticket.findFirstOrThrow({ where: { bureauId: laixiId } });
    for (const user of [users.chief, users.admin, users.officer1, users.liaison1]) {
      expect(await findTicketForUser(user, pingduTicket.id), user.username).toBeNull();
      const { rows } = await allTickets(user);
      expect(rows.some((r) => r.id === pingduTicket.id)).toBe(false);
    }
    for (const user of [users.pdChief, users.pdLiaison]) {
      expect(await findTicketForUser(user, laixiTicket.id), user.username).toBeNull();
    }
    expect((await allTickets(users.pdChief)).total).toBe(await db.ticket.count({ where: { bureauId: pingduId } }));
  });

  it("cannot act on the other county's tickets: refused as missing, nothing changed", async () => {
    const ticket = await getDb().ticket.findFirstOrThrow({ where: { bureauId: pingduId, status: "SUBMITTED" } });
    const result = await runAs(users.chief, ticketActions.accept, { ticketId: ticket.id, version: ticket.version });
    expect(result).toEqual({ ok: false, code: "notFound", message: "errors.notFound" });
    expect(await getDb().ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toEqual(ticket);
  });
});
