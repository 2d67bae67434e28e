import "server-only";
import { cache } from "react";
import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { ResidencyKind, ResidencyStatus } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { recordAudit } from "../audit/record.ts";
import { maskApplicant } from "./mask.ts";
import {
  canFileResidency,
  canReviewResidency,
  canSeeFullApplicant,
  residencyScope,
  serviceOfficerWhere,
} from "./policy.ts";
import { WINDOW_MODES } from "./appointments.ts";
import { FINAL_STATUSES, WAITING_STATUSES } from "./machine.ts";
import { clock } from "../time/clock.ts";
import { dayRange } from "../dashboard/drill-down.ts";

export const RESIDENCY_PAGE_SIZE = 20;

const listSelect = {
  id: true,
  number: true,
  kind: true,
  status: true,
  applicantName: true,
  applicantIdNumber: true,
  applicantPhone: true,
  serviceMode: true,
  greenChannel: true,
  submittedAt: true,
  createdAt: true,
  enterprise: { select: { id: true, name: true, nameEn: true } },
} satisfies Prisma.ResidencyRequestSelect;

export type ResidencyListRow = Prisma.ResidencyRequestGetPayload<{ select: typeof listSelect }>;

export type ResidencyFilter = {
  status?: ResidencyStatus | "waiting";
  kind?: ResidencyKind;
  green?: boolean;
  /** The enterprise's station, as the dashboard counts residency. */
  station?: string;
  /** Completed in these China days, both included (the [bureauId, completedAt] index). */
  completedFrom?: string;
  completedTo?: string;
  page?: number;
  pageSize?: number;
};

/**
 * Requests in the user's scope, always masked: a list is seen by anyone looking over a shoulder.
 * The police read a queue (green channel first, then the longest waiting); the enterprise reads its
 * filings newest first.
 */
export async function listRequests(
  user: SessionUser,
  {
    status,
    kind,
    green,
    station,
    completedFrom,
    completedTo,
    page = 1,
    pageSize = RESIDENCY_PAGE_SIZE,
  }: ResidencyFilter = {},
) {
  const completed = dayRange(completedFrom, completedTo);
  const where: Prisma.ResidencyRequestWhereInput = {
    AND: [
      residencyScope(user),
      status === "waiting" ? { status: { in: [...WAITING_STATUSES] } } : status ? { status } : {},
      kind ? { kind } : {},
      green ? { greenChannel: true } : {},
      station ? { enterprise: { workstation: { stationId: station } } } : {},
      completed ? { completedAt: completed } : {},
    ],
  };
  const orderBy: Prisma.ResidencyRequestOrderByWithRelationInput[] = canFileResidency(user)
    ? [{ createdAt: "desc" }, { id: "desc" }]
    : [{ greenChannel: "desc" }, { submittedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }];
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.residencyRequest.findMany({ where, orderBy, skip: (page - 1) * pageSize, take: pageSize, select: listSelect }),
    db.residencyRequest.count({ where }),
  ]);
  return { rows: rows.map(maskApplicant), total };
}

const detailInclude = {
  enterprise: {
    select: {
      id: true,
      name: true,
      nameEn: true,
      workstation: { select: { station: { select: { id: true, name: true, nameEn: true } } } },
    },
  },
  createdBy: { select: { name: true, nameEn: true } },
  reviewer: { select: { name: true, nameEn: true } },
  serviceOfficer: { select: { name: true, nameEn: true } },
  documents: {
    select: {
      id: true,
      status: true,
      rejectReason: true,
      requirement: { select: { code: true, label: true, labelEn: true, required: true, sortOrder: true } },
      attachment: { select: { id: true, fileName: true, mimeType: true, size: true, createdAt: true } },
    },
    orderBy: [{ requirement: { sortOrder: "asc" } }, { requirement: { code: "asc" } }],
  },
  appointment: {
    select: {
      id: true,
      cancelledAt: true,
      slot: { select: { id: true, startsAt: true, endsAt: true, station: { select: { name: true, nameEn: true } } } },
    },
  },
} satisfies Prisma.ResidencyRequestInclude;

export type ResidencyDetail = Prisma.ResidencyRequestGetPayload<{ include: typeof detailInclude }> & {
  fullApplicant: boolean;
};

/**
 * A request for its page, or null when it does not exist or is outside the user's scope. Only the
 * reviewing police get the full identity and phone numbers, and each such view is audited. Cached per
 * render so that the page and its metadata make one view, not two.
 */
export const getRequestForUser = cache(async (user: SessionUser, id: string): Promise<ResidencyDetail | null> => {
  const request = await getDb().residencyRequest.findFirst({
    where: { AND: [{ id }, residencyScope(user)] },
    include: detailInclude,
  });
  if (!request) return null;
  if (!canSeeFullApplicant(user)) return { ...maskApplicant(request), fullApplicant: false };
  await getDb().$transaction((tx) =>
    recordAudit(tx, user, {
      action: "residency.viewPii",
      entity: "ResidencyRequest",
      entityId: request.id,
      after: { fields: ["applicantIdNumber", "applicantPhone"] },
    }),
  );
  return { ...request, fullApplicant: true };
});

/** Open places at the enterprise's station from now on, for booking or moving a request's appointment. */
export async function openSlotsFor(
  user: SessionUser,
  request: Pick<ResidencyDetail, "serviceMode" | "status" | "enterprise">,
  now = clock.now(),
) {
  if (
    !canFileResidency(user) ||
    !(WINDOW_MODES as readonly string[]).includes(request.serviceMode) ||
    (FINAL_STATUSES as readonly string[]).includes(request.status)
  )
    return [];
  const stationId = request.enterprise.workstation.station.id;
  const slots = await getDb().appointmentSlot.findMany({
    where: { bureauId: user.bureauId, stationId, startsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    take: 40,
    select: { id: true, startsAt: true, endsAt: true, capacity: true, booked: true },
  });
  return slots.filter((s) => s.booked < s.capacity);
}

/** Active officers of the bureau, for scheduling door-to-door or proxy service. */
export async function serviceOfficers(user: SessionUser) {
  if (!canReviewResidency(user)) return [];
  return getDb().user.findMany({
    where: { ...serviceOfficerWhere, bureauId: user.bureauId, active: true },
    select: { id: true, name: true, nameEn: true },
    orderBy: { username: "asc" },
  });
}

/** For the officer's home page: requests waiting for the police in the user's scope. */
export async function reviewsWaiting(user: SessionUser): Promise<number> {
  return getDb().residencyRequest.count({
    where: { AND: [residencyScope(user), { status: { in: [...WAITING_STATUSES] } }] },
  });
}

/** For the liaison's home page: the enterprise's next window appointment, or null. */
export async function nextAppointment(user: SessionUser, now = clock.now()) {
  const appointment = await getDb().appointment.findFirst({
    where: {
      cancelledAt: null,
      slot: { startsAt: { gt: now } },
      request: { AND: [residencyScope(user), { status: { notIn: [...FINAL_STATUSES] } }] },
    },
    orderBy: { slot: { startsAt: "asc" } },
    select: {
      request: { select: { id: true, number: true, applicantName: true, kind: true } },
      slot: {
        select: { startsAt: true, endsAt: true, station: { select: { name: true, nameEn: true, address: true } } },
      },
    },
  });
  return appointment ? { ...appointment.request, requestId: appointment.request.id, ...appointment.slot } : null;
}
