"use client";

import { useState } from "react";
import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import type { CreatedAccount } from "@/lib/users/commands";
import { fieldErrors } from "@/components/forms/field-errors";
import { FormFooter } from "@/components/forms/form-footer";
import { RequiredMark } from "@/components/forms/required-mark";
import { SelectField } from "@/components/forms/select-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { placementOf } from "@/lib/users/roles";
import { PasswordLink } from "./password-link";

type Option = { value: string; label: string };

export type AccountFormValues = {
  username: string;
  role: string;
  name: string;
  nameEn: string;
  title: string;
  phone: string;
  stationId: string;
  workstationId: string;
  departmentId: string;
  enterpriseId: string;
};

export const EMPTY_ACCOUNT: AccountFormValues = {
  username: "",
  role: "",
  name: "",
  nameEn: "",
  title: "",
  phone: "",
  stationId: "",
  workstationId: "",
  departmentId: "",
  enterpriseId: "",
};

export type AccountChoices = {
  roles: Option[];
  stations: Option[];
  workstations: (Option & { stationId: string })[];
  departments: Option[];
  enterprises: Option[];
};

type Props<T> = {
  action: (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  initial: AccountFormValues;
  choices: AccountChoices;
  /** userId and seen when editing. */
  hidden?: Record<string, string>;
  submitLabel: string;
  workingLabel: string;
  cancelHref: string;
  done?: string;
};

const INPUT = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";

/**
 * Creating or editing an account. Which units are asked for follows the role: an officer's station
 * (with workstation and department), a liaison's enterprise; the server drops the others anyway.
 */
export function AccountForm<T>(props: Props<T>) {
  const { action, initial, choices, hidden = {}, submitLabel, workingLabel, cancelHref, done } = props;
  const t = useTranslations("users");
  const { state, formAction, onSubmit, pending } = useActionForm(action, { done });
  const { describe, error } = fieldErrors(state);
  const [role, setRole] = useState<string>(initial.role);
  const [stationId, setStationId] = useState(initial.stationId);
  const placement = placementOf(role);
  const workstations = choices.workstations.filter((w) => w.stationId === stationId);
  const created = state?.ok ? (state.data as Partial<CreatedAccount>) : null;

  const text = (name: keyof AccountFormValues, label: string, opts: { required?: boolean; hint?: string } = {}) => (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">
        {label}
        {opts.required ? <RequiredMark /> : null}
      </label>
      <input
        id={name}
        name={name}
        defaultValue={initial[name]}
        required={opts.required}
        autoComplete="off"
        className={INPUT}
        {...describe(name, opts.hint ? `${name}-hint` : undefined)}
      />
      {opts.hint ? (
        <p id={`${name}-hint`} className="mt-1 text-xs text-slate-500">
          {opts.hint}
        </p>
      ) : null}
      {error(name)}
    </div>
  );

  if (created?.delivery) {
    return (
      <div className="space-y-3">
        <PasswordLink delivery={created.delivery} purpose="INVITE" />
        <Link href={`/admin/accounts/${created.id}`} className="text-sm text-brand-600 hover:underline">
          {created.username}
        </Link>
      </div>
    );
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {text("username", t("username"), { required: true, hint: t("usernameHint") })}
      <SelectField
        name="role"
        label={
          <>
            {t("role")}
            <RequiredMark />
          </>
        }
        options={choices.roles}
        empty={{ label: t("choose"), selectable: false }}
        value={role}
        onChange={setRole}
        state={state}
      />
      {text("name", t("name"), { required: true })}
      {text("nameEn", t("nameEn"))}
      {text("title", t("post"))}
      {text("phone", t("phone"))}
      {placement === "station" ? (
        <>
          <SelectField
            name="stationId"
            label={
              <>
                {t("station")}
                <RequiredMark />
              </>
            }
            options={choices.stations}
            empty={{ label: t("choose"), selectable: false }}
            value={stationId}
            onChange={setStationId}
            state={state}
          />
          <SelectField
            key={stationId}
            name="workstationId"
            label={t("workstation")}
            options={workstations}
            empty={{ label: t("noneChosen"), selectable: true }}
            defaultValue={workstations.some((w) => w.value === initial.workstationId) ? initial.workstationId : ""}
            state={state}
          />
          <SelectField
            name="departmentId"
            label={t("department")}
            options={choices.departments}
            empty={{ label: t("noneChosen"), selectable: true }}
            defaultValue={initial.departmentId}
            state={state}
          />
        </>
      ) : null}
      {placement === "enterprise" ? (
        <SelectField
          name="enterpriseId"
          label={
            <>
              {t("enterprise")}
              <RequiredMark />
            </>
          }
          options={choices.enterprises}
          empty={{ label: t("choose"), selectable: false }}
          defaultValue={initial.enterpriseId}
          state={state}
        />
      ) : null}
      <FormFooter
        state={state}
        pending={pending}
        submitLabel={submitLabel}
        workingLabel={workingLabel}
        cancel={{ href: cancelHref, label: t("cancel") }}
      />
    </form>
  );
}
