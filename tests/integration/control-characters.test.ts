// PostgreSQL refuses NUL in text (error 22021): one that reached a query used to end as "unexpected
// error". The shared form fields refuse control characters at the field, and URL filters drop them.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { ticketActions } from "@/lib/tickets/actions-def";
import { listTicketsForUser } from "@/lib/tickets/list";
import { parseTicketFilters } from "@/lib/tickets/filters";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";

let liaison1: SessionUser, officer1: SessionUser;

beforeAll(async () => {
  await loadDemo();
  liaison1 = await sessionUserOf("liaison1");
  officer1 = await sessionUserOf("officer1");
});

const ticket = (fields: Record<string, string>) => ({
  category: "OTHER",
  priority: "NORMAL",
  title: "门禁系统故障",
  description: "东门门禁无法刷卡。",
  location: "东门",
  ...fields,
});

describe("control characters in a form", () => {
  it("are answered at the field and nothing is written", async () => {
    const db = getDb();
    const tickets = await db.ticket.count();
    const audits = await db.auditEvent.count();
    const titled = await runAs(liaison1, ticketActions.create, ticket({ title: "门禁\u0000故障" }));
    expect(titled).toEqual({
      ok: false,
      code: "invalidInput",
      message: "errors.invalidInput",
      fieldErrors: { title: ["errors.controlCharacter"] },
    });
    const located = await runAs(
      liaison1,
      ticketActions.create,
      ticket({ location: "东门\u001B", description: "a\u007F" }),
    );
    expect(located).toMatchObject({
      ok: false,
      fieldErrors: { location: ["errors.controlCharacter"], description: ["errors.controlCharacter"] },
    });
    expect(await db.ticket.count()).toBe(tickets);
    expect(await db.auditEvent.count()).toBe(audits);
  });

  it("leave tabs and line breaks in multi-line text alone", async () => {
    const result = await runAs(liaison1, ticketActions.create, ticket({ description: "第一行\r\n\t第二行" }));
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    const { id } = (result as { data: { id: string } }).data;
    expect((await getDb().ticket.findUniqueOrThrow({ where: { id } })).description).toBe("第一行\r\n\t第二行");
  });
});

describe("control characters in a list's URL", () => {
  it("are dropped with the filter that holds them, so the list still shows", async () => {
    const all = await listTicketsForUser(officer1, parseTicketFilters({ status: "all" }));
    const nul = await listTicketsForUser(
      officer1,
      parseTicketFilters({ status: "all", q: "门禁\u0000", enterprise: "\u0000" }),
    );
    expect(nul.rows.map((r) => r.id)).toEqual(all.rows.map((r) => r.id));
  });
});
