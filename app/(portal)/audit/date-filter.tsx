/** A labelled date box for the audit filters (a China calendar day, as the browser's date picker posts it). */
export function DateFilter({ name, label, defaultValue }: { name: string; label: string; defaultValue?: string }) {
  return (
    <div className="flex flex-col gap-1 max-sm:w-full">
      <label htmlFor={name} className="font-medium text-slate-700">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type="date"
        defaultValue={defaultValue ?? ""}
        className="rounded-md border border-slate-300 bg-white px-3 py-2 text-base max-sm:w-full sm:text-sm"
      />
    </div>
  );
}
