"use client";

import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { FormFooter } from "@/components/forms/form-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import type { UnitKind } from "@/lib/organisation/schemas";

type Props<T> = {
  action: (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  kind: UnitKind;
  id: string;
  version: number;
  name: string;
  /** The state to switch to. */
  active: boolean;
};

/** Deactivating (after the browser's confirmation) or reactivating a unit. */
export function UnitActivationForm<T>({ action, kind, id, version, name, active }: Props<T>) {
  const t = useTranslations("organisation");
  const { state, formAction, onSubmit, pending } = useActionForm(action, { done: t("activation.done") });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (!active && !window.confirm(t("activation.confirm", { name }))) {
      event.preventDefault();
      return;
    }
    onSubmit(event);
  };
  return (
    <form action={formAction} onSubmit={submit} className="space-y-2">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="active" value={String(active)} />
      <p className="text-sm text-slate-600">{t(active ? "activation.reactivateHelp" : "activation.deactivateHelp")}</p>
      <FormFooter
        state={state}
        pending={pending}
        submitLabel={t(active ? "activation.reactivate" : "activation.deactivate")}
        workingLabel={t("working")}
        submitVariant={active ? "primary" : "danger"}
      />
    </form>
  );
}
