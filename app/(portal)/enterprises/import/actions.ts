"use server";

import { defineAction } from "@/lib/auth/action";
import { importActions } from "@/lib/enterprises/import/actions-def";

export const previewImport = defineAction(importActions.preview);
/** Every chunk adds enterprises, which the lists show. */
export const commitImport = defineAction(importActions.commit, { refresh: [{ path: "/enterprises", type: "layout" }] });
