"use server";

import { defineAction } from "@/lib/auth/action";
import { residencyActions } from "@/lib/residency/actions-def";

export const saveRequirement = defineAction(residencyActions.saveRequirement, { refresh: ["/settings/residency"] });
