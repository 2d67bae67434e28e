"use client";

import { EnterprisePicker, type EnterpriseOption } from "@/components/enterprises/enterprise-picker";
import { findEnterprises } from "../enterprises/actions";

/** The picker's search; one function for the page's life, so the picker's effects do not restart. */
const findInScope = (q: string) => findEnterprises(null, { q });

/**
 * The ticket list's enterprise filter for someone with many enterprises: searched rather than listed,
 * the chosen one posted as `enterprise` with the rest of the filter form.
 */
export function TicketEnterpriseFilter({
  chosen,
  label,
  noneChosen,
}: {
  chosen?: EnterpriseOption;
  label: string;
  noneChosen: string;
}) {
  return (
    <div className="max-sm:w-full sm:w-72">
      <EnterprisePicker
        id="enterprise"
        name="enterprise"
        choose="one"
        initial={chosen ? [chosen] : []}
        search={findInScope}
        label={label}
        noneChosen={noneChosen}
      />
    </div>
  );
}
