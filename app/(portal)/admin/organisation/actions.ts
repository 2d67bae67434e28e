"use server";

import { redirect } from "next/navigation";
import { defineAction, type Refresh } from "@/lib/auth/action";
import { organisationActions as defs } from "@/lib/organisation/actions-def";

/** The three lists and their edit pages; enterprise pages name their workstation and station. */
const ORGANISATION_PAGES: Refresh[] = [{ path: "/admin/organisation", type: "layout" }];
const ENTERPRISE_PAGES: Refresh[] = [{ path: "/enterprises", type: "layout" }];

/** After a create or an edit, back to the list the unit belongs to. */
function thenList<D extends { run: (...args: never[]) => Promise<unknown> }>(def: D, list: string): D {
  return {
    ...def,
    run: async (...args: Parameters<D["run"]>) => {
      await def.run(...args);
      redirect(`/admin/organisation/${list}`);
    },
  };
}

export const createStation = defineAction(thenList(defs.createStation, "stations"), { refresh: ORGANISATION_PAGES });
export const updateStation = defineAction(thenList(defs.updateStation, "stations"), {
  refresh: [...ORGANISATION_PAGES, ...ENTERPRISE_PAGES],
});
export const createWorkstation = defineAction(thenList(defs.createWorkstation, "workstations"), {
  refresh: ORGANISATION_PAGES,
});
export const updateWorkstation = defineAction(thenList(defs.updateWorkstation, "workstations"), {
  refresh: [...ORGANISATION_PAGES, ...ENTERPRISE_PAGES],
});
export const createDepartment = defineAction(thenList(defs.createDepartment, "departments"), {
  refresh: ORGANISATION_PAGES,
});
export const updateDepartment = defineAction(thenList(defs.updateDepartment, "departments"), {
  refresh: [...ORGANISATION_PAGES, ...ENTERPRISE_PAGES],
});
export const setUnitActive = defineAction(defs.setActive, { refresh: ORGANISATION_PAGES });
export const moveEnterprise = defineAction(defs.moveEnterprise, {
  refresh: [...ENTERPRISE_PAGES, ...ORGANISATION_PAGES],
});
