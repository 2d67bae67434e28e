import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/auth/action-core";
import { fieldErrors } from "./field-errors";

type Option = { value: string; label: string };
/** Options under a heading of their own (officers under their station): the heading is said once. */
export type OptionGroup = { label: string; options: Option[] };

type Props = {
  /** The form field's name; the select's id is `id` or the name. */
  name: string;
  id?: string;
  /** Text, or text with a marker such as the required asterisk. */
  label: ReactNode;
  options: Option[];
  /** After the options: groups of them, each under its heading. */
  groups?: OptionGroup[];
  /**
   * The first, empty choice: a prompt that must be replaced (required) or a real "none". Without it
   * the select starts on `defaultValue` (a field with a sensible default, such as a priority).
   */
  empty?: { label: string; selectable: boolean };
  defaultValue?: string | null;
  hint?: string;
  /** A choice that only applies when another field says so (a key project's phase). */
  disabled?: boolean;
  /** Controlled use in a client form, where the choice narrows other fields as it changes. */
  value?: string;
  onChange?: (value: string) => void;
  state: ActionResult<unknown> | null;
};

const SELECT = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";

/** A labelled select with its hint and the server's message for it, tied together for screen readers. */
export function SelectField(props: Props) {
  const {
    name,
    id = name,
    label,
    options,
    groups,
    empty,
    defaultValue,
    hint,
    disabled,
    value,
    onChange,
    state,
  } = props;
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
        required={!empty?.selectable}
        {...(value === undefined ? { defaultValue: defaultValue ?? "" } : { value })}
        onChange={onChange && ((event) => onChange(event.target.value))}
        disabled={disabled}
        className={`${SELECT} disabled:bg-slate-100 disabled:text-slate-500`}
        {...describe(name, hintId)}
      >
        {empty ? (
          <option value="" disabled={!empty.selectable}>
            {empty.label}
          </option>
        ) : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
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
