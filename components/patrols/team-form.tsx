"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
import { fieldErrors } from "@/components/forms/field-errors";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormFooter } from "@/components/forms/form-footer";
import { SelectField } from "@/components/forms/select-field";

type Named = { id: string; label: string };
export type TeamFormOptions = {
  stations: Named[];
  officers: (Named & { stationId: string })[];
  /** `team`: the other active team the enterprise already belongs to, if any. */
  enterprises: (Named & { stationId: string; team: { id: string; name: string } | null })[];
};
export type TeamFormValues = {
  teamId?: string;
  version?: number;
  name: string;
  stationId: string;
  leadOfficerId: string;
  guardsPerNight: number;
  routeName: string;
  checkpoints: string[];
  memberIds: string[];
  active?: boolean;
};

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";

/**
 * Creating or editing a patrol team. Choosing the station narrows the leaders and enterprises on
 * offer to that station; enterprises already in another active team are shown but cannot be ticked.
 */
export function TeamForm<T>({
  action,
  options,
  values,
  cancelHref,
}: {
  action: (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  options: TeamFormOptions;
  values: TeamFormValues;
  cancelHref: string;
}) {
  const t = useTranslations("patrols");
  const { state, formAction, onSubmit, pending } = useActionForm(action, { done: t("done") });
  const { describe, error } = fieldErrors(state);
  const [stationId, setStationId] = useState(values.stationId);
  const [members, setMembers] = useState<string[]>(values.memberIds);
  const editing = Boolean(values.teamId);
  const label = (name: string, htmlFor = name) => (
    <label htmlFor={htmlFor} className="block text-sm font-medium text-slate-700">
      {t(`fields.${name}`)}
    </label>
  );
  const enterprises = options.enterprises.filter((e) => e.stationId === stationId);
  const toggle = (id: string, on: boolean) => setMembers((m) => (on ? [...m, id] : m.filter((x) => x !== id)));
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
    >
      {editing ? (
        <>
          <input type="hidden" name="teamId" value={values.teamId} />
          <input type="hidden" name="version" value={values.version} />
        </>
      ) : null}
      <div>
        {label("name")}
        <input
          id="name"
          name="name"
          required
          maxLength={100}
          defaultValue={values.name}
          className={input}
          {...describe("name")}
        />
        {error("name")}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {/* Controlled: the station narrows the leaders and enterprises as it changes. */}
        <SelectField
          name="stationId"
          label={t("fields.station")}
          options={options.stations.map((s) => ({ value: s.id, label: s.label }))}
          empty={{ label: t("choose"), selectable: false }}
          hint={options.stations.length ? t("stationsHint") : t("noStations")}
          value={stationId}
          onChange={(next) => {
            setStationId(next);
            setMembers([]);
          }}
          state={state}
        />
        {/* The leaders on offer follow the station: a new station starts the choice again. */}
        <SelectField
          key={stationId}
          name="leadOfficerId"
          label={t("fields.leader")}
          options={options.officers
            .filter((o) => o.stationId === stationId)
            .map((o) => ({ value: o.id, label: o.label }))}
          empty={{ label: t("noLeader"), selectable: true }}
          defaultValue={values.stationId === stationId ? values.leadOfficerId : ""}
          state={state}
        />
        <SelectField
          name="guardsPerNight"
          label={t("fields.guardsPerNight")}
          options={["2", "3"].map((n) => ({ value: n, label: n }))}
          defaultValue={String(values.guardsPerNight)}
          state={state}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          {label("routeName")}
          <input
            id="routeName"
            name="routeName"
            maxLength={100}
            defaultValue={values.routeName}
            className={input}
            {...describe("routeName")}
          />
          {error("routeName")}
        </div>
        <div>
          {label("checkpoints")}
          <textarea
            id="checkpoints"
            name="checkpoints"
            rows={4}
            defaultValue={values.checkpoints.join("\n")}
            className={input}
            {...describe("checkpoints", "checkpoints-hint")}
          />
          <p id="checkpoints-hint" className="mt-1 text-xs text-slate-500">
            {t("checkpointsHint")}
          </p>
          {error("checkpoints")}
        </div>
      </div>
      <fieldset
        aria-describedby={`memberIds-hint${state && !state.ok && state.fieldErrors?.memberIds ? " memberIds-error" : ""}`}
      >
        <legend className="text-sm font-medium text-slate-700">
          {t("fields.members")}{" "}
          <span className="font-normal text-slate-500">({t("selectedCount", { count: members.length })})</span>
        </legend>
        <p id="memberIds-hint" className="text-xs text-slate-500">
          {stationId ? t("membersHint") : t("chooseStation")}
        </p>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {enterprises.map((e) => {
            const elsewhere = e.team && e.team.id !== values.teamId ? e.team : null;
            return (
              <li key={e.id}>
                <label className={`flex items-center gap-2 text-sm ${elsewhere ? "text-slate-400" : ""}`}>
                  <input
                    type="checkbox"
                    name="memberIds"
                    value={e.id}
                    checked={members.includes(e.id)}
                    disabled={Boolean(elsewhere)}
                    onChange={(ev) => toggle(e.id, ev.target.checked)}
                  />
                  {e.label}
                  {elsewhere ? <span className="text-xs">{t("inTeamNote", { team: elsewhere.name })}</span> : null}
                </label>
              </li>
            );
          })}
        </ul>
        {error("memberIds")}
      </fieldset>
      {editing ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="active" defaultChecked={values.active} />
          {t("fields.active")}
        </label>
      ) : null}
      <FormFooter
        state={state}
        pending={pending}
        submitLabel={editing ? t("submitUpdate") : t("submitCreate")}
        workingLabel={t("working")}
        cancel={{ href: cancelHref, label: t("cancel") }}
      />
    </form>
  );
}
