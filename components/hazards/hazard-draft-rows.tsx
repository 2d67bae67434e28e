"use client";

import { useRef, useState } from "react";
import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/auth/errors";
import { SelectField } from "@/components/forms/select-field";
import { Button } from "@/components/ui/button";
import { HazardDraftFields, type HazardDraftLimits } from "./hazard-draft-fields";

type Option = { value: string; label: string };

type Props = HazardDraftLimits & {
  errors: FieldErrors;
  /** The form is being sent (its photos show as uploading). */
  pending?: boolean;
  max: number;
  /** The namespace holding this form's texts: hazardsTitle, hazardsHint, hazardN, addHazard, removeHazard. */
  namespace: "visits" | "patrols";
  /** When the hazards may be against several enterprises, each row chooses one of these. */
  enterprises?: { label: string; choose: string; options: Option[] };
  testId: string;
};

/**
 * Hazards found during other work (a visit, a patrol), listed in the same step. Rows keep a stable
 * key (so typed text stays with its row when another is removed) while their field names follow
 * their position (`hazards.<n>.<field>`), which is what the server's error paths refer to.
 */
export function HazardDraftRows({ errors, pending, max, namespace, enterprises, testId, ...limits }: Props) {
  const t = useTranslations(namespace);
  const [rows, setRows] = useState<number[]>([]);
  const nextKey = useRef(0);
  const addButton = useRef<HTMLButtonElement>(null);
  const first = enterprises ? "enterpriseId" : "description";
  const add = () => {
    const key = nextKey.current++;
    setRows((r) => [...r, key]);
    // Focus moves into the new row so keyboard and screen-reader users land where they fill in next.
    requestAnimationFrame(() => document.getElementById(`hazards-${rows.length}-${first}`)?.focus());
  };
  const remove = (key: number) => {
    setRows((r) => r.filter((k) => k !== key));
    addButton.current?.focus();
  };
  const titleId = `${testId}-title`;
  return (
    <section aria-labelledby={titleId} className="space-y-3 border-t border-slate-200 pt-4">
      <div>
        <h2 id={titleId} className="text-base font-semibold text-slate-800">
          {t("hazardsTitle")}
        </h2>
        <p className="text-sm text-slate-500">{t("hazardsHint", { max })}</p>
      </div>
      {errors.hazards ? <p className="text-sm text-red-700">{errors.hazards.join(" ")}</p> : null}
      {rows.map((key, i) => (
        <fieldset
          key={key}
          className="space-y-3 rounded-md border border-amber-200 bg-amber-50/40 p-3"
          data-testid={testId}
        >
          <legend className="px-1 text-sm font-medium text-amber-900">{t("hazardN", { n: i + 1 })}</legend>
          {enterprises ? <EnterpriseChoice index={i} errors={errors} {...enterprises} /> : null}
          <HazardDraftFields prefix={`hazards.${i}.`} errors={errors} pending={pending} {...limits} />
          <Button variant="secondary" size="sm" icon={Trash2} onClick={() => remove(key)}>
            {t("removeHazard", { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      {rows.length < max ? (
        <Button ref={addButton} variant="secondary" size="sm" icon={Plus} onClick={add}>
          {t("addHazard")}
        </Button>
      ) : null}
    </section>
  );
}

function EnterpriseChoice({
  index,
  errors,
  label,
  choose,
  options,
}: {
  index: number;
  errors: FieldErrors;
  label: string;
  choose: string;
  options: Option[];
}) {
  // SelectField reads its error from an action result: this row's errors are the form's, keyed by field name.
  const state = { ok: false as const, message: "", fieldErrors: errors };
  return (
    <SelectField
      name={`hazards.${index}.enterpriseId`}
      id={`hazards-${index}-enterpriseId`}
      label={label}
      options={options}
      empty={{ label: choose, selectable: false }}
      state={state}
    />
  );
}
