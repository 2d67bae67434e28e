import "server-only";
import { cache } from "react";
import { getDb } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { canWorkTickets, ticketScope, visibleEventKinds } from "./policy.ts";

const person = { select: { id: true, name: true, nameEn: true, role: true } } as const;

/** One ticket with its timeline as the user may see it, or null when missing or out of scope. */
export async function findTicketForUser(user: SessionUser, id: string) {
  return getDb().ticket.findFirst({
    where: { AND: [{ id }, ticketScope(user)] },
    include: {
      enterprise: { select: { id: true, name: true, nameEn: true, responsibleOfficerId: true } },
      assignee: { select: { id: true, name: true, nameEn: true, phone: true } },
      department: { select: { id: true, name: true, nameEn: true } },
      createdBy: person,
      events: { where: visibleEventKinds(user), orderBy: { createdAt: "asc" }, include: { actor: person } },
      helpRequests: { include: { department: { select: { id: true, name: true, nameEn: true } } } },
      attachments: {
        select: { id: true, fileName: true, mimeType: true, size: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
}

/** The same lookup once per request, for a page and its metadata. */
export const getTicketForUser = cache(findTicketForUser);

/** Departments and officers a ticket can be sent to, for the help and transfer forms (police only). */
export async function routingOptions(user: SessionUser) {
  if (!canWorkTickets(user)) return { departments: [], officers: [] };
  const db = getDb();
  const [departments, officers] = await Promise.all([
    db.department.findMany({
      // A deactivated department takes no new work; requests made before stay on their tickets.
      where: { bureauId: user.bureauId, active: true },
      select: { id: true, name: true, nameEn: true },
      orderBy: { code: "asc" },
    }),
    db.user.findMany({
      where: { bureauId: user.bureauId, role: "OFFICER", active: true },
      select: {
        id: true,
        name: true,
        nameEn: true,
        station: { select: { name: true, nameEn: true } },
        department: { select: { name: true, nameEn: true } },
      },
      orderBy: { username: "asc" },
    }),
  ]);
  return { departments, officers };
}
