"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import type { CloseDayResult } from "@/lib/residency/slots";
import { ConfirmPanel } from "@/components/forms/confirm-panel";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type Props = {
  action: (previous: ActionResult<CloseDayResult> | null, form: FormData) => Promise<ActionResult<CloseDayResult>>;
  stationId: string;
  date: string;
  /** The day as the page names it ("周三 12-02"), for the question. */
  dayLabel: string;
};

const CLOSED = Symbol("closed");

/** Closing a day asks first: it removes slots and cannot be undone. */
export function CloseDayForm({ action, stationId, date, dayLabel }: Props) {
  const t = useTranslations("residency");
  const { state, formAction, onSubmit, pending } = useActionForm(action, {
    done: (data) => t("slots.close.result", data),
  });
  // The question belongs to the answer it was opened under: the next answer closes it.
  const [openedUnder, setOpenedUnder] = useState<unknown>(CLOSED);
  const confirming = openedUnder === state;
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2" data-testid={`close-${date}`} noValidate>
      <input type="hidden" name="stationId" value={stationId} />
      <input type="hidden" name="date" value={date} />
      {confirming ? (
        <ConfirmPanel
          message={t("slots.close.confirm", { date: dayLabel })}
          confirmLabel={t("slots.close.confirmLabel")}
          cancelLabel={t("cancel")}
          onCancel={() => setOpenedUnder(CLOSED)}
          pending={pending}
          pendingLabel={t("working")}
        />
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="secondary" onClick={() => setOpenedUnder(state)}>
            {t("slots.close.button")}
          </Button>
          <FormStatus state={state} />
        </div>
      )}
    </form>
  );
}
