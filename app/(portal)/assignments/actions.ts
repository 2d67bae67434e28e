"use server";

import { defineAction, type Refresh } from "@/lib/auth/action";
import { assignmentActions } from "@/lib/assignments/actions-def";

/** Every page whose scope follows the responsible officer. */
const SCOPED_PAGES: Refresh[] = [
  "/assignments",
  { path: "/enterprises", type: "layout" },
  { path: "/tickets", type: "layout" },
];

export const reassignOfficer = defineAction(assignmentActions.reassign, { refresh: SCOPED_PAGES });
export const handOverEnterprises = defineAction(assignmentActions.handOver, { refresh: SCOPED_PAGES });
export const setSupportingDepartments = defineAction(assignmentActions.setSupports, { refresh: SCOPED_PAGES });
