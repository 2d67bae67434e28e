import { Role } from "../db/generated/enums.ts";

/** The roles in the order forms and filters offer them. */
export const ROLE_ORDER: readonly Role[] = [Role.OFFICER, Role.LIAISON, Role.CHIEF, Role.ADMIN];

/**
 * Where an account of a role belongs, which decides the units its form asks for: an officer to a
 * station (and optionally a workstation and a department), a liaison to an enterprise, the others to
 * the bureau alone. The schema (schemas.ts) enforces the same.
 */
export type Placement = "station" | "enterprise" | "bureau";

export function placementOf(role: string): Placement {
  if (role === Role.OFFICER) return "station";
  if (role === Role.LIAISON) return "enterprise";
  return "bureau";
}
