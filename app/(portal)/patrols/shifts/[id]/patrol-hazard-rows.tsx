"use client";

import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/auth/errors";
import { HazardDraftFields, type HazardDraftLimits } from "@/components/hazards/hazard-draft-fields";

type Props = HazardDraftLimits & { errors: FieldErrors; max: number; enterprises: { value: string; label: string }[] };

/**
 * Hazards found on the patrol, listed with its log, each against the member enterprise where it was
 * seen. Rows keep a stable key (typed text stays with its row when another is removed) while their
 * field names follow their position, which is what the server's error paths refer to.
 */
export function PatrolHazardRows({ errors, max, enterprises, ...limits }: Props) {
  const t = useTranslations("patrols");
  const [rows, setRows] = useState<number[]>([]);
  const nextKey = useRef(0);
  const addButton = useRef<HTMLButtonElement>(null);
  const add = () => {
    const key = nextKey.current++;
    setRows((r) => [...r, key]);
    // Focus moves into the new row so keyboard and screen-reader users land where they choose next.
    requestAnimationFrame(() => document.getElementById(`hazards-${rows.length}-enterpriseId`)?.focus());
  };
  const remove = (key: number) => {
    setRows((r) => r.filter((k) => k !== key));
    addButton.current?.focus();
  };
  return (
    <section aria-labelledby="patrol-hazards-title" className="space-y-3 border-t border-slate-200 pt-4">
      <div>
        <h2 id="patrol-hazards-title" className="text-base font-semibold text-slate-800">{t("hazardsTitle")}</h2>
        <p className="text-sm text-slate-500">{t("hazardsHint", { max })}</p>
      </div>
      {errors.hazards ? <p className="text-sm text-red-700">{errors.hazards.join(" ")}</p> : null}
      {rows.map((key, i) => {
        const field = `hazards.${i}.enterpriseId`;
        const id = `hazards-${i}-enterpriseId`;
        return (
          <fieldset key={key} className="space-y-3 rounded-md border border-amber-200 bg-amber-50/40 p-3" data-testid="patrol-hazard">
            <legend className="px-1 text-sm font-medium text-amber-900">{t("hazardN", { n: i + 1 })}</legend>
            <div>
              <label htmlFor={id} className="block text-sm font-medium text-slate-700">{t("fields.hazardEnterprise")}</label>
              <select id={id} name={field} required defaultValue="" className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base" aria-invalid={errors[field] ? true : undefined} aria-describedby={errors[field] ? `${id}-error` : undefined}>
                <option value="" disabled>{t("choose")}</option>
                {enterprises.map((e) => (
                  <option key={e.value} value={e.value}>{e.label}</option>
                ))}
              </select>
              {errors[field] ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{errors[field].join(" ")}</p> : null}
            </div>
            <HazardDraftFields prefix={`hazards.${i}.`} errors={errors} {...limits} />
            <button type="button" onClick={() => remove(key)} className="text-sm text-red-700 underline">
              {t("removeHazard", { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      {rows.length < max ? (
        <button ref={addButton} type="button" onClick={add} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">
          {t("addHazard")}
        </button>
      ) : null}
    </section>
  );
}
