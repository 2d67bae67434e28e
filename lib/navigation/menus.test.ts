import { describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/session-user";
import type { Role } from "../db/generated/enums";
import { homeOf, MAX_PRIMARY_ENTRIES, menuOf } from "./menus";

function userOf(role: Role): SessionUser {
  return {
    id: `u-${role}`,
    username: role.toLowerCase(),
    name: role,
    role,
    bureauId: "bureau",
    stationId: role === "OFFICER" || role === "CHIEF" ? "station" : null,
    departmentId: null,
    enterpriseId: role === "LIAISON" ? "enterprise" : null,
  };
}

// The menus as each role has always seen them: a policy change that adds or drops an entry shows up here.
const MENUS: Record<Role, [string, string][]> = {
  LIAISON: [
    ["/liaison", "home"],
    ["/tickets", "tickets"],
    ["/hazards", "hazards"],
    ["/residency", "residency"],
    ["/advisories", "advisories"],
    ["/patrols", "patrols"],
  ],
  OFFICER: [
    ["/officer", "home"],
    ["/tickets", "queue"],
    ["/visits", "visits"],
    ["/hazards", "hazards"],
    ["/advisories", "advisories"],
    ["/disputes", "disputes"],
    ["/patrols", "patrols"],
    ["/residency", "residency"],
    ["/enterprises", "enterprises"],
  ],
  CHIEF: [
    ["/chief", "home"],
    ["/tickets", "tickets"],
    ["/visits", "visits"],
    ["/hazards", "hazards"],
    ["/advisories", "advisories"],
    ["/disputes", "disputes"],
    ["/patrols", "patrols"],
    ["/residency", "residency"],
    ["/enterprises", "enterprises"],
    ["/assignments", "assignments"],
    ["/settings/sla", "sla"],
    ["/admin/accounts", "accounts"],
    ["/admin/organisation", "organisation"],
    ["/audit", "audit"],
  ],
  CITY: [
    ["/city", "home"],
    ["/tickets", "tickets"],
  ],
  ADMIN: [
    ["/admin", "home"],
    ["/admin/accounts", "accounts"],
    ["/admin/organisation", "organisation"],
    ["/settings/residency", "residencyChecklists"],
    ["/enterprises", "enterprises"],
    ["/assignments", "assignments"],
    ["/settings/sla", "sla"],
    ["/audit", "audit"],
  ],
};

// What a phone keeps in its tab bar, in menu order; everything else is behind "more".
const PRIMARY: Record<Role, string[]> = {
  LIAISON: ["/liaison", "/tickets", "/hazards", "/residency"],
  OFFICER: ["/officer", "/tickets", "/visits", "/hazards"],
  CHIEF: ["/chief", "/tickets", "/enterprises", "/assignments"],
  CITY: ["/city", "/tickets"],
  ADMIN: ["/admin", "/admin/accounts", "/admin/organisation", "/enterprises"],
};

describe("the main menu", () => {
  it.each(Object.keys(MENUS) as Role[])("of a %s lists the same entries in the same order", (role) => {
    expect(menuOf(userOf(role)).map((item) => [item.href, item.label])).toEqual(MENUS[role]);
  });

  it.each(Object.keys(MENUS) as Role[])("leads a %s home to their desk", (role) => {
    expect(homeOf(userOf(role))).toBe(MENUS[role][0]![0]);
  });

  it.each(Object.keys(PRIMARY) as Role[])("marks a %s's main destinations for the phone's tab bar", (role) => {
    const primary = menuOf(userOf(role)).filter((item) => item.primary);
    expect(primary.map((item) => item.href)).toEqual(PRIMARY[role]);
    expect(primary.length).toBeLessThanOrEqual(1 + MAX_PRIMARY_ENTRIES);
  });
});
