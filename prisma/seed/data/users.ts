import { liaisonUsers } from "./liaisons";
import { adminUsers, chiefUsers, officerUsers } from "./police";
import type { SeedUser } from "./types";

/** Every demo account. Fixed logins: admin, chief, officer1, officer2, liaison1, liaison2. */
export const users: SeedUser[] = [...adminUsers, ...chiefUsers, ...officerUsers, ...liaisonUsers];
