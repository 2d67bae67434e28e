"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormFooter } from "@/components/forms/form-footer";
import { editNight } from "../../../../actions";

type Member = { id: string; label: string; unavailable: boolean };

/** The chief changes who is on duty one night: the team's members as checkboxes, unavailable ones locked. */
export function NightEditForm({
  shiftId,
  version,
  date,
  members,
  onDuty,
  max,
}: {
  shiftId: string;
  version: number;
  date: string;
  members: Member[];
  onDuty: string[];
  max: number;
}) {
  const t = useTranslations("patrols");
  const { state, formAction, onSubmit, pending } = useActionForm(editNight);
  const errors = state && !state.ok ? (state.fieldErrors?.enterpriseIds ?? []) : [];
  const errorId = `night-${date}-error`;
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="mt-2 space-y-2"
      noValidate
      data-testid={`night-form-${date}`}
    >
      <input type="hidden" name="shiftId" value={shiftId} />
      <input type="hidden" name="version" value={version} />
      <fieldset aria-describedby={errors.length ? errorId : undefined}>
        <legend className="text-xs text-slate-500">{t("nightHint", { max })}</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {members.map((m) => (
            <label key={m.id} className={`flex items-center gap-2 text-sm ${m.unavailable ? "text-slate-400" : ""}`}>
              <input
                type="checkbox"
                name="enterpriseIds"
                value={m.id}
                defaultChecked={onDuty.includes(m.id)}
                disabled={m.unavailable && !onDuty.includes(m.id)}
              />
              {m.label}
              {m.unavailable ? <span className="text-xs">{t("unavailableNote")}</span> : null}
            </label>
          ))}
        </div>
      </fieldset>
      {errors.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
      <FormFooter state={state} pending={pending} submitLabel={t("saveNight")} workingLabel={t("working")} />
    </form>
  );
}
