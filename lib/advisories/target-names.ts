import "server-only";
import { getDb } from "../db/index.ts";
import type { AdvisoryTarget } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { BilingualName } from "../i18n/list-style.ts";

/** How many of the chosen places or enterprises the advisory's page names; the rest are counted. */
export const TARGET_NAMES_SHOWN = 10;

export type TargetNames = { names: BilingualName[]; total: number };

/**
 * What an advisory was sent to, named for its sender's page: the stations, workstations, industries
 * or enterprises chosen (the first TARGET_NAMES_SHOWN, by name) and how many there were. Ids are read
 * within the user's bureau, so a list can never name another county's records.
 */
export async function targetNamesOf(
  user: SessionUser,
  advisory: { targetKind: AdvisoryTarget; targetValues: string[] },
): Promise<TargetNames> {
  const { targetKind: kind, targetValues: values } = advisory;
  const total = values.length;
  if (total === 0) return { names: [], total };
  if (kind === "INDUSTRIES") {
    const names = [...values].sort().slice(0, TARGET_NAMES_SHOWN);
    return { names: names.map((name) => ({ zh: name, en: name })), total };
  }
  const db = getDb();
  const where = { id: { in: values }, bureauId: user.bureauId };
  const select = { name: true, nameEn: true } as const;
  const query = { where, select, orderBy: { name: "asc" as const }, take: TARGET_NAMES_SHOWN };
  const rows =
    kind === "STATIONS"
      ? await db.station.findMany(query)
      : kind === "WORKSTATIONS"
        ? await db.workstation.findMany(query)
        : kind === "ENTERPRISES"
          ? await db.enterprise.findMany(query)
          : [];
  return { names: rows.map((r) => ({ zh: r.name, en: r.nameEn })), total };
}
