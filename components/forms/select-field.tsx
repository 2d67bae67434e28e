import type { ActionResult } from "@/lib/auth/action-core";
import { fieldErrors } from "./field-errors";

type Option = { value: string; label: string };

type Props = {
  /** The form field's name; the select's id is `id` or the name. */
  name: string;
  id?: string;
  label: string;
  options: Option[];
  /** The first, empty choice: a prompt that must be replaced (required) or a real "none". */
  empty: { label: string; selectable: boolean };
  defaultValue?: string | null;
  hint?: string;
  state: ActionResult<unknown> | null;
};

const SELECT = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";

/** A labelled select with its hint and the server's message for it, tied together for screen readers. */
export function SelectField({ name, id = name, label, options, empty, defaultValue, hint, state }: Props) {
  const { describe, error } = fieldErrors(state);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={id}
        name={name}
        required={!empty.selectable}
        defaultValue={defaultValue ?? ""}
        className={SELECT}
        {...describe(name, hintId)}
      >
        <option value="" disabled={!empty.selectable}>
          {empty.label}
        </option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error(name)}
    </div>
  );
}
