import type { Role } from "../db/generated/enums.ts";

/** What the session carries about the signed-in user: identity, role and the ids that scope every query. */
export type SessionUser = {
  id: string;
  username: string;
  name: string;
  role: Role;
  bureauId: string;
  stationId: string | null;
  departmentId: string | null;
  enterpriseId: string | null;
};

/** A signed-in user's scope must be complete for their role; a half-filled scope is refused, not widened. */
export function hasCompleteScope(user: SessionUser): boolean {
  switch (user.role) {
    case "LIAISON":
      return Boolean(user.enterpriseId);
    case "OFFICER":
      return Boolean(user.stationId || user.departmentId);
    case "CHIEF":
    case "ADMIN":
    case "CITY":
      return Boolean(user.bureauId);
  }
}
