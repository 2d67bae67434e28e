// Two counties of one city in one deployment: each bureau keeps its own yearly series, so both start
// at 000001 in the same year, and a number names a ticket or request only within its county.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { createTicket } from "@/lib/tickets/commands";
import { listTicketsForUser } from "@/lib/tickets/list";
import { findTicketForUser } from "@/lib/tickets/queries";
import { fileRequest } from "@/lib/residency/commands";
import { applicantSchema } from "@/lib/residency/schemas";
import { residentIdCheckChar } from "@/lib/validation/resident-id";
import { setClock } from "@/lib/time/clock";
import { sessionUserOf } from "../support/demo";

type County = { bureauId: string; liaison: SessionUser; chief: SessionUser };

/** The fewest rows a county needs before a liaison can file: bureau, station, workstation, enterprise, liaison (and a chief to read). */
async function county(cityId: string, code: string, name: string, creditCode: string): Promise<County> {
  const db = getDb();
  const bureau = await db.bureau.create({
    data: { code, name: `${name}公安局`, nameEn: `${code} County PSB`, parentId: cityId },
  });
  const station = await db.station.create({
    data: { bureauId: bureau.id, code: `${code}-s`, name: `${name}派出所`, nameEn: `${code} station` },
  });
  const workstation = await db.workstation.create({
    data: {
      bureauId: bureau.id,
      stationId: station.id,
      code: `${code}-w`,
      name: `${name}工作站`,
      nameEn: `${code} WS`,
      park: `${name}园区`,
      parkEn: `${code} park`,
      cluster: "OTHER",
    },
  });
  const enterprise = await db.enterprise.create({
    data: { bureauId: bureau.id, workstationId: workstation.id, name: `${name}企业`, creditCode, industry: "制造" },
  });
  const user = (role: "LIAISON" | "CHIEF") =>
    db.user.create({
      data: {
        bureauId: bureau.id,
        username: `${code}-${role.toLowerCase()}`,
        name: `${name}${role}`,
        passwordHash: "-",
        role,
        enterpriseId: role === "LIAISON" ? enterprise.id : null,
      },
    });
  return {
    bureauId: bureau.id,
    liaison: await sessionUserOf((await user("LIAISON")).username),
    chief: await sessionUserOf((await user("CHIEF")).username),
  };
}

const ticketOf = (c: County, title: string) =>
  createTicket(c.liaison, {
    category: "SECURITY_HAZARD",
    priority: "NORMAL",
    title,
    description: "北侧围墙外连续三晚有人逗留。",
    location: "北侧围墙",
  });

function idNumber(serial: number): string {
  const first17 = `37028519900203${String(serial).padStart(3, "0")}`;
  return first17 + residentIdCheckChar(first17);
}

const requestOf = (c: County, serial: number) =>
  fileRequest(
    c.liaison,
    applicantSchema.parse({
      kind: "TALENT_SETTLEMENT",
      applicantName: "林晓",
      applicantIdNumber: idNumber(serial),
      applicantPhone: "13812345678",
      education: "MASTER",
      serviceMode: "WINDOW",
    }),
  );

let cityId: string;
let east: County;
let west: County;
let restoreClock: () => void;

beforeAll(async () => {
  restoreClock = setClock("2026-03-10T10:00:00+08:00");
  cityId = (await getDb().bureau.create({ data: { code: "city", name: "市公安局", nameEn: "City PSB" } })).id;
  east = await county(cityId, "east", "东县", "91370285MA0000EAST");
  west = await county(cityId, "west", "西县", "91370285MA0000WEST");
});
afterAll(() => restoreClock());

describe("two counties in one deployment", () => {
  it("number tickets and residency requests from 000001 each, in the same year", async () => {
    const eastTicket = await ticketOf(east, "东县门岗");
    const westTicket = await ticketOf(west, "西县门岗");
    expect(eastTicket.number).toBe("LX-2026-000001");
    expect(westTicket.number).toBe("LX-2026-000001");
    expect((await ticketOf(east, "东县仓库")).number).toBe("LX-2026-000002");

    const eastRequest = await requestOf(east, 1);
    const westRequest = await requestOf(west, 2);
    expect(eastRequest.number).toBe("HJ-2026-000001");
    expect(westRequest.number).toBe("HJ-2026-000001");

    const db = getDb();
    const tickets = await db.ticket.findMany({
      where: { number: "LX-2026-000001" },
      select: { id: true, bureauId: true },
    });
    expect(tickets.map((t) => t.bureauId).sort()).toEqual([east.bureauId, west.bureauId].sort());
    const requests = await db.residencyRequest.findMany({
      where: { number: "HJ-2026-000001" },
      select: { bureauId: true },
    });
    expect(requests.map((r) => r.bureauId).sort()).toEqual([east.bureauId, west.bureauId].sort());
  });

  it("a number searched by a chief finds the county's own ticket only", async () => {
    for (const [own, other] of [
      [east, west],
      [west, east],
    ] as const) {
      const { rows } = await listTicketsForUser(own.chief, {
        q: "lx-2026-000001",
        overdue: false,
        attention: false,
        page: 1,
      });
      const ownTicket = await getDb().ticket.findFirstOrThrow({
        where: { bureauId: own.bureauId, number: "LX-2026-000001" },
      });
      expect(rows.map((r) => r.id)).toEqual([ownTicket.id]);
      const otherTicket = await getDb().ticket.findFirstOrThrow({
        where: { bureauId: other.bureauId, number: "LX-2026-000001" },
      });
      expect(await findTicketForUser(own.chief, otherTicket.id)).toBeNull();
    }
  });

  it("a number stays unique within its county", async () => {
    const db = getDb();
    const taken = await db.ticket.findFirstOrThrow({ where: { bureauId: east.bureauId, number: "LX-2026-000002" } });
    const again = db.ticket.create({
      data: {
        bureauId: taken.bureauId,
        number: taken.number,
        enterpriseId: taken.enterpriseId,
        category: taken.category,
        title: "重号",
        description: "同一县的第二个 LX-2026-000002",
        createdById: taken.createdById,
        acceptDueAt: taken.acceptDueAt,
        resolveDueAt: taken.resolveDueAt,
      },
    });
    await expect(again).rejects.toMatchObject({ code: "P2002" });
  });

  it("both counties sit under the one city bureau, which cannot be removed from under them", async () => {
    const db = getDb();
    const counties = await db.bureau.findMany({ where: { parentId: cityId }, select: { id: true } });
    expect(counties.map((c) => c.id).sort()).toEqual([east.bureauId, west.bureauId].sort());
    await expect(db.bureau.delete({ where: { id: cityId } })).rejects.toThrow("Bureau_parentId_fkey");
    expect(await db.bureau.count({ where: { id: cityId } })).toBe(1);
  });
});
