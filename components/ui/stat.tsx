export function Stat({
  label,
  value,
  hint,
  tone = "default",
  testId,
}: {
  label: string;
  value: string | number;
  hint?: string;
  tone?: "default" | "warn";
  testId?: string;
}) {
  return (
    <div
      data-testid={testId}
      className={`rounded-lg border bg-white p-4 ${tone === "warn" ? "border-amber-300" : "border-slate-200"}`}
    >
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className={`mt-1 text-2xl font-semibold ${tone === "warn" ? "text-amber-700" : "text-slate-900"}`}>
        {value}
      </dd>
      {hint ? <dd className="mt-1 text-xs text-slate-500">{hint}</dd> : null}
    </div>
  );
}
