"use server";

import { redirect } from "next/navigation";
import { defineAction, type Refresh } from "@/lib/auth/action";
import { enterpriseActions } from "@/lib/enterprises/actions-def";

/** The list, the enterprise's own page and its edit page all show the registry fields. */
const ENTERPRISE_PAGES: Refresh[] = [{ path: "/enterprises", type: "layout" }];

export const createEnterprise = defineAction(
  {
    ...enterpriseActions.create,
    run: async (user, input) => {
      const { id } = await enterpriseActions.create.run(user, input);
      redirect(`/enterprises/${id}`);
    },
  },
  { refresh: ENTERPRISE_PAGES },
);

export const updateEnterprise = defineAction(
  {
    ...enterpriseActions.update,
    run: async (user, input) => {
      const { id } = await enterpriseActions.update.run(user, input);
      redirect(`/enterprises/${id}`);
    },
  },
  { refresh: ENTERPRISE_PAGES },
);

export const setEnterpriseActive = defineAction(enterpriseActions.setActive, { refresh: ENTERPRISE_PAGES });

/** A list filter's enterprise picker: the enterprises of the user's scope matching what was typed. */
export const findEnterprises = defineAction(enterpriseActions.find);
