// A request for every endpoint of /api/v1 (lib/api/registry.ts), keyed by operation id. `request`
// names the demo county's records (liaison1's enterprise, officer1's station): the API's
// authorization matrix tries it as every outsider. The contract test makes it, or `success` where the
// record must first reach a state, as `as` and checks the answer against the OpenAPI document.
import { acceptTicket, createTicket, resolveTicket, startTicket } from "@/lib/tickets/commands";
import { listHazard, startRectifying } from "@/lib/hazards/commands";
import { listHazardSchema } from "@/lib/hazards/schemas";
import { addDays, chinaDate } from "@/lib/time/china";
import { clock } from "@/lib/time/clock";
import type { Targets } from "./action-inputs";
import { sessionUserOf } from "./demo";

export type ApiRequestSpec = { path: string; json?: unknown; form?: () => FormData };

export type ApiRequestRow = {
  /** The demo account the request succeeds for. */
  as: "liaison1" | "officer1" | "chief" | "admin";
  request: (t: Targets) => ApiRequestSpec;
  /** The request as `as` must make it to succeed, when the record must first reach a state. */
  success?: (t: Targets) => Promise<ApiRequestSpec>;
  /** Why anyone the policy admits may make it in their own scope (a list, a new ticket of their own). */
  ownScope?: string;
  /** Why another user's ids are passed over rather than refused: then only the unchanged rows count. */
  ignoresForeignIds?: string;
};

const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);
export const photo = (name = "photo.png") => new File([PNG as Uint8Array<ArrayBuffer>], name, { type: "image/png" });

/** A new ticket of liaison1's enterprise, walked by officer1 as far as `until`. */
export async function ticketOfLiaison1(until: "SUBMITTED" | "IN_PROGRESS" | "RESOLVED") {
  const [liaison, officer] = [await sessionUserOf("liaison1"), await sessionUserOf("officer1")];
  const { id } = await createTicket(liaison, {
    category: "OTHER",
    priority: "NORMAL",
    title: "接口测试工单",
    description: "用于接口约定测试的工单。",
    location: "",
  });
  if (until === "SUBMITTED") return { id, version: 0 };
  await acceptTicket(officer, { ticketId: id, version: 0 });
  await startTicket(officer, { ticketId: id, version: 1 });
  if (until === "IN_PROGRESS") return { id, version: 2 };
  await resolveTicket(officer, { ticketId: id, version: 2, summary: "已派员处理。" });
  return { id, version: 3 };
}

/** A new hazard officer1 lists at liaison1's enterprise, started by liaison1 when `started`. */
export async function hazardOfLiaison1(started: boolean) {
  const [liaison, officer] = [await sessionUserOf("liaison1"), await sessionUserOf("officer1")];
  const { id } = await listHazard(
    officer,
    listHazardSchema.parse({
      enterpriseId: liaison.enterpriseId!,
      description: "消防通道堆放杂物，影响疏散。",
      location: `二号车间 ${Math.random().toString(36).slice(2, 8)}`,
      severity: "HIGH",
      deadline: chinaDate(addDays(clock.now(), 7)),
    }),
  );
  if (!started) return { id, version: 0 };
  await startRectifying(liaison, { hazardId: id, version: 0 });
  return { id, version: 1 };
}

const ticketForm = () => {
  const form = new FormData();
  form.set("category", "SECURITY_HAZARD");
  form.set("priority", "NORMAL");
  form.set("title", "仓库后门门禁失灵");
  form.set("description", "夜间后门门禁无法锁闭，请派员查看。");
  form.append("attachments", photo("door.png"));
  return form;
};

export const API_REQUESTS: Record<string, ApiRequestRow> = {
  getMe: { as: "liaison1", request: () => ({ path: "/me" }), ownScope: "answers about the caller alone" },
  signOut: { as: "officer1", request: () => ({ path: "/auth/revoke" }), ownScope: "ends the caller's own session" },
  listTickets: {
    as: "officer1",
    request: () => ({ path: "/tickets?status=open" }),
    ownScope: "lists the caller's scope",
  },
  fileTicket: {
    as: "liaison1",
    request: () => ({ path: "/tickets", form: ticketForm }),
    ownScope: "files for the caller's own enterprise",
  },
  getTicket: { as: "liaison1", request: (t) => ({ path: `/tickets/${t.ticket.id}` }) },
  acceptTicket: {
    as: "officer1",
    request: (t) => ({ path: `/tickets/${t.ticket.id}/accept`, json: { version: t.ticket.version } }),
    success: async () => {
      const ticket = await ticketOfLiaison1("SUBMITTED");
      return { path: `/tickets/${ticket.id}/accept`, json: { version: ticket.version } };
    },
  },
  startTicket: {
    as: "officer1",
    request: (t) => ({ path: `/tickets/${t.ticket.id}/start`, json: { version: t.ticket.version } }),
    success: async () => {
      const ticket = await ticketOfLiaison1("SUBMITTED");
      await acceptTicket(await sessionUserOf("officer1"), { ticketId: ticket.id, version: 0 });
      return { path: `/tickets/${ticket.id}/start`, json: { version: 1 } };
    },
  },
  resolveTicket: {
    as: "officer1",
    request: (t) => ({
      path: `/tickets/${t.ticket.id}/resolve`,
      json: { version: t.ticket.version, summary: "已处理完毕" },
    }),
    success: async () => {
      const ticket = await ticketOfLiaison1("IN_PROGRESS");
      return { path: `/tickets/${ticket.id}/resolve`, json: { version: ticket.version, summary: "已更换门禁锁。" } };
    },
  },
  confirmTicket: {
    as: "liaison1",
    request: (t) => ({ path: `/tickets/${t.ticket.id}/confirm`, json: { version: t.ticket.version, rating: 5 } }),
    success: async () => {
      const ticket = await ticketOfLiaison1("RESOLVED");
      return {
        path: `/tickets/${ticket.id}/confirm`,
        json: { version: ticket.version, rating: 5, comment: "处理及时。" },
      };
    },
  },
  commentOnTicket: {
    as: "liaison1",
    request: (t) => ({ path: `/tickets/${t.ticket.id}/comments`, json: { body: "补充说明" } }),
  },
  listHazards: { as: "liaison1", request: () => ({ path: "/hazards" }), ownScope: "lists the caller's scope" },
  getHazard: { as: "officer1", request: (t) => ({ path: `/hazards/${t.hazard.id}` }) },
  startRectifyingHazard: {
    as: "liaison1",
    request: (t) => ({ path: `/hazards/${t.hazard.id}/start`, json: { version: t.hazard.version } }),
    success: async () => {
      const hazard = await hazardOfLiaison1(false);
      return { path: `/hazards/${hazard.id}/start`, json: { version: hazard.version } };
    },
  },
  reportHazardRectified: {
    as: "liaison1",
    request: (t) => ({
      path: `/hazards/${t.hazard.id}/rectification`,
      json: { version: t.hazard.version, note: "已清理通道" },
    }),
    success: async () => {
      const hazard = await hazardOfLiaison1(true);
      return {
        path: `/hazards/${hazard.id}/rectification`,
        form: () => {
          const form = new FormData();
          form.set("version", String(hazard.version));
          form.set("note", "杂物已清走，通道畅通。");
          form.append("attachments", photo("cleared.png"));
          return form;
        },
      };
    },
  },
  listResidencyRequests: {
    as: "liaison1",
    request: () => ({ path: "/residency" }),
    ownScope: "lists the caller's scope",
  },
  getResidencyRequest: { as: "liaison1", request: (t) => ({ path: `/residency/${t.request.id}` }) },
  listReceivedAdvisories: {
    as: "liaison1",
    request: () => ({ path: "/advisories" }),
    ownScope: "lists the caller's own",
  },
  getReceivedAdvisory: { as: "liaison1", request: (t) => ({ path: `/advisories/${t.advisoryId}` }) },
  acknowledgeAdvisory: { as: "liaison1", request: (t) => ({ path: `/advisories/${t.advisoryId}/acknowledge` }) },
  listNotifications: {
    as: "liaison1",
    request: () => ({ path: "/notifications" }),
    ownScope: "lists the caller's own",
  },
  markNotificationsRead: {
    as: "liaison1",
    request: (t) => ({ path: "/notifications/read", json: { ids: t.notificationIds } }),
    ignoresForeignIds: "marks only the caller's own notifications; another's ids match nothing",
  },
  markAllNotificationsRead: {
    as: "liaison1",
    request: () => ({ path: "/notifications/read-all", json: {} }),
    ownScope: "marks the caller's own notifications",
  },
};
